"""Round 14 (`loc14`), places that are no names: a derivation of a place whose name ends in
"-en" ("Erlanger" from "Erlangen") is a place adjective as "Berliner" is, and a place
adjective before a word for a facility with a name of its own ("der Hamburger Flughafen";
lexicon/place_adjective_non_heads.txt) describes it by its town. Sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors"), read from the train split."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-40269
    pytest.param(
        "Diese frühen Forschungen verschafften dem Erlanger Team einen entscheidenen "
        "Vorsprung vor den anderen Forschergruppen, die in Deutschland ebenfalls auf diesem "
        "Gebiet arbeiteten.",
        "Erlanger Team",
        id="erlanger-team",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-12873
    pytest.param(
        "Auf dem Hamburger Flughafen ist heute Mittag eine niederländische Maschine des Typs "
        "„Fokker 100“ mit 95 Passagieren an Bord wegen eines Schadens am Bugrad notgelandet.",
        "Hamburger Flughafen",
        id="hamburger-flughafen",
    ),
]


@pytest.mark.parametrize(("text", "derived"), CASES)
def test_place_adjective_with_noun_is_no_place(
    extractor: claimex.Extractor, text: str, derived: str
) -> None:
    result = extractor.extract(text)
    assert derived not in [e.text for e in result.entities]
    assert derived not in [p.name for p in result.places]


def test_derivation_of_place_on_en() -> None:
    from claimex.components.entity_drops import is_place_derivation

    assert is_place_derivation("Erlanger")
    assert is_place_derivation("Münchner")
    assert is_place_derivation("Berliner")
    assert not is_place_derivation("Erlangen")


def test_facility_is_no_place_head() -> None:
    from claimex.components.place_names import is_place_head

    assert not is_place_head("Flughafen")
    assert is_place_head("Hafen")
    assert is_place_head("Hauptbahnhof")


# German Wikinews (CC BY 2.5), spkatt-news-43684: a place named like its people
# (lexicon/place_people_names.txt) right after a definite article names the people, or a
# team of theirs, not the place (which takes no article).
HESSEN = (
    "Nach einem Sieg in der ersten Runde gegen den Club Bouliste Monegasque aus Monaco müssen "
    "die Hessen allerdings „nur“ noch bei der Pétanque Union Kennemerland Haarlem "
    "(Niederlande) gewinnen."
)


def test_place_named_like_its_people_after_article(extractor: claimex.Extractor) -> None:
    result = extractor.extract(HESSEN)
    assert ("Hessen", "LOC") not in [(e.text, e.label) for e in result.entities]
    assert "Hessen" not in [p.name for p in result.places]
    assert ("Monaco", "LOC") in [(e.text, e.label) for e in result.entities]


def test_place_named_like_its_people_without_article(extractor: claimex.Extractor) -> None:
    result = extractor.extract("Der Sturm richtete in Hessen und Bayern große Schäden an.")
    assert {"Hessen", "Bayern"} <= {p.name for p in result.places}


# German Wikinews (CC BY 2.5), spkatt-news-71448: a truncated compound and "und" before a
# LOC belong to it (rule place_truncated_pair); the place record keeps the written-out place.
KAELTEWELLE = "Das sibirische Hoch „Cooper“ beschert Mittel- und Osteuropa eine extreme Kältewelle."


def test_truncated_pair_is_one_place(extractor: claimex.Extractor) -> None:
    result = extractor.extract(KAELTEWELLE)
    assert ("Mittel- und Osteuropa", "LOC") in [(e.text, e.label) for e in result.entities]
    assert "Osteuropa" in [p.name for p in result.places]
