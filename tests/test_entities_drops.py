"""Spans ``claimex_entities`` drops as no names (components/entities.py).

Sentences from the Wikinews train split (models/gold/wikinews/train.jsonl; texts German
Wikinews (CC BY 2.5), Wikinews contributors; the doc id stands beside each). The NER's
span is set by hand so the rule is tested, not the NER; the bundled pipeline supplies the
tags the rules read.
"""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import Ent, stage_entities

DROPPED: list[tuple[str, Ent]] = [
    (  # spkatt-news-49483: a building named by its city is no name
        "Die Organisation Reporter ohne Grenzen hisste am Pariser Rathaus die tibetische "
        "Flagge; außerdem zeigte sie eine schwarze Flagge mit olympischen Ringen, die die Form "
        "von Handschellen hatten.",
        ("Pariser Rathaus", "ORG"),
    ),
    (  # spkatt-news-68514
        "Der spanische Innenminister Alfredo Pérez Rubalcaba sagte gestern, man erwäge, "
        "rechtliche Schritte wegen der Warnhinweise des Hamburger Gesundheitsamts einzuleiten.",
        ("Hamburger Gesundheitsamts", "ORG"),
    ),
]


@pytest.mark.parametrize(("text", "ner"), DROPPED, ids=[c[1][0] for c in DROPPED])
def test_place_derivation_and_common_noun(
    extractor: claimex.Extractor, text: str, ner: Ent
) -> None:
    assert ner not in stage_entities(extractor, text, [ner])


def test_listed_name_of_a_place_derivation_stays(extractor: claimex.Extractor) -> None:
    # spkatt-news-55796: "Wiener Linien" is a listed company (models/knowledge)
    text = "Auskunftsrecht bei Videoüberwachung der Wiener Linien?"
    assert ("Wiener Linien", "ORG") in stage_entities(extractor, text, [("Wiener Linien", "ORG")])


COMPOUNDS: list[tuple[str, Ent]] = [
    (  # spkatt-news-63418: a compound of common words the tagger took for a name
        "In der Zwischenzeit haben sich Nobelpreisträger, Intellektuelle, "
        "Menschenrechtsaktivisten, und Schauspieler wie auch Amnesty International, "
        "EU-Parlamentarier und die UN-Arbeitsgruppe für willkürliche Inhaftierungen für die "
        "kubanischen Häftlinge erfolglos eingesetzt.",
        ("Nobelpreisträger", "LOC"),
    ),
    (  # spkatt-news-54964
        "Außer in China ist besonders auch in Syrien die Zensierung von Onlinemedien an der "
        "Tagesordnung.",
        ("Onlinemedien", "LOC"),
    ),
]


@pytest.mark.parametrize(("text", "ner"), COMPOUNDS, ids=[c[1][0] for c in COMPOUNDS])
def test_common_compound(extractor: claimex.Extractor, text: str, ner: Ent) -> None:
    assert ner not in stage_entities(extractor, text, [ner])


def test_known_place_compound_stays(extractor: claimex.Extractor) -> None:
    # spkatt-news-48520: a listed place, though it ends in a German word ("Westfalen")
    text = "Das Gesetz über den Verfassungsschutz in Nordrhein-Westfalen wurde geändert."
    ner = ("Nordrhein-Westfalen", "LOC")
    assert ner in stage_entities(extractor, text, [ner])


LOWERCASE_WORDS: list[tuple[str, Ent]] = [
    (  # spkatt-news-81799: an adjective capitalised at the sentence start
        "Unklar blieb zunächst, wer den Privatdetektiv beauftragt hat und welche Motivation "
        "hinter der Anzeige stand.",
        ("Unklar", "PER"),
    ),
    (  # spkatt-news-43106: a participle capitalised at the sentence start
        "Abgesperrt wurde das Teilstück zwischen der Anschlussstelle Halle und dem "
        "Autobahnkreuz Schkeuditz.",
        ("Abgesperrt", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "ner"), LOWERCASE_WORDS, ids=[c[1][0] for c in LOWERCASE_WORDS])
def test_lowercase_word(extractor: claimex.Extractor, text: str, ner: Ent) -> None:
    assert ner not in stage_entities(extractor, text, [ner])


def test_adjective_coordinated_with_a_name_is_no_name(extractor: claimex.Extractor) -> None:
    # spkatt-news-19927: "Gut", tagged an adjective, after "Hab und" (the NER's PER) is no
    # person (nor is a common noun coordinated with a name: coordinated_names was removed in
    # round 14)
    text = "Eine fatale Tat hat einen Mann des US-Staates New Mexico um Hab und Gut gebracht."
    ents = stage_entities(extractor, text, [("New Mexico", "LOC"), ("Hab", "PER")])
    assert ("Gut", "PER") not in ents
