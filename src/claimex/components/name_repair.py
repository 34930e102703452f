"""Repairs of entity spans that follow from how German names are built.

Run by ``claimex_entities`` after the NER's spans are normalised and the gazetteer applied.
Each repair is one small rule over the span list, driven by word lists in ``lexicon/``, and
named in :data:`REPAIRS` (id, one line, function) in the order it runs. Each was kept
because it helps on the Wikinews dev split, data it was not written from
(``benchmarks/rule_ablation.py``, docs/entity_rules.md); rules that did not were removed.

What the rules do not do: find an organisation that the NER missed entirely
("Ökologie-Institut"), or tell a person from a place the NER confused ("Heino" LOC).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import token_texts, token_view
from claimex.components.knowledge import is_listed_city
from claimex.components.known_orgs import listed_form_of
from claimex.components.namewords import (
    gazetteer_organisations,
    gazetteer_places,
    genitive_place,
    in_lexicon,
    is_org_description,
    is_place_derivation,
    opens_truncated_pair,
)
from claimex.components.person_repairs import (
    bracketed_names,
    first_names,
    given_name_orgs,
    given_names,
    persons,
    role_inside,
)
from claimex.components.span_list import SpanList, extend_left, taken_tokens
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words

_CAMEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]")
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz")
_MAX_LEFT = 2
_DOMAIN = re.compile(
    r"^(?:[a-z0-9][a-z0-9-]*\.)*[a-z0-9][a-z0-9-]*\.(?:[a-z]{2}|com|org|net|info|asia|eu|biz)$"
    r"|^\.(?:[a-z]{2}|com|org|net|info|asia|eu|biz)$"
)


class Repair(Protocol):
    """A repair: the doc, its spans (sorted, non-overlapping) and the pipeline's German-word
    check -> the repaired spans.

    Every repair receives the check (``known``; ``claimex_entities`` passes its
    ``known_word``); a repair that needs it declares the keyword in its own signature
    (:func:`trim_places`, :func:`~claimex.components.person_repairs.given_names`), one
    that does not is wrapped by :func:`without_word_check`. Where ``known`` is None (no
    pipeline: :func:`repair_spans` called alone), a repair that needs it skips its test of
    German words.
    """

    def __call__(
        self, doc: Doc, spans: list[Span], /, *, known: WordCheck | None
    ) -> list[Span]: ...


def without_word_check(repair: Callable[[Doc, list[Span]], list[Span]]) -> Repair:
    """A repair of the span list that needs no German-word check, as a :class:`Repair`."""

    def apply(doc: Doc, spans: list[Span], /, *, known: WordCheck | None) -> list[Span]:
        return repair(doc, spans)

    return apply


F = TypeVar("F")


@dataclass(frozen=True)
class Rule(Generic[F]):
    """A named rule of the entity stage.

    ``id`` names it in ``claimex_entities``' ``disabled_rules`` option and in
    ``benchmarks/rule_ablation.py``; ``description`` is the one line of docs/entity_rules.md.
    """

    id: str
    description: str
    apply: F


def is_company_word(text: str) -> bool:
    """A legal form or generic company word ("AG", "Inc.", "Group")."""
    return text in words("company_words")


def is_institution_head(text: str) -> bool:
    """A noun for an institution named with its seat ("Landesgericht", "Universität")."""
    return text[:1].isupper() and in_lexicon(text, "institution_heads")


def is_camel_case(text: str) -> bool:
    """A word with a capital after lower-case letters that is not a surname prefix."""
    return bool(_CAMEL.match(text)) and not text.startswith(_SURNAME_PREFIXES)


def _capitalised_word(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and any(ch.isalpha() for ch in token.text)
        and not token.is_punct
        and token.lower_ not in words("german_function_words")
        and token.pos_ not in ("DET", "ADP", "PRON", "CCONJ", "SCONJ")
        and not token.is_sent_start
    )


def repair_spans(
    doc: Doc,
    ents: Iterable[Span],
    *,
    rules: Sequence[Rule[Repair]] | None = None,
    known: WordCheck | None = None,
) -> list[Span]:
    """Apply the repair ``rules`` (default: all of :data:`REPAIRS`, in order) to ``ents``
    (non-overlapping), each with the German-word check ``known`` (None: the repairs that
    need one skip it), and return the new spans, sorted by start."""
    spans = sorted(ents, key=lambda s: s.start)
    for rule in REPAIRS if rules is None else rules:
        spans = rule.apply(doc, spans, known=known)
    return spans


def _each(repair: Callable[[Span], Span]) -> Repair:
    """A repair of single spans (no German-word check) as a repair of the span list."""

    def apply(doc: Doc, spans: list[Span], /, *, known: WordCheck | None) -> list[Span]:
        return [repair(span) for span in spans]

    return apply


def _relabel(span: Span) -> Span:
    if span.label_ in ("ORG", "MISC"):
        return span
    last = token_texts(span.doc)[span.end - 1]
    compound_head = last.rsplit("-", 1)[-1] if "-" in last.strip("-") else ""
    if (
        (len(span) > 1 and is_company_word(last))
        # a listed place in capitals with a function word's letter is no CamelCase
        # company ("UdSSR": Union der Sozialistischen Sowjetrepubliken)
        or (len(span) == 1 and is_camel_case(last) and last not in gazetteer_places())
        or (compound_head and is_org_description(compound_head.capitalize()))
        # "Hauptverband", "Landeskriminalamt" tagged PER
        or (len(span) == 1 and _org_compound(last) and not _surname_ending(last))
        # "Nationalen Sicherheitsrat" tagged LOC, "Demokratesch Reformpartei" tagged PER
        or (len(span) > 1 and _org_head(last) and not _seat_adjective(span))
    ):
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def _org_head(text: str) -> bool:
    """An organisation word that ends a name of several words, also as the last part of a
    compound ("Sicherheitsrat", "Reformpartei"; lexicon/org_descriptions.txt and
    lexicon/org_name_heads.txt)."""
    if not text[:1].isupper() or _surname_ending(text):
        return False
    if _org_compound(text) or text in words("org_name_heads"):
        return True
    lower = text.lower()
    return any(
        lower.endswith(head.lower()) and len(text) > len(head) + 2
        for head in words("org_name_heads")
    )


def _surname_ending(text: str) -> bool:
    """Whether an organisation compound's ending also ends surnames ("-hof": Kirchhof,
    Gerichtshof), so it is no evidence of an organisation."""
    return text.endswith("hof")


def _seat_adjective(span: Span) -> bool:
    """A place derivation and one noun ("Berliner Fahrgastverband"): a body named by its
    seat, no name (``drop_place_nouns``)."""
    return len(span) == 2 and is_place_derivation(token_texts(span.doc)[span.start])


def _extend_company(doc: Doc, spans: list[Span]) -> list[Span]:
    texts = token_texts(doc)
    taken = taken_tokens(spans)
    result: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label_ == "ORG" and all(is_company_word(texts[i]) for i in range(start, end)):
            # "SA", "Media Group" alone: take the words of the name before them
            while (
                start > 0
                and span.start - start < _MAX_LEFT
                and start - 1 not in taken
                and _capitalised_word(doc[start - 1])
                and not is_org_description(doc[start - 1].text)
                and not doc[start].is_sent_start
            ):
                start -= 1
        while end < len(texts) and end not in taken and is_company_word(texts[end]):
            if texts[end] == "&" and end + 1 >= len(texts):
                break
            end += 1
        if texts[end - 1] == "&":
            end -= 1
        if (start, end) != (span.start, span.end):
            taken.update(range(start, end))
            span = Span(doc, start, end, label="ORG")
        result.append(span)
    return result


def _listed_acronym_after(name: Span, acronym: Span) -> bool:
    """A listed organisation and its listed acronym right after it are two names side by
    side ("der Internationalen Atomenergiebehörde IAEA"), as the gold spans them."""
    return len(acronym) == 1 and acronym.text.isupper() and listed_form_of(acronym.text, name.text)


def _listed_pair(first: Span, second: Span) -> bool:
    """Two organisations the gazetteer lists, side by side, are two names ("MSV Duisburg"
    and "VfL Wolfsburg" in a fixture list without punctuation)."""
    listed = gazetteer_organisations()
    return first.text in listed and second.text in listed


def _merge_neighbours(doc: Doc, spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for span in spans:
        if result:
            last = result[-1]
            if (
                last.end == span.start
                and last.label_ == "ORG"
                and (span.label_ == "ORG" or (span.label_ == "LOC" and not genitive_place(span)))
                and span.text not in words("not_entities")  # "Staatsanwaltschaft Innsbruck Mitte"
                and not _listed_acronym_after(last, span)
                and not _listed_pair(last, span)
            ):
                result[-1] = Span(doc, last.start, span.end, label="ORG")
                continue
        result.append(span)
    return result


def _institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "Landesgericht" + "Innsbruck" LOC -> one ORG (not before a genitive place)."""

    def fits(span: Span, before: Token) -> bool:
        return (
            span.label_ == "LOC" and is_institution_head(before.text) and not genitive_place(span)
        )

    return extend_left(doc, spans, fits, "ORG")


