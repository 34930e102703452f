"""Round 7, speaker descriptions (spkdesc): the dual "die beiden" names the last
coordination of two actors. The sentences are from German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from the train split's half A; measured there and checked on the
other half, dev and dev_news."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-23657
PAIR_TEXT = (
    "Die Politiker Peter Danckert und Max Straubinger begründen ihre Vorbehalte gegen die "
    "Veröffentlichungspflicht damit, dass ihre Berufstätigkeit als Selbstständige durch die "
    "Veröffentlichung der Nebeneinkünfte erschwert werde. Durch das Gesetz würden sich nach "
    "Meinung der beiden Politiker in Zukunft weniger Selbstständige um ein Bundestagsmandat "
    "bemühen."
)


def test_pair_after_statement_noun(extractor: claimex.Extractor) -> None:
    """ "nach Meinung der beiden Politiker": both persons of the coordination before."""
    quotes = extractor.extract(PAIR_TEXT).quotes
    found = [q for q in quotes if q.text.startswith("Durch das Gesetz")]
    assert len(found) == 1
    assert found[0].pattern == "according_to.nach_angaben"
    assert found[0].speaker_name == "Peter Danckert; Max Straubinger"
