"""Round 31 (helper places31): a listed place inside a span that the learned check drops
stays a place: the NER tags "Flughafen Rotterdam" ORG, the check drops it, and the
gazetteer's "Rotterdam" after the common noun is kept as a LOC
(components/place_names.py ``dropped_noun_places``, run by ``claimex_label_consistency``
after its learned check). Text from the Wikinews train split's first half (German
Wikinews, CC BY 2.5; the SpkAtt-2023 news document named); it failed before the change
(no entity and no place record "Rotterdam")."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found

# spkatt-news-29108 (train_a), its first three sentences: the check reads whole texts of
# three sentences or more (entity_check.MIN_SENTENCES)
AIRPORT = (
    "Charles Taylor, Ex-Präsident von Liberia, wurde am Dienstag, den 20. Juni nach Den Haag "
    "in den Niederlanden überstellt. Taylor wurde per Flugzeug von Freetown zum Flughafen "
    "Rotterdam transportiert. Dort nahmen ihn Angestellte des niederländischen "
    "Außenministeriums in Empfang."
)


def test_a_listed_place_after_a_noun_the_check_dropped(extractor: claimex.Extractor) -> None:
    found = entities_found(extractor, AIRPORT)
    assert ("Rotterdam", "LOC") in found
    assert ("Flughafen Rotterdam", "ORG") not in found
    assert "Rotterdam" in [p.name for p in extractor.extract(AIRPORT).places]
