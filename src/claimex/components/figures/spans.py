"""What the figure stage stores on a doc: :class:`FigureSpan` records, and number cores."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from spacy.tokens import Doc, Span

from claimex.components.doctokens import doc_text
from claimex.components.figures.grammar import QualifierName

FIGURES_ATTR = "claimex_figures"

Kind = Literal["digits", "word", "article", "plural"]


@dataclass(frozen=True)
class FigureSpan:
    """One figure found in a doc: the phrase's tokens and character offsets and its reading.

    ``start_char``/``end_char`` may end inside the last token (a sentence-final "45." keeps
    its full stop in one token, the figure is "45").
    """

    span: Span
    start_char: int
    end_char: int
    value: float
    raw: str
    scale: str | None = None
    unit: str | None = None
    qualifier: QualifierName | None = None
    counted: str | None = None
    counted_span: Span | None = None
    upper: float | None = None
    has_currency: bool = False

    @property
    def text(self) -> str:
        """The figure phrase as written."""
        # Doc.text joins every token of the document: read the text cached once per doc
        return doc_text(self.span.doc)[self.start_char : self.end_char]


def get_figures(doc: Doc) -> list[FigureSpan]:
    """The figures ``claimex_figures`` stored on ``doc`` (empty if it did not run)."""
    if not Doc.has_extension(FIGURES_ATTR):
        return []
    value = doc._.get(FIGURES_ATTR)
    return [f for f in (value or []) if isinstance(f, FigureSpan)]


@dataclass
class NumberCore:
    """A number core: tokens [start, end), its value and how it was written."""

    start: int
    end: int
    end_char: int
    value: Decimal
    raw: str
    kind: Kind
    upper: Decimal | None = None
    final_stop: bool = False


# Words whose "may a number start here" answer is remembered: a bound for long runs
