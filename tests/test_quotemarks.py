"""Pairing quotation marks: two-character marks, closing marks that must not open."""

from __future__ import annotations

import claimex
from claimex.components.quotemarks import pair_quote_marks

DOUBLE_APOSTROPHES = "Er ist ''doof'', sagte er. Er mag ''Gould'' nicht."


def _pairs(text: str) -> list[str]:
    pairs, _ = pair_quote_marks(text)
    return [text[p.open : p.close_end] for p in pairs]


def test_double_apostrophe_is_one_mark() -> None:
    pairs, unpaired = pair_quote_marks(DOUBLE_APOSTROPHES)
    assert [(p.open, p.close, p.close_end) for p in pairs] == [(7, 13, 15), (34, 41, 43)]
    assert [DOUBLE_APOSTROPHES[p.content_start : p.content_end] for p in pairs] == [
        "doof",
        "Gould",
    ]
    assert unpaired == []


def test_latex_style_marks() -> None:
    text = "Er sprach vom ``inneren Frieden'', sagte sie."
    assert _pairs(text) == ["``inneren Frieden''"]


def test_double_apostrophe_inside_a_word_is_no_mark() -> None:
    text = "Berechnungen nach Hebb''schem Prinzip, Let''s go und Rock ''n'' Roll."
    pairs, unpaired = pair_quote_marks(text)
    assert [text[p.content_start : p.content_end] for p in pairs] == ["n"]
    assert unpaired == []


def test_closing_mark_never_opens() -> None:
    # The first mark closes a quotation whose opening was lost; it must not open one
    # that the closing mark after "Gould" would end.
    text = 'Er war doof", sagte er. Er mag Gould" nicht.'
    pairs, unpaired = pair_quote_marks(text)
    assert pairs == []
    assert unpaired == [11, 36]


def test_double_apostrophe_paragraph_continuation() -> None:
    text = "''Erster Absatz.\n\n''Zweiter Absatz.'' Ende."
    pairs, unpaired = pair_quote_marks(text)
    assert [(p.open, p.close_end) for p in pairs] == [(0, len(text) - len(" Ende."))]
    assert unpaired == []


def test_extract_double_apostrophe_quotes(extractor: claimex.Extractor) -> None:
    result = extractor.extract(DOUBLE_APOSTROPHES)
    assert [q.text for q in result.quotes if q.kind == "direct"] == ["doof"]
    for quote in result.quotes:
        assert quote.text == DOUBLE_APOSTROPHES[quote.start : quote.end]
        assert "sagte er" not in quote.text
    assert result.warnings == []


def test_extract_interrupted_double_apostrophe_quote(extractor: claimex.Extractor) -> None:
    text = "''Wir kommen nicht'', sagte Merz, ''wir bleiben hier.''"
    (quote,) = extractor.extract(text).quotes
    assert [part.text for part in quote.parts] == ["Wir kommen nicht", "wir bleiben hier."]
    assert quote.speaker_name == "Merz"


def test_extract_comma_after_opening_mark(extractor: claimex.Extractor) -> None:
    text = (
        "Er sagte: \N{DOUBLE LOW-9 QUOTATION MARK}, und dann nicht.\N{LEFT DOUBLE QUOTATION MARK}"
    )
    (quote,) = extractor.extract(text).quotes
    assert quote.text == text[quote.start : quote.end] == "und dann nicht."


# German Wikinews (CC BY 2.5), spkatt-news-50226 of models/gold/wikinews/train.jsonl: a
# low-9 opening mark typed with a space after it still opens the quotation.
SPACED_OPENER = (
    "Bisher habe man in Deutschland 1,95 Millionen Euro an Spendengeldern erhalten. "
    "\N{DOUBLE LOW-9 QUOTATION MARK} Aber angesichts der Tatsache, dass so vielen Menschen "
    "geholfen werden muss, wird das nicht ausreichen\N{LEFT DOUBLE QUOTATION MARK}, erklärte "
    "die Geschäftsführerin der Organisation."
)


def test_low_opening_mark_opens_before_a_space() -> None:
    pairs, unpaired = pair_quote_marks(SPACED_OPENER)
    assert [SPACED_OPENER[p.content_start : p.content_end].strip() for p in pairs] == [
        "Aber angesichts der Tatsache, dass so vielen Menschen geholfen werden muss, wird "
        "das nicht ausreichen"
    ]
    assert unpaired == []


def test_other_marks_between_spaces_stay_lone() -> None:
    text = 'Er sagte " nichts und ging. Sie sagte: "Gut."'
    assert _pairs(text) == ['"Gut."']


def test_extract_quote_after_spaced_opener(extractor: claimex.Extractor) -> None:
    quotes = extractor.extract(SPACED_OPENER).quotes
    direct = [(q.text.strip()[:25], q.cue) for q in quotes if q.kind == "direct"]
    assert direct == [("Aber angesichts der Tatsa", "erklären")]
