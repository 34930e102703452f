"""Span helpers of the entity stage (``claimex_entities``): the span rules that move a
span's bounds (brackets, lower-case words, titles, edges), a person's name after an
article, and the propagation of a name to its other mentions. The rule tables that name
them are in :mod:`claimex.components.entities`."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from claimex.components.acronyms import is_acronym
from claimex.components.doctokens import token_texts, token_view
from claimex.components.entity_drops import (
    NOT_NAME_POS,
    code_word,
    common_noun_tag,
    strip_genitive,
)
from claimex.components.entity_products import is_road_name
from claimex.components.figures.grammar import parse_number_word
from claimex.components.labels import (
    ADJECTIVES,
    ATTRIBUTIVE_ADJECTIVE,
    COMMON_NOUN_TAGS,
    CONTRACTED_ARTICLE,
    DETERMINERS,
    PREPOSITION_TAGS,
    PROPER_NOUN_TAGS,
)
from claimex.components.name_repair import is_institution_head
from claimex.components.namewords import gazetteer_places, is_org_description, is_role_word
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words
from claimex.text import APOSTROPHES, QUOTE_CHARS, is_handle

if TYPE_CHECKING:
    from claimex.components.entities import EntityNormalizer

# An e-mail address as one token: a local part, "@" and a domain with its ending
# ("redaktion@ndr.de", "games@derStandard.at").
_EMAIL = re.compile(r"[\w.+-]+@(?:[\w-]+\.)+[^\W\d_]{2,}")


def keep_bounds(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The span rule of ``split_brackets``: the split itself runs before the span rules
    (:meth:`EntityNormalizer.__call__`), since it makes two spans of one."""
    return start, end


def split_open_bracket(ent: Span) -> list[Span]:
    """An NER span whose bracket runs to its end is two names: "Wapakoneta (Ohio)" ->
    "Wapakoneta", "Ohio"; "Parti Socialiste (PS" -> "Parti Socialiste", "PS". A bracket
    inside the name stays ("Voreqe (Frank) Bainirama")."""
    texts = token_texts(ent.doc)
    for i in range(ent.start + 1, ent.end - 1):
        if texts[i] in ("(", "["):
            close = ")" if texts[i] == "(" else "]"
            rest = texts[i + 1 : ent.end]
            if close not in rest[:-1]:
                inner = [t for t in rest if t != close]
                before = Span(ent.doc, ent.start, i, label=ent.label_)
                if len(inner) == 1 and is_acronym(inner[0]):
                    return [before]  # an acronym: ``bracketed_acronyms`` decides its label
                return [before, Span(ent.doc, i + 1, ent.end, label=ent.label_)]
    return [ent]


