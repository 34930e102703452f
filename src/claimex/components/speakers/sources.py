"""The records the speaker resolution passes around, and small helpers over them: a
resolved source (:class:`SourceRef`), an actor's mention as a speaker candidate
(:class:`Candidate`), sentence lookups and an index of append-only lists by sentence
(:class:`ByPosition`). Split from :mod:`.mentions`, whose :class:`~.mentions.Mentions` holds
them for one doc.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Span

from claimex.components.doctokens import feature_values
from claimex.components.speakers.agreement import lex_list

_T = TypeVar("_T")


@dataclass
class SourceRef:
    """One resolved source of a quote: an actor (by index) or an unnamed description."""

    name: str
    actor: int | None = None
    span: Span | None = None


@dataclass
class Candidate:
    """One mention of an actor: a name, or (``described``) a description the resolver
    linked to it ("der Umweltschutzorganisation" for WWF)."""

    actor: int
    start: int
    end: int
    sentence: int
    described: bool = False


def mention_position(cand: Candidate) -> tuple[int, int]:
    """A candidate's token span, its sort key."""
    return cand.start, cand.end


def is_initial(word: str) -> bool:
    """A given name abbreviated to its initial ("R.", "J.-C."; not a title: "Dr.")."""
    return (
        word.endswith(".")
        and len(word) <= 5
        and word[:1].isupper()
        and word not in lex_list("name_titles")
    )


def name_words(names: Sequence[str]) -> set[str]:
    """A name's words, each also without a lowercase prefix joined by a hyphen
    ("Muammar al-Gaddafi": "Gaddafi" too)."""
    found = set(names)
    for name in names:
        prefix, _, rest = name.partition("-")
        if rest and prefix.islower() and rest[:1].isupper():
            found.add(rest)
    return found


def distinct_sources(sources: Iterable[SourceRef]) -> list[SourceRef]:
    """The sources with distinct names, the first of each kept ("Putin und Putin" is one)."""
    seen: set[str] = set()
    distinct = []
    for source in sources:
        if source.name not in seen:
            seen.add(source.name)
            distinct.append(source)
    return distinct


def joined_names(sources: Iterable[SourceRef]) -> str | None:
    """The sources' distinct names joined with "; " (the gold format's speaker), or None."""
    return "; ".join(source.name for source in distinct_sources(sources)) or None


def sentence_index(starts: Sequence[int], token_i: int) -> int:
    """Index of the sentence (by its sorted start tokens) that holds token ``token_i``."""
    return max(0, bisect_right(starts, token_i) - 1)


class ByPosition(Generic[_T]):
    """The entries of an append-only list by the sentence of their token position, so that
    "the last entry appended before token i, within the window" reads only the window's
    sentences instead of the whole list (the list stays the public, ordered record)."""

    def __init__(self, sentence_of: Callable[[int], int]) -> None:
        self._sentence_of = sentence_of
        self._source: Sequence[_T] | None = None
        self._seen = 0
        self._by_sentence: dict[int, list[tuple[int, _T]]] = defaultdict(list)

    def last(
        self,
        entries: Sequence[_T],
        start: Callable[[_T], int],
        sentences: range,
        before: int,
        keep: Callable[[_T], bool],
    ) -> _T | None:
        """The entry appended last to ``entries`` whose ``start`` lies before token
        ``before`` and in ``sentences`` and that ``keep`` accepts.

        The entries appended since the last call are indexed first (all of them where
        ``entries`` is another list: quotes replace ``named_sources`` for a second pass).
        """
        if entries is not self._source:
            self._source, self._seen = entries, 0
            self._by_sentence.clear()
        for position in range(self._seen, len(entries)):
            entry = entries[position]
            self._by_sentence[self._sentence_of(start(entry))].append((position, entry))
        self._seen = len(entries)
        best: tuple[int, _T] | None = None
        for sent in sentences:
            for position, entry in self._by_sentence.get(sent, ()):
                if start(entry) < before and (best is None or position > best[0]) and keep(entry):
                    best = (position, entry)
        return best[1] if best is not None else None


def candidate_start(cand: Candidate) -> int:
    """A candidate's first token."""
    return cand.start


def first_item(entry: tuple[int, object] | tuple[int, str, object]) -> int:
    """An entry's position, its sort key."""
    return entry[0]


def number_fits(entry: tuple[int, SourceRef], *, plural: bool) -> bool:
    """Whether a named source ends in a name that agrees in number with a pronoun
    ("Beobachter werten", "das Vorhaben" are no antecedent of "er")."""
    span = entry[1].span
    if span is None or not len(span):
        return True
    if span[0].lower_ in lex_list("determiners"):
        return False  # a description: "das Vorhaben"
    number = feature_values(span[-1], "Number")
    return not number or (number[0] == "Plur") == plural
