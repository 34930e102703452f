"""Round 10 (issue 14, places): a single untagged name German does not know right after a
preposition of destination (lexicon/place_destination_prepositions.txt) is a place.
The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors")."""

from __future__ import annotations

import pytest

import claimex


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-45244
        pytest.param(
            "Experten des russischen Innenministeriums sollen sich auf dem Weg nach "
            "Togliatti befinden.",
            "Togliatti",
            id="nach-Togliatti",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-62831
        pytest.param(
            "Anschließend soll der Täter über Seascale nach Egremont gefahren sein.",
            "Egremont",
            id="nach-Egremont",
        ),
    ],
)
def test_destination_preposition_place(extractor: claimex.Extractor, text: str, place: str) -> None:
    places = [p.name for p in extractor.extract(text).places]
    assert place in places
