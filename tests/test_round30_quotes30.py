"""Quote finding, round 30 (quotes30, issue 15): a closing "…, so X" whose source phrase
runs on to the sentence's end with attributes of its own.

``according_to.so`` took a closing "…, so X" only where nothing but an apposition followed
the source phrase (or where the "so X" was inserted into a Konjunktiv sentence). A
participial phrase after a comma ("…, verbunden mit …") or a relative clause that ends the
sentence ("…, in der Autorin … untersucht hat") describes the source and opens no clause
of its own, so the statement before the "so" is still the source's
(``quotes/according_to.py`` ``_attribute_to_end``; docs/entity_rules.md, "Round 30:
quotes30").

The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as
cited, read from the train half train_b (even lines of models/gold/wikinews/train.jsonl);
both tests failed at eb5b551 (no quote found).
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_a_participial_phrase_after_the_so_source_keeps_the_statement(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-45701: ", verbunden mit …" after the source left the "so" unread
    text = (
        "Noch am 13. November war klar: ATTAC unterstützt vorbehaltlos den Lokführerstreik "
        "der Gewerkschaft Deutscher Lokführer (GDL), so der Aufruf Frauke Distelrath aus "
        "Frankfurt, verbunden mit einer heftigen Kritik am Verhalten der DGB-Gewerkschaften "
        "in der juristischen Auseinandersetzung um das Streikrecht der GDL."
    )
    assert _quotes(extractor, text) == [
        (
            "Noch am 13. November war klar: ATTAC unterstützt vorbehaltlos den "
            "Lokführerstreik der Gewerkschaft Deutscher Lokführer (GDL)",
            "Frauke Distelrath",
            "according_to.so",
        )
    ]


def test_a_closing_relative_clause_after_the_so_source_keeps_the_statement(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-13100: the relative clause "in der Autorin … untersucht hat" (its "der"
    # tagged ART) ends the sentence; the speaker named here is the result noun, the
    # gold's is the foundation (not asserted: the owner chain is not read)
    text = (
        "Zwei Drittel aller alternativen Diagnose- und Heilmethoden sind unwirksam, so das "
        "Ergebnis einer gestern vorgestellten Studie mit dem Titel „Die Andere Medizin“ der "
        "Stiftung Warentest, in der Autorin Vera Herbst fast 50 Methoden untersucht hat."
    )
    assert [(quote, pattern) for quote, _, pattern in _quotes(extractor, text)] == [
        (
            "Zwei Drittel aller alternativen Diagnose- und Heilmethoden sind unwirksam",
            "according_to.so",
        )
    ]
