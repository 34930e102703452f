"""Elliptical figures: a unit-less figure takes the scale and currency its context gives."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc

from claimex.components.doctokens import sentence_starts
from claimex.components.figures.grammar import Grammar
from claimex.components.figures.spans import FigureSpan


def resolve_ellipsis(
    g: Grammar, doc: Doc, figures: list[FigureSpan], *, sentences: int, chars: int
) -> list[FigureSpan]:
    """Give unit-less figures the scale and unit their context implies.

    "von 2,5 auf 3,1 Milliarden Euro": the first takes scale and unit from the second.
    "... 5 Milliarden Euro. Im Vorjahr waren es 3,1 Milliarden.": the second is EUR.
    """
    out = list(figures)
    for n in range(len(out) - 2, -1, -1):
        first, second = out[n], out[n + 1]
        between = doc[first.span.end : second.span.start]
        if (
            len(between) == 1
            and between[0].lower_ in g.ellipsis_connectors
            and first.unit is None
            and first.counted is None
            and (second.unit is not None or (second.scale and not first.scale))
        ):
            scale = first.scale or second.scale
            factor = float(g.scales[second.scale]) if second.scale and not first.scale else 1.0
            out[n] = replace(
                first,
                value=first.value * factor,
                upper=None if first.upper is None else first.upper * factor,
                scale=scale,
                unit=second.unit,
                has_currency=second.has_currency,
            )
    sentence_of = _sentence_index(doc)
    _counted_from_sentence(out, sentence_of)
    for n, figure in enumerate(out):
        if figure.unit is not None or figure.scale is None:
            continue
        for m in range(n - 1, -1, -1):
            previous = out[m]
            near = (
                sentence_of(figure) - sentence_of(previous) <= sentences
                if doc.has_annotation("SENT_START")
                else figure.start_char - previous.end_char <= chars
            )
            if not near:
                break
            if previous.has_currency and previous.unit is not None:
                out[n] = replace(figure, unit=previous.unit, has_currency=True)
                break
    return out


def _counted_from_sentence(
    figures: list[FigureSpan], sentence_of: Callable[[FigureSpan], int]
) -> None:
    """A bare count takes the counted noun of the count before it in its sentence: "Von 149
    Abgeordneten stimmten nur 74 mit Ja" (74 Abgeordnete)."""
    for n in range(1, len(figures)):
        figure, previous = figures[n], figures[n - 1]
        if figure.unit is not None or figure.counted is not None or figure.scale is not None:
            continue
        if previous.unit is None or previous.has_currency:
            continue  # currencies: only for scaled amounts (below)
        if sentence_of(figure) != sentence_of(previous):
            continue
        figures[n] = replace(figure, unit=previous.unit)


def _sentence_index(doc: Doc) -> Callable[[FigureSpan], int]:
    if not doc.has_annotation("SENT_START"):
        return lambda figure: 0
    starts = sentence_starts(doc)  # starts[0] == 0: every token has a sentence
    return lambda figure: bisect_right(starts, figure.span.start) - 1
