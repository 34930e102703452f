"""``claimex_figures``: numbers with what they count or measure, in German news text.

Reads the tokens (and, where the pipeline sets them, ``token.pos``, sentence starts and
``doc.ents``) and writes ``doc._.claimex_figures``, a list of :class:`FigureSpan` in text
order. A figure phrase is

    [approximator] [currency symbol] number [scale] [bis number [scale]] [currency|%|unit]

followed by the counted noun phrase ("mehr als 1.000 | russische Soldaten"). The number is
written in digits ("45.000", "2,6", "3\N{EN DASH}4"), in words ("zwölf", "fünfundzwanzig",
"eine Million") or, with ``vague_plurals=True``, as an approximate plural ("Tausende").
Dates, times, years, durations, ages, ordinals, scores, numbers inside names, vague
quantities ("Tausende", "mehrere hundert") and fractions of a whole ("zwei Drittel der
Befragten"; ``fractions=True`` reads them) are left out by default.

All word lists live in ``lexicon/figure_*.{json,txt}``; a spaCy
:class:`~spacy.matcher.PhraseMatcher` finds the multi-word approximators and the words that
rule a number out.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("claimex_figures")
    >>> doc = nlp("Der Bund gibt knapp 100 Millionen Euro.")
    >>> [(f.text, f.value, f.unit, f.qualifier) for f in get_figures(doc)]
    [('knapp 100 Millionen Euro', 100000000.0, 'EUR', 'just_under')]
"""

from claimex.components.figures.extractor import FigureExtractor, make_figure_extractor
from claimex.components.figures.grammar import (
    Grammar,
    QualifierName,
    load_grammar,
    parse_digits,
    parse_number_word,
)
from claimex.components.figures.spans import FIGURES_ATTR, FigureSpan, get_figures

__all__ = [
    "FIGURES_ATTR",
    "FigureExtractor",
    "FigureSpan",
    "Grammar",
    "QualifierName",
    "get_figures",
    "load_grammar",
    "make_figure_extractor",
    "parse_digits",
    "parse_number_word",
]
