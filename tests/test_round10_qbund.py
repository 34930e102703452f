"""Quote recall (issue 15, round 10, the quote-recall bundle split into its parts): the
part kept was measured alone on the odd lines of the Wikinews train split and checked on
the SpkAtt-2023 Bundestag speeches (train: cue, source and message tp up, no new false
positive). The case is a sentence of the article it was found in (German Wikinews, CC BY
2.5, "Wikinews contributors") and failed before its fix, which is grammatical: a clause
blocker that the tagger reads as a preposition opens a zu-infinitive's adjunct, no clause
("warf … vor, seit 2014 Vorschriften … verletzt zu haben")."""

from __future__ import annotations

import claimex

# German Wikinews (CC BY 2.5), spkatt-news-81799
ERTEL = (
    "Außerdem warf die Staatsanwaltschaft Ertel vor, seit 2014 Vorschriften "
    "zur Vergabe von Straßenbauaufträgen verletzt zu haben."
)


def test_preposition_opens_infinitive_adjunct(extractor: claimex.Extractor) -> None:
    quotes = extractor.extract(ERTEL).quotes
    assert [q.pattern for q in quotes] == ["indirect.infinitive"]
    assert quotes[0].text.startswith("seit 2014 Vorschriften")
