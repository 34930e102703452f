"""Place errors of the Wikinews train split (issue 14, round 11), each on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split's first half. Every case failed before its fix; the fixes are general:
towns of several words from GeoNames in the gazetteer (models/gazetteer.py), a listed town
and a division's designator that place_trim keeps, a name after a noun for a facility
(lexicon/place_facility_nouns.txt), and a one-word city that follows an article."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

PLACE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-38651: a town of two words (GeoNames)
    pytest.param(
        "In einer Presseerklärung, die am Mittwoch in Banja Luka veröffentlicht wurde, wurde "
        "verkündet, dass die Serben zusammen mit anderen bosnischen Institutionen alle "
        "Verantwortlichen, vor allem aber die für das in Srebrenica begangene Verbrechen, vor "
        "Gericht bringen wollen.",
        "Banja Luka",
        id="multiword-town",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-50033: a listed town whose first word the
    # tagger reads as a noun stays whole
    pytest.param(
        "Spezialeinheiten der italienischen Polizei führten am Freitag in der Reggio Calabria, "
        "der „Stiefelspitze“ in Italiens Süden, eine groß angelegte Polizeiaktion gegen "
        "die\N{RIGHT SINGLE QUOTATION MARK} Ndrangheta durch.",
        "Reggio Calabria",
        id="listed-town-kept-whole",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-49204: a division's designator stays in
    pytest.param(
        "Bei der letzten großen Dengue-Fieber-Epidemie in Rio de Janeiro im Jahr 2002 starben "
        "im Bundesstaat Rio de Janeiro 90 Personen an der Krankheit.",
        "Bundesstaat Rio de Janeiro",
        id="division-designator",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-45812: a name after a road-network noun
    pytest.param(
        "An der Auffahrt Einsiedlerhof mussten die Fahrzeuge sehr langsam fahren, wobei dann "
        "ein LKW in den letzten Kleinbus fuhr.",
        "Einsiedlerhof",
        id="facility-auffahrt",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-73970: a name after a facility noun
    pytest.param(
        "Im Lager Sucy-en-Brie südöstlich von Lyon wurden 800 Roma aus ihren Unterkünften "
        "vertrieben.",
        "Sucy-en-Brie",
        id="facility-lager",
    ),
]


@pytest.mark.parametrize(("text", "place"), PLACE_CASES)
def test_place_found(extractor: claimex.Extractor, text: str, place: str) -> None:
    assert (place, "LOC") in entities_found(extractor, text)


def test_articled_city_is_no_place(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-80961: "zum Essen" is the common noun
    text = (
        "Ein Journalist der Deutschen Presse Agentur (dpa) befand sich nahe der Explosion und "
        "berichtet, dass Kinder zu einem Auto rannten, dass Chips zum Essen verteilt hatte."
    )
    assert ("Essen", "LOC") not in entities_found(extractor, text)
