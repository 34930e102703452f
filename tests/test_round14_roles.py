"""An organisation's own name is not its role (round 14, from a newcomer's try: "Die
Europäische Zentralbank (EZB)" had the role "Europäische Zentralbank")."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-70416: the acronym after the name
    (
        "Das Bundeskriminalamt (BKA) bestätigte dem Bundestagsabgeordneten Montag auf "
        "Anfrage, dass er auf der Liste stehe.",
        "Bundeskriminalamt",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-5419
    ("Dies berichtete die Deutsche Presse-Agentur (dpa).", "Deutsche Presse-Agentur"),
]


@pytest.mark.parametrize(("text", "name"), CASES)
def test_a_name_and_its_acronym_give_no_role(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    actors = {actor.name: actor for actor in extractor.extract(text).actors}
    assert name in actors
    assert actors[name].roles == []


def test_a_function_before_the_name_stays_a_role(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-72735: "Vorsitzende" is no word of a name
    text = (
        "Zuletzt hatte der Vorsitzende des ICTY, Theodor Meron, einen Befangenheitsantrag der "
        "Verteidigung gegen den Richter Alphons Orie zurückgewiesen."
    )
    roles = {actor.name: actor.roles for actor in extractor.extract(text).actors}
    assert roles["Theodor Meron"] == ["Vorsitzende"]
    assert roles["Alphons Orie"] == ["Richter"]
