"""Bare numbers that count nothing the text names: a number in digits with no unit, no
scale and no counted noun (none given by its context either, :mod:`.ellipsis`) right before
a bracket, a quotation mark, a solidus or a plus sign, or before a comma that another number
follows (``figure_grammar.json`` ``bare_number_marks``, ``bare_number_list_marks``): "die
Straßenbahnlinien 5, 10, 18", "„documenta 12“", "(Russland, 2.747)". A number that ends a
clause stays a figure: "Es waren 45." (round 31, figures31)."""

from __future__ import annotations

from spacy.tokens import Doc

from claimex.components.figures.grammar import Grammar
from claimex.components.figures.spans import FigureSpan
from claimex.components.figures.tokens import skip_space


def without_bare_numbers(grammar: Grammar, doc: Doc, figures: list[FigureSpan]) -> list[FigureSpan]:
    """``figures`` without the bare numbers before a listed mark (module doc)."""
    if not (grammar.bare_number_marks or grammar.bare_number_list_marks):
        return figures
    return [f for f in figures if not bare_before_mark(grammar, doc, f)]


def bare_before_mark(grammar: Grammar, doc: Doc, figure: FigureSpan) -> bool:
    """Whether ``figure`` is a bare number in digits before a listed mark (module doc)."""
    if figure.unit is not None or figure.scale is not None or figure.counted is not None:
        return False
    if not any(c.isdigit() for c in figure.raw) or any(c.isalpha() for c in figure.raw):
        return False
    k = skip_space(doc, figure.span.end)
    if k >= len(doc):
        return False
    if doc[k].text in grammar.bare_number_marks:
        return True
    if doc[k].text not in grammar.bare_number_list_marks:
        return False
    n = skip_space(doc, k + 1)
    return n < len(doc) and doc[n].text[:1].isdigit()
