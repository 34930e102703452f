"""Pair quotation marks of every German style in a text.

Double low-9 / left / right double marks, straight double quotes, guillemets both ways,
single low-9 and single marks, straight single quotes and single guillemets (constants in
:mod:`claimex.text`). The closing mark may be the "wrong" one (a low-9 opener closed by a
right double mark), quotes may nest (single marks inside double ones) and run over
paragraphs (a paragraph that ends inside a quotation and the next one opening again with
the same mark continue it). Two-character marks stand for one double mark: ``''Text''``
(wikis, plain ASCII text), ````Text''`` (LaTeX, treebank text) and doubled curly single
marks. Apostrophes inside words (geht's, Hebb''sche) are not marks. A mark in closing
position (after a word, before a space or punctuation) never opens a quotation; a lone mark
between spaces opens none either, except the low-9 mark, which German writes only to open
("„ Aber …“"), and closes none, except a left or right double mark after an open low-9 one
("„Wer … zu werden. “"). A mark that finds no partner is skipped and reported, never an error.

Example:
    >>> pairs, unpaired = pair_quote_marks('Er sagte: "Wir kommen." Dann ging er.')
    >>> [(p.open, p.close) for p in pairs], unpaired
    ([(10, 22)], [])
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimex.text import (
    LEFT_DOUBLE,
    LEFT_DOUBLE_LOW,
    LEFT_GUILLEMET,
    LEFT_SINGLE,
    LEFT_SINGLE_GUILLEMET,
    LEFT_SINGLE_LOW,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
    RIGHT_SINGLE,
    RIGHT_SINGLE_GUILLEMET,
)

# Two-character marks, each standing for one double mark.
DOUBLE_APOSTROPHE = "''"
DOUBLE_BACKTICK = "``"
DOUBLE_LEFT_SINGLE = LEFT_SINGLE * 2
DOUBLE_RIGHT_SINGLE = RIGHT_SINGLE * 2

# Opening mark -> the marks that may close it.
CLOSERS: dict[str, frozenset[str]] = {
    LEFT_DOUBLE_LOW: frozenset({LEFT_DOUBLE, RIGHT_DOUBLE, '"', DOUBLE_APOSTROPHE}),
    LEFT_DOUBLE: frozenset({RIGHT_DOUBLE, LEFT_DOUBLE, '"', DOUBLE_APOSTROPHE}),
    RIGHT_DOUBLE: frozenset({RIGHT_DOUBLE}),
    '"': frozenset({'"', LEFT_DOUBLE, RIGHT_DOUBLE, DOUBLE_APOSTROPHE}),
    RIGHT_GUILLEMET: frozenset({LEFT_GUILLEMET}),
    LEFT_GUILLEMET: frozenset({RIGHT_GUILLEMET}),
    LEFT_SINGLE_LOW: frozenset({LEFT_SINGLE, RIGHT_SINGLE, "'"}),
    LEFT_SINGLE: frozenset({RIGHT_SINGLE, LEFT_SINGLE}),
    "'": frozenset({"'", RIGHT_SINGLE}),
    RIGHT_SINGLE_GUILLEMET: frozenset({LEFT_SINGLE_GUILLEMET}),
    LEFT_SINGLE_GUILLEMET: frozenset({RIGHT_SINGLE_GUILLEMET}),
    DOUBLE_APOSTROPHE: frozenset({DOUBLE_APOSTROPHE, '"', RIGHT_DOUBLE}),
    DOUBLE_BACKTICK: frozenset({DOUBLE_APOSTROPHE, '"', RIGHT_DOUBLE, LEFT_DOUBLE}),
    DOUBLE_LEFT_SINGLE: frozenset({DOUBLE_RIGHT_SINGLE, DOUBLE_LEFT_SINGLE, RIGHT_DOUBLE}),
    DOUBLE_RIGHT_SINGLE: frozenset({DOUBLE_RIGHT_SINGLE}),
}
MARKS = frozenset(CLOSERS) | frozenset().union(*CLOSERS.values())
# Longest marks first, so that '' is one mark and not two.
_MARK_OR_BREAK = re.compile(
    "|".join(re.escape(m) for m in sorted(MARKS, key=lambda m: (-len(m), m))) + "|\n"
)
# Marks that also serve as apostrophes (geht's, Hebb''sche).
_APOSTROPHES = frozenset({"'", RIGHT_SINGLE, LEFT_SINGLE, DOUBLE_APOSTROPHE})
# Single-character apostrophes that may end a word: Hans' Auto.
_TRAILING_APOSTROPHES = frozenset({"'", RIGHT_SINGLE})
# What may follow a closing mark: a mark in closing position never opens a quotation.
_AFTER_CLOSE = frozenset(",.;:!?)]}/-\N{EN DASH}\N{EM DASH}\N{HORIZONTAL ELLIPSIS}")
MARK_CHARS = frozenset("".join(MARKS))
"""The characters quotation marks are made of."""
# What may come right before an opening mark that is followed by punctuation: („…“), :„…“
_BEFORE_OPEN = frozenset("([{:/") | {LEFT_DOUBLE_LOW, LEFT_SINGLE_LOW}


@dataclass(frozen=True)
class QuotePair:
    """One pair of quotation marks: ``open`` and ``close`` are the marks' offsets.

    ``open_width`` and ``close_width`` are the marks' lengths (2 for ``''``), so the
    content is ``text[content_start:content_end]`` and the closing mark ends at
    ``close_end``.
    """

    open: int
    close: int
    mark: str
    depth: int = 0
    open_width: int = 1
    close_width: int = 1

    @property
    def content_start(self) -> int:
        return self.open + self.open_width

    @property
    def content_end(self) -> int:
        return self.close

    @property
    def close_end(self) -> int:
        """The offset just after the closing mark."""
        return self.close + self.close_width


# Marks that German writes only to open a quotation: they open even before a space ("„ Offenbar
# sind …“", a typing slip common in news copy), where other marks would be a lone mark.
_OPENERS_ONLY = frozenset({LEFT_DOUBLE_LOW})
# The marks German writes to close a low-9 quotation ("„…“"): between spaces they close
# the low-9 quotation open right before them ("„Wer … zu werden. “ Diese …").
_LOW_CLOSERS = frozenset({LEFT_DOUBLE, RIGHT_DOUBLE})


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _closing_position(prev: str, nxt: str) -> bool:
    """After a word or punctuation, before a space, punctuation or another mark."""
    return (
        not prev.isspace()
        and prev not in _BEFORE_OPEN
        and (nxt.isspace() or nxt in _AFTER_CLOSE or nxt in MARK_CHARS)
    )


def pair_quote_marks(text: str) -> tuple[list[QuotePair], list[int]]:
    """Pair the quotation marks of ``text``.

    Returns:
        The pairs in order of their opening mark (outer and nested ones, with ``depth``),
        and the offsets of marks left unpaired.

    Example:
        >>> pairs, unpaired = pair_quote_marks("Er ist ''doof'', sagte er.")
        >>> [(p.open, p.close, p.close_end) for p in pairs], unpaired
        ([(7, 13, 15)], [])
    """
    stack: list[tuple[int, str]] = []  # offsets and marks of open quotations
    pairs: list[QuotePair] = []
    unpaired: list[int] = []
    n = len(text)
    resume = 0  # marks before this offset were consumed by a paragraph continuation
    for match in _MARK_OR_BREAK.finditer(text):
        i = match.start()
        if i < resume:
            continue
        mark = match.group()
        if mark == "\n":
            if not stack:
                continue
            # A line break inside a quotation: the next paragraph opening with the same
            # mark continues it; otherwise the open marks are unpaired.
            j = i
            while j < n and text[j].isspace():
                j += 1
            if text.startswith(stack[-1][1], j):
                resume = j + len(stack[-1][1])
                continue
            unpaired.extend(at for at, _ in stack)
            stack.clear()
            resume = j
            continue
        end = match.end()
        prev = text[i - 1] if i > 0 else " "
        nxt = text[end] if end < n else " "
        if mark in _APOSTROPHES and _is_word(prev) and _is_word(nxt):
            continue  # geht's, Kohl'sche, Hebb''sche
        can_close = not prev.isspace() or (
            bool(stack)
            and stack[-1][1] in _OPENERS_ONLY
            and mark in _LOW_CLOSERS
            and (nxt.isspace() or nxt in _AFTER_CLOSE)
        )
        can_open = not nxt.isspace() or mark in _OPENERS_ONLY
        closed = False
        if stack and can_close:
            for k in range(len(stack) - 1, -1, -1):
                at, opener = stack[k]
                if mark in CLOSERS[opener]:
                    unpaired.extend(a for a, _ in stack[k + 1 :])
                    pairs.append(QuotePair(at, i, opener, k, len(opener), len(mark)))
                    del stack[k:]
                    closed = True
                    break
        if not closed:
            if mark in _TRAILING_APOSTROPHES and _is_word(prev) and not stack:
                pass  # trailing apostrophe: "Hans' Auto"
            elif mark in CLOSERS and can_open and not _closing_position(prev, nxt):
                stack.append((i, mark))
            elif mark in CLOSERS and not can_close and not can_open:
                pass  # a lone mark between spaces
            else:
                unpaired.append(i)
    unpaired.extend(at for at, _ in stack)
    pairs.sort(key=lambda p: p.open)
    return pairs, sorted(unpaired)


def outermost(pairs: list[QuotePair]) -> list[QuotePair]:
    """The pairs not nested inside another pair."""
    result: list[QuotePair] = []
    for pair in pairs:
        if result and pair.open < result[-1].close:
            continue
        result.append(pair)
    return result
