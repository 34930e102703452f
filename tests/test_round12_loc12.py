"""Place errors of the Wikinews train split (issue 14, round 12), each on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split's first half. Every case failed before its fix; the fixes are general: a
one-word LOC that is an office, a word on -isch or what a number counts is no place
(rule ``drop_non_place_words``), and a span that begins with a noun for a kind of
settlement or facility keeps only the name after it, a LOC (rule ``kind_noun_places``)."""

from __future__ import annotations

import pytest

import claimex

NON_PLACE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-64070: a form of a function noun
    pytest.param(
        "Die Vorsitzende des Bundesrats steht protokollarisch an zweiter Stelle nach dem "
        "Bundespräsidenten noch vor der Bundeskanzlerin; sie ist stellvertretendes "
        "Staatsoberhaupt im Falle von dessen Verhinderung.",
        "Bundespräsidenten",
        id="office",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-59985: a language after "in"
    pytest.param(
        "Sie schrieben Hassparolen in Hebräisch wie „Wir werden Euch alle verbrennen“ und "
        "„Wir werden unsere Vergeltung haben“ an die Wand.",
        "Hebräisch",
        id="language-isch",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-58108: what a number counts
    pytest.param(
        "Nach den Ermittlungen des ehemaligen Richters war Demjanjuk einer der 90 bis 120 "
        "Trawniki.",
        "Trawniki",
        id="counted",
    ),
]


@pytest.mark.parametrize(("text", "word"), NON_PLACE_CASES)
def test_non_place_words(extractor: claimex.Extractor, text: str, word: str) -> None:
    result = extractor.extract(text)
    assert (word, "LOC") not in {(e.text, e.label) for e in result.entities}
    assert word not in {place.name for place in result.places}


NAMED_PART_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-58397: a PER that begins with "Ferieninsel"
    pytest.param(
        "Einen Tag nach dem Anschlag auf eine Polizeikaserne in der nordspanischen Stadt "
        "Burgos (mit 65 Verletzten) hat es eine weitere Explosion vor einem Polizeigebäude der "
        "Guardia Civil auf der beliebten Ferieninsel Mallorca gegeben.",
        "Mallorca",
        id="ferieninsel",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-58108: an ORG that begins with a compound of
    # "Lager"
    pytest.param(
        "Demjanjuk sei demnach zunächst in Gut Okzov und dem Konzentrationslager Majdanek "
        "(Lublin) eingesetzt worden, bevor er in das Vernichtungslager Sobibór verlegt worden "
        "sei.",
        "Majdanek",
        id="konzentrationslager",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAMED_PART_CASES)
def test_name_after_kind_noun(extractor: claimex.Extractor, text: str, name: str) -> None:
    result = extractor.extract(text)
    assert (name, "LOC") in {(e.text, e.label) for e in result.entities}
    assert name in {place.name for place in result.places}
