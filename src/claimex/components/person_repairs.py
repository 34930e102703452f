"""Person repairs of the entity stage: evidence that a LOC/MISC is a person, a role word
inside a PER, given names and names in brackets (rules of
:data:`~claimex.components.name_repair.REPAIRS`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimex.components.common_nouns import name_shaped, unknown_word
from claimex.components.doctokens import token_texts, token_view
from claimex.components.knowledge import lookup
from claimex.components.labels import (
    ATTRIBUTIVE_ADJECTIVE,
    COMMON_NOUN_TAGS,
    CONTRACTED_ARTICLE,
    DETERMINER_TAGS,
    FUNCTION_WORD_TAGS,
    SUBJECT,
)
from claimex.components.namewords import (
    gazetteer_places,
    is_org_description,
    is_role_form,
    is_role_word,
    without_name_particle,
)
from claimex.components.span_list import DASHES, SpanList, extend_left, taken_tokens
from claimex.components.town_names import is_town
from claimex.components.word_checks import WordCheck, table_names
from claimex.lexicon import table, words


@cache
def speech_verb_forms() -> frozenset[str]:
    """The cue verbs' word forms (lexicon/cues.json), lower case."""
    verbs: dict[str, dict[str, list[str]]] = table("cues")["verbs"]
    return frozenset(form.lower() for entry in verbs.values() for form in entry["forms"])


@cache
def _required_words() -> dict[str, frozenset[str]]:
    """The cue verb forms (lower case) that are a verb of saying only with one of their
    entry's ``requires`` or ``requires_in_clause`` words in the clause (lexicon/cues.json:
    "erhob ... Vorwürfe", not "wurde zur Marktgemeinde erhoben"; "hält ... für", not "hält
    die Rede"), each with those words; a form that another entry lists without any
    requirement is not among them."""
    verbs: dict[str, dict[str, list[str]]] = table("cues")["verbs"]
    needed: dict[str, set[str]] = {}
    free: set[str] = set()
    for entry in verbs.values():
        required = {
            w.lower() for w in entry.get("requires", []) + entry.get("requires_in_clause", [])
        }
        for form in entry["forms"]:
            if required:
                needed.setdefault(form.lower(), set()).update(required)
            else:
                free.add(form.lower())
    return {form: frozenset(ws) for form, ws in needed.items() if form not in free}


def _saying(verb: Token) -> bool:
    """Whether ``verb`` is a form of a cue verb used as one: a verb whose entry requires
    words in its clause has one of them in the sentence."""
    if verb.lower_ not in speech_verb_forms():
        return False
    required = _required_words().get(verb.lower_)
    return required is None or any(t.lower_ in required for t in verb.sent)


def _person_evidence(span: Span) -> bool:
    if (
        span.label_ not in ("LOC", "MISC")
        or token_view(span.doc).span_text(span.start, span.end) in gazetteer_places()
    ):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and is_role_word(before.text):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in DASHES:
        return False  # a dateline: "Riad - Der Oberste Gerichtshof hat ... bestätigt"
    if before is not None and _saying(before) and (after is None or after.is_punct):
        return True  # "..., erklärte Heino."
    root = span.root
    return root.dep_ in SUBJECT and _saying(root.head)


def persons(doc: Doc, spans: list[Span]) -> list[Span]:
    """LOC/MISC spans with evidence of a person, and their other mentions, become PER."""
    evident = {span.text for span in spans if _person_evidence(span)}
    if not evident:
        return spans
    return [
        Span(span.doc, span.start, span.end, label="PER")
        if span.text in evident and span.label_ in ("LOC", "MISC")
        else span
        for span in spans
    ]


def _name_word(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in words("german_function_words")
        and not is_role_form(token.text)
        and not is_org_description(token.text)
    )


