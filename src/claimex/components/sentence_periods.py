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

An initial ("George W. Bush") and a Roman numeral ("Elisabeth II.") keep their period.

Example:
    >>> import spacy
    >>> nlp = spacy.blank("de")
    >>> _ = nlp.add_pipe("claimex_sentence_periods")
    >>> [t.text for t in nlp("Er kam im Jahr 2014. Dann ging er am 9. Mai.")]
    ['Er', 'kam', 'im', 'Jahr', '2014', '.', 'Dann', 'ging', 'er', 'am', '9.', 'Mai', '.']
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from claimex.lexicon import words
from claimex.text import LEFT_DOUBLE, LEFT_DOUBLE_LOW, LEFT_GUILLEMET, RIGHT_GUILLEMET

# A period after a digit or capital, then white space or the end of the text.
_CANDIDATE = re.compile(r"(?<=[0-9A-ZÄÖÜ])\.(?=\s|$)")
_NEXT_WORD = re.compile(r"(\s*)(\S*)")
_ROMAN = re.compile(r"[IVXLCDM]+")
_YEAR = re.compile(r"[12][0-9]{3}")
_LETTERS = re.compile(r"[^\W\d_]+")
_OPENING_MARKS = frozenset({LEFT_DOUBLE_LOW, LEFT_DOUBLE, LEFT_GUILLEMET, RIGHT_GUILLEMET, '"'})


def _glued(doc: Doc, end: int) -> Token | None:
    """The token that ends with the period ending at character ``end``, if it is more."""
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return None
    token = span[0]
    text = token.text
    if token.idx + len(text) != end or len(text) < 2 or "." in text[:-1]:
        return None
    stem = text[:-1]
    if (len(stem) == 1 and stem.isalpha()) or _ROMAN.fullmatch(stem):
        return None  # an initial or a Roman numeral
    return token


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


def split_sentence_periods(doc: Doc) -> Doc:
    """Split the period off each token that ends a sentence with it (in place)."""
    text = doc.text
    if "." not in text:
        return doc
    openers = words("sentence_openers")
    glued = []
    for match in _CANDIDATE.finditer(text):
        token = _glued(doc, match.end())
        if token is not None and ends_sentence(token.text[:-1], text[match.end() :], openers):
            glued.append(token)
    if glued:
        with doc.retokenize() as retokenizer:
            for token in glued:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


@Language.component("claimex_sentence_periods", assigns=["token.text"])
def sentence_periods(doc: Doc) -> Doc:
    """The ``claimex_sentence_periods`` component (see the module docstring)."""
    return split_sentence_periods(doc)
