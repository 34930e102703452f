"""Shared helper of the table tests (rounds 30 and 31, ``claimex.tables``)."""

from __future__ import annotations

from claimex.records import Extraction
from claimex.tables import cell_edits


def crossing(result: Extraction) -> list[str]:
    """The entities, figures, quotes and mentions of ``result`` that run over a cell
    boundary of its text's table rows; every span's offsets are checked on the way."""
    bounds = {start for start, _, _ in cell_edits(result.text)}
    spans = [*result.entities, *result.figures, *result.quotes]
    spans += [m for a in result.actors for m in a.mentions]
    spans += [m for p in result.places for m in p.mentions]
    for span in spans:
        assert result.text[span.start : span.end] == span.text
    return [s.text for s in spans if any(s.start <= b < s.end for b in bounds)]
