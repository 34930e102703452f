"""Elliptical figures: a unit-less figure takes the scale and currency its context gives."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from claimex.components.doctokens import sentence_starts
from claimex.components.figures.grammar import Grammar
from claimex.components.figures.spans import FigureSpan
from claimex.components.figures.tokens import is_adjective, is_noun
from claimex.components.labels import ADJECTIVE_TAGS, NOUN_PHRASE_ENDS, NOUNS

_GENITIVE_TOKENS = 8  # the longest genitive phrase read after a noun of number
_NUMBER_NOUN_TOKENS = 40  # how far before a figure, within its sentence, one is looked for


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
    _counted_from_number_noun(g, doc, out, sentence_of)
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


def _counted_from_number_noun(
    g: Grammar, doc: Doc, figures: list[FigureSpan], sentence_of: Callable[[FigureSpan], int]
) -> None:
    """A bare figure after a noun of number and its genitive phrase counts that phrase's head
    noun: "Die Zahl der Starts und Landungen stieg um rund 5000 auf 45.213" (Starts und
    Landungen), "Die Zahl der an diesem Tag gehandelten Aktien lag bei 280.000" (Aktien)."""
    if not g.number_nouns:
        return
    bare = [
        n
        for n, figure in enumerate(figures)
        if figure.unit is None and figure.counted is None and not figure.has_currency
    ]
    if not bare:
        return
    starts = sentence_starts(doc) if doc.has_annotation("SENT_START") else [0]
    has_pos = doc.has_annotation("POS")
    for n in bare:
        figure = figures[n]
        first = max(starts[sentence_of(figure)], figure.span.start - _NUMBER_NOUN_TOKENS)
        for i in range(first, figure.span.start - 2):
            if doc[i].text in g.number_nouns and doc[i + 1].lower_ in g.genitive_articles:
                counted = _genitive_head(g, doc, i + 2, figure.span.start, has_pos)
                if counted is not None:
                    figures[n] = replace(figure, unit=counted)
                break


def _genitive_head(g: Grammar, doc: Doc, k: int, end: int, has_pos: bool) -> str | None:
    """The head noun of a genitive phrase from token ``k`` (before ``end``): a prenominal
    prepositional phrase is passed over ("der an diesem Tag gehandelten Aktien"), a noun
    coordinated with the head joins it ("der Starts und Landungen"). Without POS tags only
    adjectives may stand before the head (a capitalised word)."""
    in_phrase = False
    for i in range(k, min(end, k + _GENITIVE_TOKENS)):
        token = doc[i]
        if token.tag_ in ADJECTIVE_TAGS or (not has_pos and is_adjective(g, token, False)):
            continue  # participles: "gehandelten" (STTS ADJA where UD says VERB)
        if has_pos and token.pos_ == "ADP":
            in_phrase = True
        elif _is_head(g, token, has_pos):
            if in_phrase:
                in_phrase = False
                continue
            if (
                i + 2 < end
                and doc[i + 1].lower_ in g.list_conjunctions
                and _is_head(g, doc[i + 2], has_pos)
            ):
                return doc[i : i + 3].text
            return token.text
        elif not has_pos or token.pos_ in NOUN_PHRASE_ENDS:
            return None
    return None


def _is_head(g: Grammar, token: Token, has_pos: bool) -> bool:
    return token.pos_ in NOUNS if has_pos else is_noun(g, token, False)


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
