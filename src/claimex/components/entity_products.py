"""Roads, product models and versions, products named by their maker, leagues, services."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimex.components.common_nouns import unknown_word
from claimex.components.doctokens import token_texts, token_view
from claimex.components.entity_titles import is_media_noun, is_work_noun
from claimex.components.figures import load_grammar
from claimex.components.labels import (
    ADJECTIVES,
    ATTRIBUTIVE_ADJECTIVE,
    DETERMINERS,
    NOUNS,
)
from claimex.components.namewords import is_role_word
from claimex.components.word_checks import WordCheck, table_names
from claimex.lexicon import words

# the letters of the German federal road classes, Autobahn and Bundesstraße ("A 7", "B 12")
_ROAD_LETTERS = frozenset({"A", "B"})
_ROAD = re.compile(r"^[AB][1-9][0-9]{0,2}$")
_ROAD_NUMBER = re.compile(r"^[1-9][0-9]{0,2}$")
_MODEL_CODE = re.compile(r"^[A-Z]{0,3}-?[0-9]{2,4}[A-Za-z]{0,3}$")
_MODEL_SERIES = re.compile(r"^[A-Z]{1,3}$")
_YEAR = re.compile(r"^(1[89]|20)[0-9]{2}$")
_VERSION = re.compile(r"^[1-9][0-9]?$")
_LEAGUE_ORDINAL = re.compile(r"^[1-9]\.$")
# a model name after its maker: "Ampera", "Roadster", "iMiEV", tagged a noun or foreign
_MODEL_POS = frozenset({"PROPN", "NOUN", "X"})
_MODEL_NAME = re.compile(r"^[a-z]?[A-Z][A-Za-z]+$")
# a type designation on its own: letters, a hyphen and a number ("Su-27", "STS-130",
# "Tu-154") or capitals and three or four digits ("A380", "A400M"); roads ("A1", "B 500")
# and formulas ("CO2") have fewer digits
_TYPE_CODE = re.compile(r"^(?:[A-Z][A-Za-z]{0,3}-[0-9]{2,4}|[A-Z]{1,3}[0-9]{3,4})[A-Z]?$")


def road_numbers(doc: Doc, ents: list[Span]) -> list[Span]:
    """A German road number after an article or a road word (lexicon/road_words.txt) is a
    LOC, replacing what the NER made of it: "Die A1 soll ...", "auf der A 35" ("A" ORG),
    "die B 500"."""
    texts = token_texts(doc)
    before = words("road_words")
    roads: list[Span] = []
    for i in range(1, len(texts)):
        if texts[i - 1] not in before or not doc[i - 1].whitespace_:
            continue
        if _ROAD.match(texts[i]):
            roads.append(Span(doc, i, i + 1, label="LOC"))
        elif (
            texts[i] in _ROAD_LETTERS
            and i + 1 < len(texts)
            and doc[i].whitespace_
            and _ROAD_NUMBER.match(texts[i + 1])
        ):
            roads.append(Span(doc, i, i + 2, label="LOC"))
    roads.extend(_road_noun_numbers(doc, texts, before))
    if not roads:
        return ents
    kept = [e for e in ents if not any(e.start < r.end and r.start < e.end for r in roads)]
    return sorted([*kept, *roads], key=lambda s: s.start)


def is_road_name(texts: list[str], start: int, end: int) -> bool:
    """Whether tokens ``start``-``end`` are a road word or road letter and a road number
    ("Bundesstraße 11", "B 12"; lexicon/road_words.txt): the number is the road's name."""
    if end - start != 2 or not _ROAD_NUMBER.match(texts[start + 1]):
        return False
    first = texts[start]
    if first in _ROAD_LETTERS:
        return True
    # a road noun of the list, not one of its articles ("Die A1"): "die 14" is no road
    return first in words("road_words") and first.lower() not in words("german_function_words")


