"""Konjunktiv II and hearsay after a statement (issue 15, round 9: errors read on the odd
lines of the Wikinews train split). Each text is copied from a train article: German
Wikinews (CC BY 2.5, "Wikinews contributors"), the document id beside it; every case
failed before its change."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-31627: a Konjunktiv II of a strong verb
    # (cues.json subjunctive_2) continues a warning
    pytest.param(
        "Die äthiopische Regierung warnt vor möglichen weiteren Überschwemmungen in allen "
        "Teilen des Landes. Die wichtigsten Dämme des Landes befänden sich nahe der Grenze "
        "der Belastbarkeit.",
        "Die wichtigsten Dämme",
        "äthiopische Regierung",
        id="konjunktiv-2-befaenden",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-24259: hearsay "soll … haben" continues an
    # accusation (cues.json reportative)
    pytest.param(
        "Die Behörden werfen Luna Menschenhandel vor. Er soll am letzten Freitag, dem 17. "
        "März 2006, zwei Menschen illegal in die USA eingeschleust haben, indem er "
        "Visaanträge für die Beiden im Konsulat der USA abgeben hatte.",
        "Er soll am letzten Freitag",
        "Behörden",
        id="reportative-soll-haben",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-25051: hearsay "soll … sein" one sentence
    # further on
    pytest.param(
        "Am Dienstag erklärte die Staatsanwaltschaft auf einer Pressekonferenz in Iserlohn "
        "die Hintergründe der Verhaftung. Bei dem Mann handelt es sich tatsächlich um einen "
        "der drei Männer, die bereits im Januar tatverdächtig waren. Das Motiv für den "
        "Doppelmord soll eine Kränkung der Familienehre sein.",
        "Das Motiv für den Doppelmord",
        "Staatsanwaltschaft",
        id="reportative-soll-sein",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_continuation_after_statement(
    extractor: claimex.Extractor, text: str, start: str, speaker: str
) -> None:
    quotes = [q for q in extractor.extract(text).quotes if q.text.startswith(start)]
    assert quotes, f"no quote starting with {start!r}"
    assert quotes[0].kind == "indirect"
    assert quotes[0].pattern == "indirect.konjunktiv_continuation"
    assert quotes[0].speaker_name is not None
    assert speaker in quotes[0].speaker_name
