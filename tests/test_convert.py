"""Doc -> Extraction and the ``claimex_records`` stage, in this process and across processes."""

from __future__ import annotations

import gc
import weakref

import pytest
from spacy.tokens import Doc

import claimex
from claimex.convert import RECORD_ATTR, get_record, release

from .conftest import SEED_TEXT

TEXTS = [
    "„Wir sind bereit“, sagte Bundeskanzler Olaf Scholz in Berlin. Rund 300 Menschen kamen.",
    "Laut dem Institute for the Study of War hat Russland mehr als 1.000 Soldaten verlegt.",
]


def test_records_is_the_last_stage(extractor: claimex.Extractor) -> None:
    assert extractor.nlp.pipe_names[-1] == "claimex_records"
    assert claimex.components.PIPELINE[-1] == "claimex_records"


def test_record_on_the_doc_is_the_extraction(extractor: claimex.Extractor) -> None:
    text = SEED_TEXT.read_text(encoding="utf-8")
    doc = extractor.nlp(text)
    record = get_record(doc)
    assert isinstance(doc._.get(RECORD_ATTR), claimex.Extraction)
    assert record is not None
    assert (record.id, record.model) == (None, None)
    assert record.model_copy(update={"model": extractor.info}) == extractor.extract(text)


@pytest.mark.parametrize("n_process", [1, 2])
def test_portable_docs_carry_their_record(extractor: claimex.Extractor, n_process: int) -> None:
    """A portable doc survives Doc.to_bytes, as nlp.pipe's worker processes need."""
    docs = list(
        extractor.nlp.pipe(
            TEXTS,
            n_process=n_process,
            component_cfg={"claimex_records": {"portable": True}},
        )
    )
    for text, doc in zip(TEXTS, docs, strict=True):
        copy = Doc(extractor.nlp.vocab).from_bytes(doc.to_bytes())
        assert isinstance(copy._.get(RECORD_ATTR), str)
        assert copy._.get("claimex_quotes") is None  # spans stay behind
        record = get_record(copy)
        assert record is not None
        assert record.model_copy(update={"model": extractor.info}) == extractor.extract(text)


@pytest.mark.parametrize("n_process", [1, 2])
def test_record_only_docs_carry_just_their_record(
    extractor: claimex.Extractor, n_process: int
) -> None:
    """What Extractor.pipe asks of its workers: an empty doc with the record, context kept."""
    pairs = list(
        extractor.nlp.pipe(
            [(text, f"ctx-{i}") for i, text in enumerate(TEXTS)],
            as_tuples=True,
            n_process=n_process,
            component_cfg={"claimex_records": {"record_only": True}},
        )
    )
    assert [context for _, context in pairs] == [f"ctx-{i}" for i in range(len(TEXTS))]
    portable = extractor.nlp.pipe(TEXTS, component_cfg={"claimex_records": {"portable": True}})
    for text, (doc, _), full in zip(TEXTS, pairs, portable, strict=True):
        assert len(doc) == 0
        assert len(doc.to_bytes()) < len(full.to_bytes())
        record = get_record(doc)
        assert record is not None
        assert record.text == text
        assert record.model_copy(update={"model": extractor.info}) == extractor.extract(text)


def test_two_processes_keep_duplicates_and_failures_in_place(
    extractor: claimex.Extractor,
) -> None:
    """Docs are matched to inputs by position: repeated texts and gaps stay in order."""
    items: list[object] = [TEXTS[0], TEXTS[0], None, TEXTS[1], "", TEXTS[0], 7, TEXTS[1]]
    single = list(extractor.pipe(items, batch_size=2, window=3))  # type: ignore[arg-type]
    double = list(
        extractor.pipe(items, batch_size=2, n_process=2, window=3)  # type: ignore[arg-type]
    )
    assert double == single
    assert [type(r).__name__ for r in double] == [
        "Extraction",
        "Extraction",
        "ExtractionFailure",
        "Extraction",
        "Extraction",
        "Extraction",
        "ExtractionFailure",
        "Extraction",
    ]
    assert [r.index for r in double if isinstance(r, claimex.ExtractionFailure)] == [2, 6]


def test_released_doc_is_freed_at_once(extractor: claimex.Extractor) -> None:
    """claimex's values refer back to their doc; release() breaks that cycle, so a doc
    is freed without waiting for the cyclic garbage collector (Extractor.pipe relies on it)."""
    doc = extractor.nlp(TEXTS[0])
    assert get_record(doc) is not None
    release(doc)
    assert doc._.get("claimex_actors") is None
    assert get_record(doc) is None
    ref = weakref.ref(doc)
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        gc.enable()