def _road_noun_numbers(doc: Doc, texts: list[str], before: Container[str]) -> list[Span]:
    """A plain road number after a road noun makes one LOC with it ("Bundesautobahn 9",
    "Bundesstraße 100"); after an article the number alone is no road ("die 14")."""
    roads: list[Span] = []
    for i in range(1, len(texts)):
        if texts[i - 1] not in before:
            continue
        word = doc[i - 1]
        if word.pos_ in NOUNS and word.whitespace_ and _ROAD_NUMBER.match(texts[i]):
            roads.append(Span(doc, i - 1, i + 1, label="LOC"))
    return roads


def _model_end(doc: Doc, texts: list[str], end: int) -> int | None:
    """The end of a model code that starts at token ``end`` ("A380", "757", "A 300"), or
    None: a year, or a number that counts the noun after it ("175 g"), is no model."""
    j = end
    if (
        j + 1 < len(texts)
        and _MODEL_SERIES.match(texts[j])
        and doc[j].whitespace_
        and texts[j + 1].isdigit()
    ):
        j += 1  # "A 300"
    if j >= len(texts) or not _MODEL_CODE.match(texts[j]) or _YEAR.match(texts[j]):
        return None
    if _counts_noun_after(doc[j]):
        return None
    if j + 1 < len(texts) and _figure_word(texts[j + 1]):
        return None  # a quantity: "Milchschokolade 175 g", "Boeing 200 Millionen Dollar"
    return j + 1


def _counts_noun_after(number: Token) -> bool:
    """Whether ``number`` counts or measures a noun after it: its head is a noun that
    follows it with at most adjectives and numbers between ("757 neue Flugzeuge"). A head
    further on is the parser's slip over a name ("Die Boeing 747 der niederländischen
    Gesellschaft": "747" hung on "Gesellschaft")."""
    head = number.head
    if head.i <= number.i or head.pos_ not in NOUNS:
        return False
    between = number.doc[number.i + 1 : head.i]
    return all(t.tag_ in ATTRIBUTIVE_ADJECTIVE or t.pos_ in ("NUM", "ADV") for t in between)


def _figure_word(text: str) -> bool:
    """A unit, scale word, currency or percent word of the figure grammar
    (lexicon/figure_grammar.json)."""
    grammar = load_grammar()
    return (
        text in grammar.measures
        or text in grammar.scales
        or text in grammar.currencies
        or text in grammar.percent
    )


def _version_end(doc: Doc, texts: list[str], end: int) -> int | None:
    """The end of a version number that starts at token ``end`` after a MISC ("Windows" +
    "7", "PlayStation" + "3"), or None: a number that counts or measures a noun after it is
    no version."""
    if end >= len(texts) or not _VERSION.match(texts[end]) or not doc[end - 1].whitespace_:
        return None
    if _counts_noun_after(doc[end]):
        return None
    if end + 1 < len(texts) and _figure_word(texts[end + 1]):
        return None
    return end + 1


def product_models(doc: Doc, ents: list[Span]) -> list[Span]:
    """An ORG right before a model code is the maker in a product's name, one MISC with the
    code ("Airbus A 300", "Boeing 757", "Tupolew 214"; gold FORMAT.md: products are MISC); a
    MISC right before a version number takes it ("Windows 7", "PlayStation 3")."""
    texts = token_texts(doc)
    starts = {ent.start for ent in ents}
    result: list[Span] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        end = (
            _model_end(doc, texts, ent.end)
            if ent.label_ == "ORG"
            else _version_end(doc, texts, ent.end)
            if ent.label_ == "MISC"
            else None
        )
        if end is None or any(ent.end < s < end for s in starts):
            result.append(ent)
            continue
        result.append(Span(doc, ent.start, end, label="MISC"))
        skip_to = end
    return result


