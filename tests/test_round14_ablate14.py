"""Round 14, rule ablation on data the rules were not written from (issue 14).

``coordinated_names`` (a proper or common noun coordinated with a name takes its label) was
removed: on train_b + dev + dev_news it made six false names for one right one. The common
nouns after a name in a list stay common nouns.
"""

from __future__ import annotations

import pytest

import claimex


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-3659
        (
            "Seine Instrumente reichen vom Schlagzeug, Triangel, Bongos und Glockenspiel bis "
            "hin zum Strohhalm und umgedrehten Kochtopf.",
            "Glockenspiel",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-72918
        (
            "Die Yakuza-Banden stehen seit kurzer Zeit im Fadenkreuz der Ermittlungsbehörden "
            "Japans, lange konnten sie sich darauf verlassen, dass die Polizei nicht genau "
            "hinschaute, wenn sie ihr Geld mit Drogengeschäften, Glücksspiel und Prostitution "
            "erwirtschafteten.",
            "Prostitution",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-34728
        (
            "Neben der Familie und der Schule sind es auch Heime und Gefängnisse sowie die "
            "Arbeitswelt.",
            "Gefängnisse",
        ),
    ],
)
def test_common_noun_coordinated_with_a_name_is_no_name(
    extractor: claimex.Extractor, text: str, word: str
) -> None:
    assert word not in {e.text for e in extractor.extract(text).entities}
