"""Word-list look-ups shared by the entity stages: roles, organisation words, gazetteer."""

from __future__ import annotations

from collections.abc import Callable, Container
from functools import cache, lru_cache, partial

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Span

from claimex.components.common_nouns import noun_stems
from claimex.components.word_checks import lowercase_word_check, table_names
from claimex.lexicon import words


def without_name_particle(text: str) -> str:
    """A name word without a lower-case name particle joined to it by a hyphen, the
    Arabic article ("al-Gaddafi" -> "Gaddafi", "asch-Schahristani" -> "Schahristani");
    other words unchanged.

    Example:
        >>> without_name_particle("asch-Schahristani"), without_name_particle("Mercedes-Benz")
        ('Schahristani', 'Mercedes-Benz')
    """
    head, dash, rest = text.partition("-")
    if dash and rest[:1].isupper() and head in words("name_particles"):
        return rest
    return text


def opens_truncated_pair(word: str, next_word: str) -> bool:
    """Whether a capitalised truncated compound and a conjunction (lexicon/
    list_conjunctions.txt) open a pair that shares the next word's head ("Mittel- und
    Osteuropa"; Duden, Ergänzungsstrich).

    Example:
        >>> opens_truncated_pair("Mittel-", "und"), opens_truncated_pair("-", "und")
        (True, False)
    """
    return (
        len(word) > 2
        and word.endswith("-")
        and word[:1].isupper()
        and next_word.lower() in words("list_conjunctions")
    )


def is_role_word(text: str) -> bool:
    """Return whether ``text`` is a title or function noun ("Präsident", "Außenministerin").

    Example:
        >>> is_role_word("Außenministerin"), is_role_word("Putin")
        (True, False)
    """
    return in_lexicon(text, "roles")


_MIN_ROLE_STEM = 3  # letters a role word keeps without its ending ("Zar" of "Zaren")


@lru_cache(maxsize=1 << 16)
def role_base(text: str, lemma: str = "") -> str | None:
    """The listed title or function (lexicon/roles.txt) that ``text`` is a form of: the
    word itself, its capitalised ``lemma`` by the pipeline, or the word without a German
    noun ending (lexicon/noun_inflections.txt); None for other words.

    Example:
        >>> role_base("Präsidenten"), role_base("Bürgermeisters"), role_base("Putin")
        ('Präsident', 'Bürgermeister', None)
    """
    # (cached itself: the word tests skip is_role_word's cache)
    if lexicon_entry(text, "roles"):
        return text
    if lemma and lemma != text and lemma[:1].isupper() and lexicon_entry(lemma, "roles"):
        return lemma
    for stem in noun_stems(text, min_stem=_MIN_ROLE_STEM)[1:]:
        if lexicon_entry(stem, "roles"):
            return stem
    return None


def is_role_form(text: str, lemma: str = "") -> bool:
    """Whether ``text`` is a title or function in any inflected form ("des Präsidenten",
    "den Sprechern", "Kommissarinnen"); ``lemma``: the pipeline's lemma of the word."""
    return role_base(text, lemma) is not None


def is_org_description(text: str) -> bool:
    """Return whether ``text`` describes an organisation ("Denkfabrik", "Autokonzern").

    A German compound is headed by its last member, and the longest listed ending names
    it: a word that ends in a person's title of lexicon/roles.txt or a facility of
    lexicon/place_facility_nouns.txt which org_descriptions.txt would take by one of its
    suffixes is that title or facility, not an organisation word ("Erzbischof" ends in
    "Bischof" and "Betriebsbahnhof" in "Bahnhof", not in the "-hof" of "Gerichtshof";
    :func:`_other_heads`).

    Example:
        >>> is_org_description("Rechnungshof"), is_org_description("Erzbischof")
        (True, False)
    """
    return in_lexicon(text, "org_descriptions") and not text.lower().endswith(_other_heads())


@cache
def _other_heads() -> tuple[str, ...]:
    """The whole entries of lexicon/roles.txt and place_facility_nouns.txt that
    org_descriptions.txt would take for organisation words by one of its suffixes
    ("Bischof", "Bahnhof" by "-hof"), lower-case."""
    return tuple(
        sorted(
            entry.lower()
            for name in ("roles", "place_facility_nouns")
            for entry in words(name)
            if not entry.startswith("-")
            and entry not in words("org_descriptions")
            and lexicon_entry(entry, "org_descriptions")
        )
    )


