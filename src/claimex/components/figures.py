"""``claimex_figures``: numbers with what they count or measure, in German news text.

Reads the tokens (and, where the pipeline sets them, ``token.pos``, sentence starts and
``doc.ents``) and writes ``doc._.claimex_figures``, a list of :class:`FigureSpan` in text
order. A figure phrase is

    [approximator] [currency symbol] number [scale] [bis number [scale]] [currency|%|unit]

followed by the counted noun phrase ("mehr als 1.000 | russische Soldaten"). The number is
written in digits ("45.000", "2,6", "3\N{EN DASH}4"), in words ("zwölf", "fünfundzwanzig",
"eine Million", "zwei Drittel") or as an approximate plural ("Tausende"). Dates, times,
years, durations, ages, ordinals, scores and numbers inside names are left out.

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

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache
from itertools import compress
from typing import Any, Literal, get_args

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import doc_text, sentence_starts, token_texts
from claimex.components.labels import ADJECTIVES, NOUNS
from claimex.lexicon import table, words
from claimex.text import EM_DASH, EN_DASH, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE, QUOTE_CHARS

FIGURES_ATTR = "claimex_figures"

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
_DASHES = ("-", EN_DASH, EM_DASH)
_GROUP_SPACES = frozenset({NO_BREAK_SPACE, NARROW_NO_BREAK_SPACE})
# Universal POS tags of closed-class words that are neither adjectives nor nouns.
_NOT_CONTENT = frozenset(
    {"ADP", "AUX", "CCONJ", "DET", "INTJ", "NUM", "PART", "PRON", "PUNCT", "SCONJ", "SYM"}
)
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")
_SENTENCE_END = frozenset({".", "!", "?", ":", ";"})

Kind = Literal["digits", "word", "article", "plural"]


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


def _tagged_ordinal(token: Token) -> bool:
    """Whether the tagger reads a digit token as an ordinal adjective ("3." ADJ)."""
    return token.pos_ in ADJECTIVES  # "" where the doc has no tags


def _year_shaped(text: str) -> bool:
    """Four digits without separator between 1000 and 2100: "2023", not "2.023"."""
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2100


def _skip_space(doc: Doc, j: int) -> int:
    """The first token at or after ``j`` that is not whitespace (double spaces, breaks)."""
    while j < len(doc) and doc[j].is_space and "\n" not in doc[j].text:
        j += 1
    return j


def _phone_part(text: str) -> bool:
    """A digit group that only a phone number has: "030", "+49"."""
    digits = text[1:] if text.startswith("+") else text
    if not digits.isdigit() or len(digits) > 20:
        return False
    return text.startswith("+") or (len(digits) > 1 and digits[0] == "0")


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
class _Number:
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
# (about 5 MB at most; the frequent words come first, later new names are judged anew).
_MAX_REMEMBERED = 50_000
# Token.ent_iob codes
_IOB_INSIDE = 1
_IOB_BEGIN = 3


class FigureExtractor:
    """Find figures in German text by a token grammar read from ``lexicon/``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "claimex_figures",
        *,
        number_words: bool,
        ellipsis_sentences: int,
        ellipsis_chars: int,
    ) -> None:
        self.name = name
        self.number_words = number_words
        self.ellipsis_sentences = ellipsis_sentences
        self.ellipsis_chars = ellipsis_chars
        self.grammar = load_grammar()
        # Every number word ends with a number word or a half, or holds a multiplier.
        self._word_ends = (*self.grammar.number_words, *self.grammar.halves)
        self._starts: dict[str, bool] = {}
        # Fixed word sequences: a PhraseMatcher finds them in one pass over the tokens
        # (approximators are lower-cased by load_grammar, matched on LOWER).
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add(
            "QUALIFIER",
            [Doc(nlp.vocab, words=phrase.split()) for phrase in self.grammar.approximators],
        )
        self.name_matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.name_matcher.add(
            "NAME", [Doc(nlp.vocab, words=phrase.split()) for phrase in self.grammar.name_words]
        )
        if not Doc.has_extension(FIGURES_ATTR):
            Doc.set_extension(FIGURES_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(FIGURES_ATTR, self.find(doc))
        return doc

    # -- the doc-level pass ---------------------------------------------------------------

    def find(self, doc: Doc) -> list[FigureSpan]:
        """Return the figures of ``doc`` in text order."""
        ends: dict[str, dict[int, int]] = defaultdict(dict)
        for match_id, start, end in [*self.matcher(doc), *self.name_matcher(doc)]:
            label = doc.vocab.strings[match_id]
            # keep the longest phrase that ends at each token
            if end not in ends[label] or start < ends[label][end]:
                ends[label][end] = start
        has_pos = doc.has_annotation("POS")
        figures: list[FigureSpan] = []
        resume = 0
        texts = token_texts(doc)
        for i in self._start_positions(texts):
            if i < resume:
                continue
            figure = self._figure_at(doc, i, ends, has_pos)
            if figure is not None:
                figures.append(self._signed(doc, figure))
                resume = figure.span.end
        return self._resolve_ellipsis(doc, figures)

    def _start_positions(self, texts: list[str]) -> list[int]:
        """The tokens at which a number core may start (:meth:`_may_start`), in order;
        each distinct word is judged once, the tokens are picked by C-level passes."""
        known = self._starts
        distinct = set(texts)
        for text in distinct.difference(known):
            self._may_start(text)  # remembered in known (unless it is full)
        if known.keys() >= distinct:  # (not issubset: it would copy the dict's keys)
            starting = set(compress(distinct, map(known.__getitem__, distinct)))
        else:  # too many words to remember: judge them again
            starting = {text for text in distinct if self._may_start(text)}
        return list(compress(range(len(texts)), map(starting.__contains__, texts)))

    def _may_start(self, text: str) -> bool:
        """Whether a number core can start at a token with this text (the cheap tests of
        :meth:`_core`, which builds the token only for these); remembered per word."""
        known = self._starts.get(text)
        if known is None:
            known = self._test_start(text)
            if len(self._starts) < _MAX_REMEMBERED:
                self._starts[text] = known
        return known

    def _test_start(self, text: str) -> bool:
        # every number word ends with a number word or a half, or holds a multiplier
        # ("hundert", "tausend"): other words are never parsed
        if text[:1].isdigit():
            return True
        g = self.grammar
        if text in g.plurals:
            return True
        lower = text.lower()
        if lower in g.articles:
            return True
        return (
            self.number_words
            and text.isalpha()
            and (lower.endswith(self._word_ends) or any(m in lower for m in g.multipliers))
        )

    def _signed(self, doc: Doc, figure: FigureSpan) -> FigureSpan:
        """A sign word before an unqualified figure belongs to it: "minus 25 Grad" -> -25."""
        start = figure.span.start
        sign = self.grammar.sign_words.get(doc[start - 1].lower_) if start > 0 else None
        if sign is None or figure.qualifier is not None:
            return figure
        return replace(
            figure,
            span=doc[start - 1 : figure.span.end],
            start_char=doc[start - 1].idx,
            value=figure.value * sign,
            upper=None if figure.upper is None else figure.upper * sign,
        )

    # -- number cores ---------------------------------------------------------------------

    def _core(self, doc: Doc, i: int, has_pos: bool) -> _Number | None:
        g = self.grammar
        token = doc[i]
        text = token.text
        if not self._may_start(text):
            return None
        if text[:1].isdigit():
            return self._digit_core(doc, i)
        if text in g.plurals:
            return _Number(i, i + 1, token.idx + len(text), g.plurals[text], text, "plural")
        if text.lower() in g.articles:
            return _Number(i, i + 1, token.idx + len(text), Decimal(1), text, "article")
        value = parse_number_word(text, g)  # a number word by its ending (_test_start)
        if value is None:
            return None
        if text[:1].isupper() and not self._sentence_initial(doc, i):
            return None  # "die Elf", "Acht" as a name
        return _Number(i, i + 1, token.idx + len(text), value, text, "word")

    def _digit_core(self, doc: Doc, i: int) -> _Number | None:
        g = self.grammar
        token = doc[i]
        text = token.text
        limit = g.max_number_chars
        if len(text) > limit:
            return None
        final_stop = False
        if text.endswith(".") and len(text) > 1:
            # at the end of a paragraph no ordinal can follow, whatever the tagger says
            at_end = i + 1 >= len(doc) or "\n" in token.whitespace_ or doc[i + 1].is_space
            if not self._stop_ends_sentence(doc, i) or (_tagged_ordinal(token) and not at_end):
                return None  # ordinal: "3. Oktober", "90. Minute"
            text = text[:-1]
            final_stop = True
        elif (
            i + 1 < len(doc)
            and token.whitespace_ == ""
            and doc[i + 1].text == "."
            and (not self._stop_ends_sentence(doc, i + 1) or _tagged_ordinal(token))
        ):
            return None  # a tokenizer that splits "3." into "3" "."
        value = parse_digits(text, max_chars=limit)
        upper: Decimal | None = None
        if value is None:
            for dash in _DASHES:
                left, sep, right = text.partition(dash)
                if sep and left and right:
                    value = parse_digits(left, max_chars=limit)
                    upper = parse_digits(right, max_chars=limit)
                    break
            if value is None or upper is None:
                return None
        if len(text) > 1 and text[0] == "0" and text[1].isdigit():
            return None  # "04" in "Schalke 04", phone numbers
        if i > 0 and _phone_part(doc[i - 1].text):
            return None  # "030 1234567", "+49 30 1234567"
        end, end_char = i + 1, token.idx + len(text)
        # "20 000" written with a (narrow) no-break space between digit groups
        while (
            not final_stop
            and upper is None
            and end + 1 < len(doc)
            and doc[end - 1].whitespace_ == ""
            and doc[end].text in _GROUP_SPACES
            and doc[end].whitespace_ == ""
            and len(doc[end + 1].text) == 3
            and doc[end + 1].text.isdigit()
            and "," not in text
        ):
            text = f"{text}{doc[end + 1].text}"
            value = Decimal(text.replace(".", ""))
            end_char = doc[end + 1].idx + 3
            end += 2
        return _Number(i, end, end_char, value, text, "digits", upper=upper, final_stop=final_stop)

    # -- one figure -----------------------------------------------------------------------

    def _figure_at(
        self, doc: Doc, i: int, ends: dict[str, dict[int, int]], has_pos: bool
    ) -> FigureSpan | None:
        g = self.grammar
        core = self._core(doc, i, has_pos)
        if core is None or self._glued_to_symbol(doc, core):
            return None
        j = core.end
        scale_word: str | None = None
        scale = Decimal(1)
        fraction = False
        value, upper = core.value, core.upper
        k = _skip_space(doc, j)
        if not core.final_stop and core.kind != "plural" and k < len(doc):
            word = doc[k].text
            if word in g.scales:
                scale_word, scale = word, g.scales[word]
                j = k + 1
                dotted = f"{word}."
                split_dot = j < len(doc) and doc[k].whitespace_ == "" and doc[j].text == "."
                if dotted in g.scales and split_dot:  # "Mio" "." from a splitting tokenizer
                    scale_word, j = dotted, j + 1
            elif word in g.fractions and core.kind in ("word", "article", "digits"):
                value, fraction = value * g.fractions[word], True
                j = k + 1
        if core.kind == "article" and scale_word is None and not fraction:
            return None
        # ranges: "20.000 bis 30.000", "20.000-30.000", "zwischen 20 und 30"
        if upper is None and not core.final_stop and not fraction:
            upper, scale_word, scale, j = self._range(doc, core, j, scale_word, scale)
        # unit after the number: currency, percent or measure
        unit: str | None = None
        counted: str | None = None
        counted_span: Span | None = None
        has_currency = False
        k = _skip_space(doc, j)
        unit_len = 0 if core.final_stop or self._ends_sentence(doc, j) else self._unit_len(doc, k)
        if unit_len:
            unit_text = doc[k : k + unit_len].text
            unit, has_currency = self._unit_of(unit_text)
            counted = unit_text
            counted_span = doc[k : k + unit_len]
            j = k + unit_len
        lexical_unit = unit is not None
        start = core.start
        if start > 0 and doc[start - 1].text in g.currency_before:
            if unit is None:
                unit, has_currency = g.currencies.get(doc[start - 1].text), True
                counted = doc[start - 1].text
                counted_span = doc[start - 1 : start]
                lexical_unit = True
            start -= 1
        qualifier: QualifierName | None = None
        if start in ends["QUALIFIER"] and not self._governed(doc, ends["QUALIFIER"][start], start):
            q_start = ends["QUALIFIER"][start]
            qualifier = g.approximators[doc[q_start:start].text.lower()]
            start = q_start
        elif core.kind == "plural":
            qualifier = "approx"
        # the counted noun phrase
        if unit is None and not core.final_stop and not self._ends_sentence(doc, j):
            found = self._counted(
                doc,
                _skip_space(doc, j),
                start,
                has_pos,
                core.kind,
                fraction,
                _year_shaped(core.raw),
            )
            if found is not None:
                counted_span, counted = found
                unit = self._head_text(counted_span)
        measured = scale_word is not None or lexical_unit
        if core.kind == "plural" and lexical_unit and not has_currency:
            return None  # "tausende Kilometer quer durch Europa": a manner of speaking
        if not self._acceptable(doc, core, start, j, measured, counted_span, ends):
            return None
        if upper is not None and not measured and _year_shaped(core.raw):
            prev = doc[start - 1].lower_ if start > 0 else ""
            if counted_span is None or prev in g.year_cues:
                return None  # "2013-2014", "von 2015 bis 2020"
        if counted_span is not None and self._is_time_word(counted_span[-1].text):
            return None
        end_char = doc[j - 1].idx + len(doc[j - 1].text) if j > core.end else core.end_char
        return FigureSpan(
            span=doc[start:j],
            start_char=doc[start].idx,
            end_char=end_char,
            value=float(value * scale),
            raw=core.raw,
            scale=scale_word,
            unit=unit,
            qualifier=qualifier,
            counted=counted,
            counted_span=counted_span,
            upper=None if upper is None else float(upper * scale),
            has_currency=has_currency,
        )

    def _range(
        self, doc: Doc, core: _Number, j: int, scale_word: str | None, scale: Decimal
    ) -> tuple[Decimal | None, str | None, Decimal, int]:
        g = self.grammar
        if j + 1 >= len(doc):
            return None, scale_word, scale, j
        connector = doc[j].text
        is_range = connector in g.range_connectors and connector != "-"
        if connector in _DASHES:
            is_range = doc[j - 1].whitespace_ == doc[j].whitespace_
        before = doc[core.start - 1].text.lower() if core.start > 0 else ""
        if before in g.between and connector == g.between[before]:
            is_range = True
        if not is_range:
            return None, scale_word, scale, j
        second = self._core(doc, j + 1, False)
        if second is None or second.kind not in ("digits", "word") or second.upper is not None:
            return None, scale_word, scale, j
        k = second.end
        second_scale: str | None = None
        if not second.final_stop and k < len(doc) and doc[k].text in g.scales:
            second_scale = doc[k].text
            k += 1
        if scale_word is None and second_scale is not None:
            scale_word, scale = second_scale, g.scales[second_scale]
        elif second_scale is not None and second_scale != scale_word:
            return None, scale_word, scale, j
        if second.value * (g.scales[second_scale] if second_scale else scale) < core.value:
            return None, scale_word, scale, j  # "2023 bis 5" is no range
        if second.final_stop:
            return None, scale_word, scale, j
        return second.value, scale_word, scale, k

    def _governed(self, doc: Doc, q_start: int, q_end: int) -> bool:
        """Whether an approximator "über"/"unter" is a verb's preposition ("verfügt über")."""
        g = self.grammar
        if q_end - q_start != 1 or doc[q_start].lower_ not in g.governed_prepositions:
            return False
        return q_start > 0 and doc[q_start - 1].lower_.startswith(g.governing_stems)

    def _unit_len(self, doc: Doc, j: int) -> int:
        g = self.grammar
        if j >= len(doc):
            return 0
        if j + 1 < len(doc):
            pair = doc[j : j + 2].text
            if pair in g.currencies or pair in g.measures:
                return 2
        text = doc[j].text
        if text in g.currencies or text in g.percent or text in g.measures:
            return 1
        return 0

    def _unit_of(self, text: str) -> tuple[str, bool]:
        g = self.grammar
        if text in g.currencies:
            return g.currencies[text], True
        if text in g.percent:
            return g.percent[text], False
        return text, False

    def _counted(
        self,
        doc: Doc,
        j: int,
        start: int,
        has_pos: bool,
        kind: Kind,
        fraction: bool,
        year_like: bool,
    ) -> tuple[Span, str] | None:
        """The counted noun phrase from token ``j``: adjectives and a noun, as written.

        Partitives count the noun after them: "Tausende von Menschen", "zwei Drittel der
        Befragten", "drei der sechs roten Gemeinderäte", "vier von zehn Erwachsenen".
        """
        g = self.grammar
        k = j
        word = doc[k].lower_ if k < len(doc) else ""
        if (kind == "plural" and word == "von") or (fraction and word in g.genitive_articles):
            k += 1
        elif word in g.partitive_words and not year_like and k + 1 < len(doc):
            inner = self._core(doc, k + 1, has_pos)
            if inner is not None and inner.kind in ("digits", "word") and not inner.final_stop:
                k = inner.end
            elif word in g.genitive_articles:
                k += 1
        first = k
        while k < len(doc) and k - first < 4 and self._is_adjective(doc[k], has_pos):
            k += 1
        if k >= len(doc) or not self._is_noun(doc[k], has_pos):
            return None
        end = k + 1
        # gender forms split by a blank tokenizer: "Einwohner" ":" "innen"
        if (
            end + 1 < len(doc)
            and doc[k].whitespace_ == ""
            and doc[end].text in g.gender_joiners
            and doc[end].whitespace_ == ""
            and doc[end + 1].text in g.gender_suffixes
        ):
            end += 2
        span = doc[first:end]
        determiner = doc[start - 1].lower_ if start > 0 else ""
        rewrite = g.weak_to_strong.get(determiner) if kind != "plural" else None
        parts: list[str] = []
        for token in span:
            text = token.text
            if rewrite and token.i < k and text.endswith(rewrite[0]):
                text = text[: -len(rewrite[0])] + rewrite[1]
            parts.append(text + (token.whitespace_ if token.i < end - 1 else ""))
        return span, "".join(parts)

    def _head_text(self, span: Span) -> str:
        """The head noun of a counted phrase as written ("Soldaten", "Einwohner:innen")."""
        for token in span:
            if token.text[:1].isupper():
                return span.doc[token.i : span.end].text
        return span[-1].text

    def _is_adjective(self, token: Token, has_pos: bool) -> bool:
        g = self.grammar
        text = token.text
        lower = token.lower_
        if (not text[:1].islower() or not text.islower()) and "-" not in text:
            return False  # "iPhones" is a noun
        if not all(part.isalpha() for part in text.split("-") if part):
            return False
        if lower in g.quantifier_adjectives:
            return True  # "sieben anderen Jugendlichen", "zwei weitere Soldaten"
        if lower in g.not_adjectives or lower in g.function_words:
            return False
        if token.tag_ in ("ADJA", "ADJD"):
            return True  # STTS says adjective where UD POS says VERB ("unbegleiteten")
        if has_pos:
            if token.pos_ in ADJECTIVES:
                return True
            if token.pos_ in _NOT_CONTENT or token.pos_ in {"VERB", "ADV"}:
                return False
        return text[:1].islower() and len(text) > 3 and lower.endswith(_ADJECTIVE_ENDINGS)

    def _is_noun(self, token: Token, has_pos: bool) -> bool:
        g = self.grammar
        text = token.text
        if not any(c.isupper() for c in text[:2]) or not any(c.isalpha() for c in text):
            return False  # nouns are capitalised ("Soldaten"), brands may not be ("iPhones")
        if text in g.scales or text in g.currencies or token.lower_ in g.function_words:
            return False
        if token.tag_ in ("NN", "NE"):
            pass  # the STTS tag says noun even where the UD tag does not ("Einwohner*innen")
        elif has_pos and token.pos_ not in NOUNS and token.pos_ in _NOT_CONTENT | {"VERB"}:
            return False
        return all(c.isalpha() or c in "-:*_/" for c in text)

    def _is_time_word(self, text: str) -> bool:
        words_ = self.grammar.time_words
        return text in words_ or text.lower() in words_

    # -- what rules a number out ----------------------------------------------------------

    def _acceptable(
        self,
        doc: Doc,
        core: _Number,
        start: int,
        j: int,
        measured: bool,
        counted: Span | None,
        ends: dict[str, dict[int, int]],
    ) -> bool:
        g = self.grammar
        k = _skip_space(doc, j)
        after = doc[k] if k < len(doc) and not core.final_stop else None
        if after is not None and self._is_time_word(after.text):
            return False  # "14 Uhr", "3 Oktober", "drei Stunden", "drei Mal"
        if (
            after is not None
            and after.lower_ in g.ellipsis_connectors
            and k + 2 < len(doc)
            and self._core(doc, k + 1, False) is not None
            and self._is_time_word(doc[k + 2].text)
        ):
            return False  # "23 oder 24 Jahre alt"
        for name_end in (core.start, start):
            name_start = ends["NAME"].get(name_end)
            rate = (
                name_start is not None
                and name_start > 0
                and (doc[name_start - 1].lower_ in g.rate_words)
            )
            if name_start is not None and not rate:
                return False  # "Paragraf 218", "Seite 3", "im Alter von 45"
            # but "pro Jahr 30 Starts": a rate, the number counts what follows
        if self._inside_name_entity(doc, core):
            return False  # "Schalke 04", "Formel 1"
        if core.kind == "word" and not measured and counted is None:
            return False  # "sechs" alone, "acht" in "außer Acht"
        if core.kind == "digits" and core.upper is None and not measured:
            if self._is_year(doc, core, start, counted):
                return False
            prev = doc[start - 1] if start > 0 else None
            if counted is None and prev is not None and prev.text in g.bare_number_cues:
                return False  # ages: "Mit 14 gründete er", "Putin (70)"
            if (
                prev is not None
                and counted is None
                and self._is_name_like(prev)
                and not self._sentence_initial(doc, start - 1)
            ):
                return False  # "Windows 11", "Rheinland-Pfalz 2030"
        return True

    def _is_year(self, doc: Doc, core: _Number, start: int, counted: Span | None) -> bool:
        if not _year_shaped(core.raw):
            return False
        if counted is None:
            return True
        prev = doc[start - 1].lower_ if start > 0 else ""
        if prev in self.grammar.year_cues:
            return True
        connectors = self.grammar.ellipsis_connectors | self.grammar.range_connectors
        if start > 1 and prev in connectors and _year_shaped(doc[start - 2].text):
            return True  # "zwischen 1722 und 1787"
        # "die 1960 gegründete Band", "2013 vereinbarten Bund und Länder"
        first = counted[0]
        return first.i < counted.end - 1 and (
            first.lower_.startswith("ge") or first.lower_.endswith(("te", "ten"))
        )

    def _is_name_like(self, token: Token) -> bool:
        text = token.text
        if not any(c.isupper() for c in text) or token.lower_ in self.grammar.function_words:
            return False  # "Windows 11", "iPhone 15"
        if token.pos_:
            return token.pos_ in NOUNS
        return any(c.isalpha() for c in text)

    def _inside_name_entity(self, doc: Doc, core: _Number) -> bool:
        # read from the token's IOB tag: building ``doc.ents`` for every number costs more
        token = doc[core.start]
        if token.ent_iob == _IOB_INSIDE:
            return True  # an entity starts before the number
        if token.ent_iob != _IOB_BEGIN or not token.ent_type:
            return False
        end = core.start + 1
        while end < len(doc) and doc[end].ent_iob == _IOB_INSIDE:
            end += 1
        if end > core.end:
            # "1 FC Köln"-style names starting with a number, but not a mis-tagged
            # figure such as "2,6 Millionen Einwohner"
            rest = doc[core.end : end]
            if all(t.text not in self.grammar.scales for t in rest):
                return any(t.text[:1].isupper() for t in rest) and token.ent_type_ != "MISC"
        return False

    def _glued_to_symbol(self, doc: Doc, core: _Number) -> bool:
        """Scores, times and compounds: "3:0", "14:30", "10-Punkte", "COVID-19"."""
        prev = doc[core.start - 1] if core.start > 0 else None
        if prev is not None and prev.whitespace_ == "":
            glued_word = prev.text[:1].isalpha() and core.kind == "digits"
            if prev.text in {":", "/", "+", "#", "."} or glued_word:
                return True
            if prev.text == "-" and core.start >= 2 and doc[core.start - 2].whitespace_ == "":
                return True
        if core.end < len(doc) and not core.final_stop:
            last = doc[core.end - 1]
            nxt = doc[core.end]
            if last.whitespace_ == "" and nxt.text in {":", "/"}:
                return True
            if last.whitespace_ == "" and nxt.text in _DASHES and core.end + 1 < len(doc):
                after = doc[core.end + 1]
                if nxt.whitespace_ == "" and parse_digits(after.text) is None:
                    return True
        return False

    def _ends_sentence(self, doc: Doc, j: int) -> bool:
        """Whether the token before ``j`` closes a sentence ("3 Mrd." at a sentence end)."""
        if j == 0 or j >= len(doc) or not doc[j - 1].text.endswith("."):
            return False
        return self._stop_ends_sentence(doc, j - 1) and doc[j].text[:1].isupper()

    def _sentence_initial(self, doc: Doc, i: int) -> bool:
        if i == 0:
            return True
        if doc[i].is_sent_start:  # None where no sentence annotation exists
            return True
        prev = doc[i - 1]
        return (
            prev.text in _SENTENCE_END
            or prev.text in QUOTE_CHARS
            or prev.is_space
            or "\n" in prev.whitespace_
        )

    def _stop_ends_sentence(self, doc: Doc, i: int) -> bool:
        """Whether the full stop of a token "45." ends the sentence (not an ordinal)."""
        token = doc[i]
        k = _skip_space(doc, i + 1)
        if k >= len(doc):
            return True
        nxt = doc[k]
        if self._is_time_word(nxt.text):
            return False  # "3. Oktober", "am 30.  Juni"
        if "\n" in token.whitespace_ or nxt.is_space or nxt.text in QUOTE_CHARS:
            return True
        if nxt.is_sent_start is not None:  # None where no sentence annotation exists
            return bool(nxt.is_sent_start)
        return nxt.text[:1].isupper() and nxt.lower_ in self.grammar.function_words

    # -- context: elliptical figures ------------------------------------------------------

    def _resolve_ellipsis(self, doc: Doc, figures: list[FigureSpan]) -> list[FigureSpan]:
        """Give unit-less figures the scale and unit their context implies.

        "von 2,5 auf 3,1 Milliarden Euro": the first takes scale and unit from the second.
        "... 5 Milliarden Euro. Im Vorjahr waren es 3,1 Milliarden.": the second is EUR.
        """
        g = self.grammar
        out = list(figures)
        for n in range(len(out) - 2, -1, -1):
            first, second = out[n], out[n + 1]
            between = doc[first.span.end : second.span.start]
            if (
                len(between) == 1
                and between[0].lower_ in g.ellipsis_connectors
                and first.unit is None
                and first.counted is None
                and (second.unit is not None or (second.scale and not first.scale))
            ):
                scale = first.scale or second.scale
                factor = float(g.scales[second.scale]) if second.scale and not first.scale else 1.0
                out[n] = replace(
                    first,
                    value=first.value * factor,
                    upper=None if first.upper is None else first.upper * factor,
                    scale=scale,
                    unit=second.unit,
                    has_currency=second.has_currency,
                )
        sentence_of = self._sentence_index(doc)
        for n, figure in enumerate(out):
            if figure.unit is not None or figure.scale is None:
                continue
            for m in range(n - 1, -1, -1):
                previous = out[m]
                near = (
                    sentence_of(figure) - sentence_of(previous) <= self.ellipsis_sentences
                    if doc.has_annotation("SENT_START")
                    else figure.start_char - previous.end_char <= self.ellipsis_chars
                )
                if not near:
                    break
                if previous.has_currency and previous.unit is not None:
                    out[n] = replace(figure, unit=previous.unit, has_currency=True)
                    break
        return out

    @staticmethod
    def _sentence_index(doc: Doc) -> Any:
        if not doc.has_annotation("SENT_START"):
            return lambda figure: 0
        starts = sentence_starts(doc)  # starts[0] == 0: every token has a sentence
        return lambda figure: bisect_right(starts, figure.span.start) - 1


@Language.factory(
    "claimex_figures",
    requires=["token.pos", "doc.ents"],
    assigns=[f"doc._.{FIGURES_ATTR}"],
    default_config={"number_words": True, "ellipsis_sentences": 2, "ellipsis_chars": 400},
)
def make_figure_extractor(
    nlp: Language,
    name: str,
    number_words: bool,
    ellipsis_sentences: int,
    ellipsis_chars: int,
) -> FigureExtractor:
    """Create the ``claimex_figures`` component.

    Args:
        nlp: the pipeline.
        name: the component's name.
        number_words: also read numbers written in words ("zwölf Menschen").
        ellipsis_sentences: how many sentences back an elliptical figure ("3,1 Milliarden")
            looks for the currency it continues (with sentence boundaries).
        ellipsis_chars: the same distance in characters, for docs without sentences.
    """
    return FigureExtractor(
        nlp,
        name,
        number_words=number_words,
        ellipsis_sentences=ellipsis_sentences,
        ellipsis_chars=ellipsis_chars,
    )
