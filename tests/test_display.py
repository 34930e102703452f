"""Notebook use: Extraction._repr_html_ (displaCy spans) and claimex.to_dataframe."""

from __future__ import annotations

import pytest

import claimex
from claimex.display import displacy_data, spans
from claimex.records import (
    Actor,
    Entity,
    Extraction,
    ExtractionFailure,
    Figure,
    Mention,
    Place,
    Quote,
    Source,
)

from .conftest import SEED_TEXT

TEXT = "Putin sagte in Minsk: „Wir liefern 100 Panzer.“ <b>Ende</b>"


def sample() -> Extraction:
    putin = Mention(text="Putin", start=0, end=5)
    minsk = Mention(text="Minsk", start=15, end=20)
    start = TEXT.index("Wir")
    end = TEXT.index("Panzer.") + len("Panzer.")
    return Extraction(
        id="doc-1",
        text=TEXT,
        entities=[Entity(text="Putin", start=0, end=5, label="PER")],
        actors=[Actor(id="A1", name="Putin", type="PER", mentions=[putin])],
        places=[Place(id="P1", name="Minsk", mentions=[minsk])],
        figures=[
            Figure(
                text="100 Panzer",
                start=TEXT.index("100"),
                end=TEXT.index("100") + 10,
                value=100.0,
                counted="Panzer",
            )
        ],
        quotes=[
            Quote(
                text=TEXT[start:end],
                start=start,
                end=end,
                kind="direct",
                speaker=[Source(name="Putin", actor_id="A1")],
            )
        ],
    )


def test_spans_cover_every_kind_and_overlap() -> None:
    labels = [label for _, _, label in spans(sample())]
    assert labels == ["PER", "LOC", "QUOTE", "FIG"]
    data = displacy_data(sample())
    tokens = data["tokens"]
    marked = {s["label"]: tokens[s["start_token"] : s["end_token"]] for s in data["spans"]}
    assert marked["PER"] == ["Putin"]
    assert marked["LOC"] == ["Minsk:"]
    assert marked["FIG"] == ["100", "Panzer.“"]
    assert marked["QUOTE"] == ["„Wir", "liefern", "100", "Panzer.“"]  # the figure sits inside


def test_repr_html_marks_text_and_escapes_markup() -> None:
    html = sample()._repr_html_()
    for label in ("PER", "LOC", "FIG", "QUOTE"):
        assert label in html
    assert "claimex: doc-1" in html
    assert "<b>Ende" not in html
    assert "&lt;b&gt;Ende" in html


def test_repr_html_of_a_real_extraction(extractor: claimex.Extractor) -> None:
    result = extractor.extract("Angela Merkel reiste nach Paris.")
    html = result._repr_html_()
    assert "Paris" in html
    if result.places:
        assert "LOC" in html


def test_to_dataframe_kinds_and_failures() -> None:
    pytest.importorskip("pandas", reason="pandas is not installed: pip install -e '.[pandas]'")
    failure = ExtractionFailure(index=1, error="E001 text is None", error_type="InputError")
    results = [sample(), failure, Extraction(id="empty")]
    quotes = claimex.to_dataframe(results, kind="quotes")
    assert quotes[["doc_id", "doc_index", "speaker_name", "kind"]].values.tolist() == [
        ["doc-1", 0, "Putin", "direct"]
    ]
    figures = claimex.to_dataframe(results, kind="figures")
    assert figures["value"].tolist() == [100.0]
    assert figures["counted"].tolist() == ["Panzer"]
    actors = claimex.to_dataframe(results, kind="actors")
    assert actors[["id", "name", "type"]].values.tolist() == [["A1", "Putin", "PER"]]
    assert actors["mentions"][0] == [{"text": "Putin", "start": 0, "end": 5, "sentence": 0}]
    assert claimex.to_dataframe(results, kind="places")["name"].tolist() == ["Minsk"]
    assert claimex.to_dataframe(results, kind="entities")["label"].tolist() == ["PER"]
    empty = claimex.to_dataframe([], kind="figures")
    assert empty.empty
    assert list(empty.columns)[:3] == ["doc_id", "doc_index", "text"]
    with pytest.raises(ValueError, match="kind must be one of"):
        claimex.to_dataframe(results, kind="speakers")  # type: ignore[arg-type]


def test_span_groups_render_with_displacy(extractor: claimex.Extractor) -> None:
    """claimex's records as doc.spans groups: displaCy's span style needs no mapping."""
    from spacy import displacy

    from claimex.convert import SPAN_KEYS

    doc = extractor.nlp(SEED_TEXT.read_text(encoding="utf-8"))
    assert set(SPAN_KEYS.values()) <= set(doc.spans)
    record = extractor.extract(doc.text)
    assert len(doc.spans["claimex_quotes"]) == len(record.quotes)
    assert len(doc.spans["claimex_figures"]) == len(record.figures)
    html = displacy.render(doc, style="span", options={"spans_key": "claimex_quotes"})
    for quote in record.quotes:
        assert quote.speaker_name is not None
        assert f"{quote.kind}: {quote.speaker_name}" in html
    speakers = {span.label_ for span in doc.spans["claimex_speakers"]}
    assert {"Lukaschenko", "Institute for the Study of War"} <= speakers
    actors = doc.spans["claimex_actors"]
    assert {span.label_ for span in actors} == {"PER", "ORG"}
    assert all(span.kb_id_.startswith("A") for span in actors)


def test_extractor_docs_skip_span_groups(extractor: claimex.Extractor) -> None:
    """The Extractor drops its docs after building records: it asks for no span groups."""
    doc = extractor.nlp("Merz sagte: „Wir schaffen das.“", component_cfg=extractor._cfg)
    assert "claimex_quotes" not in doc.spans
