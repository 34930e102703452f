"""Notebook view of an :class:`~claimex.records.Extraction`: displaCy's ``span`` style.

Actors (PER/ORG), places (LOC), figures (FIG) and quotes (QUOTE) are drawn over the text by
``spacy.displacy.render(..., style="span", manual=True)``; overlapping marks (an actor
inside a quote) stack. Tokens are the text's whitespace-separated words, so a mark covers
the words it touches.

Example:
    >>> from claimex.records import Extraction, Place, Mention
    >>> place = Place(id="P1", name="Wien", mentions=[Mention(text="Wien", start=3, end=7)])
    >>> html = render_html(Extraction(text="In Wien.", places=[place]))
    >>> "LOC" in html and "Wien" in html
    True
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping
from typing import Any

from claimex.records import Extraction, ExtractionFailure

COLORS = {
    "PER": "#7aecec",
    "ORG": "#bfeeb7",
    "LOC": "#feca74",
    "FIG": "#e4e7d2",
    "QUOTE": "#c887fb",
}

_WORD = re.compile(r"\S+")


def _extraction(result: object) -> Extraction:
    """``result`` as an :class:`Extraction`: one as it is, a dict read back from JSON
    (``claimex extract`` output, as :func:`claimex.to_dataframe` takes it) validated.

    Raises:
        TypeError: ``result`` is a failure (``pipe`` yields one in place of a document it
            could not process) or no extraction; the message says which and what to do.
    """
    if isinstance(result, Extraction):
        return result
    if isinstance(result, ExtractionFailure) or (isinstance(result, Mapping) and "error" in result):
        failure = (
            result
            if isinstance(result, ExtractionFailure)
            else ExtractionFailure.model_validate(result)
        )
        raise TypeError(
            f"document {failure.id!r} (#{failure.index}) is an ExtractionFailure, nothing to "
            f"show: {failure.error} Keep the extractions: "
            "[r for r in results if isinstance(r, claimex.Extraction)]"
        )
    if isinstance(result, Mapping):
        return Extraction.model_validate(result)
    raise TypeError(f"expected a claimex.Extraction, not {type(result).__name__}")


def spans(extraction: Extraction | Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """The ``(start, end, label)`` character spans that the view marks, in text order.

    ``extraction`` may also be a dict read back from JSON; a failure is a TypeError.
    """
    extraction = _extraction(extraction)
    marks: list[tuple[int, int, str]] = []
    for actor in extraction.actors:
        marks.extend((m.start, m.end, actor.type) for m in actor.mentions)
    for place in extraction.places:
        marks.extend((m.start, m.end, "LOC") for m in place.mentions)
    marks.extend((f.start, f.end, "FIG") for f in extraction.figures)
    marks.extend((q.start, q.end, "QUOTE") for q in extraction.quotes)
    return sorted(mark for mark in marks if mark[1] > mark[0])


def displacy_data(extraction: Extraction | Mapping[str, Any]) -> dict[str, Any]:
    """The manual ``span``-style input for ``spacy.displacy.render``."""
    extraction = _extraction(extraction)
    words = list(_WORD.finditer(extraction.text))
    starts = [w.start() for w in words]
    ends = [w.end() for w in words]
    data_spans = []
    for start, end, label in spans(extraction):
        first = bisect_right(ends, start)  # first word ending after the span starts
        last = bisect_left(starts, end)  # words starting before the span ends
        if first < last:
            data_spans.append({"start_token": first, "end_token": last, "label": label})
    title = f"claimex: {extraction.id}" if extraction.id is not None else None
    return {
        "text": extraction.text,
        "tokens": [w.group() for w in words],
        "spans": data_spans,
        "title": title,
    }


def render_html(extraction: Extraction | Mapping[str, Any]) -> str:
    """HTML of ``extraction`` with its actors, places, figures and quotes marked.

    ``extraction`` may also be a dict read back from JSON (a line of ``claimex extract``
    output).

    Raises:
        TypeError: ``extraction`` is an :class:`~claimex.records.ExtractionFailure` (or its
            dict), which has no text to show, or no extraction at all.
    """
    from spacy import displacy

    html: str = displacy.render(
        displacy_data(extraction),
        style="span",
        manual=True,
        jupyter=False,
        options={"colors": COLORS},
    )
    return html
