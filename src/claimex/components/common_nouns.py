"""Whether a capitalised word is a German common noun, by the lemma table and the noun list.

The tagger calls many one-word names common nouns (NN: "Tikrit", "Petrobaltic"), and the
pipeline's lemma lookup table misses many common nouns ("Kerosin", "Armut"). A word
counts as a common noun when the lemma table knows it (as written, in lower case, or as
the head of a compound, also without an inflection ending of
lexicon/noun_inflections.txt), or when lexicon/common_nouns.tsv (built by
``python -m models.common_nouns`` from UD German and the NER corpora) lists it or its
compound head at least :data:`MIN_NOUN_COUNT` times. :func:`used_as_noun` and
:func:`named_context` read how the sentence uses a word that neither knows.

Example:
    >>> listed_noun("Armut") and listed_noun("Kerosins")
    True
    >>> listed_noun("Petrobaltic")
    False
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from claimex.components.labels import (
    COMMON_NOUN_TAGS,
    CONJUNCT,
    CONTRACTED_ARTICLE,
    DETERMINER_TAGS,
    DETERMINERS,
    NUMERALS,
    PROPER_NOUN_TAGS,
)
from claimex.lexicon import counts, words

# How often annotated text must use a word as a common noun (lexicon/common_nouns.tsv):
# chosen on the German Wikinews train_a split, round 8.
MIN_NOUN_COUNT = 1
# A word right after an article or a fused preposition and article.
ARTICLE_TAGS = DETERMINER_TAGS | CONTRACTED_ARTICLE
# The shortest compound head looked up ("Rettungsboot" -> "Boot").
MIN_HEAD = 4


@cache
def _endings_by_last_letter() -> dict[str, tuple[str, ...]]:
    """The endings of lexicon/noun_inflections.txt by their last letter, each group in the
    order of the lexicon's set: a word is tested only against the endings it can have."""
    groups: dict[str, list[str]] = {}
    for ending in words("noun_inflections"):
        groups.setdefault(ending[-1], []).append(ending)
    return {last: tuple(group) for last, group in groups.items()}


def noun_stems(word: str, *, min_stem: int = MIN_HEAD) -> list[str]:
    """The word and the word without each inflection ending of lexicon/noun_inflections.txt
    that leaves ``min_stem`` letters."""
    return [word] + [
        word[: -len(ending)]
        for ending in _endings_by_last_letter().get(word[-1:], ())
        if word.endswith(ending) and len(word) - len(ending) >= min_stem
    ]


def _parts(stem: str) -> list[str]:
    """The stem and its compound heads of ``MIN_HEAD`` letters or more, capitalised."""
    return [stem, *(stem[i:].capitalize() for i in range(1, len(stem) - MIN_HEAD + 1))]


def listed_noun(word: str, *, min_count: int = MIN_NOUN_COUNT) -> bool:
    """Whether lexicon/common_nouns.tsv lists the word, or a compound head of it, with or
    without an inflection ending, at least ``min_count`` times."""
    nouns = counts("common_nouns")
    return any(
        nouns.get(part, 0) >= min_count for stem in noun_stems(word) for part in _parts(stem)
    )


def unknown_word(word: str, known: Callable[[str], bool]) -> bool:
    """Neither the lemma table (``known``: as written, in lower case, or without an
    inflection ending) nor the noun list knows the word: the tagger's common-noun tag on
    it is a guess ("Petrobaltic", "Maranhao")."""
    return not (
        known(word.lower()) or any(known(stem) for stem in noun_stems(word)) or listed_noun(word)
    )


def name_shaped(word: str) -> bool:
    """Capitalised, every hyphenated part too ("Strangio-Nirta", not "Stand-alone-Playern"),
    and no abbreviation with a full stop ("Nr.")."""
    return not word.endswith(".") and all(part[:1].isupper() for part in word.split("-"))


def used_as_noun(token: Token) -> bool:
    """A determiner or numeral before the word in its phrase ("die Einschleusung",
    "256 Megabyte", "zum Ajatollah"), or a conjunct of a common noun outside any name
    ("Parlament und Ministerrat"): the word is used as a common noun."""
    if any(child.pos_ in DETERMINERS or child.pos_ in NUMERALS for child in token.lefts):
        return True
    if token.i > 0 and token.doc[token.i - 1].tag_ in ARTICLE_TAGS:
        return True
    return any(
        (other.pos_ == "NOUN" or other.tag_ in COMMON_NOUN_TAGS) and not other.ent_type_
        for other in _coordinated(token)
    )


def named_context(token: Token) -> bool:
    """The word stands where German puts a name: right after the common noun that says what
    it is ("Siedlung Tapuah", "Stadtteil Mokattam"), or coordinated with a name ("Bahia,
    Maranhao und Piaui")."""
    doc = token.doc
    if token.i > 0 and doc[token.i - 1].tag_ in COMMON_NOUN_TAGS:
        return True
    return any(
        other.pos_ == "PROPN" or other.tag_ in PROPER_NOUN_TAGS or bool(other.ent_type_)
        for other in _coordinated(token)
    )


def _coordinated(token: Token) -> list[Token]:
    """The words coordinated with ``token``: its conjuncts and the head of its conjunction."""
    others = list(token.conjuncts)
    if token.dep_ in CONJUNCT and token.head not in others:
        others.append(token.head)
    return [other for other in others if other.i != token.i]
