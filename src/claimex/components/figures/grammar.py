"""The figure grammar: word tables read from ``lexicon/``, and numbers in digits and words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from typing import Any, Literal, get_args

from claimex.lexicon import table, words

# Mirrors claimex.records.Qualifier (records stay free of spaCy, components of pydantic).
QualifierName = Literal[
    "approx", "more_than", "less_than", "at_least", "at_most", "just_under", "just_over"
]
_QUALIFIERS: frozenset[str] = frozenset(get_args(QualifierName))

# Digits as German news writes them: "45.000", "2,6", "1.000.000,50", "3.5" (English
# decimal). Linear patterns, and only tried on tokens of at most max_number_chars.
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_PLAIN = re.compile(r"\d+(?:,\d+)?")
_POINT_DECIMAL = re.compile(r"\d+\.\d{1,2}")


@dataclass(frozen=True)
class Grammar:
    """The figure grammar's word tables, read once from ``lexicon/``."""

    approximators: dict[str, QualifierName]
    governed_prepositions: frozenset[str]
    governing_stems: tuple[str, ...]
    scales: dict[str, Decimal]
    currencies: dict[str, str]
    currency_before: frozenset[str]
    percent: dict[str, str]
    measures: frozenset[str]
    number_words: dict[str, Decimal]
    multipliers: dict[str, int]
    halves: dict[str, Decimal]
    joiner: str
    articles: frozenset[str]
    plurals: dict[str, Decimal]
    fractions: dict[str, Decimal]
    range_connectors: frozenset[str]
    between: dict[str, str]
    ellipsis_connectors: frozenset[str]
    not_adjectives: frozenset[str]
    partitive_words: frozenset[str]
    genitive_articles: frozenset[str]
    gender_suffixes: frozenset[str]
    gender_joiners: frozenset[str]
    weak_to_strong: dict[str, tuple[str, str]]
    max_number_chars: int
    bare_number_cues: frozenset[str]
    time_words: frozenset[str]
    name_words: frozenset[str]
    rate_words: frozenset[str]
    year_cues: frozenset[str]
    function_words: frozenset[str]
    quantifier_adjectives: frozenset[str]
    sign_words: dict[str, int]
    vague_quantifiers: frozenset[str]
    elliptical_quantifiers: frozenset[str]
    list_conjunctions: frozenset[str]
    number_nouns: frozenset[str] = frozenset()
    percent_adjectives: dict[str, str] = field(default_factory=dict)
    percent_adjective_endings: frozenset[str] = frozenset()
    rate_denominators: frozenset[str] = frozenset()
    bare_number_marks: frozenset[str] = frozenset()
    bare_number_list_marks: frozenset[str] = frozenset()
    participle_prefixes: tuple[str, ...] = ()
    participle_openings: tuple[str, ...] = ()
    weak_participle_endings: tuple[str, ...] = ()
    strong_participle_endings: tuple[str, ...] = ()


def _decimals(raw: dict[str, Any]) -> dict[str, Decimal]:
    return {k: Decimal(repr(v)) for k, v in raw.items() if not k.startswith("_")}


