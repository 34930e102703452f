"""HTML markup (warning W002) is read out for the pipeline; texts and offsets stay the input's.

Found by ``benchmarks/robustness.py`` (perturbation ``html``): tags glued to words came out
inside entities ("Berlin</p" as a place) and ``&bdquo;`` inside names and quotes.
"""

from __future__ import annotations

import re

import pytest
from benchmarks.crash_sweep import offset_errors

import claimex
from claimex.markup import resliced, stripped
from claimex.records import Extraction

# Wikinews train_b, spkatt-news-71489 (two sentences, wrapped in paragraph tags)
RESCUE = (
    "<div><p>Nurur Rahman, der Rettungskoordinator von Papua-Neuguineas National Maritime "
    "Safety Authority teilte am Freitagvormittag mit, dass bislang keine Leichen geborgen "
    "wurden.</p><p>Das F\u00e4hrschiff war auf dem Weg von Kimbe auf Neubritannien nach "
    "Lae auf der Hauptinsel Neuguinea.</p></div>"
)
# Wikinews train_b, spkatt-news-19094 (its quotation marks as HTML character references)
XINHUA = (
    "<div><p>Bez\u00fcglich des Startortes meldet die Nachrichtenagentur &bdquo;Xinhua&ldquo;, "
    "die Maschine sei von ihrem Heimathangar in der &bdquo;Sentani Regency&ldquo; "
    "losgeflogen.</p></div>"
)


def _texts(result: Extraction) -> list[str]:
    texts = [e.text for e in result.entities] + [a.name for a in result.actors]
    texts += [p.name for p in result.places]
    return texts + [m.text for a in result.actors for m in a.mentions]


@pytest.mark.parametrize("text", [RESCUE, XINHUA], ids=["tags", "references"])
def test_no_markup_in_names(extractor: claimex.Extractor, text: str) -> None:
    result = extractor.extract(text)
    assert "W002" in {w.code for w in result.warnings}
    assert result.text == text
    assert offset_errors(result) == []
    leaked = [t for t in _texts(result) if "<" in t or ">" in t or "&" in t]
    assert leaked == []


def test_names_found_between_tags(extractor: claimex.Extractor) -> None:
    result = extractor.extract(RESCUE)
    places = {p.name for p in result.places}
    assert {"Neubritannien", "Lae", "Neuguinea"} <= places  # "Neuguinea.</p></div" an ORG before


def test_reference_quote_marks_open_quotations(extractor: claimex.Extractor) -> None:
    result = extractor.extract(XINHUA)
    assert "Xinhua" in {e.text for e in result.entities}
    assert all(not e.text.startswith("&") for e in result.entities)


def test_pipe_gives_the_same_record(extractor: claimex.Extractor) -> None:
    alone = extractor.extract(RESCUE, id="a")
    (piped, failed) = list(extractor.pipe([{"id": "a", "text": RESCUE}, {"id": "b", "text": None}]))
    assert piped == alone
    assert isinstance(failed, claimex.ExtractionFailure)


def test_only_markup_is_an_empty_record(extractor: claimex.Extractor) -> None:
    text = "<div><p></p><br/></div>"
    result = extractor.extract(text)
    assert result.text == text
    assert result.entities == []


def test_stripped_reads_out_markup_and_maps_back() -> None:
    copy, offsets = stripped(XINHUA)
    assert "<" not in copy
    assert "&" not in copy
    assert "\N{DOUBLE LOW-9 QUOTATION MARK}Xinhua\N{LEFT DOUBLE QUOTATION MARK}" in copy
    assert offsets is not None
    whole = XINHUA[offsets.start(0) : offsets.end(len(copy.rstrip()))]
    assert whole.startswith("Bez\u00fcglich")
    assert whole.endswith("losgeflogen.")
    xinhua = copy.index("Xinhua")
    assert XINHUA[offsets.start(xinhua) : offsets.end(xinhua + 6)] == "Xinhua"


def test_stripped_leaves_text_without_markup() -> None:
    text = "Johnson & Johnson zahlt 5 < 7 Milliarden; AT&T nicht."
    assert stripped(text) == (text, None)


def test_resliced_restores_the_source() -> None:
    copy, offsets = stripped(RESCUE)
    record = Extraction(text=copy)
    assert resliced(record, RESCUE, offsets).text == RESCUE


def test_spans_hold_whole_references(extractor: claimex.Extractor) -> None:
    """A quotation or name that takes in a quotation mark written as a reference takes in
    the whole reference, not "Gott&" or ";Xinhua"."""
    result = extractor.extract(XINHUA)
    references = [m.span() for m in re.finditer(r"&[a-z]+;", XINHUA)]
    spans = [(q.start, q.end) for q in result.quotes] + [(e.start, e.end) for e in result.entities]
    assert result.quotes
    for start, end in spans:
        for ref_start, ref_end in references:
            assert not ref_start < start < ref_end
            assert not ref_start < end < ref_end
