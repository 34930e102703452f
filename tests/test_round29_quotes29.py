"""Quote finding, round 29 (quotes29, issue 15): a bare object after a prepositional adjunct.

``reported.object`` skips the middle field's prepositional adjuncts before the cue's object
(``quotes/reported.py`` ``skip_adjuncts``). Where the adjunct's noun runs straight into a
common noun without an article that ends the clause ("für ganz Äthiopien Regenfälle an"),
the noun-phrase reader took both nouns as one phrase and the cue was left without an
object; the bare noun is the object (docs/entity_rules.md, "Round 29: quotes29"). A name
or a month after the adjunct's noun belongs to it ("für den Monat Juli").

The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as
cited, read from the train half train_a (odd lines of models/gold/wikinews/train.jsonl);
the first test failed at 6684939.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_bare_object_after_an_adjunct_is_the_reported_statement(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-31627: "für ganz Äthiopien Regenfälle" read as one phrase left
    # ankündigen without an object at 6684939
    text = (
        "Wettervorhersagen kündigen für die nächsten Wochen für ganz Äthiopien Regenfälle "
        "an, die heftiger sein werden als üblich."
    )
    assert _quotes(extractor, text) == [
        (
            "Regenfälle an, die heftiger sein werden als üblich",
            "Wettervorhersagen",
            "reported.object",
        )
    ]


def test_a_month_after_the_adjuncts_noun_is_no_object(extractor: claimex.Extractor) -> None:
    # spkatt-news-52151: "für den Monat Juli" is one phrase (a close apposition); the
    # fronted object before "meldet" is found by no pattern (round 25)
    text = (
        "100.000 Fluggäste im Juli 2008 meldet die irische Fluggesellschaft Ryanair vom "
        "Flughafen Bremen allein für den Monat Juli."
    )
    assert all(quote != "Juli" for quote, _, _ in _quotes(extractor, text))