@lru_cache(maxsize=1 << 17)
def in_lexicon(text: str, name: str) -> bool:
    """Whether ``text`` is an entry of ``lexicon/<name>.txt`` or ends with a \"-\" suffix entry."""
    return lexicon_entry(text, name)


def lexicon_entry(text: str, name: str) -> bool:
    """:func:`in_lexicon` without its cache, for callers that cache their own answer (a
    miss of the cache costs more than the test)."""
    entries = words(name)
    if text in entries:
        return True
    lower = text.lower()
    suffixes = _suffixes(name)
    # str.endswith(tuple) rules out most words at C speed before the exact test
    return lower.endswith(suffixes) and any(
        lower.endswith(suffix) and len(lower) > len(suffix) + 1 for suffix in suffixes
    )


@cache
def _suffixes(name: str) -> tuple[str, ...]:
    """The word endings ("-präsident" -> "präsident") of a lexicon, in a fixed order."""
    return tuple(sorted(entry[1:] for entry in words(name) if entry.startswith("-")))


def gazetteer_entries() -> list[tuple[str, str]]:
    """(label, name) pairs of ``lexicon/gazetteer.txt``, with German genitive forms."""
    entries: list[tuple[str, str]] = []
    for line in words("gazetteer"):
        label, _, name = line.partition("\t")
        if not name:
            continue
        entries.append((label, name))
        if not name.endswith(("s", "x", "z", "ß")) and name[-1].isalpha():
            entries.append((label, name + "s"))
    return entries


@cache
def gazetteer_organisations() -> frozenset[str]:
    """The gazetteer's organisation names (with genitive forms), built once per process."""
    return frozenset(name for label, name in gazetteer_entries() if label == "ORG")


@cache
def gazetteer_places() -> frozenset[str]:
    """The gazetteer's place names (with genitive forms)."""
    return frozenset(name for label, name in gazetteer_entries() if label == "LOC")


def lemma_forms(nlp: Language) -> Container[str]:
    """The inflected forms of the pipeline's lemma lookup table but the names among them
    (lexicon/lemma_table_names.txt); empty without a table, as in de_core_news_*."""
    for _, proc in nlp.pipeline:
        lookups = getattr(proc, "lookups", None)
        if isinstance(lookups, Lookups) and lookups.has_table("lemma_lookup"):
            return _TableWords(partial(_named_out, lookups.get_table("lemma_lookup")))
    return frozenset()


class _TableWords:
    """The forms and the lemmas of a lemma lookup table as one container: the table lists
    inflected forms as keys and base forms as values ("Ergebnisse" -> "Ergebnis"), so a
    base form is found among the values."""

    def __init__(self, check: Callable[[str], bool]) -> None:
        self._check = check

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self._check(word)


def _named_out(table: Container[str], word: str) -> bool:
    """A form of ``table`` that lexicon/lemma_table_names.txt does not list as a name."""
    return word in table and word not in table_names()


def lemma_words(nlp: Language) -> Container[str]:
    """The forms and lemmas of the pipeline's lemma lookup table (empty without one)."""
    check = lowercase_word_check(nlp)
    return frozenset() if check is None else _TableWords(check)


# What a place name may end in that its derivation drops before the suffix: nothing
# ("Berlin" -> "Berliner") or "-en" ("Erlangen" -> "Erlanger", "Dresden" -> "Dresdner",
# "Thüringen" -> "Thüringer"; German word formation, Duden "Einwohnerbezeichnungen").
_DROPPED_ENDINGS = ("", "en")


def is_place_derivation(text: str) -> bool:
    """A word that a suffix of lexicon/place_derivation_suffixes.txt derives from a known
    place, whose ending "-en" the suffix replaces ("Nürnberger", "Erlanger", "Münchner")."""
    places = gazetteer_places()
    return any(
        text.endswith(suffix) and text[: -len(suffix)] + ending in places
        for suffix in words("place_derivation_suffixes")
        for ending in _DROPPED_ENDINGS
    )


def genitive_place(span: Span | None) -> bool:
    """A LOC in the genitive -s (not the English "'s"): after a noun, an organisation word
    or a role it is the noun's attribute, not its name in apposition ("der Landesregierung
    Mecklenburgs", "Ministerpräsident Kanadas", "die Regierung Indonesiens", "der
    wichtigsten Nachwuchsserien Europas"; a name after its kind noun stays uninflected:
    "die Raumfähre Atlantis"). The one test of this for the entity stage (name repairs,
    role names, kind names, described organisations)."""
    if span is None or span.label_ != "LOC":
        return False
    last = span[-1].text
    return last.endswith("s") and last[-2:-1].isalpha()
