"""MISC names of issue 14 (round 12): single-word names of online services, events, trains,
a TV series and a spacecraft listed in lexicon/misc_names.txt. Each sentence is from an
article of the Wikinews train split where the name was missed or mislabelled before."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-71936
    pytest.param(
        "Der Kurzfilm Kony 2012 über den seit 2005 wegen Kriegsverbrechen und Verbrechen "
        "gegen die Menschlichkeit mit internationalen Haftbefehl gesuchten Warlord Joseph "
        "Kony, der über Youtube und Vimeo verbreitet wurde, hat lebhaftes Interesse in der "
        "Internet-Community geweckt.",
        ["Youtube", "Vimeo"],
        id="video-platforms",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-17843
    pytest.param(
        "Auch einen Gastauftritt in der \N{DOUBLE LOW-9 QUOTATION MARK}Lindenstraße"
        "\N{LEFT DOUBLE QUOTATION MARK} kann der 83-jährige aufweisen.",
        ["Lindenstraße"],
        id="tv-series",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-69157
    pytest.param(
        "Andere Raumschiffe wie die russische Sojus können weniger Ladung ins All bringen "
        "und auch keine schweren Teile zurückholen.",
        ["Sojus"],
        id="spacecraft",
    ),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_listed_misc_names(extractor: claimex.Extractor, text: str, names: list[str]) -> None:
    misc = [e.text for e in extractor.extract(text).entities if e.label == "MISC"]
    for name in names:
        assert name in misc
