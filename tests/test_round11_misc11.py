"""MISC names of the Wikinews train split (issue 14, round 11), each on a sentence of the
article it was found in (German Wikinews, CC BY 2.5, "Wikinews contributors"). Every case
failed before its fix."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-12716
        pytest.param(
            "Major Valeri Trojanow, Pilot des am Donnerstagnachmittag über Litauen abgestürzten "
            "russischen Kampfflugzeuges Su-27, befindet sich noch immer in Gewahrsam Litauens.",
            "Su-27",
            id="hyphenated-type",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-60304
        pytest.param(
            "Es sollen sogar bereits Personalplanungen existieren, um Ingenieure vom "
            "A400M-Projekt zugunsten der Produktlinien A380 und A350 abzuziehen.",
            "A380",
            id="digit-type",
        ),
    ],
)
def test_type_code_after_noun_is_misc(extractor: claimex.Extractor, text: str, code: str) -> None:
    """A type designation in apposition to a noun is a product's name, a MISC."""
    assert (code, "MISC") in entities_found(extractor, text)


def test_capitalised_adjective_and_event_head_are_misc(extractor: claimex.Extractor) -> None:
    """An untagged capitalised adjective inside a sentence and an event head after it are a
    MISC name."""
    # German Wikinews (CC BY 2.5), spkatt-news-28493
    text = "Im Jahr 2005 wurde er für sein Lebenswerk mit dem Frankfurter Musikpreis geehrt."
    assert ("Frankfurter Musikpreis", "MISC") in entities_found(extractor, text)


def test_maker_and_unknown_model_name_are_misc(extractor: claimex.Extractor) -> None:
    """An ORG with a capitalised word after it that is no German word and no name is a
    product: the maker and the model name are one MISC."""
    # German Wikinews (CC BY 2.5), spkatt-news-50858
    text = (
        "Tesla Motors, der Hersteller des Vorzeige-Elektroautos Tesla Roadster, will in der "
        "zweiten Jahreshälfte 2008 eine PR-Kampagne in Europa starten."
    )
    assert ("Tesla Roadster", "MISC") in entities_found(extractor, text)
