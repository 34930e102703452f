"""Extractor.pipe at corpus scale: order, failures in place, tuples, memory zones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language
from spacy.tokens import Doc

import claimex
from claimex.records import Extraction, ExtractionFailure

TEXTS = [
    "Olaf Scholz traf Emmanuel Macron in Paris.",
    "In Wien sagte Bundeskanzler Karl Nehammer, die Lage sei ernst.",
    "Der Kreml in Moskau schweigt zu den Berichten.",
]
BIG = ("x" * 999 + " ") * 3000  # 3 MB, over spaCy's default max_length of 1,000,000


@Language.component("test_fail_on_boom")
def fail_on_boom(doc: Doc) -> Doc:
    if "BOOM" in doc.text:
        raise ValueError("boom in a component")
    return doc


class BatchFailer:
    """A component with its own pipe() and no error-handler support, as spaCy's parser."""

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise ValueError("boom in a batch")
        return doc

    def pipe(self, docs: Iterator[Doc], *, batch_size: int = 32) -> Iterator[Doc]:
        batch = list(docs)
        for doc in batch:
            self(doc)
        yield from batch


@Language.factory("test_batch_failer")
def make_batch_failer(nlp: Language, name: str) -> BatchFailer:
    return BatchFailer()


@pytest.fixture(scope="module")
def failing() -> claimex.Extractor:
    """A fresh extractor whose pipeline raises on texts containing BOOM."""
    extractor = claimex.load()
    extractor.nlp.add_pipe("test_fail_on_boom", before="claimex_entities")
    return extractor


def test_bad_inputs_give_one_result_each_in_order(extractor: claimex.Extractor) -> None:
    items: list[object] = [
        TEXTS[0],
        "",
        None,
        BIG,
        b"\x00\xff\xfe\x9c junk \x81",
        {"id": 42, "text": TEXTS[1]},
        {"id": "no-text"},
        TEXTS[2],
    ]
    results = list(extractor.pipe(items, batch_size=2))  # type: ignore[arg-type]
    kinds = [type(r).__name__ for r in results]
    assert kinds == [
        "Extraction",
        "Extraction",
        "ExtractionFailure",
        "Extraction",
        "ExtractionFailure",
        "Extraction",
        "ExtractionFailure",
        "Extraction",
    ]
    assert [r.index for r in results if isinstance(r, ExtractionFailure)] == [2, 4, 6]
    none, junk, no_text = (r for r in results if isinstance(r, ExtractionFailure))
    assert none.error.startswith("E001")
    assert none.error_type == "InputError"
    assert "bytes" in junk.error
    assert no_text.id == "no-text"
    assert "'text'" in no_text.error
    big = results[3]
    assert isinstance(big, Extraction)
    assert len(big.text) == len(BIG)
    assert "W004" in {w.code for w in big.warnings}
    assert results[5].id == "42"
    assert results[1] == extractor.extract("")
    for text, result in zip([TEXTS[0], TEXTS[2]], [results[0], results[7]], strict=True):
        assert result == extractor.extract(text)


def test_as_tuples_passes_contexts_through(extractor: claimex.Extractor) -> None:
    pairs = [(TEXTS[0], {"row": 1}), (None, {"row": 2}), ({"id": "c", "text": TEXTS[1]}, 3)]
    out = list(extractor.pipe(pairs, as_tuples=True))  # type: ignore[arg-type]
    assert [context for _, context in out] == [{"row": 1}, {"row": 2}, 3]
    assert [type(r).__name__ for r, _ in out] == ["Extraction", "ExtractionFailure", "Extraction"]
    assert out[2][0].id == "c"
    bad = list(extractor.pipe(["not a pair"], as_tuples=True))  # type: ignore[list-item]
    assert isinstance(bad[0][0], ExtractionFailure)
    assert "(text, context)" in bad[0][0].error


def test_two_processes_give_the_same_results_in_order(extractor: claimex.Extractor) -> None:
    items = [{"id": str(i), "text": TEXTS[i % 3] + f" Meldung {i}."} for i in range(12)]
    items[5]["text"] = None
    single = list(extractor.pipe(items, batch_size=2))
    double = list(extractor.pipe(items, batch_size=2, n_process=2))
    assert double == single
    assert [r.id for r in double] == [str(i) for i in range(12)]
    assert isinstance(double[5], ExtractionFailure)


@pytest.mark.parametrize("n_process", [1, 2])
def test_component_failure_fails_only_its_document(
    failing: claimex.Extractor, extractor: claimex.Extractor, n_process: int
) -> None:
    texts = [TEXTS[0], TEXTS[1] + " BOOM", TEXTS[2], "BOOM", TEXTS[1]]
    results = list(failing.pipe(texts, batch_size=2, n_process=n_process))
    assert [isinstance(r, ExtractionFailure) for r in results] == [
        False,
        True,
        False,
        True,
        False,
    ]
    failure = results[1]
    assert isinstance(failure, ExtractionFailure)
    assert failure.error.startswith("E040")
    assert "boom in a component" in failure.error
    assert failure.component == "test_fail_on_boom"
    assert failure.error_type == "ValueError"
    for text, result in zip(texts, results, strict=True):
        if isinstance(result, Extraction):
            assert result.actors == extractor.extract(text).actors


def test_failure_in_a_component_without_error_handler_support() -> None:
    extractor = claimex.load()
    extractor.nlp.add_pipe("test_batch_failer", before="claimex_entities")
    texts = [f"{TEXTS[i % 3]} ({i})" for i in range(7)]
    texts[4] += " BOOM"
    results = list(extractor.pipe(texts, batch_size=3))
    assert [isinstance(r, ExtractionFailure) for r in results] == [i == 4 for i in range(7)]
    assert results[4].component == "test_batch_failer"  # type: ignore[union-attr]


def test_error_handlers_are_restored_after_pipe(failing: claimex.Extractor) -> None:
    list(failing.pipe(["BOOM", TEXTS[0]]))
    with pytest.raises(ValueError, match="boom in a component"):
        failing.extract("BOOM")


def test_memory_zones_keep_the_string_store_flat(extractor: claimex.Extractor) -> None:
    def fresh(tag: str) -> list[str]:
        return [f"{TEXTS[i % 3]} Kennung {tag}zq{i}x{i * 7919}." for i in range(20)]

    strings = extractor.nlp.vocab.strings
    list(extractor.pipe(fresh("warm"), window=5))
    before = len(strings)
    zoned = list(extractor.pipe(fresh("zone"), window=5))
    assert len(strings) == before
    unzoned = list(extractor.pipe(fresh("zone"), window=0))
    assert len(strings) > before
    assert [r.model_dump(exclude={"index"}) for r in zoned] == [
        r.model_dump(exclude={"index"}) for r in unzoned
    ]


def test_pipe_rejects_bad_options(extractor: claimex.Extractor) -> None:
    with pytest.raises(ValueError, match="batch_size"):
        list(extractor.pipe(TEXTS, batch_size=0))
