"""Figure units read on train_b (round 30, figures30), on a sentence of the article it was
found in: German Wikinews (CC BY 2.5, "Wikinews contributors"). The case failed before its
fix. The fix is general: a unit followed by a solidus and a unit of time or a measure
("/ s", "/ h", "/ km"; lexicon/figure_grammar.json rate_denominators and measures) is the
unit of a rate, and the figure's unit is the quotient (SI Brochure, 5.4.6), as the gold of
both train halves has it (1 of 1 in train_a, 1 of 1 in train_b). A currency or a
percentage keeps its code."""

from __future__ import annotations

import claimex


def _units(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in extractor.extract(text).figures]


def test_a_rate_written_with_a_solidus_is_the_unit(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-54805 (train_b): "MSymbols / s" is a
    # symbol rate, the gold's unit; before, the unit stopped at "MSymbols"
    text = (
        "Weitere Empfangsdaten sind Frequenz 12.4215 GHz, Polarisation horizontal, "
        "Fehlerschutz FEC 3 / 4, Symbolrate 27,500 MSymbols / s, Service-ID 28396."
    )
    units = dict(_units(extractor, text))
    assert units["27,500"] == "MSymbols / s"
