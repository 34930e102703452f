"""Span-list helpers of the entity repairs: a list of spans with constant-time removal by
equality, the tokens spans take, and taking the free token before a span into it."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

DASHES = frozenset({"-", "\N{EN DASH}", "\N{EM DASH}"})
"""Hyphen and dashes that join or set off name parts."""


class SpanList:
    """A list of spans with ``list.remove``/``list.index`` by equality in constant time:
    removed entries leave a hole, and each span's positions are kept by the span."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self._items: list[Span | None] = []
        self._positions: dict[Span, list[int]] = {}
        for span in spans:
            self.append(span)

    def append(self, span: Span) -> None:
        self._positions.setdefault(span, []).append(len(self._items))
        self._items.append(span)

    def __contains__(self, span: Span) -> bool:
        return bool(self._positions.get(span))

    def index(self, span: Span) -> int:
        """The first position holding ``span`` (``ValueError`` where none does)."""
        positions = self._positions.get(span)
        if not positions:
            raise ValueError(f"{span!r} is not in the list")
        return positions[0]

    def remove(self, span: Span) -> None:
        """Remove the first entry equal to ``span`` (``ValueError`` where none is)."""
        k = self.index(span)
        self._positions[span].pop(0)
        self._items[k] = None

    def __setitem__(self, k: int, span: Span) -> None:
        old = self._items[k]
        if old is not None:
            self._positions[old].remove(k)
        positions = self._positions.setdefault(span, [])
        positions.append(k)
        positions.sort()
        self._items[k] = span

    def sorted(self) -> list[Span]:
        """The spans by start (in list order where starts are equal)."""
        return sorted((s for s in self._items if s is not None), key=lambda s: s.start)


def taken_tokens(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def extend_left(
    doc: Doc, spans: list[Span], fits: Callable[[Span, Token], bool], label: str
) -> list[Span]:
    """Take the free token before a span into it (as ``label``) where ``fits`` says so."""
    taken = taken_tokens(spans)
    result: list[Span] = []
    for span in spans:
        before = span.start - 1
        if before >= 0 and before not in taken and fits(span, doc[before]):
            span = Span(doc, before, span.end, label=label)
            taken.add(before)
        result.append(span)
    return result