def role_inside(span: Span) -> Span:
    if len(span) < 2 or span.label_ == "PER":
        return span
    for k in range(len(span) - 2, -1, -1):
        if span[k].text[:1].isupper() and is_role_form(span[k].text):
            rest = span[k + 1 :]
            if all(_name_word(t) for t in rest) and rest.text not in gazetteer_places():
                return Span(span.doc, rest.start, rest.end, label="PER")
            break
    return span


def _given_first(
    fits: Callable[[Span, Token], bool],
) -> Callable[[Span, Token], bool]:
    """``fits``, and not where the PER already opens with a listed first name and the word
    before is none: a word before a full name is a title or a nickname ("Sheriff Henry
    Thompsen", "Torwart Oldie Edwin van der Sar"), not a first name."""

    def check(span: Span, before: Token) -> bool:
        given = words("first_names")
        if span[0].text in given and before.text not in given:
            return False
        return fits(span, before)

    return check


def first_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name word between a function and a person: "Staatspräsidenten Prokopis" +
    "Pavlopoulos"."""

    def fits(span: Span, before: Token) -> bool:
        return (
            span.label_ == "PER"
            and before.i >= 1
            and _name_word(before)
            and not before.is_sent_start
            and doc[before.i - 1].text[:1].isupper()
            and is_role_form(doc[before.i - 1].text)
        )

    return extend_left(doc, spans, _given_first(fits), "PER")


def _unknown_name_word(text: str, known: WordCheck) -> bool:
    """A name-shaped word of letters that German does not know and no list names as a place,
    role or kind of organisation: a person's name word the tagger took for a noun."""
    return (
        text.isalpha()
        and name_shaped(text)
        and not text.isupper()
        and len(text) > 2
        and text.lower() not in words("german_function_words")
        and text not in table_names()
        and text not in gazetteer_places()
        and not is_town(text)
        and not is_role_form(text)
        and not is_org_description(text)
        and unknown_word(text, known)
    )


_NAME_OPENERS = frozenset({",", ":", "("}) | DASHES
"""Tokens after which a name opens an apposition or a clause ("Präsident Indonesiens,
Susilo Bambang Yudhoyono", "des Spiels: Gylfi Sigurdsson"); dashes too."""


