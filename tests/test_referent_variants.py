"""Name variants of one actor or place become one record, under the name the gold format
cites.

Real German Wikinews sentences (CC BY 2.5) through the bundled pipeline; each case failed
before the fix it names: other names of one place by ``lexicon/knowledge.tsv`` ("USA" and
"Vereinigte Staaten"), abbreviations in parentheses that are not all capitals ("GdF",
"dpa"), a name the list gives in an inflected form ("des Weißen Hauses").
"""

from __future__ import annotations

import pytest

import claimex

PLACE_CASES = [
    pytest.param(
        # German Wikinews (CC BY 2.5), spkatt-news-69157
        "Es war die letzte geplante bemannte Raumfahrtmission mit einem Space Shuttle in den "
        "Vereinigten Staaten. Nach 135 Flügen wird das Shuttleprogramm der USA eingestellt.",
        "Vereinigte Staaten",
        "USA",
        id="short-form-of-a-country",
    ),
    pytest.param(
        # German Wikinews (CC BY 2.5), spkatt-news-12716
        "Demnach erwartet Russland, dass Litauen dem Major der Luftstreitkräfte die "
        "Jurisdictionsimmunität zukommen lässt. Gleiches gelte nach Meinung Russlands auch "
        "für das Flugzeug, welches ebenso wie der Pilot umgehend der Russischen Föderation "
        "übergeben werden müsse.",
        "Russische Föderation",
        "Russland",
        id="official-name-of-a-country-named-by-it",
    ),
    pytest.param(
        # German Wikinews (CC BY 2.5), spkatt-news-50226
        "Wie Steve Marshall, Sprecher der UN-Büros in Birma, in Bangkok mitteilte, hat die "
        "Regierung in dem Katastrophengebiet lediglich sechs Hubschrauber im Einsatz. Die "
        "Situation in Myanmar könnte sich in den nächsten Tagen durch schwere Regenfälle "
        "weiter verschlechtern.",
        "Myanmar",
        "Birma",
        id="former-name-of-a-country",
    ),
]


@pytest.mark.parametrize(("text", "name", "variant"), PLACE_CASES)
def test_place_variants_are_one_place(
    extractor: claimex.Extractor, text: str, name: str, variant: str
) -> None:
    names = [place.name for place in extractor.extract(text).places]
    assert name in names
    assert variant not in names


ACTOR_CASES = [
    pytest.param(
        # German Wikinews (CC BY 2.5), spkatt-news-25147
        "Unmittelbar nach Verabschiedung des Gesetzes hat sich die Gewerkschaft der "
        "Flugsicherung (GdF) zu Wort gemeldet. Die GdF zeigt keinerlei Verständnis für den "
        "Verkauf, es hingen davon 5.300 Arbeitsplätze ab.",
        "Gewerkschaft der Flugsicherung",
        "GdF",
        id="abbreviation-with-a-small-letter",
    ),
    pytest.param(
        # German Wikinews (CC BY 2.5), spkatt-news-80961
        "Ein Journalist der Deutschen Presse Agentur (dpa) befand sich nahe der Explosion und "
        "berichtet, dass Kinder zu einem Auto rannten, dass Chips zum Essen verteilt hatte.",
        "Deutsche Presse Agentur",
        "dpa",
        id="abbreviation-in-small-letters",
    ),
]


@pytest.mark.parametrize(("text", "name", "variant"), ACTOR_CASES)
def test_actor_variants_are_one_actor(
    extractor: claimex.Extractor, text: str, name: str, variant: str
) -> None:
    names = [actor.name for actor in extractor.extract(text).actors]
    assert name in names
    assert variant not in names


def test_inflected_name_is_cited_as_listed(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-27811
    text = (
        "Ein Sprecher des Weißen Hauses in Washington schränkte die Verhandlungsbereitschaft "
        "der USA jedoch dahingehend ein, dass nicht an eine „Eins zu Eins“-Begegnung mit dem "
        "Iran gedacht sei."
    )
    names = [actor.name for actor in extractor.extract(text).actors]
    assert "Weißes Haus" in names
