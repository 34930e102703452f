"""The seed article: the actors and places issue 2 asks for, each exactly once."""

from __future__ import annotations

from typing import Any

import claimex
from claimex.evaluate import names_match

EXPECTED_ACTORS = ["Wladimir Putin", "Lukaschenko", "Kreml", "Institute for the Study of War"]
EXPECTED_PLACES = [
    "Minsk",
    "Belarus",
    "Russland",
    "Ukraine",
    "Moldau",
    "Transnistrien",
    "Rumänien",
    "Deutschland",
    "Moskau",
]


def test_putin_is_one_actor_with_every_mention(seed_result: claimex.Extraction) -> None:
    putins = [a for a in seed_result.actors if "Putin" in a.name]
    assert len(putins) == 1
    putin = putins[0]
    assert putin.name == "Wladimir Putin"
    assert putin.type == "PER"
    text = seed_result.text
    every = {i for i in range(len(text)) if text.startswith("Putin", i)}
    assert {m.start for m in putin.mentions} | {
        m.start + len("Wladimir ") for m in putin.mentions
    } >= every


def test_expected_actors(seed_result: claimex.Extraction) -> None:
    names = [a.name for a in seed_result.actors]
    for expected in EXPECTED_ACTORS:
        assert sum(names_match(expected, n) for n in names) == 1, (expected, names)


def test_expected_places_once_each(seed_result: claimex.Extraction) -> None:
    names = [p.name for p in seed_result.places]
    for expected in EXPECTED_PLACES:
        assert sum(names_match(expected, n) for n in names) == 1, (expected, names)
    assert len(names) == len(set(names))


def test_nothing_is_both_actor_and_place(seed_result: claimex.Extraction) -> None:
    actors = {a.name for a in seed_result.actors}
    places = {p.name for p in seed_result.places}
    assert not actors & places


def test_roles_are_attached(seed_result: claimex.Extraction) -> None:
    putin = next(a for a in seed_result.actors if a.name == "Wladimir Putin")
    assert any("Präsident" in role for role in putin.roles)
    isw = next(a for a in seed_result.actors if "Study of War" in a.name)
    assert any("Denkfabrik" in role for role in isw.roles)


def test_seed_gold_entities(seed_result: claimex.Extraction, seed_gold: dict[str, Any]) -> None:
    from claimex.evaluate import score_documents

    report = score_documents([(seed_gold, seed_result.model_dump(mode="json"))])
    assert report["entities"]["f1"] >= 0.85, report["entities"]
    assert report["places"]["f1"] >= 0.9
    assert report["actors"]["f1"] >= 0.8
