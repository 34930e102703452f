"""Quote text keeps both marks of a quoted fragment (round 12).

Reported speech that embeds a quoted fragment ends at the fragment's closing mark; the
extent used to strip that mark with the sentence's final punctuation, so the record's text
carried an opening mark without its partner ("Er habe „nicht den Eindruck, dass sie es
kann"). The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc
ids as cited, from the odd lines of the Wikinews train split.
"""

from __future__ import annotations

import pytest

import claimex

LOW = "\N{DOUBLE LOW-9 QUOTATION MARK}"
CLOSE = "\N{LEFT DOUBLE QUOTATION MARK}"

SENTENCES = [
    # German Wikinews (CC BY 2.5), spkatt-news-13761
    "Der stellvertretende SPD-Fraktionsvorsitzende Michael Müller bezweifelte offen die "
    f"Eignung Merkels für das Amt des Bundeskanzlers: Er habe {LOW}nicht den Eindruck, dass "
    f"sie es kann{CLOSE}.",
    # German Wikinews (CC BY 2.5), spkatt-news-12839
    f"RTL-Chefin Anke Schäferkordt nannte diese Zahlen {LOW}aus der Luft gegriffen{CLOSE}.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_quote_with_a_quoted_fragment_keeps_its_closing_mark(
    extractor: claimex.Extractor, text: str
) -> None:
    quotes = [q for q in extractor.extract(text).quotes if LOW in q.text]
    assert quotes, "the statement with the quoted fragment is a quote"
    for quote in quotes:
        assert quote.text.endswith(CLOSE)
        assert quote.text.count(LOW) == quote.text.count(CLOSE)
        assert text[quote.start : quote.end] == quote.text
