"""HTML markup blanked out before the pipeline reads a text, offsets kept.

A text with HTML markup (warning W002) is processed as given, but the pipeline reads a copy
of the same length in which every tag and comment is spaces and every character reference
(``&bdquo;``, ``&#8222;``, ``&nbsp;``) is its character and spaces: no tag is glued to a
word ("Berlin</p" as a place) and ``&bdquo;`` opens a quotation. The record's ``text`` and
the ``text`` of every record with offsets are then cut from the text as given
(:func:`resliced`), so offsets and texts stay true to the input. Invisible format
characters at the edge of a word (a byte order mark before the first word) are spaces in
that copy too (:func:`blank_invisible`).

Example:
    >>> blank("<p>Angela Merkel</p><p>Berlin&nbsp;</p>")
    '   Angela Merkel       Berlin          '
    >>> blank("Er sagte &bdquo;Ja&ldquo;.") == "Er sagte       \u201eJa\u201c      ."
    True
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from typing import Any, TypeVar

from claimex.records import (
    Entity,
    Extraction,
    ExtractionWarning,
    Figure,
    Mention,
    Quote,
    QuotePart,
)
from claimex.text import INVISIBLE_FORMAT

HTML_WARNING = "W002"

_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.DOTALL)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_SpanT = TypeVar("_SpanT", Entity, Figure, Mention, Quote, QuotePart)


def _reference(match: re.Match[str], text: str) -> str:
    """A character reference as its character, padded with spaces to the same length.

    The character stays next to the word it touches: after the word before it (a closing
    mark, "Xinhua&ldquo;"), else before the word after it (an opening mark, "&bdquo;Ja").
    """
    char = html.unescape(match[0])
    if len(char) != 1 or char == match[0]:
        return match[0]  # not a reference html knows: left as written
    if char.isspace():
        return " " * len(match[0])
    pad = " " * (len(match[0]) - 1)
    glued_before = match.start() > 0 and not text[match.start() - 1].isspace()
    glued_after = match.end() < len(text) and not text[match.end()].isspace()
    return pad + char if glued_after and not glued_before else char + pad


def blank(text: str) -> str:
    """``text`` with tags and comments as spaces and character references decoded, padded.

    The result has the length of ``text`` and the same characters outside the markup.
    """
    text = _TAG.sub(lambda m: " " * len(m[0]), text)
    return _REFERENCE.sub(lambda m: _reference(m, text), text)


class _Cutter:
    """Cuts records' texts from the source; a start or end inside a character reference
    (the pipeline saw its character at one end of it) moves to the reference's edge."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.references = [m.span() for m in _REFERENCE.finditer(source)]
        self.starts = [start for start, _ in self.references]

    def _inside(self, offset: int) -> tuple[int, int] | None:
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and self.references[k][0] < offset < self.references[k][1]:
            return self.references[k]
        return None

    def span(self, span: _SpanT, **update: Any) -> _SpanT:
        start, end = span.start, span.end
        if (around := self._inside(start)) is not None:
            start = around[0]
        if (around := self._inside(end)) is not None:
            end = around[1]
        text = self.source[start:end]
        return span.model_copy(update={"start": start, "end": end, "text": text, **update})

    def mentions(self, mentions: list[Mention]) -> list[Mention]:
        return [self.span(m) for m in mentions]

    def quote(self, quote: Quote) -> Quote:
        cue = quote.cue_mention
        speaker = [
            s.model_copy(update={"mention": self.span(s.mention)}) if s.mention else s
            for s in quote.speaker
        ]
        return self.span(
            quote,
            parts=[self.span(part) for part in quote.parts],
            cue_mention=None if cue is None else self.span(cue),
            speaker=speaker,
        )


def resliced(record: Extraction, source: str) -> Extraction:
    """``record`` (of a blanked copy of ``source``) with ``source`` as its text and every
    record's ``text`` cut from ``source`` at its offsets (widened to whole references)."""
    if record.text == source:
        return record
    cut = _Cutter(source)
    return record.model_copy(
        update={
            "text": source,
            "entities": [cut.span(e) for e in record.entities],
            "figures": [cut.span(f) for f in record.figures],
            "quotes": [cut.quote(q) for q in record.quotes],
            "actors": [
                a.model_copy(update={"mentions": cut.mentions(a.mentions)}) for a in record.actors
            ],
            "places": [
                p.model_copy(update={"mentions": cut.mentions(p.mentions)}) for p in record.places
            ],
        }
    )


_INVISIBLE_EDGE = re.compile(f"(?<!\\w)[{INVISIBLE_FORMAT}]+|[{INVISIBLE_FORMAT}]+(?!\\w)")


def blank_invisible(text: str) -> str:
    """``text`` with invisible format characters that are not inside a word (between two
    letters or digits) as spaces: a byte order mark before the first word
    ("\\ufeffMerz sagte"), a zero-width space after a word or before a period, which the
    tokenizer glues to the word. Inside a word (a soft hyphen) they stay.

    Example:
        >>> blank_invisible("\\ufeffMerz sagte\\u200b ja\\u200b.") == " Merz sagte  ja ."
        True
        >>> blank_invisible("Bun\\u00addestag") == "Bun\\u00addestag"
        True
    """
    return _INVISIBLE_EDGE.sub(lambda m: " " * len(m[0]), text)


def for_pipeline(text: str, warnings: list[ExtractionWarning]) -> str:
    """The text the pipeline reads: ``text`` with HTML markup blanked where it has some
    (W002) and invisible characters at word edges as spaces; the same length."""
    if any(w.code == HTML_WARNING for w in warnings):
        text = blank(text)
    return blank_invisible(text)