def cut_lowercase(doc: Doc, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A name does not run on into lower-case words or numbers ("Lufthansa für
    vergleichbar" -> "Lufthansa"); name particles ("von", "für", "of") may stand inside,
    not at the end (one written in capitals is an acronym: "DEL", "AZ"), and so may the
    adjectives of an organisation's noun phrase after its preposition or article
    (:func:`_inner_adjectives`), and a preposition fused with an article before a
    capitalised word of an organisation ("Theater im Zoo": :func:`_inner_contraction`). The
    numbers of a MISC are its own:
    a product's, a work's or a star's ("Xbox 360", "Flashforward 2005", "HD 13189"), and so
    are a road's in a LOC ("Bundesstraße 11", "B 12": :func:`is_road_name`). A MISC that a
    capitalised article begins inside the sentence is a title and keeps its lower-case
    words (:func:`_title_end`)."""
    if label == "MISC" and title_article(doc[start]):
        return _title_end(doc, start, end)
    view = token_view(doc)
    texts, lowers, like_num, is_alpha = view.texts, view.lowers, view.like_num, view.is_alpha
    particles = words("name_particles")
    i = start + 1
    while i < end:
        number = like_num[i] and label != "MISC" and not (label == "ORG" and _club_year(texts[i]))
        if number and label == "LOC" and is_road_name(texts, start, end):
            break
        if number or (texts[i][:1].islower() and is_alpha[i] and lowers[i] not in particles):
            if label == "LOC" and _town_addition(lowers, texts, i, end):
                break
            after = _inner_adjectives(doc, i, end) if label == "ORG" else i
            if label == "ORG" and _inner_contraction(doc, i, end):
                after = i + 1
            if after == i:
                end = i
                break
            i = after
        i += 1
    start, end = trim_edges(doc, start, end)
    # a particle in capitals is an acronym ("der DEL", "( AZ )"), no particle
    while end > start and lowers[end - 1] in particles and not is_acronym(texts[end - 1]):
        end -= 1
    return start, end


def _club_year(text: str) -> bool:
    """A sports club's founding year of two digits with its leading zero ("Schalke 04",
    "Hamborn 07"): a score or a count has no leading zero."""
    return len(text) == 2 and text[0] == "0" and text[1].isdigit()


def _inner_contraction(doc: Doc, i: int, end: int) -> bool:
    """A preposition fused with an article (STTS APPRART, or a form of
    lexicon/fused_prepositions.txt the tagger calls something else: "unterm" as ADJA)
    inside an organisation's span, before a capitalised word of it ("Theater unterm Dach",
    "Rundschau am Sonntag")."""
    fused = doc[i].tag_ in CONTRACTED_ARTICLE or doc[i].lower_ in words("fused_prepositions")
    return i + 1 < end and fused and doc[i + 1].text[:1].isupper()


def _title_end(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """A title begun by a capitalised article inside the sentence keeps its lower-case
    words ("Erzählung „Das verräterische Herz“", "Maxi-Single ( Der letzte Countdown )");
    it ends at a quotation mark inside the span ("„Die Nacht der Zeitlosen“ die Erzählung
    ...") and not in a lower-case function word ("das Stück Der Königskuchen mit")."""
    for i in range(start + 1, end):
        if doc[i].text in QUOTE_CHARS:
            end = i
            break
    start, end = trim_edges(doc, start, end)
    function_words = words("german_function_words")
    while end - start > 1 and doc[end - 1].text[:1].islower():
        if doc[end - 1].lower_ not in function_words:
            break
        end -= 1
    return start, end


def _town_addition(lowers: list[str], texts: list[str], i: int, end: int) -> bool:
    """Whether the lower-case words from ``i`` on join the place name to its last word, a
    capitalised river, lake or mountain (lexicon/town_name_additions.txt: "Zell am
    See", "Frankfurt an der Oder")."""
    last = texts[end - 1]
    if end - i < 2 or not last[:1].isupper() or not last.replace("-", "").isalpha():
        return False
    return " ".join(lowers[i : end - 1]) in words("town_name_additions")


def _inner_adjectives(doc: Doc, i: int, end: int) -> int:
    """The position of the capitalised noun that the lower-case attributive adjectives from
    ``i`` on lead to inside the span, right after a name particle that is a preposition or
    an article ("Bundesministerium für wissenschaftliche Forschung", "Bundesverband der
    deutschen Industrie"); ``i`` where they do not. A nominative adjective after the article
    begins a new phrase ("Tower der höchste Turm")."""
    before = doc[i - 1]
    if before.lower_ not in words("name_particles") or before.pos_ not in ("ADP", "DET"):
        return i
    j = i
    while (
        j < end
        and doc[j].tag_ == "ADJA"
        and doc[j].text[:1].islower()
        and "Nom" not in doc[j].morph.get("Case", [])
    ):
        j += 1
    noun = j < end and doc[j].text[:1].isupper()
    if j == i or not noun or doc[j].tag_ not in COMMON_NOUN_TAGS | PROPER_NOUN_TAGS:
        return i
    return j


def strip_titles(
    doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None
) -> tuple[int, int] | None:
    """Determiners and titles stand outside the span; a name must remain. A person's
    name the NER began with a lower-case surname particle keeps it ("van Gaal", "von
    Kleist"; lexicon/surname_particles.txt, Duden "Namen mit von, van, de"; the gold keeps
    the particle, ../shared/gold/FORMAT.md), an article excepted."""
    if label == "PER" and end - start > 1 and _particle_name(doc, start):
        return start, end
    while end - start > 1 and is_title(doc, start, end, label, known):
        start += 1
    return start, end


def _particle_name(doc: Doc, start: int) -> bool:
    """Whether ``doc[start]`` is a lower-case surname particle, no article, right before a
    capitalised word ("van Gaal", "de Maizière"); at a sentence's start the particle takes
    the sentence's capital ("De Gaulle wandelt das Urteil ... um"), where it is no German
    function word ("Von", "Der" open sentences as a preposition, an article)."""
    token, after = doc[start], doc[start + 1]
    lower = token.lower_
    return (
        (
            token.text.islower()
            or (
                token.is_sent_start is True
                and token.text == lower.capitalize()
                and lower not in words("german_function_words")
            )
        )
        and lower in words("surname_particles")
        and token.pos_ not in DETERMINERS
        and token.tag_ != "ART"
        and after.text[:1].isupper()
        and not after.is_punct
    )


def trim_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds without punctuation, quotation marks, spaces and tokens of symbols alone
    (an emoji after a name: "Friedrich Merz 🙂 sagte"), URLs ("http://example.org/x.html";
    not a domain name alone: "ndr.de"), social-media handles ("@tagesschau": an account's
    address, no name) and elided pronouns after an apostrophe ("'s" of "war's", typeset
    with U+2019: the NER took it for a person) at either edge.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("„Friedrich Merz 🙂")
        >>> trim_edges(doc, 0, len(doc))
        (1, 3)
    """
    view = token_view(doc)
    texts, is_punct, is_space = view.texts, view.is_punct, view.is_space

    def edge(i: int) -> bool:
        text = texts[i]
        if is_punct[i] or text in QUOTE_CHARS or is_space[i] or not _has_alnum(text):
            return True
        return _is_clitic(text) or _is_url(text) or is_handle(text)

    while start < end and edge(start):
        start += 1
    while end > start and edge(end - 1):
        end -= 1
    return start, end


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _is_url(text: str) -> bool:
    """A URL with its scheme or "www." ("http://example.org/x.html") or an e-mail address
    ("redaktion@ndr.de"); a domain name alone ("ndr.de", "CNN.com") names a source and
    stays. An address is no name: the Wikinews gold marks no entity in a URL with its
    scheme and path, not in its domain either (2 of 2 in train_a and train_b), and has no
    e-mail address."""
    return "://" in text or text[:4].lower() == "www." or _EMAIL.fullmatch(text) is not None


def _is_clitic(text: str) -> bool:
    """An apostrophe and lower-case letters: an elided pronoun or article ("'s", "'n")."""
    return text[:1] in APOSTROPHES and text[1:].isalpha() and text[1:].islower()


def is_title(doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None) -> bool:
    """Whether the span's first token is a determiner, title or function, not the name.

    ``known`` tells a German word from a foreign name ("Arbeitsrechtsexperte" from "Hailu");
    without it every common noun before a person's name counts as a word."""
    token = doc[start]
    if label == "MISC" and title_article(token):
        return False  # "Wagners Oper Die Meistersinger von Nürnberg": the title's article
    if code_word(token.text):
        return False  # "SWR3 Weltweit", "AA-10 Alamo": no determiner or title holds a digit
    if label == "MISC" and len(token.text) == 1 and token.text.isupper():
        return False  # "A Time for Justice", "I Know Him Well": no German determiner or title
    if label == "MISC" and title_preposition(token):
        return False  # "die nächste Salve der Von der Tann": a ship's name, its first word
    if token.lower_ in words("german_function_words"):
        return True
    if foreign_article(token):
        return False  # "Le Mans", "The Cuban Five": a capitalised article inside a sentence
    if label == "MISC" and foreign_opening(token, known):
        return False  # "The Asylum wurde zum Titel ...": an English title opens the sentence
    if label == "ORG" and _legal_form_rest(doc, start + 1, end):
        return False  # "ratiopharm GmbH", "nanoresins AG": the company's name, not a title
    if _misread_foreign(token):
        return False  # "Frauenfelder Zeitung": the tagger's DET on an unknown foreign word
    if _misread_determiner(token):
        return False  # "Louise Brown", "Lake Placid": the fine tag reads a name word
    if token.pos_ == "DET":
        return True
    if token.pos_ in NOT_NAME_POS or token.lower_ in words("name_particles"):
        return True  # "Was Husam M.", "von Merkels" after a stripped noun
    if token.pos_ in ADJECTIVES and token.text[:1].islower():
        return True  # "russischen Außenministeriums", "bayerischen Grünen": no name word
    text = token.text
    if label == "PER":
        if is_role_word(text) or is_role_word(strip_genitive(text)):
            return True
        # a common noun before the name: "Arbeitsrechtsexperte Roland Gerlach",
        # "Schicksal Badawis", "Wahlkampfes von Merkels"; a listed first name or a word
        # German does not know is the name's first word ("Heidi K.", "Hailu Shawe")
        return (
            common_noun_tag(token)
            and text not in words("first_names")
            and (known is None or known(text))
            and any(t.pos_ == "PROPN" or t.tag_ == "NE" for t in doc[start + 1 : end])
        )
    if (
        label == "ORG"
        and is_org_description(text)
        and text not in words("org_name_heads")
        and doc[start + 1].text[:1].isupper()
    ):
        rest = doc[start + 1 : end].text
        # "Amtsgericht Berlin-Tiergarten": a seat is a place or a district of one
        return rest not in gazetteer_places() and rest.split("-")[0] not in gazetteer_places()
    return False


def title_preposition(token: Token) -> bool:
    """A capitalised preposition inside a sentence ("der Von der Tann", a ship): German
    writes prepositions in lower case there, so the capital marks the first word of a
    title, as with :func:`title_article` (Duden, Titel von Werken)."""
    return _capitalised_inside(token) and token.tag_ in PREPOSITION_TAGS


def foreign_opening(token: Token, known: WordCheck | None) -> bool:
    """A sentence's first word that is an article or particle of another language and no
    German word ("The Asylum wurde ...", "The Book of the Duchess ist ..."): German
    sentences do not open with "The", so it is the first word of a foreign title, as
    :func:`foreign_article` says of such a word inside a sentence. ``known`` (the lemma
    table) keeps out particles that are German words too ("Da")."""
    return bool(
        token.is_sent_start
        and _foreign_particle(token)
        and known is not None
        and not known(token.text)
    )


def title_article(token: Token) -> bool:
    """A capitalised German article inside a sentence ("Oper Die Meistersinger von
    Nürnberg", "Kurzfilm Das Leben von ..."): German writes articles in lower case there, so
    the capital marks the first word of a title (Duden, Titel von Werken: the article of a
    title is part of it and keeps its capital)."""
    return _capitalised_inside(token) and token.tag_ == "ART"


def _capitalised_inside(token: Token) -> bool:
    """A word with a capital first letter (not all capitals) that does not open its
    sentence: where German writes function words in lower case."""
    return token.text[:1].isupper() and not token.text.isupper() and not token.is_sent_start


def foreign_article(token: Token) -> bool:
    """A capitalised article or particle of another language inside a sentence, where it
    begins a name ("Le Mans", "The Cuban Five", "El Salvador")."""
    return not token.is_sent_start and _foreign_particle(token)


def _foreign_particle(token: Token) -> bool:
    """A capitalised article or particle of a name in another language
    (lexicon/name_particles.txt) that is no German function word."""
    return (
        token.text[:1].isupper()
        and token.lower_ in words("name_particles")
        and token.lower_ not in words("german_function_words")
    )


def _misread_foreign(token: Token) -> bool:
    """A capitalised word the tagger calls foreign material (STTS FM) and yet a
    determiner, that is no article or particle of a name in any language
    (lexicon/name_particles.txt): a name word the tagger could not read ("Frauenfelder")."""
    return (
        token.tag_ == "FM"
        and token.pos_ in DETERMINERS
        and token.text[:1].isupper()
        and token.lower_ not in words("name_particles")
    )


def _misread_determiner(token: Token) -> bool:
    """A capitalised word the coarse tag calls a determiner while the fine tag (STTS) calls
    it a noun, a proper noun or an attributive adjective: the two taggers disagree, and no
    German determiner (STTS ART, PDAT, PIAT, PIDAT, PPOSAT, PWAT) is a noun; the word opens
    the name ("Louise Brown", "Lake Placid", "Werder Bremen"). Over both train halves the
    gold span began at such a word 7 times of 7 (round 29, names29b)."""
    return (
        token.pos_ in DETERMINERS
        and token.text[:1].isupper()
        and token.tag_ in _CONTENT_TAGS
        and token.lower_ not in words("name_particles")
    )


_CONTENT_TAGS = COMMON_NOUN_TAGS | PROPER_NOUN_TAGS | ATTRIBUTIVE_ADJECTIVE


def _legal_form_rest(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from ``start`` to ``end`` are only legal forms and the signs
    between them (lexicon/company_words.txt: "GmbH", "AG", "GmbH + Co. KG"): the word
    before them is the company's name, however it is written ("ratiopharm GmbH")."""
    texts = token_view(doc).texts
    return start < end and all(
        texts[i] in words("company_words") or texts[i] in {"+", "&"} for i in range(start, end)
    )


def articled_persons(_: EntityNormalizer, doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word PER right after an article ("das Wahlergebnis", "der Bär", "die
    Niederländer") is a common noun, not a person: German names take no article. Kept where
    the word is a listed first name ("dem Kevin") or the last word of a full person name in
    the document ("die Merkel" after "Angela Merkel")."""
    texts = token_view(doc).texts
    surnames = _surnames(texts, ents)
    given = words("first_names")
    kept: list[Span] = []
    for ent in ents:
        if (
            ent.label_ == "PER"
            and len(ent) == 1
            and ent.start > 0
            and doc[ent.start - 1].pos_ == "DET"
            and texts[ent.start] not in surnames
            and strip_genitive(texts[ent.start]) not in surnames
            and texts[ent.start] not in given
        ):
            continue
        kept.append(ent)
    return kept


def _surnames(texts: list[str], ents: list[Span]) -> set[str]:
    """The last words of the persons' names of more than one word."""
    return {texts[e.end - 1] for e in ents if e.label_ == "PER" and len(e) > 1}


def common_word_persons(norm: EntityNormalizer, doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word PER that is, as written, a word form of the lemma table (which leaves
    out the names of lexicon/lemma_table_names.txt: "Heime", "Gefängnisse", "Januars") is
    a common noun, not a person, unless it is a listed first name, a name of
    lexicon/known_names.txt, the last word of a person's fuller name in the document, or
    stands right after a capitalised word other than a function word, as a name after its
    title does ("Verteidiger Schwenn", "Dr. Dittrich"). Compounds are not looked into
    ("Baerbock" stays). Without the lemma table nothing changes."""
    common = norm.common_forms
    texts = token_view(doc).texts
    surnames = _surnames(texts, ents)
    kept: list[Span] = []
    for ent in ents:
        text = texts[ent.start]
        if (
            ent.label_ == "PER"
            and len(ent) == 1
            and text.isalpha()
            and text not in surnames
            and strip_genitive(text) not in surnames
            and text not in words("first_names")
            and text not in words("known_names")
            and text in common
            and not _after_capitalised_word(doc, ent.start)
        ):
            continue
        kept.append(ent)
    return kept


def _after_capitalised_word(doc: Doc, i: int) -> bool:
    """Whether a capitalised word that is no function word stands right before token
    ``i``: a title or noun whose apposition the name is ("Verteidiger Schwenn", "Dr.
    Dittrich", "dem Angeklagten Schneider")."""
    if i == 0:
        return False
    before = doc[i - 1]
    return before.text[:1].isupper() and before.lower_ not in words("german_function_words")


def propagate_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """One sense per document: untagged repetitions of a tagged name get its label.

    A name tagged once ("Wladimir Putin" PER) is also a name where the NER missed it
    ("Putin", "Putins"); the surname of a full person name counts on its own, with the
    name particles the full name has before it where they stand before it again ("de
    Maizière" after "Thomas de Maizière", lexicon/name_particles.txt).
    """
    texts = token_texts(doc)
    particles = words("name_particles")
    forms: dict[tuple[str, ...], str] = {}
    # the name particles a later mention of a full name's surname keeps before it, as the
    # gold does in both train halves ("de Maizière" after "Thomas de Maizière")
    surname_prefixes: dict[str, set[tuple[str, ...]]] = {}
    for ent in ents:
        words_ = tuple(texts[ent.start : ent.end])
        if not all(
            w[:1].isupper() or (ent.label_ == "PER" and 0 < k < len(words_) - 1 and w in particles)
            for k, w in enumerate(words_)
            if w.isalpha()
        ):
            continue
        forms.setdefault(words_, ent.label_)
        if ent.label_ == "PER" and len(words_) >= 2 and words_[-1][:1].isupper():
            forms.setdefault((words_[-1],), "PER")
            prefixes = surname_prefixes.setdefault(words_[-1], set())
            k = len(words_) - 1
            while k > 1 and words_[k - 1] in particles:
                k -= 1
            if k < len(words_) - 1:
                prefixes.add(words_[k:-1])
    if not forms:
        return []
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    longest = max(len(f) for f in forms)
    # first words a match can start with: "Putin" and, for one-word names, "Putins"
    firsts = {f[0] for f in forms} | {f[0] + "s" for f in forms if len(f) == 1}
    for i in token_view(doc).capitalised():
        text = texts[i]
        if text not in firsts or i in taken:
            continue
        for n in range(min(longest, len(doc) - i), 0, -1):
            words_ = tuple(texts[i : i + n])
            label = forms.get(words_)
            if label is None and words_[-1].endswith("s"):
                label = forms.get((*words_[:-1], words_[-1][:-1]))
            if label is not None and not any(j in taken for j in range(i, i + n)):
                start = i - _prefix_before(texts, i, n, label, surname_prefixes)
                if any(j in taken for j in range(start, i)):
                    start = i
                found.append(Span(doc, start, i + n, label=label))
                taken.update(range(start, i + n))
                break
    return found


def _prefix_before(
    texts: list[str], i: int, n: int, label: str, surname_prefixes: dict[str, set[tuple[str, ...]]]
) -> int:
    """How many words before a propagated one-word surname at ``i`` belong to it: the name
    particles that the document's full name has before it ("de" of "Thomas de Maizière")."""
    if label != "PER" or n != 1:
        return 0
    text = texts[i]
    found = surname_prefixes.get(text) or surname_prefixes.get(text[:-1], set())
    for run in sorted(found, key=len, reverse=True):
        if i >= len(run) and tuple(texts[i - len(run) : i]) == run:
            return len(run)
    return 0


def fit_name(ent: Span, match: Span, matches: list[Span], starts: list[int]) -> list[Span] | None:
    """How a gazetteer match overlapping one NER span changes it (None: not at all);
    ``matches`` are sorted and do not overlap, ``starts`` are their starts."""
    doc = ent.doc
    if (ent.start, ent.end) == (match.start, match.end):
        if ent.label_ == match.label_ or (ent.label_ == "PER" and person_context(ent)):
            return None
        return [match]
    if match.start <= ent.start and ent.end <= match.end:
        return [match]  # the gazetteer knows the longer name
    if not (ent.start <= match.start and match.end <= ent.end):
        return None
    window = matches[bisect_left(starts, ent.start) : bisect_left(starts, ent.end)]
    inside = [m for m in window if m.end <= ent.end]
    covered = {i for m in inside for i in range(m.start, m.end)}
    rest = [doc[i] for i in range(ent.start, ent.end) if i not in covered]
    if len(inside) > 1 and all(t.is_punct or t.lower_ in words("list_conjunctions") for t in rest):
        return inside  # "Russland Belarus" -> two names
    if match.end == ent.end:
        prefix = doc[ent.start : match.start]
        designators = words("place_designators") - words("place_designators_outside")
        if all(t.text in designators for t in prefix):
            return [Span(doc, ent.start, ent.end, label=match.label_)]  # "Republik Moldau"
        if (
            ent.label_ == "ORG"
            and prefix
            and (names_institution(prefix[-1].text) or match.label_ == "LOC")
            and not (match.text.endswith("s") and match.text[:-1] in gazetteer_places())
        ):
            # "Universität Bayreuth"; a place after any word of an ORG is its seat
            # ("LC Hansa Stuhr", "Flughafen Bremen"); not "Generalstaatsanwaltschaft Litauens"
            return None
        if all(t.pos_ == "NOUN" or is_role_word(t.text) for t in prefix):
            return [match]  # "Einmarsch Russlands", "Geheimdienstchef Moldaus"
    if match.start == ent.start:
        after = doc[match.end]  # inside the span: the match is shorter and starts with it
        view = token_view(doc)
        if (
            after.text[:1].islower()
            and after.is_alpha
            and not (
                match.label_ == "LOC"
                and _town_addition(view.lowers, view.texts, match.end, ent.end)
            )
        ):
            # "Moskau von Nutzen"; not "Chaos Computer Club e.V.", nor a town's name
            # addition ("Frankfurt an der Oder": the gazetteer lists "Frankfurt")
            return [match]
    return None


_AGE_ENDINGS = ("", "e", "en", "em", "er", "es")


def person_context(span: Span) -> bool:
    """Whether the words around ``span`` say it names a person: an age adjective before
    it (:func:`after_age_adjective`) or a kinship noun of lexicon/kinship_nouns.txt right
    after it, whose prenominal genitive it is ("musste Trujillos Bruder Héctor ...
    zurücktreten": places have no brothers). Gold of both Wikinews train halves and
    GermEval 2014 test: a name right before a kinship noun is a PER 10 of 10 times."""
    doc = span.doc
    return after_age_adjective(span) or (
        span.end < len(doc) and doc[span.end].text in words("kinship_nouns")
    )


def after_age_adjective(span: Span) -> bool:
    """Whether an age adjective stands right before ``span`` (a number and a stem of
    lexicon/age_adjective_stems.txt: "der 32-jährige Holland", "der fünfjährige Nico"): the
    name is a person's, and a place of the gazetteer by the same name does not relabel the
    NER's PER."""
    if span.start == 0:
        return False
    text = span.doc[span.start - 1].lower_
    for stem in words("age_adjective_stems"):
        for ending in _AGE_ENDINGS:
            if text.endswith(stem + ending):
                number = text[: len(text) - len(stem) - len(ending)]
                if number.endswith("-") and number[:-1].isdigit():
                    return True
                return bool(number) and parse_number_word(number) is not None
    return False


def names_institution(text: str) -> bool:
    """A word that opens an organisation's name with its seat ("Universität", "Landgericht",
    "Stiftung"): a place after it in an ORG span belongs to the name."""
    return is_institution_head(text) or text in words("org_name_heads")