def _designated_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A division's designator before a place joins it: "Provinz" + "Guangxi", "Region" +
    "Elsass" (lexicon/place_divisions.txt; not "Stadt", "Land", "Republik")."""
    designators = words("place_divisions")

    def fits(span: Span, before: Token) -> bool:
        return span.label_ == "LOC" and before.text in designators

    return extend_left(doc, spans, fits, "LOC")


def _truncated_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A LOC after a conjunction (lexicon/list_conjunctions.txt) and a capitalised truncated
    compound takes both in: the truncated word shares the LOC's head and the pair names
    one region ("Mittel- und Osteuropa", "Stadt- und Landkreis Karlsruhe"; Duden
    Ergänzungsstrich; the Wikinews gold keeps such a pair as one LOC)."""
    taken = taken_tokens(spans)
    result: list[Span] = []
    for span in spans:
        start = span.start
        if (
            span.label_ == "LOC"
            and start >= 2
            and not {start - 1, start - 2} & taken
            and opens_truncated_pair(doc[start - 2].text, doc[start - 1].text)
        ):
            span = Span(doc, start - 2, span.end, label="LOC")
            taken.update((start - 1, start - 2))
        result.append(span)
    return result


def trim_places(doc: Doc, spans: list[Span], /, *, known: WordCheck | None) -> list[Span]:
    """Rule ``place_trim`` over the span list (see :func:`_trim_place`)."""
    return [_trim_place(span, known) for span in spans]


