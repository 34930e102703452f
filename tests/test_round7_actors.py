"""Actors of the Wikinews train split (round 7, actors): organisation names that
``lexicon/knowledge.tsv`` lists as forms of one organisation make one actor where a
document uses both. The sentences are from German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from the train split."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-61557
    pytest.param(
        "Nach der Zulassung für den Freilandanbau der gentechnisch veränderten "
        "Kartoffelsorte „Amflora“ durch die Europäische Kommission will der Chemiekonzern "
        "BASF offenbar nachlegen. Wie eine Sprecherin des Ludwigshafener Konzerns gegenüber "
        "der Financial Times Deutschland bestätigte, plant der Chemieriese, weitere Anträge "
        "für die Zulassung gentechnisch veränderter Kartoffelsorten bei der EU-Kommission zu "
        "beantragen.",
        "Europäische Kommission",
        "EU-Kommission",
        id="eu-kommission",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-21450
    pytest.param(
        "Mit 27 von 35 Stimmen der in der IAEA zusammengeschlossenen Länder wurde "
        "beschlossen, die Frage des iranischen Atomprogramms vor den Sicherheitsrat der "
        "Vereinten Nationen zu bringen. Der iranische Vize-Außenminister betrachtet die "
        "Anrufung des UN-Sicherheitsrates als Eskalation des Konflikts.",
        "Sicherheitsrat der Vereinten Nationen",
        "UN-Sicherheitsrates",
        id="un-sicherheitsrat",
    ),
]


@pytest.mark.parametrize(("text", "name", "variant"), CASES)
def test_listed_forms_make_one_actor(
    extractor: claimex.Extractor, text: str, name: str, variant: str
) -> None:
    actors = {
        actor.name: [m.text for m in actor.mentions] for actor in extractor.extract(text).actors
    }
    assert name in actors
    assert variant in actors[name]


def test_generic_names_are_not_joined() -> None:
    from claimex.components.known_orgs import known_org, same_known_org

    # "Außenministerium" is listed for the German ministry only: not joined by the list
    assert known_org("Außenministerium") is None
    assert not same_known_org("Außenministerium", "Auswärtiges Amt")
