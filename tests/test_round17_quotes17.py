"""Quote finding, round 17 (quotes17): errors read on the Wikinews train split's half
train_b (the even lines), measured on train_a, the dev split and dev_news. The sentences
are from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from
train_b; the first failed before its change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_fuer_a_person_and_the_copula_is_an_opinion(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-63107: "für" + a person's name opening the
    # sentence, right before the copula, holds the opinion (according_to.opinion)
    text = (
        "Für Bastian Schweinsteiger war die Schiedsrichterleistung der Hauptgrund, weswegen "
        "Deutschland Serbien mit 1:0 unterlag."
    )
    assert _quotes(extractor, text) == [
        (
            "war die Schiedsrichterleistung der Hauptgrund, weswegen Deutschland Serbien mit "
            "1:0 unterlag",
            "Bastian Schweinsteiger",
            "according_to.opinion",
        )
    ]


def test_fuer_a_person_with_another_verb_is_no_opinion(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-21661: "für" = instead of, no statement
    assert _quotes(extractor, "Für Reinke kam Tim Wiese ins Tor. Das Spiel endete 0:0.") == []
