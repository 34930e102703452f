"""Round 30 (helper places30): the German names of ISO 3166-2 subdivision categories
("Gouvernement", "Präfektur", "Woiwodschaft", ...; lexicon/place_divisions.txt) join the
place after them as "Provinz" does: the division is one LOC with its designator. Sentence
from the Wikinews train split's second half (German Wikinews, CC BY 2.5; the SpkAtt-2023
news document named); it failed before the change (the LOC was "Amran" alone)."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found

# spkatt-news-58846 (train_b): "Amran" alone was the LOC, the gold has "Gouvernement Amran"
GOVERNORATE = (
    "Seiner Darstellung zufolge ereignete sich der Vorfall in \u2018 Adi, östlich der Stadt Harf "
    "Sufyan, die im Gouvernement Amran liegt."
)


def test_a_governorate_is_one_place_with_its_designator(extractor: claimex.Extractor) -> None:
    found = entities_found(extractor, GOVERNORATE)
    assert ("Gouvernement Amran", "LOC") in found
    assert ("Amran", "LOC") not in found
    names = [p.name for p in extractor.extract(GOVERNORATE).places]
    assert "Gouvernement Amran" in names
