"""Whether a word is German, by the pipeline's lemma lookup table: the test the entity
rules use to tell a common word from a foreign name ("Arbeitsrechtsexperte" from "Hailu").

The table lists many names among its forms ("Irak", "Herborn"); those that annotated text
uses as names and hardly ever as nouns (lexicon/lemma_table_names.txt, built by
``python -m models.lemma_names``) count as no German word, whole or as a compound part.
The table misses many plain nouns ("Polizei", "Justiz"): the forms of Wiktionary's common
nouns that it does not know (lexicon/wiktionary_nouns.txt, built by
``python -m models.wiktionary_nouns``) count as German too, whole or as a compound head of
at least :data:`WIKTIONARY_HEAD` letters ("Raketenverteidigung").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, partial

from spacy.language import Language
from spacy.lookups import Lookups, Table

from claimex.lexicon import words

WordCheck = Callable[[str], bool]
"""Whether a word is a German word (:func:`german_word_check`)."""


def german_word_check(nlp: Language, *, wiktionary: bool = True) -> WordCheck | None:
    """Whether a word is German by the pipeline's lemma lookup table: one of its forms or
    lemmas, or a compound ending in one ("Fußballnationaltorwart" -> "Torwart"), and, with
    ``wiktionary``, by lexicon/wiktionary_nouns.txt; None for a pipeline without the table
    (then every word counts as German). The answers for the last ``_CHECKED_WORDS``
    distinct words are kept (a word tries up to one table look-up per compound head, and
    the entity rules ask about the same words again and again)."""
    for _, proc in nlp.pipeline:
        lookups = getattr(proc, "lookups", None)
        if isinstance(lookups, Lookups) and lookups.has_table("lemma_lookup"):
            nouns = wiktionary_nouns() if wiktionary else frozenset()
            return lru_cache(maxsize=_CHECKED_WORDS)(
                partial(_german_word, lookups.get_table("lemma_lookup"), nouns)
            )
    return None


_CHECKED_WORDS = 1 << 15
# The shortest compound head looked up in lexicon/wiktionary_nouns.txt: Wiktionary lists
# many short rare nouns that end names ("Sangatte" is no compound of "Gatte", "Benedikts"
# none of "Edikts"; with 4, as for the lemma table, train_b lost these two true names).
WIKTIONARY_HEAD = 8


def table_names() -> frozenset[str]:
    """The lemma table's entries that name a person or place (lexicon/lemma_table_names.txt)."""
    return words("lemma_table_names")


def wiktionary_nouns() -> frozenset[str]:
    """Forms of German common nouns the lemma table lacks (lexicon/wiktionary_nouns.txt)."""
    return words("wiktionary_nouns")


def _german_word(table: Table, nouns: frozenset[str], word: str) -> bool:
    names = table_names()
    if word in names:
        return False
    lemmas = _lemmas(table)
    if word in table or word in lemmas or word in nouns:
        return True
    heads = (word[i:].capitalize() for i in range(1, len(word) - 3))
    return any(
        (part in table or part in lemmas or (len(part) >= WIKTIONARY_HEAD and part in nouns))
        and part not in names
        for part in heads
    )


_LEMMAS: dict[int, tuple[Table, frozenset[str]]] = {}


def _lemmas(table: Table) -> frozenset[str]:
    """The lemmas of a lookup table, read once per table (``dict.values`` walks the
    table's entries without ``OrderedDict``'s linked list: 355,000 lemmas in about 20 ms of
    CPU instead of 90; the set is the same)."""
    cached = _LEMMAS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = (table, frozenset(map(str, dict.values(table))))
        _LEMMAS[id(table)] = cached
    return cached[1]


def lowercase_word_check(nlp: Language) -> WordCheck | None:
    """Whether a word is one of the forms or lemmas of the pipeline's lemma lookup table as
    it stands, without compound parts; None for a pipeline without the table."""
    for _, proc in nlp.pipeline:
        lookups = getattr(proc, "lookups", None)
        if isinstance(lookups, Lookups) and lookups.has_table("lemma_lookup"):
            return partial(_table_word, lookups.get_table("lemma_lookup"))
    return None


def _table_word(table: Table, word: str) -> bool:
    return (word in table or word in _lemmas(table)) and word not in table_names()


SplitCheck = Callable[[str, str], bool]
"""Whether two runs of letters, split with a hyphen at a line break, are one word
(:func:`split_word_check`)."""


def split_word_check(nlp: Language) -> SplitCheck | None:
    """Whether ``first`` and ``second`` (a hyphen and a line break between them,
    "Bundes-\\nregierung") are one word split at the break. After a capitalised run (a
    noun's start), joined they are a German word, also as a compound
    (:func:`german_word_check`: "Sozialversicherungs-\\nbeiträge"), and ``second`` is no
    word of the lemma table as it stands; after a lower-case run, joined they are a word
    of the table as it stands ("verein-\\nbart"): a hyphenated compound of two words
    keeps its hyphen ("britisch-\\nfranzösische"). None for a pipeline without the
    table."""
    joined, plain = german_word_check(nlp), lowercase_word_check(nlp)
    if joined is None or plain is None:
        return None
    return partial(_split_word, joined, plain)


def _split_word(joined: WordCheck, plain: WordCheck, first: str, second: str) -> bool:
    if first[:1].isupper():
        return joined(first + second) and not plain(second)
    return plain(first + second)
