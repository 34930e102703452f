"""Agreement and the resolver's word lists: gender and number of pronouns, nouns and actors.

The word lists are ``lexicon/speakers.json`` (each described under its ``_about``). A
pronoun's gender and number come from ``token.morph`` where the tagger gives them, else
from the word itself; a noun's gender from the lexicon and noun suffixes; an actor's from
its role nouns, its first name or its description nouns.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import compress
from types import MappingProxyType

from spacy.tokens import Token

from claimex.components.doctokens import feature_values, has_feature
from claimex.components.entities import is_org_description, is_role_word
from claimex.components.linking import Referent
from claimex.lexicon import table

AGE_ENDINGS = ("-Jährige", "-Jähriger", "-Jährigen")


Gender = str  # "Masc", "Fem", "Neut"


@dataclass
class PronounFeatures:
    """Number and possible genders of a pronoun or description."""

    plural: bool | None
    genders: frozenset[Gender] = field(default_factory=frozenset)


def lexicon_table() -> dict[str, object]:
    data: dict[str, object] = table("speakers")
    return data


@cache
def lex_map(key: str) -> Mapping[str, str]:
    """A word map of ``lexicon/speakers.json`` (read once; read-only)."""
    value = lexicon_table()[key]
    return MappingProxyType(dict(value) if isinstance(value, dict) else {})


def speaker_lexicon(key: str) -> tuple[str, ...]:
    """A word list of ``lexicon/speakers.json``."""
    return lex_list(key)


@cache
def lex_list(key: str) -> tuple[str, ...]:
    """A word list of ``lexicon/speakers.json`` (read once: the resolver asks per token)."""
    value = lexicon_table()[key]
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def noun_gender(word: str) -> Gender | None:
    """Grammatical gender of a German noun by lexicon and suffix rules.

    Example:
        >>> noun_gender("Denkfabrik"), noun_gender("Geheimdienstchef"), noun_gender("Ministerin")
        ('Fem', 'Masc', 'Fem')
    """
    word = word.split("-")[-1] if "-" in word and not word.endswith("-") else word
    nouns = lex_map("noun_genders")
    if word in nouns:
        return nouns[word]
    lower = word.lower()
    for suffix, gender in _suffix_genders():
        if lower.endswith(suffix):
            return gender
    if is_role_word(word):
        return "Fem" if lower.endswith(("in", "innen")) else "Masc"
    return None


@cache
def _suffix_genders() -> tuple[tuple[str, Gender], ...]:
    """``suffix_genders``, longest suffix first (ties in the lexicon's order), sorted once."""
    return tuple(sorted(lex_map("suffix_genders").items(), key=lambda kv: -len(kv[0])))


def org_compound(word: str) -> bool:
    """A compound ending in an organisation word ("Umweltschutzorganisation") or in a
    body noun of ``body_suffixes`` ("Expertengremium", "Gremium")."""
    lower = word.lower()
    if lower.endswith(lex_list("body_suffixes")):
        return True
    return any(
        lower.endswith(head) and len(lower) > size + 2 for head, size in _org_compound_heads()
    )


@cache
def _org_compound_heads() -> tuple[tuple[str, int], ...]:
    """``org_compound_heads`` lowercased, each with the length of its entry."""
    return tuple((entry.lower(), len(entry)) for entry in lex_list("org_compound_heads"))


def morph(token: Token, key: str) -> list[str]:
    return list(feature_values(token, key))


_PRONOUNS: list[Mapping[str, str]] = []  # lex_map("pronouns"), once read


def _pronoun_specs() -> Mapping[str, str]:
    """``lex_map("pronouns")`` without a cached call per token (the ranker asks of every
    token of its windows)."""
    if not _PRONOUNS:
        _PRONOUNS.append(lex_map("pronouns"))
    return _PRONOUNS[0]


def is_personal_pronoun(token: Token) -> bool:
    return token.lower_ in (_PRONOUNS[0] if _PRONOUNS else _pronoun_specs())


def is_personal_pronoun_word(lower: str) -> bool:
    """:func:`is_personal_pronoun` of a token whose ``lower_`` is ``lower`` (no ``Token``
    needed): ``is_personal_pronoun_word("er")``."""
    return lower in (_PRONOUNS[0] if _PRONOUNS else _pronoun_specs())


def personal_pronoun_positions(lowers: Sequence[str], start: int, end: int) -> list[int]:
    """The positions ``i`` in [start, end) where :func:`is_personal_pronoun_word` holds of
    ``lowers[i]`` (the tokens' ``lower_``), in order, in one C-level pass.

    Example:
        >>> personal_pronoun_positions(["und", "er", "sagte", "sie"], 0, 4)
        [1, 3]
    """
    pronouns = _PRONOUNS[0] if _PRONOUNS else _pronoun_specs()
    return list(compress(range(start, end), map(pronouns.__contains__, lowers[start:end])))


def number_by_word(token: Token) -> bool:
    """Whether :func:`pronoun_features` gives a personal pronoun the same features with
    every verb (not None): its word decides its number (all but "sie")."""
    lower = token.lower_
    spec = _pronoun_specs().get(lower)
    return spec is not None and lower != "sie" and (spec == "Plur" or "Plur" not in spec)


def pronoun_features(token: Token, verb: Token | None) -> PronounFeatures:
    """Number and gender of a third-person pronoun, by morphology or by the word."""
    lower = token.lower_
    spec = _pronoun_specs().get(lower, "")
    genders = frozenset(g for g in ("Masc", "Fem", "Neut") if g in spec)
    plural: bool | None = None
    if spec == "Plur":
        plural = True
    elif "Plur" not in spec:
        plural = False
    number = morph(token, "Number")
    if lower == "sie" and verb is not None and morph(verb, "Number"):
        number = morph(verb, "Number")  # the verb's agreement decides "sie"
    if number and lower == "sie":
        plural = number[0] == "Plur"
    if plural is None and verb is not None:
        verb_number = morph(verb, "Number")
        if verb_number:
            plural = verb_number[0] == "Plur"
        else:
            plural = verb.lower_.endswith("en") and verb.lower_ not in ("kam", "nahm")
    # A possessive reading ("ihr Buch") carries the possessed noun's gender, not the
    # referent's: keep the word's own features then ("Ihr zufolge").
    gender = (
        morph(token, "Gender")
        if not has_feature(token, "Poss", "Yes") and token.pos_ in ("PRON", "")
        else []
    )
    if gender and not plural:
        genders = frozenset(gender)
    if plural:
        genders = frozenset()
    return PronounFeatures(plural=plural, genders=genders)


def referent_genders(referent: Referent) -> frozenset[Gender]:
    found: set[Gender] = set()
    if referent.label == "PER":
        for role in referent.roles:
            head = role.split()[-1] if role.split() else role
            if is_role_word(head):
                found.add("Fem" if head.lower().endswith("in") else "Masc")
        first = referent.name.split()[0] if len(referent.name.split()) > 1 else ""
        if (
            first.endswith("a")
            and first[:1].isupper()
            and first not in lex_list("masculine_names_in_a")
        ):
            found.add("Fem")
        # a description's noun ("die Ministerin"); names carry no reliable morphology
        for span in referent.spans:
            if span[0].pos_ == "NOUN" and not span[0].ent_type_:
                found.update(g for g in morph(span[0], "Gender") if g != "Neut")
    else:
        for role in referent.roles:
            words = role.split()
            if not words:
                continue
            gender = noun_gender(words[-1])
            if gender:
                found.add(gender)
        for word in referent.name.split():
            if is_org_description(word):
                gender = noun_gender(word)
                if gender:
                    found.add(gender)
        if not found:
            gender = noun_gender(referent.name.split()[-1]) if referent.name.split() else None
            if gender and referent.name in lex_map("noun_genders"):
                found.add(gender)
    return frozenset(found) if len(found) == 1 else frozenset()


def genitive_base(token: Token) -> str:
    """A noun without its genitive singular ending where its determiner or its morphology
    says genitive ("eines US-Forschers" -> "US-Forscher", "des Gremiums" -> "Gremium"),
    else the noun as it stands. Nouns in -s, -ss, -ß, -x, -z take "-es" ("des Prozesses")."""
    text = token.text
    if len(text) < 5 or not text.endswith("s") or text.endswith("ss"):
        return text  # as it stands, genitive or not (the test below reads the parse)
    left = token.doc[token.left_edge.i] if token.left_edge.i < token.i else None
    genitive = "Gen" in morph(token, "Case") or (
        left is not None and left.lower_ in lex_list("genitive_determiners")
    )
    if not genitive:
        return text
    if text.endswith(("ses", "ßes", "xes", "zes")):
        return text[:-2]
    return text[:-1]


def inanimate(word: str) -> bool:
    """A noun for a thing, by ``inanimate_nouns`` and ``inanimate_suffixes`` ("die
    Studie", "der Bericht", "die Zahlenreihen")."""
    return word in lex_list("inanimate_nouns") or word.lower().endswith(
        tuple(lex_list("inanimate_suffixes"))
    )
