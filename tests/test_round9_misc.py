"""MISC names of the Wikinews train split (issue 14, round 9), each on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split. Every case failed before its change; each change was measured alone on
the train split and checked on the other splits."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

# Prizes and events with a German Wikipedia article (models/knowledge/misc.tsv).
KNOWLEDGE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-59262
    pytest.param(
        "Die deutsche Schriftstellerin Herta Müller erhält in diesem Jahr den Nobelpreis für "
        "Literatur.",
        ("Nobelpreis für Literatur", "MISC"),
        id="award-untagged",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-56546
    pytest.param(
        "Noch sind sie rar, die innovativen Konzepte für Elektroautos \N{EN DASH} so erscheint es "
        "zumindest dem Besucher auf dem 79. Genfer Autosalon, der noch bis zum 15. März "
        "geöffnet hat.",
        ("Genfer Autosalon", "MISC"),
        id="event-untagged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), KNOWLEDGE_CASES)
def test_listed_prizes_and_events_are_misc(
    extractor: claimex.Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in entities_found(extractor, text)
