"""Round 29 (helper places29): names of capitalised attributive adjectives and a word for a
kind of place are places ("der Roten Moschee", "des Roten Flusses"; components/place_names.py
``adjective_places``, run by ``claimex_label_consistency`` after its learned check).
Sentences from the Wikinews train split's first half (German Wikinews, CC BY 2.5; the
SpkAtt-2023 news document named); each place case failed before the change (the NER tagged
the name ORG)."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

PLACES = [
    # spkatt-news-42688 (train_a): "Roten Moschee" was an ORG
    pytest.param(
        "Ob ein Bezug zu den Anschlagsversuchen in London und Glasgow oder der Besetzung der "
        "Roten Moschee besteht, ist ebenfalls nicht bekannt.",
        "Roten Moschee",
        id="mosque",
    ),
    # spkatt-news-53890 (train_a): "Roten Flusses" was an ORG
    pytest.param(
        "9.000 Soldaten wurden in die Mündungsregion des Roten Flusses beordert, weil durch "
        "das Hochwasser der Bruch von Deichen befürchtet wurde.",
        "Roten Flusses",
        id="river",
    ),
]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_adjectives_and_a_place_word_name_a_place(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    assert (name, "LOC") in entities_found(extractor, text)
    mentions = [m.text for p in extractor.extract(text).places for m in p.mentions]
    assert name in mentions


# spkatt-news-50226 (train_a): "Kreuz" after an adjective names the organisation
# (lexicon/adjective_org_heads.txt); unchanged by the round, kept by the exclusion
RED_CROSS = (
    "Weitere sechs Trinkwasseraufbereitungsanlagen seien mit einem Flug des Deutschen Roten "
    "Kreuzes unterwegs."
)


def test_the_red_cross_stays_an_organisation(extractor: claimex.Extractor) -> None:
    found = entities_found(extractor, RED_CROSS)
    assert ("Deutschen Roten Kreuzes", "ORG") in found
    assert not extractor.extract(RED_CROSS).places


# GermEval 2014 test, sentence 536 (CC BY 4.0; its tokenisation undone): churches are
# organisations, also where "Kirche" ends a compound (the rule's first form made
# "Lippischen Landeskirche" a LOC, GermEval's ORG)
CHURCHES = (
    "In Deutschland gibt es mit der Evangelisch-Reformierten Kirche und der Lippischen "
    "Landeskirche zwei reformierte Landeskirchen, die zusammen mit weiteren lutherischen und "
    "unierten Landeskirchen die Evangelische Kirche in Deutschland bilden."
)


def test_churches_stay_organisations(extractor: claimex.Extractor) -> None:
    found = entities_found(extractor, CHURCHES)
    assert ("Evangelisch-Reformierten Kirche", "ORG") in found
    assert ("Lippischen Landeskirche", "ORG") in found
