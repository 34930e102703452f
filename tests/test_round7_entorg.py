"""Entity errors of the Wikinews train split, round 7 (places the entity stage missed):
each case is a sentence of the article it was found in, German Wikinews (CC BY 2.5,
"Wikinews contributors"), cited by its document id; each failed before its fix."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

PLACE_COMPOUND_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-31627
    pytest.param(
        "Auch der Awash-Fluss im Norden Äthiopiens ist über die Ufer getreten.",
        ("Awash-Fluss", "LOC"),
        id="river",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-32117
    pytest.param(
        "10.159 Zuschauer waren zu dem Spiel in das Jenaer Ernst-Abbe-Stadion gekommen und "
        "konnten eine spannende Begegnung sehen, in der der Aufsteiger nach zwei "
        "Unentschieden und dem Sieg über Köln immer noch ungeschlagen blieb.",
        ("Ernst-Abbe-Stadion", "LOC"),
        id="stadium",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_COMPOUND_CASES)
def test_hyphenated_place_compound_is_a_loc(
    extractor: claimex.Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in entities_found(extractor, text)


UNKNOWN_PLACE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-18512
    pytest.param(
        "Die Notlandung in Chabarowsk ist für heute 21:30 Uhr Chabarowsker Ortszeit vorgesehen.",
        ("Chabarowsk", "LOC"),
        id="chabarowsk",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-51314
    pytest.param(
        "Sie wurde am 5. Januar 1897 in Guscht in Pommern geboren und lebte in drei Jahrhunderten.",
        ("Guscht", "LOC"),
        id="guscht",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_PLACE_CASES)
def test_place_no_german_word_keeps_its_tag(
    extractor: claimex.Extractor, text: str, expected: tuple[str, str]
) -> None:
    assert expected in entities_found(extractor, text)
