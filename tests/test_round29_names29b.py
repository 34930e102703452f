"""Round 29 (helper names29b): a capitalised word that the coarse tagger calls a determiner
while the fine tag (STTS) calls it a noun, a proper noun or an attributive adjective opens
the name; ``strip_titles`` no longer cuts it (components/entity_spans.py
``_misread_determiner``). Sentences from the Wikinews train split's second half (German
Wikinews, CC BY 2.5; the SpkAtt-2023 news document named); each failed before the change
(the span began one word later)."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

NAMES = [
    # spkatt-news-55554 (train_b): "Lake" (ADJA, coarse DET) was cut, "Placid" left alone
    pytest.param(
        "Der 20. Wahlbezirk bei Albany erstreckt sich von Lake Placid in den Adirondack "
        "Mountains bis ins Dutchess County.",
        ("Lake Placid", "LOC"),
        id="lake",
    ),
    # spkatt-news-15578 (train_b): "Borussia" (ADJA, coarse DET) was cut from the club
    pytest.param(
        "Sonntag, 06. November 2005: Borussia Mönchengladbach - Hamburger SV 0:0 (0:0) 1. FC "
        "Nürnberg - VfB Stuttgart 0:1 (0:1)",
        ("Borussia Mönchengladbach", "ORG"),
        id="club",
    ),
]


@pytest.mark.parametrize(("text", "entity"), NAMES)
def test_a_misread_determiner_opens_the_name(
    extractor: claimex.Extractor, text: str, entity: tuple[str, str]
) -> None:
    assert entity in entities_found(extractor, text)