def unknown_first_words(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """An untagged word German does not know (:func:`_unknown_name_word`: the lemma table
    and the noun list, :func:`~claimex.components.common_nouns.unknown_word`), right before a
    PER of one or two words, at a sentence start or after a comma, colon, bracket or dash, is
    the person's first name: the tagger read it as a common noun and the NER left it out ("Präsident
    Indonesiens, Susilo Bambang Yudhoyono", "Mirej Taloş, Vize-Präsident ..."). Without
    the lemma table nothing changes."""
    if known is None:
        return spans
    texts = token_texts(doc)

    def fits(span: Span, before: Token) -> bool:
        i = before.i
        return (
            span.label_ == "PER"
            and len(span) <= 2
            and (before.is_sent_start or i == 0 or texts[i - 1] in _NAME_OPENERS)
            and doc[i].whitespace_ != ""
            and _unknown_name_word(texts[i], known)
        )

    return extend_left(doc, spans, _given_first(fits), "PER")


def joined_persons(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """Two PER spans of one or two words each, side by side or with one word German does not
    know between them (:func:`_unknown_name_word`), are one person's name that the NER cut
    ("Barnaba" + "Marial" + "Benjamin"); so are a PER and a span of another label right after
    it where the document writes the two as one person's name ("Gabriel" + "Entcha-Ebia"
    ORG after "Gabriel Entcha-Ebia" PER)."""
    if known is None:
        return spans
    texts = token_texts(doc)
    ordered = sorted(spans, key=lambda s: s.start)
    persons_written = {s.text for s in spans if s.label_ == "PER" and len(s) > 1}
    result: list[Span] = []
    k = 0
    while k < len(ordered):
        span = ordered[k]
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        if (
            nxt is not None
            and span.label_ == "PER"
            and (
                nxt.label_ == "PER"
                or token_view(doc).span_text(span.start, nxt.end) in persons_written
            )
            and len(span) <= 2
            and len(nxt) <= 2
            and not doc[nxt.start].is_sent_start
            and (
                nxt.start == span.end
                or (nxt.start == span.end + 1 and _unknown_name_word(texts[span.end], known))
            )
            and all(doc[i].whitespace_ for i in range(span.end - 1, nxt.start))
            and not _full_name_after(doc, span, nxt)
        ):
            result.append(Span(doc, span.start, nxt.end, label="PER"))
            k += 2
            continue
        result.append(span)
        k += 1
    return result


def _full_name_after(doc: Doc, span: Span, nxt: Span) -> bool:
    """Whether ``nxt`` is a full name (two words, a listed first name first) after a word
    that is no listed first name: a second person or a title before the name ("Jakob Meyer"
    + "Hans Holbein", "der Schäfer" + "Jaime Camps"), not one person's name that the NER
    cut; the same reading as :func:`_given_first`."""
    given = words("first_names")
    return len(nxt) == 2 and doc[nxt.start].text in given and doc[span.end - 1].text not in given


def bracketed_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Henni Sieland (Alwara Höfels)": a full name in brackets after a person."""
    texts = token_texts(doc)
    by_start = {span.start: span for span in spans}
    taken = taken_tokens(spans)
    result = SpanList(spans)
    for span in spans:
        open_ = span.end
        if span.label_ != "PER" or open_ >= len(doc) or texts[open_] != "(":
            continue
        close = next(
            (j for j in range(open_ + 1, min(open_ + 5, len(doc))) if texts[j] == ")"), None
        )
        if close is None or close - open_ < 3:
            continue
        inner = doc[open_ + 1 : close]
        if not all(_name_word(t) for t in inner):
            continue
        current = by_start.get(inner.start)
        if current is not None and (current.start, current.end) == (inner.start, inner.end):
            if current.label_ != "PER":
                result[result.index(current)] = Span(doc, inner.start, inner.end, label="PER")
        elif not any(j in taken for j in range(inner.start, inner.end)):
            result.append(Span(doc, inner.start, inner.end, label="PER"))
            taken.update(range(inner.start, inner.end))
    return result.sorted()


def _surname_word(token: Token) -> bool:
    text = without_name_particle(token.text)
    parts = text.split("-")
    return (
        all(p[:1].isupper() and p[1:].isalpha() for p in parts if p)
        and len(text) > 1
        and not text.isupper()
        and token.lower_ not in words("german_function_words")
        and token.tag_ not in FUNCTION_WORD_TAGS  # "Johann Seit Jahren": no surname
        and not is_role_form(text)
        and not is_org_description(text)
        and text not in gazetteer_places()
        and text not in words("not_entities")  # "sah Marco Reus Gelb"
    )


def _name_compound(token: Token, known: WordCheck | None, articled: bool) -> bool:
    """A hyphenated word whose last part is a German word (``known``) after a first name
    that a determiner introduces (``articled``, :func:`_articled`): a compound that merely
    contains a name ("im Rolf Hochhuth-Stück", "einem Jackie Chan-Film"; FORMAT.md: no
    entity), not a surname. Without the determiner it is a double surname whose second part
    is also a word ("gratuliert Kristina Maidt-Zinke", "Annegret Kramp-Karrenbauer")."""
    parts = token.text.split("-")
    return articled and known is not None and len(parts) > 1 and known(parts[-1])


def _articled(doc: Doc, i: int) -> bool:
    """Whether a determiner or a preposition fused with an article stands before token
    ``i``, with attributive adjectives between ("eine weitere Oscar -Nominierung"): the
    article of a compound noun's head, which a person's name does not take (Duden grammar:
    personal names stand without an article in the standard language; round 26's
    ``articled_persons`` reads the same)."""
    k = i - 1
    while k >= 0 and doc[k].tag_ in ATTRIBUTIVE_ADJECTIVE:
        k -= 1
    return k >= 0 and (doc[k].tag_ in DETERMINER_TAGS or doc[k].tag_ in CONTRACTED_ARTICLE)


def given_names(doc: Doc, spans: list[Span], /, *, known: WordCheck | None) -> list[Span]:
    """A listed first name (or several) and surname-like words after it are one PER, in
    place of the PER spans inside ("Bettina Lancester"); a first name that the NER tagged
    LOC alone counts as untagged where it is no known place (:func:`_placed_given_name`:
    "Tanja" LOC + "Potiainen"). Two PER spans of two words or more inside the run are two
    people, subject and object side by side ("beauftragte Jakob Meyer Hans Holbein"), and
    stay apart."""
    texts = token_texts(doc)
    given = words("first_names")
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = SpanList(spans)
    resume = 0
    for i in [i for i, text in enumerate(texts[:-1]) if text in given]:
        if i < resume or texts[i].lower() in words("german_function_words"):
            continue
        end = i + 1
        while end < len(doc) - 1 and texts[end] in given and _surname_word(doc[end + 1]):
            end += 1  # "Hans Karl Schaller"
        articled = _articled(doc, i)
        if not _surname_word(doc[end]) or _name_compound(doc[end], known, articled):
            continue
        end += 1
        while (
            end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].lemma_ == doc[end].text
            and doc[end].tag_ not in COMMON_NOUN_TAGS
            and _surname_word(doc[end])
            and not _name_compound(doc[end], known, articled)
        ):
            end += 1  # "Ayaan Hirsi Ali": an uninflected proper noun continues the surname
        covered = {id(owner[k]): owner[k] for k in range(i, end) if k in owner}
        inside = all(i <= s.start and s.end <= end for s in covered.values())
        if (
            inside
            and sum(s.label_ == "PER" and len(s) > 1 for s in covered.values()) < 2
            and all(s.label_ == "PER" or _placed_given_name(s, i) for s in covered.values())
            and (not covered or (i, end) not in {(s.start, s.end) for s in covered.values()})
        ):
            for span in covered.values():
                result.remove(span)
            result.append(Span(doc, i, end, label="PER"))
        resume = end
    return result.sorted()


def _placed_given_name(span: Span, i: int) -> bool:
    """The first name at ``i`` alone, tagged LOC, and no known place (the gazetteer,
    lexicon/towns.txt): the NER cut the person's name in two ("Tanja" LOC + "Potiainen",
    "Lukasz" LOC + "Pisczek" PER)."""
    text = span.text
    return (
        span.label_ == "LOC"
        and (span.start, span.end) == (i, i + 1)
        and text not in gazetteer_places()
        and not is_town(text)
    )


def given_name_orgs(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG of a listed first name and surname-like words that the knowledge tables do
    not list as an organisation is a person ("Štefan Füle", "Gustav Wyneken" tagged ORG
    by the NER)."""
    texts = token_texts(doc)
    result = []
    for span in spans:
        if span.label_ == "ORG" and _given_name_shape(doc, texts, span):
            span = Span(doc, span.start, span.end, label="PER")
        result.append(span)
    return result


_MAX_PERSON_WORDS = 3


def _given_name_shape(doc: Doc, texts: list[str], span: Span) -> bool:
    """A listed first name and one or two surname-like words, no organisation the
    knowledge tables list ("Ice Tigers", "Al Jazeera" stay ORG)."""
    first = texts[span.start]
    return (
        2 <= len(span) <= _MAX_PERSON_WORDS
        and first in words("first_names")
        and first.lower() not in words("german_function_words")
        and all(_surname_word(doc[k]) for k in range(span.start + 1, span.end))
        and lookup(token_view(doc).span_text(span.start, span.end)) is None
    )
