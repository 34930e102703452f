"""Split a sentence-final period off a number or code: "seit 2014. Die Bank" -> "2014" ".".

spaCy's German tokenizer keeps a period on a number ("am 9. Mai" is an ordinal) and on a
word whose last letter is a capital after a small one ("GmbH.", "SpaceX.", "A400M.",
"F-5."): from the chunk alone it cannot tell an ordinal or an abbreviation from the end of
a sentence. The sentence then runs on into the next one, and a name or figure keeps the
period. The next word tells them apart, so this component, which runs first (before the
tagger), splits the period off where the text goes on with

- the end of the text or a line break;
- a capitalised closed-class word ("Die", "Am", "Es", "Dabei": ``lexicon/sentence_openers.txt``,
  built from the UD German treebanks), which never follows an ordinal;
- an opening quotation mark before a capital ('Halle 4. „Wir ...');
- after a year (four digits), any capitalised word ("vor 1933. Merkel ...").

A number written in groups of three digits ("zirka 1.000. Zu der") is judged as a number.
An initial ("George W. Bush") and a Roman numeral ("Elisabeth II.") keep their period.
An opening quotation mark or bracket between a sentence's final mark (with a space) and a
word (with none) starts the next sentence ('kritisiert. „BBC News“ berichtet'): spaCy's
sentencizer, which reads it as punctuation, would leave it at the end of the sentence
before. The
other way round, the tokenizer splits the period off a Roman numeral ("XVI" "."), which then
ends the sentence: where a lower-case word or a comma follows ("Papst Benedikt XVI.
gebeten", "Elisabeth II., bat"), the numeral and its period become one token again.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("claimex_sentence_periods")
    >>> [t.text for t in nlp("Er kam im Jahr 2014. Dann ging er am 9. Mai.")]
    ['Er', 'kam', 'im', 'Jahr', '2014', '.', 'Dann', 'ging', 'er', 'am', '9.', 'Mai', '.']
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Any, cast

import numpy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from claimex.lexicon import words
from claimex.text import (
    LEFT_DOUBLE,
    LEFT_DOUBLE_LOW,
    LEFT_GUILLEMET,
    LEFT_SINGLE,
    LEFT_SINGLE_LOW,
    RIGHT_GUILLEMET,
)

_NEXT_WORD = re.compile(r"(\s*)(\S*)")
_ROMAN = re.compile(r"[IVXLCDM]+")
_YEAR = re.compile(r"[12][0-9]{3}")
_GROUPED = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+\.")
_LETTERS = re.compile(r"[^\W\d_]+")
_CLAUSE_PUNCT = frozenset({",", ";", ":", ")"})
_OPENING_MARKS = frozenset({LEFT_DOUBLE_LOW, LEFT_DOUBLE, LEFT_GUILLEMET, RIGHT_GUILLEMET, '"'})
_FINAL_MARKS = frozenset({".", "!", "?"})
_LEADING_MARKS = frozenset({*_OPENING_MARKS, LEFT_SINGLE_LOW, LEFT_SINGLE, "'", "(", "["})
"""Marks that open the next sentence where they stand between a sentence's final mark
(with a space) and a word (with none): '… kritisiert. „BBC News“ berichtet …'."""


def glued_period(text: str) -> bool:
    """Whether a token is a number or code with a period glued on ("2014.", "GmbH.")."""
    if _GROUPED.fullmatch(text):
        return True  # "1.000.": a number in groups of three digits
    if len(text) < 3 or text[-1] != "." or "." in text[:-1]:
        return len(text) == 2 and text[0].isdigit() and text[1] == "."
    last = text[-2]
    return (last.isdigit() or last.isupper()) and _ROMAN.fullmatch(text[:-1]) is None


def ends_sentence(stem: str, after: str, openers: frozenset[str]) -> bool:
    """Whether the text ``after`` a period glued to ``stem`` shows the sentence ended."""
    match = _NEXT_WORD.match(after)
    space, word = (match.group(1), match.group(2)) if match else ("", "")
    if not word or "\n" in space:
        return True
    if word[0] in _OPENING_MARKS:
        return len(word) > 1 and word[1].isupper()
    letters = _LETTERS.match(word)
    if letters is None or not word[0].isupper():
        return False
    return letters.group().lower() in openers or _YEAR.fullmatch(stem) is not None


_FLAGS_BY_ORTH: dict[int, int] = {}
"""ORTH id -> flags of its text (:data:`_GLUED` | :data:`_BREAK`), judged once per id."""
_GLUED = 1  # glued_period()
_BREAK = 2  # _is_break()
_CACHE_SIZE = 200_000


def _is_break(text: str) -> bool:
    """A sentence mark, a token ending in a period or a line break (:func:`cap_sentences`)."""
    return text in _BREAKS or text[-1:] == "." or "\n" in text


def _marked_orths(doc: Doc, orths: numpy.ndarray) -> tuple[list[int], list[int]]:
    """The ORTH ids among ``orths`` (``doc``'s ORTH column) that :func:`glued_period`
    accepts and those that are breaks (:func:`_is_break`), from one cache of ids (no
    Token objects made: this runs over every token of every text)."""
    strings = doc.vocab.strings
    glued = []
    breaks = []
    for orth in set(orths.tolist()):
        flags = _FLAGS_BY_ORTH.get(orth)
        if flags is None:
            if len(_FLAGS_BY_ORTH) >= _CACHE_SIZE:
                _FLAGS_BY_ORTH.clear()
            text = strings[orth]
            flags = _FLAGS_BY_ORTH[orth] = (_GLUED if glued_period(text) else 0) | (
                _BREAK if _is_break(text) else 0
            )
        if flags & _GLUED:
            glued.append(orth)
        if flags & _BREAK:
            breaks.append(orth)
    return glued, breaks


def _sentence_ends(doc: Doc, orths: numpy.ndarray, glued: list[int]) -> list[Token]:
    """The tokens with a glued period (ORTH ids ``glued`` in ``doc``'s ORTH column
    ``orths``) whose period ends the sentence."""
    openers = words("sentence_openers")
    found = []
    for i in numpy.flatnonzero(numpy.isin(orths, glued)).tolist():
        token = doc[i]
        if i + 1 < len(doc) and not token.whitespace_ and not doc[i + 1].is_space:
            continue  # "2014.“" or "2014.)": the period is inside
        after = token.whitespace_ + doc[i + 1 : i + 3].text if i + 1 < len(doc) else ""
        if ends_sentence(token.text[:-1], after, openers):
            found.append(token)
    return found


def _regnal_periods(doc: Doc, orths: numpy.ndarray) -> list[int]:
    """Starts of the Roman numerals after a name whose period the tokenizer split off
    though the sentence goes on ("Papst Benedikt XVI. gebeten", "Elisabeth II., bat");
    ``orths``: ``doc``'s ORTH column."""
    period = doc.vocab.strings.add(".")
    found = []
    for i in numpy.flatnonzero(orths == period).tolist():
        if i < 2 or i + 1 >= len(doc):
            continue
        numeral, after = doc[i - 1], doc[i + 1].text
        if (
            not numeral.whitespace_
            and _ROMAN.fullmatch(numeral.text)
            and doc[i - 2].text[:1].isupper()
            and (after[:1].islower() or after in _CLAUSE_PUNCT)
        ):
            found.append(i - 1)
    return found


def _ids(strings: StringStore, texts: frozenset[str]) -> list[int]:
    """The string ids of those of ``texts`` that ``strings`` holds."""
    return [strings[text] for text in texts if text in strings]


def _leading_marks(doc: Doc, orths: numpy.ndarray) -> list[int]:
    """Indices of the opening marks (:data:`_LEADING_MARKS`) that start a sentence: after
    ". ! ?" and a space, glued to the word they open ('kritisiert. „BBC News“'). spaCy's
    sentencizer puts such a mark, as punctuation, at the end of the sentence before."""
    strings = doc.vocab.strings
    marks = numpy.flatnonzero(numpy.isin(orths[1:-1], _ids(strings, _LEADING_MARKS))) + 1
    if not len(marks):
        return []
    ends = numpy.isin(orths[marks - 1], _ids(strings, _FINAL_MARKS))
    found = []
    for i in marks[ends].tolist():
        end, mark, word = doc[i - 1], doc[i], doc[i + 1].text
        if end.whitespace_ and not mark.whitespace_ and word[:1].isalnum():
            found.append(i)
    return found


def split_sentence_periods(doc: Doc) -> Doc:
    """Split the period off each token that ends a sentence with it, and join a regnal
    number's period the tokenizer split off inside a sentence (in place)."""
    _split_periods(doc, doc.to_array(ORTH))
    return doc


def _split_periods(doc: Doc, orths: numpy.ndarray) -> list[int] | None:
    """:func:`split_sentence_periods` given ``doc``'s ORTH column ``orths``: the ORTH ids
    of the breaks (:func:`_is_break`) where the doc is unchanged, None where it changed."""
    glued, breaks = _marked_orths(doc, orths)
    ends = _sentence_ends(doc, orths, glued) if glued else []
    regnal = _regnal_periods(doc, orths)
    if not (ends or regnal):
        return breaks
    with doc.retokenize() as retokenizer:
        for start in regnal:
            retokenizer.merge(doc[start : start + 2])
        for token in ends:
            retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return None


MAX_SENTENCE = 250
"""The most tokens a sentence may run without a sentence mark (``. ! ? ; :``, a period on
a number or code, a line break) before one is cut. The parser and the quote rules spend
time in the square of a sentence's length (a 10,000-token "sentence" of a text without
punctuation: seconds per piece); real sentences run far shorter between such marks (the
longest run: 136 tokens in the Wikinews train_b texts, 92 in the 10kGNAD test articles)."""

_BREAKS = frozenset({".", "!", "?", ";", ":"})


def _breaks(doc: Doc, orths: numpy.ndarray, breaks: list[int] | None = None) -> numpy.ndarray:
    """Whether each token is a sentence mark, a token ending in a period or a line break
    (``orths``: ``doc``'s ORTH column; ``breaks``: the ORTH ids of the breaks, if known)."""
    if breaks is None:
        breaks = _marked_orths(doc, orths)[1]
    return numpy.isin(orths, breaks)


def cap_sentences(doc: Doc, limit: int = MAX_SENTENCE) -> Doc:
    """Start a sentence every ``limit`` tokens of a run without a sentence mark (in place;
    the parser keeps preset sentence starts), so that no sentence is longer.

    Example:
        >>> import spacy
        >>> doc = cap_sentences(spacy.blank("de")("eins zwei drei vier fünf. sechs"), limit=2)
        >>> [t.i for t in doc if t.is_sent_start]
        [0, 2, 4]
    """
    return _cap_sentences(doc, limit)


def _cap_sentences(doc: Doc, limit: int) -> Doc:
    """:func:`cap_sentences`."""
    if len(doc) > limit:
        columns = doc.to_array([ORTH, SENT_START])
        starts = _cap_starts(doc, limit, columns[:, 0], _marked_orths(doc, columns[:, 0])[1])
        _set_sent_starts(doc, columns[:, 1], starts, [])
    return doc


def _cap_starts(doc: Doc, limit: int, orths: numpy.ndarray, breaks: list[int]) -> list[int]:
    """The sentence starts of :func:`cap_sentences`, given ``doc``'s ORTH column and its
    breaks' ids: every ``limit`` tokens of a run without a mark, and those of
    :func:`_long_run_starts` with twice the limit."""
    if len(doc) <= limit:
        return []
    marks = numpy.flatnonzero(numpy.isin(orths, breaks)).tolist()
    starts = [
        i
        for before, after in zip([-1, *marks], [*marks, len(doc)], strict=True)
        for i in range(before + 1 + limit, after, limit)
    ]
    if len(doc) <= 2 * limit:
        return starts
    strings = doc.vocab.strings
    final = [orth for orth in breaks if strings[orth] in _FINAL_MARKS]
    ends = numpy.flatnonzero(numpy.isin(orths, final)).tolist()
    return starts + _long_run_starts(marks, ends, len(doc), 2 * limit)


def _long_run_starts(marks: list[int], ends: list[int], length: int, limit: int) -> list[int]:
    """Sentence starts that cut each run of more than ``limit`` tokens without a final
    mark (token indices ``ends``) after its last mark (``marks``: every break) within
    ``limit`` tokens, or after ``limit`` tokens where it has none.

    The parser does not start a sentence at every mark: after ";", ":" or a line break it
    often reads on, and a text of clauses each ending in a colon (a list of labels, a
    transcript) was one sentence of any length (6,152 tokens for 40,000 characters of
    train_b sentences ending in ":"), over which the quote rules spend time in the square
    of its length. Real sentences stay far below (the longest run without a final mark:
    136 tokens in train_b, 110 in train_a)."""
    starts = []
    for before, after in zip([-1, *ends], [*ends, length], strict=True):
        start = before + 1
        while after - start > limit:
            k = bisect_right(marks, start + limit - 1) - 1
            start = marks[k] + 1 if k >= 0 and marks[k] >= start else start + limit
            starts.append(start)
    return starts


_NOT_START = numpy.uint64(2**64 - 1)  # sent_start -1 as Doc.to_array writes it


def _set_sent_starts(
    doc: Doc, column: numpy.ndarray, starts: list[int], not_starts: list[int]
) -> None:
    """Mark the tokens at ``starts`` as sentence starts and those at ``not_starts`` as
    not (``starts`` win), in one write of the doc's SENT_START column (``column``, as
    ``Doc.to_array`` gave it). Setting ``Token.is_sent_start`` token by token costs a walk
    over the whole doc each (spaCy checks ``doc.has_annotation("DEP")``, which on a doc not
    yet parsed reads every token): time in the square of the length where a text has
    many such tokens."""
    if not (starts or not_starts):
        return
    if doc.has_annotation("DEP"):
        # as Token.is_sent_start refuses: a parse fixes the sentence boundaries
        raise ValueError("sentence starts cannot be set on a doc that is already parsed")
    column = column.copy()
    column[not_starts] = _NOT_START
    column[starts] = 1
    doc.from_array([SENT_START], cast(Any, column))  # spaCy's stubs ask for thinc's Ints2d


@Language.component("claimex_sentence_periods", assigns=["token.text", "token.is_sent_start"])
def sentence_periods(doc: Doc) -> Doc:
    """The ``claimex_sentence_periods`` component (see the module docstring)."""
    columns = doc.to_array([ORTH, SENT_START])
    breaks = _split_periods(doc, columns[:, 0])
    if breaks is None:  # retokenised: the columns changed
        columns = doc.to_array([ORTH, SENT_START])
        breaks = _marked_orths(doc, columns[:, 0])[1]
    orths = columns[:, 0]
    leading = _leading_marks(doc, orths)
    starts = leading + _cap_starts(doc, MAX_SENTENCE, orths, breaks)
    _set_sent_starts(doc, columns[:, 1], starts, [i + 1 for i in leading])
    return doc
