"""Round 25 (helper places25): place names after a noun for a kind of place. Sentences from
the Wikinews train split's first half (the SpkAtt-2023 news document named); each case
failed before its change."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_compound_name_after_a_facility_noun_is_a_place(extractor: claimex.Extractor) -> None:
    # spkatt-news-54568 (train_a): the NER tags "Rudolfsheim" ORG; the German-word check
    # took it for a compound of "Heim", so kind_noun_places left it alone
    text = (
        "Eine Straßenbahn wurde bereits umgebaut und ist im Probebetrieb im Bereich des "
        "Betriebsbahnhofes Rudolfsheim unterwegs."
    )
    assert ("Rudolfsheim", "LOC") in entities_found(extractor, text)
    assert [p.name for p in extractor.extract(text).places] == ["Rudolfsheim"]


def test_site_after_a_facility_compound_is_a_place(extractor: claimex.Extractor) -> None:
    # spkatt-news-5014 and spkatt-news-80703 (train_a): "Terminal" and "Stätte" in
    # lexicon/place_facility_nouns.txt end the compounds before the site's name
    text = (
        "Das Schiff mit rund 8.000 Containern an Bord befindet sich auf seiner Jungfernreise "
        "und wird in Hamburg im Containerterminal Altenwerder anlegen."
    )
    assert ("Altenwerder", "LOC") in entities_found(extractor, text)
    text = (
        "Der Schädel wurde in der Ausgrabungsstätte Aroeira gefunden, teilte das Universität "
        "Complutense Madrid mit."
    )
    assert ("Aroeira", "LOC") in entities_found(extractor, text)