@cache
def load_grammar() -> Grammar:
    """Read the figure grammar from ``lexicon/figure_grammar.json`` and the word lists.

    Raises:
        ValueError: the grammar names an unknown qualifier.
    """
    raw = table("figure_grammar")
    approximators: dict[str, QualifierName] = {}
    for phrase, qualifier in raw["approximators"].items():
        if qualifier not in _QUALIFIERS:
            raise ValueError(f"figure_grammar.json: unknown qualifier {qualifier!r}")
        approximators[phrase.lower()] = qualifier
    weak = raw["weak_to_strong_endings"]
    governed = raw["preposition_verb_stems"]
    return Grammar(
        approximators=approximators,
        governed_prepositions=frozenset(governed["prepositions"]),
        governing_stems=tuple(governed["stems"]),
        scales=_decimals(raw["scales"]),
        currencies=dict(raw["currencies"]),
        currency_before=frozenset(raw["currency_words_before"]),
        percent=dict(raw["percent"]),
        measures=frozenset(raw["measures"]),
        number_words=_decimals(raw["number_words"]),
        multipliers={k: int(v) for k, v in raw["number_word_multipliers"].items()},
        halves=_decimals(raw["number_word_halves"]),
        joiner=str(raw["number_word_joiner"]),
        articles=frozenset(raw["articles_as_one"]),
        plurals=_decimals(raw["approximate_plurals"]),
        fractions=_decimals(raw["fractions"]),
        range_connectors=frozenset(raw["range_connectors"]),
        between=dict(raw["between_words"]),
        ellipsis_connectors=frozenset(raw["ellipsis_connectors"]),
        not_adjectives=frozenset(raw["not_adjectives"]),
        partitive_words=frozenset(raw["partitive_words"]),
        genitive_articles=frozenset(raw["genitive_articles"]),
        gender_suffixes=frozenset(raw["gender_suffixes"]),
        gender_joiners=frozenset(raw["gender_joiners"]),
        weak_to_strong={k: (v[0], v[1]) for k, v in weak.items() if not k.startswith("_")},
        max_number_chars=int(raw["max_number_chars"]),
        bare_number_cues=frozenset(raw["bare_number_cues"]),
        time_words=words("figure_time_words"),
        name_words=words("figure_name_words"),
        rate_words=frozenset(raw["rate_words"]),
        year_cues=frozenset(w.lower() for w in words("figure_year_cues")),
        function_words=words("german_function_words"),
        quantifier_adjectives=frozenset(raw.get("counted_quantifier_adjectives", [])),
        sign_words={str(k): int(v) for k, v in raw.get("sign_words", {}).items()},
        vague_quantifiers=frozenset(raw.get("vague_quantifiers", [])),
        elliptical_quantifiers=frozenset(raw.get("elliptical_quantifiers", [])),
        list_conjunctions=words("list_conjunctions"),
        number_nouns=frozenset(raw.get("number_nouns", [])),
        percent_adjectives=dict(raw.get("percent_adjectives", {})),
        percent_adjective_endings=frozenset(raw.get("percent_adjective_endings", [])),
        rate_denominators=frozenset(raw.get("rate_denominators", [])),
        bare_number_marks=frozenset(raw.get("bare_number_marks", [])),
        bare_number_list_marks=frozenset(raw.get("bare_number_list_marks", [])),
        participle_prefixes=tuple(raw.get("participle_prefixes", [])),
        participle_openings=tuple(raw.get("participle_openings", [])),
        weak_participle_endings=tuple(raw.get("weak_participle_endings", [])),
        strong_participle_endings=tuple(raw.get("strong_participle_endings", [])),
    )


def parse_digits(text: str, *, max_chars: int = 40) -> Decimal | None:
    """Parse a number written in digits the German way; None when it is no plain number.

    Example:
        >>> parse_digits("45.000"), parse_digits("2,6"), parse_digits("12.03.2023")
        (Decimal('45000'), Decimal('2.6'), None)
    """
    if not text or len(text) > max_chars or not text[0].isdigit():
        return None
    if _GROUPED.fullmatch(text):
        return Decimal(text.replace(".", "").replace(",", "."))
    if _PLAIN.fullmatch(text):
        return Decimal(text.replace(",", "."))
    if _POINT_DECIMAL.fullmatch(text):
        return Decimal(text)
    return None


def parse_number_word(word: str, grammar: Grammar | None = None) -> Decimal | None:
    """Parse a German number word ("zwölf", "fünfundzwanzig", "zweihunderttausend").

    Example:
        >>> parse_number_word("fünfundzwanzig"), parse_number_word("Dreihundert")
        (Decimal('25'), Decimal('300'))
    """
    g = grammar or load_grammar()
    return _number_word(word.lower(), g, depth=0)


def _number_word(w: str, g: Grammar, depth: int) -> Decimal | None:
    if not w or len(w) > 60 or depth > 4:
        return None
    if w in g.number_words:
        return g.number_words[w]
    for half, value in g.halves.items():
        if w == half:
            return value
        if w.endswith(half):
            whole = _number_word(w[: -len(half)], g, depth + 1)
            return None if whole is None else whole + Decimal("0.5")
    for mult_word, mult in sorted(g.multipliers.items(), key=lambda kv: -kv[1]):
        head, sep, tail = w.rpartition(mult_word)
        if sep:
            left = _number_word(head, g, depth + 1) if head else Decimal(1)
            right = _number_word(tail, g, depth + 1) if tail else Decimal(0)
            if left is None or right is None or left >= mult or right >= mult:
                return None
            return left * mult + right
    unit, sep, tens = w.partition(g.joiner)
    if sep and unit in g.number_words and tens in g.number_words:
        u, t = g.number_words[unit], g.number_words[tens]
        if 1 <= u <= 9 and t in {Decimal(n) for n in range(20, 100, 10)}:
            return u + t
    return None