def _trim_place(span: Span, known: WordCheck | None = None) -> Span:
    """ "Österreich Asyl" -> "Österreich": a known place followed only by common nouns;
    "Lager Traiskirchen", "Skodastandort Aurangabad" -> the name after a common noun, but
    not after a division's designator that rule ``place_designator`` joined ("Bundesstaat
    Rio de Janeiro"; lexicon/place_divisions.txt); a listed city stays whole ("Reggio
    Calabria", whose first word the tagger reads as a noun). A place derivation in -er that
    the tagger calls a noun is no noun to cut off, it names the street or square with the
    noun after it ("Köpenicker Straße", lexicon/place_derivation_suffixes.txt); the nouns
    cut off after a known place are German words (``known``, the pipeline's German-word
    check; every word where it is None), not a river's or street's word in another
    language ("Ohio River")."""
    if span.label_ != "LOC" or len(span) < 2 or is_listed_city(span.text):
        return span

    def german(text: str) -> bool:
        return known is None or known(text)

    places = gazetteer_places()
    first = span[0]
    if (
        first.tag_ == "NN"
        and first.pos_ == "NOUN"
        and not is_place_derivation(first.text)
        and (
            first.text not in words("place_designators")
            or first.text in words("place_designators_outside")
        )
        and first.text not in words("place_name_starts")
        and first.text not in words("place_divisions")
        and span[1].text[:1].isupper()
        and span[1].tag_ in ("NE", "FM")
    ):
        return Span(span.doc, span.start + 1, span.end, label="LOC")
    for k in range(len(span) - 1, 0, -1):
        head = span[:k]
        tail = span[k:]
        if head.text in places and all(
            t.tag_ == "NN" and t.pos_ == "NOUN" and t.text not in places and german(t.text)
            for t in tail
        ):
            return Span(span.doc, span.start, span.start + k, label="LOC")
    return span


