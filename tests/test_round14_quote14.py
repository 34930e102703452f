"""Quote recall, round 14 (quote14): errors read on the Wikinews train split's half train_b
(the even lines), measured on train_a, the dev split and dev_news. The sentences are from
German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from
train_b; each failed before its change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_erheben_with_a_noun_of_demanding(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-54978: "erheben" with a noun of demanding
    # or accusing in its clause reports the demand (cues.json requires_in_clause)
    text = "In Ägypten erhebt die radikalislamische Moslem-Bruderschaft die gleiche Forderung."
    found = _quotes(extractor, text)
    assert [(t, p) for t, _, p in found] == [("die gleiche Forderung", "reported.object")]


def test_erheben_without_such_a_noun_is_no_cue(extractor: claimex.Extractor) -> None:
    # the same verb levying a tax: no statement
    assert _quotes(extractor, "Die Stadt erhebt seit dem Jahr 2010 eine Steuer auf Hunde.") == []
