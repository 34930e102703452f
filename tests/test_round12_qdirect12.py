"""A closing mark written after a space (issue 15, round 12: missed direct quotes).

German writes the left double mark only to close a low-9 quotation; a text that puts a
space before it ("… zu werden. “ Diese …") left the quotation unpaired, so the low-9 mark
paired with the next quotation's closing mark and the direct quote was lost. The sentence
is from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc id as cited, read from
the odd lines of the Wikinews train split (errors read there only; measured on its even
lines, the dev split and dev_news).
"""

from __future__ import annotations

import claimex
from claimex.components.quotemarks import pair_quote_marks

# German Wikinews (CC BY 2.5), spkatt-news-33398
COMMENT = (
    "H\N{LATIN SMALL LETTER O WITH DIAERESIS}hnisch, wohl auf das Presseecho reagierend, "
    "ver\N{LATIN SMALL LETTER O WITH DIAERESIS}ffentlichte der Verfasser folgenden Kommentar "
    "dazu: \N{DOUBLE LOW-9 QUOTATION MARK}Wer von dieser Liste gestrichen werden "
    "m\N{LATIN SMALL LETTER O WITH DIAERESIS}chte, hat die Chance durch das Reichsgericht "
    "entstalinisiert zu werden. \N{LEFT DOUBLE QUOTATION MARK} Diese und andere explizit "
    "antisemitische volksverhetzende \N{LATIN CAPITAL LETTER A WITH DIAERESIS}u"
    "\N{LATIN SMALL LETTER SHARP S}erungen sind auf \N{DOUBLE LOW-9 QUOTATION MARK}"
    "montagsdemo.net\N{LEFT DOUBLE QUOTATION MARK} nach zweiw"
    "\N{LATIN SMALL LETTER O WITH DIAERESIS}chiger Sperrung wieder abrufbar."
)
OPEN = COMMENT.index("\N{DOUBLE LOW-9 QUOTATION MARK}Wer")
SPACED_CLOSE = COMMENT.index(" \N{LEFT DOUBLE QUOTATION MARK} Diese") + 1


def test_spaced_closing_mark_closes_the_low_quotation() -> None:
    pairs, unpaired = pair_quote_marks(COMMENT)
    assert [(p.open, p.close) for p in pairs[:1]] == [(OPEN, SPACED_CLOSE)]
    assert len(pairs) == 2
    assert unpaired == []


def test_spaced_closing_mark_keeps_the_direct_quote(extractor: claimex.Extractor) -> None:
    quotes = [
        q for q in extractor.extract(COMMENT).quotes if q.text.startswith("Wer von dieser Liste")
    ]
    assert len(quotes) == 1
    assert quotes[0].kind == "direct"
    assert quotes[0].text.endswith("zu werden.")
