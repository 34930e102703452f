"""Span rules of the entity stage that drop NER spans which are no names: lower-case and
listed words, adjectives, place derivations ("Nürnberger"), common nouns and compounds,
words of other parts of speech, a role before a name, titles after adjectives, plural
subjects, single letters and the first parts of truncated compounds ("Click-")."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from spacy.tokens import Doc, Token

from claimex.components.actors import common_compound
from claimex.components.common_nouns import (
    name_shaped,
    named_context,
    noun_stems,
    unknown_word,
    used_as_noun,
)
from claimex.components.doctokens import sentence_starts, token_view
from claimex.components.entity_check import MIN_SENTENCES
from claimex.components.figures.grammar import load_grammar
from claimex.components.figures.tokens import year_shaped
from claimex.components.labels import ADJECTIVES, PROPER_NOUN_TAGS
from claimex.components.name_repair import is_institution_head
from claimex.components.namewords import (
    gazetteer_places,
    is_org_description,
    is_place_derivation,
    is_role_form,
    lexicon_entry,
    role_base,
)
from claimex.components.place_names import is_place_head
from claimex.components.word_checks import WordCheck, wiktionary_nouns
from claimex.lexicon import counts, words
from claimex.text import QUOTE_CHARS

# Parts of speech a one-word name never has.
NOT_NAME_POS = frozenset(
    {"ADV", "ADP", "AUX", "VERB", "PRON", "DET", "CCONJ", "SCONJ", "PART", "PUNCT", "NUM"}
)


def strip_genitive(text: str) -> str:
    return text[:-1] if text.endswith("s") and len(text) > 4 else text


def drop_lowercase_word(
    doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None
) -> tuple[int, int] | None:
    """A one-word span that is written in lower case elsewhere in the language: its
    lower-cased form is a word of the lemma table ("Empört", "Unklar", "Rein" at a sentence
    start), and the document does not repeat it. Capitalised only by its position or
    as a nominalised adjective, it is no name; all-capital words, listed first names and
    lexicon/known_names.txt stay."""
    if known is None or end - start != 1:
        return start, end
    text = token_view(doc).texts[start]
    if (
        text.isupper()
        or text == text.lower()
        or not known(text.lower())
        or text in words("first_names")
        or text in words("known_names")
        or token_view(doc).count(text) > 1
    ):
        return start, end
    return None


def drop_listed(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    text = token_view(doc).span_text(start, end)
    listed = text in words("not_entities") or _doctrine_word(text)
    return None if listed else (start, end)


def cut_listed_end(doc: Doc, start: int, end: int, label: str) -> tuple[int, int]:
    """A listed non-name word (lexicon/not_entities.txt) that ends a span of three words or
    more is no part of the name before it: the NER ran on into the next word ("Marco Reus
    Gelb" -> "Marco Reus" in "sah Marco Reus Gelb"); two words stay ("Russell Brand"), and
    so does an organisation's head noun of lexicon/org_name_heads.txt ("State Street Bank")
    and a word joined by "&" ("Johann Wülfing & Sohn", a firm's name)."""
    texts = token_view(doc).texts
    if end - start < 3 or texts[end - 1] not in words("not_entities"):
        return start, end
    if label == "ORG" and texts[end - 1] in words("org_name_heads"):
        return start, end  # "State Street Bank": the organisation's own head noun
    if texts[end - 2] == "&":
        return start, end  # "Johann Wülfing & Sohn": a firm's name joined by "&"
    return start, end - 1


def _doctrine_word(text: str) -> bool:
    """A one-word noun for a doctrine or movement ("Nationalsozialismus"; hyphenated
    compounds such as "Anti-Imperialismus" too), by lexicon/doctrine_suffixes.txt."""
    return (
        " " not in text
        and text[:1].isupper()
        and any(text.endswith(suffix) for suffix in words("doctrine_suffixes"))
    )


def drop_adjective(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """ "russische", "US-amerikanischen", "Klar" at a sentence start; a MISC of letters
    and digits is a model's name, whatever the tagger calls it ("i10": :func:`code_word`)."""
    if end - start != 1 or doc[start].pos_ not in ADJECTIVES:
        return start, end
    return (start, end) if label == "MISC" and code_word(doc[start].text) else None


def drop_place_derivation(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A one-word span derived from a known place by a suffix of
    lexicon/place_derivation_suffixes.txt ("Nürnberger", "Kubaner": its
    people, or the adjective before a noun) is no name (gold FORMAT.md); a person's name
    ("Wiener") and places that end so ("Hannover") stay."""
    if end - start != 1 or label == "PER":
        return start, end
    text = token_view(doc).texts[start]
    if text in gazetteer_places():
        return start, end
    return None if is_place_derivation(text) else (start, end)


def drop_place_noun(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """An ORG or LOC of a place derivation and one common noun ("Pariser Rathaus",
    "Hamburger Gesundheitsamts", "Bagdader Krankenhäusern") describes a body, building or
    part of a place by its seat: the -er word is an adjective and the noun decides, so it is
    no name (gold FORMAT.md). A LOC whose noun is a word for a kind of place stays
    ("Hamburger Hafen", "Potsdamer Platz", "Weimarer Republik";
    :func:`~claimex.components.place_names.is_place_head`), and so does one whose noun is a
    place of the gazetteer: the adjective names a part of it ("Freiburger Alpen"),
    and a listed name ("Wiener Linien") comes back from the gazetteer. A newspaper is named
    so, and a news medium is an ORG by the gold conventions: an ORG whose noun is an entry
    of lexicon/media_nouns.txt stays ("Basler Zeitung", "Thurgauer Wochenblatt")."""
    if label not in ("ORG", "LOC") or end - start != 2 or not common_noun_tag(doc[start + 1]):
        return start, end
    noun = token_view(doc).texts[start + 1]
    if label == "LOC" and (
        is_place_head(noun)
        or is_org_description(noun)
        or is_institution_head(noun)
        or noun in gazetteer_places()
    ):
        return start, end
    if label == "ORG" and lexicon_entry(noun, "media_nouns"):
        return start, end  # a newspaper named by its town: "Erkelenzer Zeitung"
    if drop_place_derivation(doc, start, start + 1, "ORG") is not None:
        return start, end
    return None


_MIN_LEMMA_HEAD = 8  # letters of a lemma-table base form that ends a compound PER


def _listed_word(text: str) -> bool:
    """lexicon/common_nouns.tsv lists the word itself, with or without an inflection
    ending ("Armut"), not only a compound head of it, or it is a form of a Wiktionary
    common noun that the lemma table lacks (lexicon/wiktionary_nouns.txt: "Bongos")."""
    nouns = counts("common_nouns")
    forms = wiktionary_nouns()
    return text in forms or any(nouns.get(stem, 0) >= 1 for stem in noun_stems(text))


def drop_common_compound(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    common: Container[str] = frozenset(),
    lemmas: Container[str] = frozenset(),
    known: WordCheck | None = None,
    exact: WordCheck | None = None,
) -> tuple[int, int] | None:
    """A one-word PER or LOC that is a compound ending in a German word form of six
    letters or more ("Nobelpreisträger", "Onlinemedien", "Auslagerungsdateien": the tagger
    took it for a proper noun) is no name; known places, listed first names and
    lexicon/known_names.txt stay. ``common`` holds the forms of the pipeline's lemma table
    (:func:`~claimex.components.actors.common_compound`). A PER also goes where its head of
    eight letters or more is one of the table's base forms (``lemmas``: "Wahlergebnis",
    "Gymnasialreferendar"; place names end in such words more often: "Niederlanden"), and a
    PER or LOC that lexicon/common_nouns.tsv lists as a word of its own ("in Armut") or
    that lexicon/wiktionary_nouns.txt lists ("Bongos"). A LOC that is a street or square
    name written together stays (:func:`street_name`: "Dönhoffplatzes"), and so does a
    place name on a listed ending (:func:`place_name_ending`: "Baltringen")."""
    if end - start != 1 or label not in ("PER", "LOC"):
        return start, end
    text = token_view(doc).texts[start]
    if (
        (
            label == "LOC"
            and (
                street_name(text)
                or place_name_ending(text)
                or named_place_compound(text, known, exact)
            )
        )
        or text in gazetteer_places()
        or strip_genitive(text) in gazetteer_places()
        or text in words("known_names")
        or not (
            common_compound(text, common)
            or (label == "PER" and common_compound(text, lemmas, min_head=_MIN_LEMMA_HEAD))
            or (text not in words("first_names") and _listed_word(text))
        )
    ):
        return start, end
    return None


def drop_common_noun(
    doc: Doc,
    start: int,
    end: int,
    label: str,
    known: WordCheck | None = None,
    exact: WordCheck | None = None,
) -> tuple[int, int] | None:
    """A one-word common noun ("Gesprächen"); the gazetteer restores known places, and
    words the training corpora know as names stay ("Müller", "Brandenburg"). A place that
    the lemma table ``known`` does not know as a German word stays after a preposition of
    place ("in Chabarowsk"), and also after the noun that says what it is or coordinated
    with a name when lexicon/common_nouns.tsv does not list it either and no determiner or
    numeral makes it a common noun ("Siedlung Tapuah"): the tagger's common-noun tag on it
    is a guess. A street or square name written together stays a LOC (:func:`street_name`:
    "Kirchenstraße", "Judenplatz"), and so does a place name on a listed ending
    (:func:`place_name_ending`: "Geichlingen"). A MISC of letters and digits is a model's
    or type's name (:func:`code_word`: "T3"), a MISC of capitals that is no currency nor a
    Roman numeral a product's or a work's name (:func:`_capitals_name`: "METROPOLIS",
    "SCALEO"), and a MISC alone in quotation marks a title ("„Tatort“", "„Avatar“"),
    whatever the tagger calls them."""
    if end - start != 1:
        return start, end
    first = doc[start]
    if label == "LOC" and (
        street_name(first.text)
        or place_name_ending(first.text)
        or named_place_compound(first.text, known, exact)
        or linked_place_name(first.text)
        or _unknown_after_place_preposition(doc, start, known)
        or _unknown_bare_word(first, known)
    ):
        return start, end
    if label == "MISC" and (code_word(first.text) or _capitals_name(first.text)):
        return start, end
    if label == "MISC" and _quoted_alone(doc, start):
        return start, end
    noun = _person_noun(first) if label == "PER" else common_noun_tag(first)
    if noun and (label != "ORG" or _plain_noun(first)) and first.text not in words("known_names"):
        return None
    return start, end


def _person_noun(token: Token) -> bool:
    """A PER's one word is a common noun where the UD tag says NOUN, unless the STTS tag
    says proper noun (NE) in a text too short for the learned entity check
    (:data:`entity_check.MIN_SENTENCES`): where the two taggers disagree ("Pasolini",
    "Halffter", "Onken" NE/NOUN) a single sentence has no other mention that could restore
    the name (``propagate_names``), so the fine tag's reading as a name stands with the
    NER's (GermEval 2014 test: 22 of the 23 one-word PER so tagged that the drop removed
    are right). In an article a surname so tagged alone is no evidence of a person (the
    Wikinews dev split: +3 false spans, one actor, without the length condition)."""
    if token.pos_ != "NOUN":
        return False
    return token.tag_ not in PROPER_NOUN_TAGS or len(sentence_starts(token.doc)) >= MIN_SENTENCES


def _capitals_name(text: str) -> bool:
    """Whether ``text`` is a word of two capital letters or more that is no currency
    code or name of figure_grammar.json in capitals, nor a Roman numeral ("METROPOLIS",
    "DS"; not "EUR", "EURO", "XX")."""
    return (
        len(text) >= 2
        and text.isalpha()
        and text.isupper()
        and text not in _currency_words()
        and not _ROMAN_NUMERAL.fullmatch(text)
    )


_ROMAN_NUMERAL = re.compile("[IVXLCDM]+")  # a number ("XX"), no name


@cache
def _currency_words() -> frozenset[str]:
    """The currency words and ISO codes that figures read (figure_grammar.json)."""
    currencies = load_grammar().currencies
    return frozenset(w.upper() for w in currencies) | frozenset(currencies.values())


def _quoted_alone(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` stands alone in quotation marks."""
    return _in_quotes(doc, i, i + 1)


def _in_quotes(doc: Doc, start: int, end: int) -> bool:
    """Whether quotation marks enclose tokens [start, end) whole."""
    return (
        start > 0
        and end < len(doc)
        and doc[start - 1].text in QUOTE_CHARS
        and doc[end].text in QUOTE_CHARS
    )


def code_word(text: str) -> bool:
    """Whether ``text`` is one word of letters and digits, a type or model designation
    ("T3", "S6", "E3"): German common nouns hold no digits, so the tagger's common-noun
    tag on such a word is a guess.

    Example:
        >>> code_word("T3"), code_word("A380"), code_word("Euro"), code_word("2010")
        (True, True, False, False)
    """
    return any(ch.isdigit() for ch in text) and any(ch.isalpha() for ch in text)


_MIN_STREET_MODIFIER = 3  # letters before the street word ("Heugasse"; not "Platz" alone)


def street_name(text: str) -> bool:
    """Whether ``text`` is one word that ends in a street or square word of
    lexicon/street_heads.txt after a capitalised first member, also in the genitive: a
    street or square name written together ("Kirchenstraße", "Heugasse",
    "Dönhoffplatzes"; Duden, Straßennamen).

    Example:
        >>> street_name("Judenplatz"), street_name("Dönhoffplatzes"), street_name("Platz")
        (True, True, False)
    """
    if not text[:1].isupper() or not text.isalpha():
        return False
    lower = text.lower()
    return any(
        lower.endswith(suffix) and len(lower) - len(suffix) >= _MIN_STREET_MODIFIER
        for suffix in _street_suffixes()
    )


@cache
def _street_suffixes() -> tuple[str, ...]:
    """The street words of lexicon/street_heads.txt with their genitive endings."""
    return tuple(head + ending for head in words("street_heads") for ending in ("", "s", "es"))


def linked_place_name(text: str) -> bool:
    """Whether ``text`` is a French place name of capitalised parts that lower-case
    prepositions or articles of lexicon/place_name_links.txt link with hyphens
    ("Grez-sur-Loing", "Neuilly-sur-Seine", "Port-au-Prince").

    Example:
        >>> linked_place_name("Grez-sur-Loing"), linked_place_name("Bild-im-Bild")
        (True, False)
    """
    parts = text.split("-")
    if len(parts) < 3 or not parts[0][:1].isupper() or not parts[-1][:1].isupper():
        return False
    inner = parts[1:-1]
    links = words("place_name_links")
    return any(part in links for part in inner) and all(
        part in links or part[:1].isupper() for part in inner
    )


_MIN_NAME_MEMBER = 4  # letters of the name before the place word ("Tana" + "see")


def named_place_compound(text: str, known: WordCheck | None, exact: WordCheck | None) -> bool:
    """Whether ``text`` is one word of a name and a word for a kind of place written
    together ("Vichtbachtal", "Hagenbachstadion", "Tanasee", "Luisenstadt"): a place word
    of lexicon/place_compound_heads.txt, place_adjective_heads.txt, place_kind_nouns.txt or
    place_compound_tails.txt ends it (also in the genitive) after a first member of four
    letters or more that the lemma table ``known`` does not know as German or that derives
    from a known place ("Genfer"). A first member that German knows makes a common noun
    ("Stausee", "Sporthalle", "Hochgebirge"), and so does a word whose end is longer than
    the place word and a word of the lemma table as it stands (``exact``: "Senator",
    "Bankensektor", "Quartal", where "tor" or "tal" only looks like the place word)."""
    if known is None or exact is None or not text[:1].isupper() or not text.isalpha():
        return False
    lower = text.lower()
    heads = _place_heads()
    # the longest place word that leaves a first member of four letters or more: one set
    # look-up per place where the word could end (not one test per listed place word)
    for start in range(_MIN_NAME_MEMBER, len(lower)):
        if lower[start:] in heads:
            first = text[:start]
            return not any(exact(text[k:].capitalize()) for k in range(start)) and (
                unknown_word(first, known) or is_place_derivation(first)
            )
    return False


@cache
def _place_heads() -> frozenset[str]:
    """The place words of lexicon/place_compound_heads.txt, place_adjective_heads.txt,
    place_kind_nouns.txt and place_compound_tails.txt in lower case with their genitive
    endings."""
    heads = (
        words("place_compound_heads")
        | words("place_adjective_heads")
        | words("place_kind_nouns")
        | words("place_compound_tails")
    )
    return frozenset(head.lower() + ending for head in heads for ending in ("", "s", "es"))


_MIN_ENDING_NAME = 8  # letters of a place name on a listed ending ("Dingen" is a noun)


def place_name_ending(text: str) -> bool:
    """Whether ``text`` is a capitalised word of eight letters or more that ends in a
    place-name ending of lexicon/place_name_endings.txt, also in the genitive
    ("Baltringen", "Sigmaringens").

    Example:
        >>> place_name_ending("Baltringen"), place_name_ending("Dingen")
        (True, False)
    """
    if len(text) < _MIN_ENDING_NAME or not text[:1].isupper() or not text.isalpha():
        return False
    return text.lower().endswith(_place_name_suffixes())


@cache
def _place_name_suffixes() -> tuple[str, ...]:
    """The endings of lexicon/place_name_endings.txt, also in the genitive."""
    endings = sorted(words("place_name_endings"))
    return (*endings, *(ending + "s" for ending in endings))


def drop_common_word_misc(
    doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None
) -> tuple[int, int] | None:
    """A MISC of words that the lemma table ``known`` knows as written, none tagged a
    proper noun, is an ordinary phrase the recogniser took for a name ("Eisernen Lady",
    "Washingtoner Haus", "Konstitutionellen Monarchie"); the gazetteer restores listed
    names ("Internationale Raumstation"). One word alone in quotation marks is a title
    ("„Oscar“", "„Bubenkloster“"), as in :func:`drop_common_noun`, and so is a quoted
    phrase that a capitalised adjective begins inside its sentence
    (:func:`_quoted_adjective_name`: "„Kleinen Hobbit“")."""
    if known is None or label != "MISC":
        return start, end
    if end - start == 1 and _quoted_alone(doc, start):
        return start, end  # "„Gottesvergiftung“": a title, as in drop_common_noun
    if _quoted_adjective_name(doc, start, end):
        return start, end  # "„Kleinen Hobbit“": a capitalised adjective in a quoted title
    if all(
        doc[i].tag_ not in PROPER_NOUN_TAGS and doc[i].pos_ != "PROPN" and known(doc[i].text)
        for i in range(start, end)
    ):
        return None
    return start, end


def _quoted_adjective_name(doc: Doc, start: int, end: int) -> bool:
    """Whether quotation marks enclose the span whole and a capitalised attributive
    adjective (STTS ADJA) that does not open its sentence begins it ("im „Kleinen
    Hobbit“", "Die Titelgeschichte „Letzte Nacht“"): German writes such an adjective in
    lower case unless it is part of a name (Duden, Groß- und Kleinschreibung: Eigennamen).
    Our gold's quoted phrases of this shape are entities 38 times in 42 over the Wikinews
    train split (ORG 25, MISC 11, LOC 2)."""
    first = doc[start]
    return (
        first.tag_ == "ADJA"
        and first.text[:1].isupper()
        and not first.is_sent_start
        and _in_quotes(doc, start, end)
    )


def _unknown_bare_word(token: Token, known: WordCheck | None) -> bool:
    """A word that neither the lemma table ``known`` nor lexicon/common_nouns.tsv knows as
    German, shaped like a name, not used as a common noun (no determiner or numeral before
    it, no coordinated common noun) and standing where German puts a name: after the noun
    that says what it is or coordinated with a name ("Siedlung Tapuah", "Bahia, Maranhao
    und Piaui")."""
    return (
        known is not None
        and name_shaped(token.text)
        and unknown_word(token.text, known)
        and not used_as_noun(token)
        and named_context(token)
    )


def _unknown_after_place_preposition(doc: Doc, start: int, known: WordCheck | None) -> bool:
    """A word the lemma table does not know as German right after a preposition of place
    (lexicon/place_prepositions.txt: "in Chabarowsk", "nach Togliatti")."""
    return (
        known is not None
        and start > 0
        and doc[start - 1].lower_ in words("place_prepositions")
        and not known(doc[start].text)
    )


def drop_non_name_pos(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """ "Nun", "Bald" at a sentence start: a word of a part of speech names never have."""
    return None if end - start == 1 and doc[start].pos_ in NOT_NAME_POS else (start, end)


def drop_non_place_word(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A one-word LOC that is a form of a title or function (lexicon/roles.txt: "nach dem
    Bundespräsidenten") names a person's office, one on -isch names a language or is an
    adjective ("in Hebräisch"), and one right after a number is what it counts ("der 90 bis
    120 Trawniki"): never a place; places of the gazetteer stay. A place named like its
    people (lexicon/place_people_names.txt) right after a definite article is the people
    ("die Bayern siegten"), as the place takes no article. A single letter names no place
    ("in der Anlage N": a form, a block, a variant)."""
    if end - start != 1 or label != "LOC":
        return start, end
    text = token_view(doc).texts[start]
    if len(text) == 1:
        return None
    if text in words("place_people_names") and _after_article(doc, start):
        return None
    if text in gazetteer_places() or not (
        is_adjective_word(text)
        or role_base(text, doc[start].lemma_) is not None
        or _counted(doc, start)
    ):
        return start, end
    return None


_DEFINITE_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})  # German grammar


def _after_article(doc: Doc, start: int) -> bool:
    """Right after a definite article ("die", "den", "der"; STTS ART)."""
    return (
        start > 0 and doc[start - 1].tag_ == "ART" and doc[start - 1].lower_ in _DEFINITE_ARTICLES
    )


def _counted(doc: Doc, start: int) -> bool:
    """The word right after a cardinal number that is no year: what the number counts
    ("der 90 bis 120 Trawniki"), a common noun or people, never a place."""
    if start == 0:
        return False
    before = doc[start - 1]
    if before.tag_ != "CARD" or not before.like_num:
        return False
    return not year_shaped(before.text)


# German word formation (Duden Grammatik: Adjektivsuffix -isch): "Hebräisch", "Englisch".
_ADJECTIVE_SUFFIX = "isch"


def is_adjective_word(text: str) -> bool:
    """A word on -isch: an adjective or a language's name, no place ("in Hebräisch").

    Example:
        >>> is_adjective_word("Hebräisch"), is_adjective_word("Fischbach")
        (True, False)
    """
    return text.endswith(_ADJECTIVE_SUFFIX)


def common_noun_tag(token: Token) -> bool:
    """A common noun by the UD tag or the STTS tag (NN), which disagree at times."""
    return token.pos_ == "NOUN" or token.tag_ == "NN"


def _plain_noun(token: Token) -> bool:
    """A common noun that does not look like an organisation's name: not all capitals,
    not a word for a kind of organisation ("Bundesregierung" stays)."""
    return not token.text.isupper() and not is_org_description(token.text)


def drop_title_phrase(
    doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None
) -> tuple[int, int] | None:
    """A PER of capitalised adjectives and a title or function ("Regierenden
    Bürgermeisters", "Stellvertretende Vorsitzende") names no one: a title stands outside
    the name. A one-word title is left alone (it is also a surname: "Richter", "Kaiser").
    ``known``: whether a word is a German word as written in lower case (the lemma table);
    without it only words the tagger calls adjectives count."""
    if label != "PER" or end - start < 2:
        return start, end
    texts = token_view(doc).texts
    if not is_role_form(texts[end - 1]):
        return start, end
    for i in range(start, end - 1):
        text = texts[i]
        adjective = doc[i].pos_ in ADJECTIVES or (known is not None and known(text.lower()))
        if not (text[:1].isupper() and adjective and text not in words("first_names")):
            return start, end
    return None


def drop_single_letter(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A one-word PER of a single letter ("Plan B", the numeral of "Dresden I") is no
    person's name: an initial that stands for one is written with its full stop ("Heidi
    K.")."""
    if label == "PER" and end - start == 1 and len(token_view(doc).texts[start]) == 1:
        return None
    return start, end


def drop_truncated_compound(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A span ending in a hyphen is the first part of a compound whose head follows after a
    conjunction ("Click- und Crowdworker", "Ein- und Ausreise"): no name."""
    text = token_view(doc).texts[end - 1]
    return None if len(text) > 1 and text.endswith("-") else (start, end)
