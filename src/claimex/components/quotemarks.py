"""Pair quotation marks of every German style in a text.

Double low-9 / left / right double marks, straight double quotes, guillemets both ways,
single low-9 and single marks, straight single quotes and single guillemets (constants in
:mod:`claimex.text`). The closing mark may be the "wrong" one (a low-9 opener closed by a
right double mark), quotes may nest (single marks inside double ones) and run over
paragraphs (a paragraph that ends inside a quotation and the next one opening again with
the same mark continue it). Apostrophes inside words (geht's) are not marks. A mark that
finds no partner is skipped and reported, never an error.

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

# Opening mark -> the marks that may close it.
CLOSERS: dict[str, frozenset[str]] = {
    LEFT_DOUBLE_LOW: frozenset({LEFT_DOUBLE, RIGHT_DOUBLE, '"'}),
    LEFT_DOUBLE: frozenset({RIGHT_DOUBLE, LEFT_DOUBLE, '"'}),
    RIGHT_DOUBLE: frozenset({RIGHT_DOUBLE}),
    '"': frozenset({'"', LEFT_DOUBLE, RIGHT_DOUBLE}),
    RIGHT_GUILLEMET: frozenset({LEFT_GUILLEMET}),
    LEFT_GUILLEMET: frozenset({RIGHT_GUILLEMET}),
    LEFT_SINGLE_LOW: frozenset({LEFT_SINGLE, RIGHT_SINGLE, "'"}),
    LEFT_SINGLE: frozenset({RIGHT_SINGLE, LEFT_SINGLE}),
    "'": frozenset({"'", RIGHT_SINGLE}),
    RIGHT_SINGLE_GUILLEMET: frozenset({LEFT_SINGLE_GUILLEMET}),
    LEFT_SINGLE_GUILLEMET: frozenset({RIGHT_SINGLE_GUILLEMET}),
}
MARKS = frozenset(CLOSERS) | frozenset().union(*CLOSERS.values())
_MARK_OR_BREAK = re.compile("[" + re.escape("".join(sorted(MARKS))) + "\n]")
# Marks that also serve as apostrophes.
_APOSTROPHES = frozenset({"'", RIGHT_SINGLE, LEFT_SINGLE})


@dataclass(frozen=True)
class QuotePair:
    """One pair of quotation marks: ``open`` and ``close`` are the marks' offsets."""

    open: int
    close: int
    mark: str
    depth: int = 0

    @property
    def content_start(self) -> int:
        return self.open + 1

    @property
    def content_end(self) -> int:
        return self.close


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def pair_quote_marks(text: str) -> tuple[list[QuotePair], list[int]]:
    """Pair the quotation marks of ``text``.

    Returns:
        The pairs in order of their opening mark (outer and nested ones, with ``depth``),
        and the offsets of marks left unpaired.
    """
    stack: list[int] = []
    pairs: list[QuotePair] = []
    unpaired: list[int] = []
    n = len(text)
    resume = 0  # marks before this offset were consumed by a paragraph continuation
    for match in _MARK_OR_BREAK.finditer(text):
        i = match.start()
        if i < resume:
            continue
        ch = text[i]
        if ch == "\n":
            if not stack:
                continue
            # A line break inside a quotation: the next paragraph opening with the same
            # mark continues it; otherwise the open marks are unpaired.
            j = i
            while j < n and text[j].isspace():
                j += 1
            if j < n and text[j] == text[stack[-1]]:
                resume = j + 1
                continue
            unpaired.extend(stack)
            stack.clear()
            resume = j
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in _APOSTROPHES and _is_word(prev) and _is_word(nxt):
            continue  # geht's, Kohl'sche
        can_close = not prev.isspace()
        can_open = not nxt.isspace()
        closed = False
        if stack and can_close:
            for k in range(len(stack) - 1, -1, -1):
                if ch in CLOSERS[text[stack[k]]]:
                    unpaired.extend(stack[k + 1 :])
                    pairs.append(QuotePair(stack[k], i, text[stack[k]], depth=k))
                    del stack[k:]
                    closed = True
                    break
        if not closed:
            if ch in _APOSTROPHES and _is_word(prev) and not stack:
                pass  # trailing apostrophe: "Hans' Auto"
            elif ch in CLOSERS and can_open:
                stack.append(i)
            elif ch in CLOSERS and not can_close and not can_open:
                pass  # a lone mark between spaces
            else:
                unpaired.append(i)
    unpaired.extend(stack)
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
