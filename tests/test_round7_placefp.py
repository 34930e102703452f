"""Round 7, wrong places: a place derivation on -er before a common noun is an adjective
and the noun decides ("Bagdader Krankenhäusern" is no place; gold FORMAT.md: entities are
names, not words derived from them). Sentences from German Wikinews (CC BY 2.5,
"Wikinews contributors"), read from the train split."""

from __future__ import annotations

import pytest

import claimex

PLACE_NOUN_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-13194
    pytest.param(
        "Die Krankenhäuser waren durch die insgesamt 119 Verletzten völlig überfordert, so "
        "dass Kapazitäten in Bagdader Krankenhäusern genutzt werden mussten.",
        "Bagdader Krankenhäusern",
        id="bagdader-krankenhaeusern",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-58874
    pytest.param(
        "September, geplante Demonstration von Schwulen, Lesben und Transgendern in der "
        "Belgrader Innenstatt ist heute aus Sicherheitsgründen abgesagt worden.",
        "Belgrader Innenstatt",
        id="belgrader-innenstatt",
    ),
]


@pytest.mark.parametrize(("text", "derived"), PLACE_NOUN_CASES)
def test_place_derivation_with_noun_is_no_place(
    extractor: claimex.Extractor, text: str, derived: str
) -> None:
    result = extractor.extract(text)
    assert derived not in [e.text for e in result.entities]
    assert derived not in [p.name for p in result.places]


# German Wikinews (CC BY 2.5), spkatt-news-34501: a place adjective before a word for a kind
# of place (lexicon/place_adjective_heads.txt) names that place and stays a LOC.
HAFEN = (
    "Nach einem anonymen Hinweis auf eine Lagerhalle im Hamburger Hafen, in dem angeblich "
    "gentechnisch veränderter Reis lagern sollte, wurden auf einem Parkplatz in der Nähe der "
    "Lagerhalle einige Reiskörner gefunden."
)


def test_place_derivation_with_place_word_stays(extractor: claimex.Extractor) -> None:
    result = extractor.extract(HAFEN)
    assert ("Hamburger Hafen", "LOC") in [(e.text, e.label) for e in result.entities]


# German Wikinews (CC BY 2.5), spkatt-news-67374: the NER tagged only "Fukushima"; the
# untagged proper noun after it that German does not know continues the name.
FUKUSHIMA = (
    "Der Betreiber des havarierten Kernkraftwerks Fukushima I in Japan, der "
    "Energieversorger TEPCO, begann heute damit, 11.500 Tonnen radioaktiv verseuchtes "
    "Wasser in den Pazifischen Ozean einzuleiten."
)


def test_place_takes_in_following_unknown_proper_noun(extractor: claimex.Extractor) -> None:
    result = extractor.extract(FUKUSHIMA)
    assert ("Fukushima I", "LOC") in [(e.text, e.label) for e in result.entities]
