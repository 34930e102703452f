"""The quote stage's output: :class:`QuoteSpan` in ``doc._.claimex_quotes``, and the
typed readers of the doc extensions it sets."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from claimex.components.speakers import SourceRef, joined_names

QUOTES_ATTR = "claimex_quotes"
WARNINGS_ATTR = "claimex_quote_warnings"
CANDIDATES_KEY = "claimex_quote_candidates"
"""``doc.spans`` key of the pattern matches the rules start from (label: pattern id)."""


@dataclass
class QuoteSpan:
    """One attributed statement, before it becomes a :class:`~claimex.records.Quote`."""

    start: int
    end: int
    text: str
    kind: str
    sources: list[SourceRef] = field(default_factory=list)
    cue: str | None = None
    cue_span: Span | None = None
    confidence: float = 1.0
    # (start, end, text) of each stretch of an interrupted quote's content
    parts: list[tuple[int, int, str]] = field(default_factory=list)
    # id of the pattern in ``lexicon/quote_patterns.json`` that made the quote
    pattern: str | None = None
    # the text does not name the source (an agentless passive of a cues.json
    # agentless_passive cue: "Zur Eröffnung wurde … die Diskriminierung … kritisiert"):
    # the quote has no speaker, whatever the learned ranker would pick
    unnamed_source: bool = False
    # nothing around the quote names its source (a Konjunktiv sentence of its own with no
    # subject before it that can speak): the learned ranker may give it only the speaker
    # of an earlier quote, else it has none
    earlier_speaker_only: bool = False

    @property
    def speaker(self) -> str | None:
        return joined_names(self.sources)


def get_quotes(doc: Doc) -> list[QuoteSpan]:
    """``doc._.claimex_quotes`` as a typed list (empty when the stage did not run)."""
    if not Doc.has_extension(QUOTES_ATTR):
        return []
    value = doc._.get(QUOTES_ATTR)
    return list(value) if value else []


def get_quote_warnings(doc: Doc) -> list[str]:
    """``doc._.claimex_quote_warnings`` as a typed list."""
    if not Doc.has_extension(WARNINGS_ATTR):
        return []
    value = doc._.get(WARNINGS_ATTR)
    return [str(v) for v in value] if value else []
