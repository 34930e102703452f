"""Product models, road numbers after a road noun and a function word before a name
(``claimex_entities``: ``product_models``, ``road_numbers``, ``role_inside``); a listed
product (models/knowledge/misc.tsv) takes its version number.

Sentences from the Wikinews train split (German Wikinews (CC BY 2.5), Wikinews
contributors; the doc id stands beside each). The NER's spans are the ones the bundled
pipeline's NER made, set by hand so the rule is tested, not the NER.
"""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import Ent, stage_entities

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-5456: maker + model code is a product
        "An Bord des Airbus A 300 befanden sich 294 Menschen.",
        [("Airbus", "ORG")],
        [("Airbus A 300", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-33563
        "Eine Boeing 757 der Fluggesellschaft ATA ist am Mittwochabend auf dem Flughafen "
        "Ferihegy in Budapest notgelandet.",
        [("Boeing", "ORG"), ("ATA", "ORG"), ("Budapest", "LOC")],
        [("Boeing 757", "MISC"), ("ATA", "ORG"), ("Budapest", "LOC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-58800: a product + its version number
        "Mit Windows 7 sollen einige Probleme im Bereich der Benutzerkontensteuerung und der "
        "Verwaltung von angeschlossener Hardware behoben worden sein.",
        [],
        [("Windows 7", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-43106: a road noun and its number
        "Die Autofahrer sollten über die Bundesautobahn 14 und die Bundesstraße 100 fahren.",
        [("Bundesautobahn", "ORG"), ("Bundesstraße", "LOC")],
        [("Bundesautobahn 14", "LOC"), ("Bundesstraße 100", "LOC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-6659: a function word before one name
        "Der Diplomat Yumkella wird als angesehener Experte im Wirtschaftsbereich "
        "„Internationaler Handel“ geachtet.",
        [("Diplomat Yumkella", "ORG")],
        [("Yumkella", "PER")],
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[2][0][0] for c in CASES])
def test_entity_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    assert stage_entities(extractor, text, ner) == expected


KEPT: list[tuple[str, list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-44301: a number that counts a unit
        "Betroffen ist Maltesers Milchschokolade 175 g im Standbeutel, und zwar ausschließlich.",
        [("Milchschokolade", "ORG")],
    ),
]


@pytest.mark.parametrize(("text", "ner"), KEPT, ids=[c[1][0][0] for c in KEPT])
def test_no_model_code(extractor: claimex.Extractor, text: str, ner: list[Ent]) -> None:
    assert all(label != "MISC" for _, label in stage_entities(extractor, text, ner))
