"""Quote patterns as data: ``lexicon/quote_patterns.json``, validated and compiled.

Each entry of the file's ``patterns`` list names one way a text attributes a statement:
an ``id`` ("indirect.dass"), a ``kind`` (a quote kind, or ``cue`` for an anchor that makes
no quote itself), a ``priority`` (the precedence table: the higher wins where candidates
of one sentence overlap), a ``description``, optionally a spaCy ``Matcher`` pattern list
``match`` (with ``anchor_token``, the index of the matched token the rules start from),
``yields_to`` (the overlap rule: this pattern's candidate gives way to the named patterns'
candidates ``when`` its cue stands inside their content, ``cue_inside``, or in their cue
verb's clause, ``same_clause``) and ``precision`` (measured on the dev split by
``benchmarks/quote_patterns.py`` and smoothed toward the pooled precision of the kind,
the file's ``kind_precision``; the quote's confidence).

The file's optional top-level ``disabled`` list switches patterns off by id: a disabled
pattern's matches are dropped from the candidates, it makes no quote, and a direct
quotation falls through to the next direct pattern (round 18's per-pattern ablation,
docs/entity_rules.md, switched each pattern off this way; a saved pipeline keeps the list).
An entry's optional ``excluded_cues`` narrows one pattern: the cue lemmas it makes no quote
for (round 26's per-pattern, per-cue counts on both Wikinews train halves; the entry's
description gives the counts). An according-to entry's optional ``source_attribute``
(true) lets its source phrase go on with a prepositional attribute naming a place or a body
(``according_to._place_attribute``; round 27, the gold of both train halves).

A string value ``"@cues.<key>"`` in a token pattern stands for a word list of
``lexicon/cues.json`` (see :func:`cue_list`); ``"match": "@cues.phrases"`` expands to one
token sequence per cue phrase (``"@cues.colon_phrases"``: per phrase that is a cue only
before a colon). The lists are read when a pipeline compiles the patterns,
so a saved pipeline keeps the references, not copies of the lists.

Example:
    >>> table = PatternTable.from_data(default_patterns())
    >>> table["indirect.dass"].kind
    'indirect'
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from itertools import product
from math import prod
from typing import Any

from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.vocab import Vocab

from claimex.components.quotes.lexicon import cue_lexicon
from claimex.lexicon import table

KINDS = frozenset({"direct", "indirect", "according_to", "reported", "cue"})
"""The kinds a pattern may have: the four quote kinds, and ``cue`` for an anchor."""
OVERLAP_RULES = frozenset({"cue_inside", "same_clause", "same_sentence"})
_REFERENCE = "@cues."


class PatternError(ValueError):
    """The pattern file is malformed: duplicate id, unknown kind or reference."""


@dataclass(frozen=True)
class QuotePattern:
    """One entry of the pattern file."""

    id: str
    kind: str
    priority: int
    description: str
    match: tuple[tuple[dict[str, Any], ...], ...] = ()
    anchor_token: int = 0
    yields_to: tuple[tuple[str, str], ...] = ()  # (pattern id, when)
    precision: float | None = None
    excluded_cues: frozenset[str] = frozenset()  # cue lemmas it makes no quote for
    source_attribute: bool = False  # its source may take a prepositional attribute


def default_patterns() -> dict[str, Any]:
    """The packaged pattern file, as a fresh (mutable) copy of its JSON."""
    data: dict[str, Any] = copy.deepcopy(table("quote_patterns"))
    return data


def cue_list(key: str) -> list[str]:
    """The word list a ``@cues.<key>`` reference names.

    ``verb_forms``: every inflected and split form of a cue verb; ``verb_lemmas``: the cue
    verbs' lemmas; ``according_to.<key>``: a list of the ``according_to`` table; any other
    key: that top-level list of ``cues.json``.
    """
    lex = cue_lexicon()
    if key == "verb_forms":
        return sorted(lex.forms.keys() | lex.split_lemmas.keys())
    if key == "verb_lemmas":
        return sorted(lex.frames)
    data: Any = table("cues")
    for part in key.split("."):
        if not isinstance(data, dict) or part not in data:
            raise PatternError(f"unknown cue list reference {_REFERENCE}{key}")
        data = data[part]
    if isinstance(data, dict):
        data = sorted(data)  # a table of words ("wie_source_verbs"): its words
    if not isinstance(data, list) or not all(isinstance(w, str) for w in data):
        raise PatternError(f"{_REFERENCE}{key} is not a list of words")
    return list(data)


def _resolve(value: Any) -> Any:
    """Replace ``@cues.`` references inside one token pattern's values."""
    if isinstance(value, str) and value.startswith(_REFERENCE):
        return cue_list(value[len(_REFERENCE) :])
    if isinstance(value, dict):
        return {key: _resolve(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_resolve(item) for item in value]
    return value


def _match_sequences(match: Any) -> tuple[tuple[dict[str, Any], ...], ...]:
    if match is None:
        return ()
    if match in ("@cues.phrases", "@cues.colon_phrases"):
        return tuple(
            tuple({"LOWER": w.lower()} for w in seq)
            for seqs in table("cues")[match[len(_REFERENCE) :]].values()
            for seq in seqs
        )
    if not isinstance(match, list):
        raise PatternError(f"match must be a list of token patterns, not {match!r}")
    return tuple(tuple(_resolve(token) for token in seq) for seq in match)


class PatternTable:
    """The validated patterns, by id, in the file's order."""

    def __init__(
        self,
        patterns: list[QuotePattern],
        data: dict[str, Any],
        disabled: frozenset[str] = frozenset(),
    ) -> None:
        self.patterns = patterns
        self.data = data
        self._by_id = {p.id: p for p in patterns}
        self.disabled = disabled

    def enabled(self, pattern_id: str, lemma: str | None = None) -> bool:
        """Whether the pattern is on: not named in the file's ``disabled`` list, and
        ``lemma`` (a quote's cue lemma, if given) not among its ``excluded_cues``."""
        if pattern_id in self.disabled:
            return False
        pattern = self._by_id.get(pattern_id)
        return lemma is None or pattern is None or lemma not in pattern.excluded_cues

    def source_attribute(self, pattern_id: str) -> bool:
        """Whether the pattern's source may go on with a prepositional attribute (the
        file's ``source_attribute``); False for an id the table does not hold."""
        pattern = self._by_id.get(pattern_id)
        return pattern is not None and pattern.source_attribute

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> PatternTable:
        """Validate the file's JSON: unique ids, known kinds, references and overlap rules.

        Raises:
            PatternError: on the first problem, naming the entry.
        """
        entries = data.get("patterns")
        if not isinstance(entries, list) or not entries:
            raise PatternError("the pattern file needs a non-empty 'patterns' list")
        patterns: list[QuotePattern] = []
        seen: set[str] = set()
        for entry in entries:
            pid = entry.get("id")
            if not isinstance(pid, str) or pid in seen:
                raise PatternError(f"pattern id {pid!r} is missing or not unique")
            seen.add(pid)
            if entry.get("kind") not in KINDS:
                raise PatternError(f"{pid}: kind {entry.get('kind')!r} not in {sorted(KINDS)}")
            if not isinstance(entry.get("priority"), int) or not entry.get("description"):
                raise PatternError(f"{pid}: needs an integer priority and a description")
            precision = entry.get("precision")
            if precision is not None and not 0.0 <= float(precision) <= 1.0:
                raise PatternError(f"{pid}: precision {precision!r} outside 0-1")
            yields = tuple((y["pattern"], y["when"]) for y in entry.get("yields_to", []))
            excluded = entry.get("excluded_cues", [])
            if not isinstance(excluded, list) or not all(isinstance(c, str) for c in excluded):
                raise PatternError(f"{pid}: excluded_cues must list cue lemmas")
            attribute = entry.get("source_attribute", False)
            if not isinstance(attribute, bool):
                raise PatternError(f"{pid}: source_attribute must be true or false")
            patterns.append(
                QuotePattern(
                    id=pid,
                    kind=entry["kind"],
                    priority=entry["priority"],
                    description=entry["description"],
                    match=_match_sequences(entry.get("match")),
                    anchor_token=int(entry.get("anchor_token", 0)),
                    yields_to=yields,
                    precision=None if precision is None else float(precision),
                    excluded_cues=frozenset(excluded),
                    source_attribute=attribute,
                )
            )
        for pattern in patterns:
            for other, when in pattern.yields_to:
                if other not in seen or when not in OVERLAP_RULES:
                    raise PatternError(f"{pattern.id}: yields_to {other!r} when {when!r}")
        disabled = data.get("disabled", [])
        if not isinstance(disabled, list) or any(d not in seen for d in disabled):
            raise PatternError(f"disabled must list pattern ids, not {disabled!r}")
        return cls(patterns, data, frozenset(disabled))

    def __getitem__(self, pattern_id: str) -> QuotePattern:
        return self._by_id[pattern_id]

    def __contains__(self, pattern_id: object) -> bool:
        return pattern_id in self._by_id

    def __iter__(self) -> Iterator[QuotePattern]:
        return iter(self.patterns)

    def precision(self, pattern_id: str) -> float:
        """The pattern's smoothed dev precision (its quotes' confidence); unmeasured, the
        pooled dev precision of its kind (the file's ``kind_precision``), else 0.5."""
        pattern = self._by_id[pattern_id]
        if pattern.precision is not None:
            return pattern.precision
        pooled = self.data.get("kind_precision") or {}
        return float(pooled.get(pattern.kind, 0.5))

    def compile(self, vocab: Vocab) -> CompiledPatterns:
        """Every pattern's token sequences under the pattern's id, on hash-based matchers.

        The ``Matcher`` tries every pattern at every token (with the cue lists as ``IN``
        sets it took half of the stage's time), so sequences go elsewhere where they can:
        plain word tests on one attribute (``{"LOWER": "nach"}``, ``{"LEMMA": {"IN":
        [...]}}``) to a ``PhraseMatcher`` per attribute; sequences of ``LOWER``/``ORTH``
        tests, optional tokens (``"OP": "?"``) among them, to a ``LOWER`` phrase matcher
        of their expansions, whose proposals :class:`CompiledPatterns` confirms with the
        exact tests; the rest to the ``Matcher``. An ``IN`` list with a ``NOT_IN`` list
        is their difference. The matches are the ``Matcher``'s."""
        matcher = Matcher(vocab, validate=True)
        phrases: dict[str, PhraseMatcher] = {}
        proposer = PhraseMatcher(vocab, attr="LOWER")
        checked: dict[int, CheckedSequence] = {}
        for pattern in self.patterns:
            token_seqs: list[list[dict[str, Any]]] = []
            for raw in pattern.match:
                seq = tuple(_narrowed(token) for token in raw)
                plain = _phrase_words(seq)
                if plain is not None:
                    attr, alternatives = plain
                    if attr not in phrases:
                        phrases[attr] = PhraseMatcher(vocab, attr=attr)
                    phrases[attr].add(pattern.id, _phrase_docs(vocab, attr, alternatives))
                    continue
                expansions = _expansions(seq)
                if expansions is None:
                    token_seqs.append(list(seq))
                    continue
                for tests in expansions:
                    key = f"{pattern.id}#{len(checked)}"
                    checked[vocab.strings.add(key)] = CheckedSequence(
                        vocab.strings.add(pattern.id),
                        tuple((attr, frozenset(map(get_string_id, vs))) for attr, vs in tests),
                    )
                    words = product(*(sorted({v.lower() for v in vs}) for _, vs in tests))
                    proposer.add(key, [Doc(vocab, words=list(w)) for w in words])
            if token_seqs:
                matcher.add(pattern.id, token_seqs)
        return CompiledPatterns(
            matcher, tuple(phrases.values()), proposer if checked else None, checked
        )


_TESTED = {"LOWER": LOWER, "ORTH": ORTH}
_MAX_EXPANSIONS = 5000  # word sequences per pattern sequence on the proposing matcher


def _narrowed(token: dict[str, Any]) -> dict[str, Any]:
    """``token`` with every ``{"IN": a, "NOT_IN": b}`` test written as ``{"IN": a - b}``
    (the same test: a value in ``a`` and not in ``b``)."""
    narrowed: dict[str, Any] = {}
    for key, value in token.items():
        if (
            isinstance(value, dict)
            and set(value) == {"IN", "NOT_IN"}
            and all(isinstance(v, list) for v in value.values())
        ):
            excluded = set(value["NOT_IN"])
            value = {"IN": [v for v in value["IN"] if v not in excluded]}
        narrowed[key] = value
    return narrowed


def _expansions(
    seq: tuple[dict[str, Any], ...],
) -> list[tuple[tuple[int, tuple[str, ...]], ...]] | None:
    """The token tests of every form of ``seq`` (each optional token present or not):
    ``(LOWER or ORTH attribute id, allowed values)`` per token; None where a token tests
    anything else, has another operator or the forms have too many word sequences."""
    tokens: list[tuple[int, tuple[str, ...], bool]] = []
    for token in seq:
        attrs = [key for key in token if key != "OP"]
        operator = token.get("OP")
        if len(attrs) != 1 or attrs[0] not in _TESTED or operator not in (None, "?"):
            return None
        value = token[attrs[0]]
        if isinstance(value, str):
            values: tuple[str, ...] = (value,)
        elif (
            isinstance(value, dict)
            and set(value) == {"IN"}
            and isinstance(value["IN"], list)
            and all(isinstance(v, str) for v in value["IN"])
        ):
            values = tuple(dict.fromkeys(value["IN"]))
        else:
            return None
        tokens.append((_TESTED[attrs[0]], values, operator == "?"))
    forms: dict[tuple[tuple[int, tuple[str, ...]], ...], None] = {}
    optional = [k for k, token in enumerate(tokens) if token[2]]
    for kept in product((False, True), repeat=len(optional)):
        dropped = {k for k, keep in zip(optional, kept, strict=True) if not keep}
        form = tuple((attr, vs) for k, (attr, vs, _) in enumerate(tokens) if k not in dropped)
        if form and all(values for _, values in form):  # an empty IN list matches nothing
            forms[form] = None
    if sum(prod(len(values) for _, values in form) for form in forms) > _MAX_EXPANSIONS:
        return None
    return list(forms)


_PHRASE_ATTRS = frozenset({"LOWER", "LEMMA", "ORTH"})


def _phrase_words(seq: tuple[dict[str, Any], ...]) -> tuple[str, list[list[str]]] | None:
    """``(attr, alternatives)`` where every token of ``seq`` tests one and the same
    attribute for equality or membership (no operator, no other key), else None."""
    attrs = {key for token in seq for key in token}
    if len(attrs) != 1 or any(len(token) != 1 for token in seq):
        return None
    attr = next(iter(attrs))
    if attr not in _PHRASE_ATTRS:
        return None
    choices: list[list[str]] = []
    for token in seq:
        value = token[attr]
        if isinstance(value, str):
            choices.append([value])
        elif isinstance(value, dict) and set(value) == {"IN"}:
            choices.append([str(v) for v in value["IN"]])
        else:
            return None
    if len(choices) > 1 and any(len(c) > 1 for c in choices):
        return None  # a product of sets: leave it to the Matcher
    if len(choices) == 1:
        return attr, [[word] for word in choices[0]]
    return attr, [[c[0] for c in choices]]


def _phrase_docs(vocab: Vocab, attr: str, alternatives: list[list[str]]) -> list[Doc]:
    """One pattern doc per word sequence, with the attribute the matcher compares set.
    LOWER values are lower-case already, so a doc of the words themselves serves."""
    docs = []
    for words in alternatives:
        if attr == "LEMMA":
            docs.append(Doc(vocab, words=words, lemmas=words))
        else:
            docs.append(Doc(vocab, words=words))
    return docs


@dataclass(frozen=True)
class CheckedSequence:
    """A pattern sequence the ``LOWER`` phrase matcher proposes and exact tests confirm."""

    pattern: int  # the pattern id's hash: the match id the Matcher gives
    tests: tuple[tuple[int, frozenset[int]], ...]  # (LOWER or ORTH, allowed hashes) per token


@dataclass(frozen=True)
class CompiledPatterns:
    """The compiled pattern file: a token ``Matcher``, phrase matchers by attribute, and a
    ``LOWER`` phrase matcher proposing the :class:`CheckedSequence` matches."""

    matcher: Matcher
    phrase_matchers: tuple[PhraseMatcher, ...]
    proposer: PhraseMatcher | None = None
    checked: Mapping[int, CheckedSequence] = field(default_factory=dict)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        """All ``(match_id, start, end)`` of every matcher, duplicates removed."""
        found = set(self.matcher(doc, allow_missing=True)) if len(self.matcher) else set()
        for phrase_matcher in self.phrase_matchers:
            found.update(phrase_matcher(doc))
        proposed = self.proposer(doc) if self.proposer is not None else []
        if proposed:
            columns = {attr: doc.to_array(attr).tolist() for attr in _TESTED.values()}
            for key, start, end in proposed:
                sequence = self.checked[key]
                if all(
                    columns[attr][start + k] in allowed
                    for k, (attr, allowed) in enumerate(sequence.tests)
                ):
                    found.add((sequence.pattern, start, end))
        return list(found)


@dataclass(frozen=True)
class Anchor:
    """One pattern match: the pattern id, the matched tokens and the token rules start at."""

    pattern: str
    start: int
    end: int
    token: int


def find_anchors(doc: Doc, matcher: CompiledPatterns, patterns: PatternTable) -> list[Anchor]:
    """Every match of the compiled patterns, in text order (no overlap filtering)."""
    strings = doc.vocab.strings
    found: list[Anchor] = []
    for match_id, start, end in matcher(doc):
        pid = strings[match_id]
        if not patterns.enabled(pid):
            continue
        offset = min(patterns[pid].anchor_token, end - start - 1)
        found.append(Anchor(pid, start, end, start + offset))
    found.sort(key=lambda a: (a.start, a.end, a.pattern))
    return found
