"""Round 22 (helper org22): an ORG takes in the untagged words right before and after it whose
tag and word class the gold's train split takes into an ORG in a clear majority
(``org_edge_words``, lexicon/org_boundaries.json). Sentences from German Wikinews (CC BY
2.5, "Wikinews contributors", the train_b half of models/gold/wikinews/train.jsonl); the
first two failed before the change."""

from __future__ import annotations

import claimex
from claimex.components.org_boundaries import configurations, word_class

from .entity_docs import entities_found


def test_unknown_word_before_an_org_is_its_first_word(extractor: claimex.Extractor) -> None:
    # "Aga" is no German word (tagged NN); spkatt-news-4174
    text = (
        "Wissenschafter der Aga Khan University machen dafür die schlechten hygienischen "
        "Bedingungen in den Geburtenstationen verantwortlich."
    )
    assert ("Aga Khan University", "ORG") in entities_found(extractor, text)


def test_bracketed_party_name_keeps_its_first_word(extractor: claimex.Extractor) -> None:
    # "Alternativ" is no German word; spkatt-news-35051
    text = (
        "Während Premierminister Jean-Claude Juncker ankündigte, den Vorschlag von der "
        "zuständigen Parlamentskommission prüfen zu lassen, stellt sich die ADR (Alternativ "
        "Demokratesch Reformpartei) hinter den Vorschlag von Michel Wolter."
    )
    assert ("Alternativ Demokratesch Reformpartei", "ORG") in entities_found(extractor, text)


def test_configurations_are_the_gold_majorities() -> None:
    """Articles, prepositions, lower-case and known common nouns stay outside; a hyphen
    compound with a lower-case head is lower-case ("US-amerikanische")."""
    left, right = configurations("left"), configurations("right")
    assert "NN unknown" in left
    assert "NE unknown" in right
    assert not {"ART lower", "ART known", "NN known", "NN org", "ADJA deriv"} & left
    assert not {"NN known", "APPR lower", "CARD digit"} & right
    assert word_class("US-amerikanische", None) == "lower"


def test_nothing_joins_after_a_genitive_name(extractor: claimex.Extractor) -> None:
    # "Microsofts" is the genitive of "Microsoft", named so in the same text; spkatt-news-4555
    text = (
        "Außerdem spendiert Macromedia dem Flash Player 8 mit „Saffron“ eine neue "
        "Text-Rendering-Engine, die eine präzisere Kontrolle über das Anti-Aliasing "
        "ermöglicht und Microsofts ClearType Konkurrenz macht. „Die Betonung von Video in "
        "Flash 8 beweist, dass Macromedia zu den Streaming-Schwergewichten Microsoft, "
        "RealNetworks und Apple aufschließen will“ , schreibt die „Computerwoche“."
    )
    entities = entities_found(extractor, text)
    assert ("Microsofts", "ORG") in entities
    assert not any(name.startswith("Microsofts ") for name, _ in entities)
