"""Round 15 (`place15`): a listed first name that the NER tagged LOC alone, right before
the surname, is one person's name with it (`given_names`, components/person_repairs.py),
not a place; a PER or ORG at one end of a route whose other end is a place is a place too
(`route_places`, components/context_places.py). Sentences from German Wikinews (CC BY 2.5,
"Wikinews contributors"), read from the train split."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-56019: "Tanja" tagged LOC, "Potiainen" untagged
    pytest.param(
        "Als fünfte Athletin ging Tanja Potiainen aus Finnland auf die Piste, sie schaffte "
        "hinter Vonn und der Tschechin den zwischenzeitlichen Sprung auf Rang drei, am Ende "
        "des Durchgang sollte sie Neunte sein.",
        "Tanja Potiainen",
        "Tanja",
        id="tanja-potiainen",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-64617: "Lukasz" LOC, "Pisczek" PER
    pytest.param(
        "Lukasz Pisczek spielte auf Shinji Kagawa, der den Ball im Kasten von Jaroslav "
        "Drobny versenkte.",
        "Lukasz Pisczek",
        "Lukasz",
        id="lukasz-pisczek",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-70416
    pytest.param(
        "April 2007 wurde auf einem Parkplatz in Heilbronn die 22-jährige "
        "Bereitschaftspolizistin Michéle Kiesewetter erschossen.",
        "Michéle Kiesewetter",
        "Michéle",
        id="michele-kiesewetter",
    ),
]


@pytest.mark.parametrize(("text", "person", "first_name"), CASES)
def test_first_name_tagged_loc_joins_surname(
    extractor: claimex.Extractor, text: str, person: str, first_name: str
) -> None:
    result = extractor.extract(text)
    assert (person, "PER") in [(e.text, e.label) for e in result.entities]
    assert first_name not in [p.name for p in result.places]
    assert person in [a.name for a in result.actors]


def test_known_place_stays_a_place(extractor: claimex.Extractor) -> None:
    """Only a first name tagged LOC alone that no place list knows counts as untagged: a
    gazetteer place ("Paris") stays with the place rules."""
    from spacy.tokens import Span

    from claimex.components.person_repairs import _placed_given_name

    doc = extractor.nlp.make_doc("Tanja und Paris")
    assert _placed_given_name(Span(doc, 0, 1, label="LOC"), 0)
    assert not _placed_given_name(Span(doc, 2, 3, label="LOC"), 2)
    assert not _placed_given_name(Span(doc, 0, 1, label="ORG"), 0)


# German Wikinews (CC BY 2.5), spkatt-news-82396: "Chuquibamba" tagged PER
ROUTE = (
    "In derselben Gegend (Region Arequipa) geriet am Donnerstagabend ein Bus der auf dem Weg "
    "war von Chuquibamba nach Arequipa in einer Straßenkurve vom Weg ab und stürzte 60 Meter "
    "nach unten in einen Fluss, wobei sieben Personen starben und etwa 20 verletzt wurden."
)


def test_route_end_is_a_place(extractor: claimex.Extractor) -> None:
    result = extractor.extract(ROUTE)
    assert ("Chuquibamba", "LOC") in [(e.text, e.label) for e in result.entities]
    assert "Chuquibamba" in [p.name for p in result.places]
    assert "Chuquibamba" not in [a.name for a in result.actors]


def test_route_of_persons_stays() -> None:
    """Both ends persons, or a listed first name at one end: nothing changes."""
    import spacy
    from spacy.tokens import Span

    from claimex.components.context_places import route_places

    doc = spacy.blank("de")("Der Brief ging von Anna Weber nach Berlin und von Meier nach Schulz.")
    spans = [
        Span(doc, 4, 6, label="PER"),
        Span(doc, 7, 8, label="LOC"),
        Span(doc, 10, 11, label="PER"),
        Span(doc, 12, 13, label="PER"),
    ]
    assert [s.label_ for s in route_places(doc, spans)] == ["PER", "LOC", "PER", "PER"]
