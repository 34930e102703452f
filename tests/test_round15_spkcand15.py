"""Speaker candidates and their extents (round 15, spkcand15).

A source phrase keeps its genitive attribute where an adjective after "der" ends in -en:
after "der" a nominative adjective ends in -e ("der polnische Experte"), so "der polnischen
Marine" is a genitive (or dative), an attribute of the noun before it, not a new phrase.
The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as
cited, read from the Wikinews train split's half train_b (errors read there only; measured
on train_a, the dev split and dev_news).
"""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-30570
WRECK = (
    "Jetzt ist es sicher: Das Schiffswrack, das in der Ostsee entdeckt wurde, ist "
    "tats\N{LATIN SMALL LETTER A WITH DIAERESIS}chlich das Wrack des "
    "Flugzeugtr\N{LATIN SMALL LETTER A WITH DIAERESIS}gers \N{DOUBLE LOW-9 QUOTATION MARK}Graf "
    "Zeppelin\N{LEFT DOUBLE QUOTATION MARK}. Experten der polnischen Marine haben das Wrack "
    "untersucht und vorgestern best\N{LATIN SMALL LETTER A WITH DIAERESIS}tigt, dass es sich "
    "mit gro\N{LATIN SMALL LETTER SHARP S}er Wahrscheinlichkeit um die "
    "\N{DOUBLE LOW-9 QUOTATION MARK}Graf Zeppelin\N{LEFT DOUBLE QUOTATION MARK} handele."
)


def test_genitive_after_der_with_adjective_stays(extractor: claimex.Extractor) -> None:
    quotes = [q for q in extractor.extract(WRECK).quotes if q.cue == "bestätigen"]
    assert len(quotes) == 1
    assert [s.name for s in quotes[0].speaker or []] == ["Experten der polnischen Marine"]
