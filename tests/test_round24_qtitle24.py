"""Quote finding, round 24 (qtitle24): names and titles in quotation marks are no direct
quotes (issue 15, quote precision). Errors read on the Wikinews train split's half
train_b, measured on train_a, the dev split and dev_news. The sentences are from German
Wikinews (CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from train_b; it
failed before the change.
"""

from __future__ import annotations

import claimex


def _quotes(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None, str]]:
    """(text, speaker, pattern) of each quote found in ``text``."""
    return [(q.text, q.speaker_name, q.pattern) for q in extractor.extract(text).quotes]


def test_a_name_after_a_colon_without_a_cue_is_no_quote(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-34485: the colon introduces the festival's
    # name, no statement (no cue before the colon, no finite verb between the marks)
    text = (
        "Vom 5. bis zum 9. November findet in Moskau ein Schachfestival statt: "
        "„Мемориал Михаила Таля“ [auf Deutsch: „Gedenken an Michail Tal'“] ."
    )
    found = _quotes(extractor, text)
    assert "Мемориал Михаила Таля" not in [t for t, _, _ in found], found