def type_codes(doc: Doc, ents: list[Span]) -> list[Span]:
    """A type designation outside the spans, in apposition right after a noun, is a
    product's name, a MISC: "des Kampfflugzeuges Su-27", "der Produktlinien A380", "der
    Mission STS-130" (gold FORMAT.md: products are MISC; on the Wikinews train split every
    untagged code of this form is one). Roads ("die A1") have fewer digits."""
    view = token_view(doc)
    texts = view.texts
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return [
        Span(doc, i, i + 1, label="MISC")
        for i in view.capitalised()  # (a code begins with a capital letter)
        if i >= 1 and i not in taken and _TYPE_CODE.match(texts[i]) and doc[i - 1].pos_ in NOUNS
    ]


def maker_models(doc: Doc, ents: list[Span], *, known: WordCheck | None) -> list[Span]:
    """An ORG with an untagged model name right after it is the product, one MISC ("Der
    Opel Ampera", "des Vorzeige-Elektroautos Tesla Roadster"; gold FORMAT.md: products are
    MISC). See :func:`_model_name` for the name."""
    if known is None:
        return ents
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return [
        Span(doc, ent.start, ent.end + 1, label="MISC")
        if ent.label_ == "ORG" and ent.end not in taken and _model_name(doc, ent.end, known)
        else ent
        for ent in ents
    ]


def _model_name(doc: Doc, i: int, known: WordCheck) -> bool:
    """Whether token ``i`` is a model's name: a capitalised word after a space, inside a
    sentence, that neither the lemma table (names included: "Peugeot Ende 2010") nor the
    noun list knows, no role word ("CDU/CSU Kanzlerkandidatin"), with no capitalised word
    after it ("BASF Plant Science")."""
    texts = token_texts(doc)
    if i >= len(texts) or not doc[i - 1].whitespace_ or doc[i].is_sent_start:
        return False
    text = texts[i]
    return (
        bool(_MODEL_NAME.match(text))
        and doc[i].pos_ in _MODEL_POS
        and unknown_word(text, known)
        and text not in table_names()
        and not is_role_word(text)
        and not (i + 1 < len(texts) and texts[i + 1][:1].isupper())
    )


def articled_products(doc: Doc, ents: list[Span]) -> list[Span]:
    """A listed maker (lexicon/product_makers.txt) tagged ORG after a determiner or an
    attributive adjective is its product, a MISC: German names a company without an
    article ("fordert Airbus"), its aircraft or car with one ("Der Airbus", "beladener
    Airbus", "eine Boeing"). An untagged proper noun right after it is the model's name and
    joins ("dem Opel Ampera")."""
    texts = token_texts(doc)
    makers = words("product_makers")
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    result: list[Span] = []
    for ent in ents:
        before = doc[ent.start - 1] if ent.start > 0 else None
        if (
            ent.label_ != "ORG"
            or len(ent) != 1
            or before is None
            or not (before.pos_ in DETERMINERS or _attributive(before))
            or texts[ent.start] not in makers
        ):
            result.append(ent)
            continue
        end = ent.end
        if (
            end < len(doc)
            and end not in taken
            and doc[end].pos_ == "PROPN"
            and texts[end][:1].isupper()
            and texts[end].isalpha()
        ):
            end += 1  # the model's name: "Opel Ampera"
        result.append(Span(doc, ent.start, end, label="MISC"))
    return result


def _attributive(token: Token) -> bool:
    """Whether ``token`` is an adjective before a noun."""
    return token.pos_ in ADJECTIVES or token.tag_ in ATTRIBUTIVE_ADJECTIVE


@cache
def _league_words(leagues: frozenset[str]) -> tuple[frozenset[str], int]:
    """The first words of the league names, and the most words one has."""
    firsts = frozenset(name.split(" ")[0] for name in leagues)
    return firsts, max((len(name.split()) for name in leagues), default=0)