def _org_compound(text: str) -> bool:
    """An organisation word, also as the last part of a compound ("Hauptverband")."""
    return text[:1].isupper() and is_org_description(text)


def _named_body(text: str) -> bool:
    stem = text[:-2] if text.endswith("es") else text[:-1] if text.endswith("s") else text
    return (
        (in_lexicon(text, "body_endings") or in_lexicon(stem, "body_endings"))
        and text not in words("org_descriptions")
        and any(text.startswith(prefix) for prefix in words("national_prefixes"))
    )


def _named_bodies(doc: Doc, spans: list[Span]) -> list[Span]:
    view = token_view(doc)
    texts = view.texts
    taken = taken_tokens(spans)
    result = list(spans)
    prefixes = tuple(words("national_prefixes"))
    capitalised = view.capitalised()
    prefixed = {
        text for text in {texts[i] for i in capitalised}
        if text.isalpha() and text.startswith(prefixes)
    }  # fmt: skip
    for i in capitalised:
        text = texts[i]
        if i not in taken and text in prefixed and _named_body(text):
            result.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def _afteris_org_description(span: Span) -> Span:
    doc = span.doc
    if span.label_ == "ORG" or span.start == 0:
        return span
    view = token_view(doc)
    texts = view.texts
    before = texts[span.start - 1]
    start = span.start
    if before in words("name_articles") and start >= 2:
        start, before = start - 1, texts[start - 2]
    if (
        not before[:1].isupper()
        or not is_org_description(before)
        or view.span_text(span.start, span.end) in gazetteer_places()
        or (span.label_ == "PER" and (len(span) > 1 or before in words("government_words")))
        or genitive_place(span)
    ):
        return span
    return Span(doc, start, span.end, label="ORG")


# the case endings of a feast compound's head: "-fest", "-festes", "-feste", "-festen"
_FEAST_ENDINGS = ("", "es", "s", "e", "en")


def _feast_stem(text: str) -> str:
    """The name before a feast head (lexicon/feast_heads.txt) that closes a compound,
    with the head's case ending: "Pessachfestes" -> "Pessach", "Aschura-Festes" -> "Aschura";
    "" where the word is no such compound."""
    lowered = text.lower()
    for head in words("feast_heads"):
        if head.lower() not in lowered:  # (most words hold no head)
            continue
        for ending in _FEAST_ENDINGS:
            tail = head.lower() + ending
            if lowered.endswith(tail) and len(text) > len(tail):
                return text[: -len(tail)].removesuffix("-")
    return ""


def _listed_misc(text: str, names: frozenset[str]) -> bool:
    """A name of lexicon/misc_names.txt, in the genitive ("Ramadans", "Opferfestes") or as
    the first part of a feast compound ("Pessachfestes", "Aschura-Festes")."""
    return (
        text in names
        or (text.endswith("s") and text[:-1] in names)
        or (text.endswith("es") and text[:-2] in names)
        or _feast_stem(text) in names
    )


def _misc_name(doc: Doc, start: int, end: int) -> bool:
    text = token_view(doc).span_text(start, end)
    return _listed_misc(text, words("misc_names"))


def _web_domains(doc: Doc, spans: list[Span]) -> list[Span]:
    """ "tt.com", ".asia": a web domain outside the spans is a MISC name."""
    texts = token_texts(doc)
    taken = taken_tokens(spans)
    result = list(spans)
    for i in [i for i, text in enumerate(texts) if "." in text]:  # (most words have none)
        text = texts[i]
        if i not in taken and _DOMAIN.match(text) and not doc[i].like_num:
            result.append(Span(doc, i, i + 1, label="MISC"))
    return sorted(result, key=lambda s: s.start)


def _misc_names(doc: Doc, spans: list[Span]) -> list[Span]:
    view = token_view(doc)
    texts = view.texts
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = SpanList(spans)
    names = words("misc_names")
    capitalised = view.capitalised()
    # the words that can make a name here, judged once per distinct word
    religions = {
        text for text in {texts[i] for i in capitalised}
        if text in names or text[:-1] in names or _listed_misc(text, names)
    }  # fmt: skip
    for i in capitalised:
        text = texts[i]
        if i not in owner and text in religions:
            result.append(Span(doc, i, i + 1, label="MISC"))
    for span in spans:
        # "Fastenmonats Ramadan" ORG -> "Ramadan" MISC
        if span.label_ != "MISC" and _misc_name(doc, span.end - 1, span.end):
            result[result.index(span)] = Span(doc, span.end - 1, span.end, label="MISC")
    return result.sorted()


