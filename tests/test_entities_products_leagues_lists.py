"""A maker named with an article is its product, sports leagues are MISC, and places in a
list of persons are persons (``claimex_entities``: ``articled_products``, ``league_names``,
``coordinated_persons``).

Sentences from the Wikinews train split (German Wikinews (CC BY 2.5), Wikinews
contributors; the doc id stands beside each). The NER's spans are the ones the bundled
pipeline's NER made, set by hand so the rule is tested, not the NER.
"""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import Ent, stage_entities

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-10057: a maker with an article is its aircraft
        "Der Airbus sei erst „weit hinter der normalen Aufsetzzone“ zu Boden gebracht worden.",
        [("Airbus", "ORG")],
        [("Airbus", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-19560
        "Eine Boeing war auf dem Weg von Lima nach Pucallpa abgestürzt.",
        [("Boeing", "ORG"), ("Lima", "LOC"), ("Pucallpa", "LOC")],
        [("Boeing", "MISC"), ("Lima", "LOC"), ("Pucallpa", "LOC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-56546: the model's name joins the maker
        "Auf dieser für die Automobilindustrie zentralen Messe im schweizerischen Genf sind "
        "die Elektroautos Mangelware, nur Opel stellt mit dem Opel Ampera ein neues "
        "massentaugliches Elektrofahrzeug vor und gehört damit zu den Hauptattraktionen der "
        "Messe.",
        [("Genf", "LOC"), ("Opel", "ORG"), ("Opel", "ORG")],
        [("Genf", "LOC"), ("Opel", "ORG"), ("Opel Ampera", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-32117: a league with its ordinal
        "Am dritten Spieltag der 2. Fußball-Bundesliga musste der bisherige Spitzenreiter, "
        "der 1. FC Köln, gestern in einem Auswärtsspiel eine 3:2-Niederlage gegen den FC "
        "Carl Zeiss Jena hinnehmen.",
        [("2. Fußball-Bundesliga", "ORG"), ("1. FC Köln", "ORG"), ("FC Carl Zeiss Jena", "ORG")],
        [("2. Fußball-Bundesliga", "MISC"), ("1. FC Köln", "ORG"), ("FC Carl Zeiss Jena", "ORG")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-2124: a league the NER did not tag
        "Der bereits finanziell angeschlagene HSV Hamburg, der in der Handball-Bundesliga "
        "bislang auf dem dritten Platz lag, bekommt auf Grund eines Lizenzverstoßes acht "
        "Punkte Abzug.",
        [("HSV Hamburg", "ORG")],
        [("HSV Hamburg", "ORG"), ("Handball-Bundesliga", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-29688: a foreign league of two words
        "Lazio Rom und der AC Florenz sollen jeweils in die Serie B absteigen und je 15 "
        "Minuspunkte erhalten.",
        [("Lazio Rom", "ORG"), ("AC Florenz", "ORG"), ("Serie B", "ORG")],
        [("Lazio Rom", "ORG"), ("AC Florenz", "ORG"), ("Serie B", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-39835: places in a list of persons
        "Die Minister, die von Amts wegen für den Schutz der Verfassung zuständig sind, wie "
        "Schäuble, Beckstein oder Schönbohm, erweisen sich als die eifrigsten Kämpfer gegen "
        "die Verfassung.",
        [("Schäuble", "PER"), ("Beckstein", "LOC"), ("Schönbohm", "LOC")],
        [("Schäuble", "PER"), ("Beckstein", "PER"), ("Schönbohm", "PER")],
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[2][0][0] for c in CASES])
def test_entity_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    assert stage_entities(extractor, text, ner) == expected


KEPT: list[tuple[str, list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-60304: a maker without an article
        "Das Problem sind die gegenüber der ursprünglichen Planung entstandenen Mehrkosten in "
        "Höhe von 11,3 Milliarden Euro, davon fordert Airbus 5,3 Milliarden Euro von den "
        "Vertragspartnern.",
        [("Airbus", "ORG")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-61557: a place before a person, no list
        "Während der CDU-Agrarexperte im Bundesland Mecklenburg-Vorpommern, Henning von "
        "Storch, die Genehmigung für die BASF-Kartoffel Amflora begrüßte, hagelte es auf "
        "Seiten der Opposition im Landtag von Mecklenburg-Vorpommern Kritik an der "
        "Entscheidung aus Brüssel.",
        [
            ("Bundesland Mecklenburg-Vorpommern", "LOC"),
            ("Henning von Storch", "PER"),
            ("Amflora", "MISC"),
            ("Mecklenburg-Vorpommern", "LOC"),
            ("Brüssel", "LOC"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "ner"), KEPT, ids=[c[1][0][0] for c in KEPT])
def test_kept(extractor: claimex.Extractor, text: str, ner: list[Ent]) -> None:
    assert ner[0] in stage_entities(extractor, text, ner)