def league_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """A listed sports league (lexicon/league_names.txt), alone or as the last part of a
    hyphenated compound ("Handball-Bundesliga"), is a MISC with an ordinal or a capitalised
    adjective before it ("2. Fußball-Bundesliga", "Zweite Bundesliga"), replacing what the
    NER made of it (ORG)."""
    texts = token_texts(doc)
    leagues = words("league_names")
    firsts, longest = _league_words(leagues)
    found: list[Span] = []
    after = 0  # the end of the last league found: the next one begins there or later
    # only a first word of a league or a hyphenated word can begin one (the joins below
    # cannot match elsewhere)
    for i in [i for i, text in enumerate(texts) if text in firsts or "-" in text]:
        if i < after:
            continue
        end = None
        for n in range(min(longest, len(texts) - i), 0, -1):
            words_ = texts[i : i + n]
            if " ".join(words_) in leagues or (
                n == 1 and "-" in words_[0] and words_[0].rsplit("-", 1)[1] in leagues
            ):
                end = i + n
                break
        if end is None:
            continue
        start = i
        if start > 0 and (
            _LEAGUE_ORDINAL.match(texts[start - 1])
            or (_attributive(doc[start - 1]) and texts[start - 1][:1].isupper())
        ):
            start -= 1
        found.append(Span(doc, start, end, label="MISC"))
        after = end
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < f.end and f.start < e.end for f in found)]
    return sorted([*kept, *found], key=lambda s: s.start)


def service_uses(doc: Doc, ents: list[Span]) -> list[Span]:
    """A one-word ORG naming an online service whose company bears the same name
    (lexicon/service_names.txt) is the service, a MISC, right after a preposition of use
    (lexicon/service_prepositions.txt) and in a list it opens ("auf Twitter", "bei Facebook
    hochgeladen", "in Facebook und Twitter"; models/gold/README.md W12)."""
    texts = token_texts(doc)
    services = words("service_names")
    prepositions = words("service_prepositions")
    joints = words("list_conjunctions")  # a list goes on: "in Facebook und Twitter"
    result: list[Span] = []
    used = False  # the span before, in the same list, was made a service
    for ent in ents:
        text = texts[ent.start] if len(ent) == 1 else ""
        before = texts[ent.start - 1] if ent.start else ""
        if (
            ent.label_ == "ORG"
            and text in services
            and (before in prepositions or (used and (before == "," or before in joints)))
        ):
            result.append(Span(doc, ent.start, ent.end, label="MISC"))
            used = True
        else:
            result.append(ent)
            used = False
    return result


def product_lines(doc: Doc, ents: list[Span]) -> list[Span]:
    """A capitalised word and an English word that closes the name of a product's edition
    or line (lexicon/product_line_words.txt) are one MISC, with a version number right
    after it ("VivaPress Professional" PER, "eine kostenpflichtige Personal Edition",
    "dem Flash Player 8"; gold FORMAT.md: products are MISC), replacing the spans that
    overlap it, a PER or LOC of the same words included; a longer span that holds it
    stays. The word before must follow nothing but a space and be no determiner, pronoun
    or noun for a work or a news medium (those stay outside a name, as in ``work_names``)."""
    view = token_view(doc)
    texts = view.texts
    lines = words("product_line_words")
    found: list[Span] = []
    for i in view.capitalised():
        if i < 1 or texts[i] not in lines or doc[i].is_sent_start:
            continue
        before = doc[i - 1]
        if (
            not before.whitespace_
            or not texts[i - 1][:1].isupper()
            or not texts[i - 1].replace("-", "").isalnum()
            or before.pos_ in DETERMINERS
            or before.pos_ == "PRON"
            or is_work_noun(texts[i - 1])
            or is_media_noun(texts[i - 1])
        ):
            continue
        end = _version_end(doc, texts, i + 1) or i + 1
        found.append(Span(doc, i - 1, end, label="MISC"))
    if not found:
        return ents
    result = list(ents)
    for line in found:
        if any(e.start <= line.start and line.end <= e.end and len(e) > len(line) for e in result):
            continue
        result = [e for e in result if e.end <= line.start or line.end <= e.start]
        result.append(line)
    return sorted(result, key=lambda e: e.start)
