"""Place errors of the Wikinews train split (issue 14, round 9), each on sentences of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split's odd half. Each case failed before its fix."""

from __future__ import annotations

import claimex


def test_name_repeated_after_place_prepositions_is_a_place(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-70140: the NER misses "Sirte" (an unknown
    # word the tagger calls a common noun) every time; the article puts it after "in" twice
    text = (
        "Gaddafis Stamm hatte nach Informationen von Al-Dschasira um die Leichen angefragt, "
        "um sie in Sirte zu beerdigen. Am Montagabend starben mehr als 100 Menschen bei der "
        "Explosion eines Treibstofflagers in Sirte."
    )
    result = extractor.extract(text)
    assert [e.text for e in result.entities if e.label == "LOC"].count("Sirte") == 2
    assert "Sirte" in [place.name for place in result.places]


def test_one_use_after_a_destination_preposition_is_evidence(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-70140: one sentence, one use; since round 10
    # one use after "in" or "nach" (lexicon/place_destination_prepositions.txt) suffices
    text = (
        "Am Montagabend starben mehr als 100 Menschen bei der Explosion eines "
        "Treibstofflagers in Sirte."
    )
    assert ("Sirte", "LOC") in [(e.text, e.label) for e in extractor.extract(text).entities]