REPAIRS: tuple[Rule[Repair], ...] = (
    Rule(
        "org_words",
        "a span ending in a legal form, a CamelCase word or an organisation-word compound, "
        "or a name of several words ending in an organisation word, is an ORG "
        '("Dotalliance Inc.", "KommAustria", "Hauptverband", "Nationalen Sicherheitsrat")',
        _each(_relabel),
    ),
    Rule(
        "company_extension",
        "legal forms after an ORG join it; a span of only such words takes the capitalised "
        'words before it ("Bauer Media Group")',
        without_word_check(_extend_company),
    ),
    Rule(
        "merge_org_neighbours",
        'an ORG right before an ORG or a non-genitive LOC makes one ORG ("Bank Austria"), '
        'not two organisations the gazetteer lists ("MSV Duisburg VfL Wolfsburg")',
        without_word_check(_merge_neighbours),
    ),
    Rule(
        "institution_seat",
        'an institution noun before a LOC makes one ORG ("Landesgericht Innsbruck")',
        without_word_check(_institutions),
    ),
    Rule(
        "place_designator",
        'a division designator before a LOC joins it ("Provinz Guangxi")',
        without_word_check(_designated_places),
    ),
    Rule(
        "place_truncated_pair",
        'a truncated compound and a conjunction before a LOC join it ("Mittel- und Osteuropa")',
        without_word_check(_truncated_places),
    ),
    Rule(
        "place_trim",
        "a LOC loses a common noun before its name and common nouns after a known place "
        '("Skodastandort Aurangabad", "Österreich Asyl"), German words only (the pipeline\'s '
        "word check)",
        trim_places,
    ),
    Rule(
        "role_inside",
        "a non-PER span with a function word inside or first is the person after it "
        '("Dresdner Kommissarinnen Karin Gorniak", "Diplomat Yumkella")',
        _each(role_inside),
    ),
    Rule(
        "first_name_after_role",
        "a name word between a function and a PER joins the PER "
        '("Staatspräsidenten Prokopis Pavlopoulos")',
        without_word_check(first_names),
    ),
    Rule(
        "bracketed_name",
        'a full name in brackets after a PER is a PER ("Henni Sieland (Alwara Höfels)")',
        without_word_check(bracketed_names),
    ),
    Rule(
        "given_names",
        'a listed first name before a surname-like word is one PER ("Bettina Lancester"), '
        'also where the NER tagged the first name alone LOC and it is no known place ("Tanja" '
        'LOC + "Potiainen"); not before a compound that contains a name ("Hochhuth-Stück"; '
        "the pipeline's word check)",
        given_names,
    ),
    Rule(
        "given_name_orgs",
        "an ORG of a listed first name and surname-like words outside the knowledge tables "
        'is a PER ("Štefan Füle")',
        without_word_check(given_name_orgs),
    ),
    Rule(
        "national_bodies",
        "a one-word compound of a national prefix and a body ending is an ORG "
        '("Außenministeriums", "Landeskriminalamtes")',
        without_word_check(_named_bodies),
    ),
    Rule(
        "web_domains", 'a web domain is MISC ("tt.com", ".asia")', without_word_check(_web_domains)
    ),
    Rule(
        "misc_words",
        "listed religions and feasts are MISC, also cut from the end of a span "
        '("Fastenmonats Ramadan" -> "Ramadan")',
        without_word_check(_misc_names),
    ),
    Rule(
        "org_description_before",
        "an organisation word right before a non-ORG name makes the name an ORG, with a "
        'name article before it ("Buchhandlung Leporello" -> "Leporello", "The Associated Press")',
        _each(_afteris_org_description),
    ),
    Rule(
        "person_evidence",
        "a LOC/MISC outside the gazetteer after a function word or as the subject of a verb "
        'of saying is a PER, and so are its other mentions ("Musiker Heino")',
        without_word_check(persons),
    ),
)
"""The repairs in the order ``repair_spans`` applies them."""
