"""Round 20 (helper org20): a hyphen compound of a name and an organisation word is an ORG
(``compound_org_names``). Sentences from German Wikinews (CC BY 2.5, "Wikinews
contributors", the train_b half of models/gold/wikinews/train.jsonl); the first case failed
before the change."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_name_and_organisation_word_compound_is_an_org(extractor: claimex.Extractor) -> None:
    # compound_org_names: "Dschandschawid" is no German word; spkatt-news-31955
    text = (
        "Die Vorwürfe richten sich gegen die Dschandschawid-Miliz und Rebellenorganisationen, "
        "die in Darfur, im Westen des Landes, aktiv sind, gegen die ugandische Lord "
        "\N{RIGHT SINGLE QUOTATION MARK}s Resistance Army und gegen tschadische "
        "Oppositionstruppen, aber auch gegen die sudanesiche Armee."
    )
    assert ("Dschandschawid-Miliz", "ORG") in entities_found(extractor, text)


def test_country_acronym_or_indefinite_compound_is_no_org(extractor: claimex.Extractor) -> None:
    """A body described by its country or owner, or one named with an indefinite article,
    is no name."""
    text = (
        "Die US-Regierung und die EU-Behörde kritisierten einer Thaksin-Partei nahestehende "
        "Gruppen."
    )
    assert not any(label == "ORG" for _, label in entities_found(extractor, text))
