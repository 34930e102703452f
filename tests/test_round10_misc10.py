"""MISC entities of the Wikinews train split (issue 14, round 10): names of events, wars and
prizes that the NER tags ORG or LOC (lexicon/event_heads.txt), and a quoted title after a work
noun in the plural with "-e" ("die Modelle „Touareg“"). The sentences are from German
Wikinews (CC BY 2.5, "Wikinews contributors"), read from models/gold/wikinews/train.jsonl."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-52796
        pytest.param(
            "Unterdessen ist die konservative georgische Partei „Neue Rechte“ aus dem "
            "Burgfrieden ausgeschert, der seit dem Kaukasus-Konflikt 2008 in der georgischen "
            "Politik geherrscht hat.",
            "Kaukasus-Konflikt",
            id="konflikt",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-71936
        pytest.param(
            "Dabei erhoffen sich die Initiatoren eine ähnlich dynamische Wirkung der Sozialen "
            "Medien, wie sie beim Arabischen Frühling eine Rolle gespielt hat.",
            "Arabischen Frühling",
            id="fruehling",
        ),
    ],
)
def test_event_names_are_misc(extractor: claimex.Extractor, text: str, name: str) -> None:
    assert (name, "MISC") in entities_found(extractor, text)


def test_quoted_title_after_plural_work_noun(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-35600
    text = "Als Beispiele nennt VW die Modelle „Touareg“ und „Phaeton“."
    assert ("Touareg", "MISC") in entities_found(extractor, text)
