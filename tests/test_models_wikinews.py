"""The Wikinews gold reader of the training recipe (models/convert.py): offsets onto the news
tokenizer's tokens, misalignments counted, sentences never cut inside an entity."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("spacy_lookups_data", reason="the training recipe needs the train extra")

from models.convert import news_nlp, wikinews

TEXT = (
    "Papst Benedikt XVI. traf in Rom den Chef der EU-Kommission. "
    "Die Firma ACME-Werke AG meldete 3 Mio. Euro Gewinn."
)


def _gold(tmp_path: Path, entities: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "x", "text": TEXT, "entities": entities}) + "\n", encoding="utf-8"
    )
    return path


def _ent(
    text: str,
    label: str,
    *,
    start: int | None = None,
    end: int | None = None,
) -> dict[str, object]:
    s = TEXT.index(text) if start is None else start
    e = s + len(text) if end is None else end
    return {"start": s, "end": e, "text": TEXT[s:e], "label": label}


def test_entities_align_and_misalignments_are_counted(tmp_path: Path) -> None:
    acme = TEXT.index("ACME")
    entities = [
        _ent("Benedikt XVI.", "PER"),
        _ent("Rom", "LOC"),
        _ent("EU", "ORG"),  # inside the token "EU-Kommission": no exact or contracted span
        _ent("ACME-Werke AG", "ORG", start=acme + 1),  # starts mid-token: contracted
    ]
    docs, stats = wikinews(_gold(tmp_path, entities), news_nlp(), shared=tmp_path)
    assert stats == {"articles": 1, "exact": 2, "contract": 1, "expand": 1, "dropped": 0}
    ents = [(e.text, e.label_) for d in docs for e in d.ents]
    assert ("Benedikt XVI.", "PER") in ents
    assert ("Rom", "LOC") in ents
    assert ("AG", "ORG") in ents
    assert ("EU-Kommission", "ORG") in ents


def test_sentences_are_not_cut_inside_an_entity(tmp_path: Path) -> None:
    # the sentencizer cuts after "XVI."; a gold span across that boundary keeps it whole
    # (entities never cross a doc boundary, so no gold span is lost)
    docs, _ = wikinews(
        _gold(tmp_path, [_ent("Benedikt XVI. traf", "MISC")]), news_nlp(), shared=tmp_path
    )
    assert docs[0].text.startswith("Papst Benedikt XVI. traf in Rom")
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Benedikt XVI. traf", "MISC")]
    # every token of a fully annotated article is O or an entity: nothing is missing
    assert all(t.ent_iob_ in {"O", "B", "I"} for d in docs for t in d)


def test_whole_articles_for_scoring(tmp_path: Path) -> None:
    docs, _ = wikinews(
        _gold(tmp_path, [_ent("Rom", "LOC")]), news_nlp(), shared=tmp_path, sentences=False
    )
    assert len(docs) == 1
    assert docs[0].text == TEXT
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Rom", "LOC")]
