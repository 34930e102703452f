"""Wrong speakers of the Wikinews train split (issue 15, round 11), each on sentences of
the article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the odd lines of models/gold/wikinews/train.jsonl. Every case failed before its fix: an
according-to marker whose statement noun only adjectives that date it describe ("nach ersten
Angaben", cues.json according_to.time_modifiers) names no source (FORMAT.md: speaker null)."""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def _speaker_of(
    extractor: claimex.Extractor, text: str, start: str
) -> tuple[str | None, str | None]:
    """(speaker, pattern) of the quote whose text starts with ``start``."""
    found = [(s, p) for t, s, p in _quotes(extractor, text) if t.startswith(start)]
    assert found, _quotes(extractor, text)
    return found[0]


def test_dated_statement_names_no_source(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-5248
    text = (
        "An Bord befanden sich 15 Passagiere und zwei Besatzungsmitglieder. Nach ersten Angaben "
        "sind wahrscheinlich alle 17 Personen ums Leben gekommen."
    )
    speaker, pattern = _speaker_of(extractor, text, "sind wahrscheinlich alle 17")
    assert speaker is None
    assert pattern == "according_to.nach_angaben"


def test_dated_statement_after_an_article(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-24321
    text = (
        "Der Bau einer solchen Rakete kostet umgerechnet rund 5,7 Millionen Euro. Nach einer "
        "ersten Analyse entstand aus bisher unbekannten Gründen nach 25 Sekunden ein "
        "Treibstoffleck."
    )
    speaker, pattern = _speaker_of(extractor, text, "entstand aus bisher unbekannten")
    assert speaker is None
    assert pattern == "according_to.nach_angaben"
