"""Missed quotes of the Wikinews train split (issue 15, round 12), on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from the
odd lines of models/gold/wikinews/train.jsonl. It failed before its fix: two coordinated
predicates of one subject each make their own statement ("X nannte … und rief … auf, …";
components/quotes/coordination.py)."""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_coordinated_predicates_make_two_quotes(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-66568
    text = (
        "Der Vertreter Libyens nannte die Sanktionen eine moralische Unterstützung seines "
        "Volkes gegen das \N{DOUBLE LOW-9 QUOTATION MARK}faschistische "
        "Regime\N{LEFT DOUBLE QUOTATION MARK} in Tripolis und rief die libysche Armee auf, "
        "ihr eigenes Volk zu unterstützen."
    )
    found = _quotes(extractor, text)
    assert (
        "die Sanktionen eine moralische Unterstützung seines Volkes gegen das "
        "\N{DOUBLE LOW-9 QUOTATION MARK}faschistische Regime\N{LEFT DOUBLE QUOTATION MARK} "
        "in Tripolis",
        "Vertreter Libyens",
        "reported.object",
    ) in found
    assert (
        "ihr eigenes Volk zu unterstützen",
        "Vertreter Libyens",
        "indirect.infinitive",
    ) in found
