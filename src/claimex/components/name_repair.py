"""Repairs of entity spans that follow from how German names are built.

Run by ``claimex_entities`` after the NER's spans are normalised and the gazetteer applied.
Each repair is one small rule over the span list, driven by word lists in ``lexicon/``:

- an organisation's legal form or generic company word closes its name: "EuroDNS SA",
  "Dotalliance Inc." are ORG, and a span made only of such words ("SA", "Media Group")
  takes the capitalised words before it ("Bauer Media Group");
- an institution named with its seat is one ORG: "Landesgericht Innsbruck", and two
  names side by side where the first is an ORG are one ("Bank" "Austria", "IG Metall"
  "Trier"), unless the second is a place in the genitive ("Gerichtshof Saudi-Arabiens");
- a hyphenated compound on an organisation word is an ORG ("Abdullah-Zentrum"), and an
  organisation's name runs on over "für" + adjectives + noun ("Abdullah-Zentrum für
  interreligiösen Dialog", "Bundesamt für Migration und Flüchtlinge");
- a word with a capital inside ("KommAustria", "EuroDNS") names an organisation, not a
  person or a place (surname prefixes such as Mc-, Mac-, De-, Di- excepted);
- a place does not run on into common nouns: "(in) Österreich Asyl (beantragt)";
- a name the gazetteer does not know as a place is a person when a title or function
  stands right before it ("Musiker Heino", "EU-Migrationskommissar Dimitris
  Avramopoulos") or when it is the subject of a verb of saying ("erklärte Heino"); the
  other mentions of the same name follow ("Heino:" in a headline);
- a span with a person's function inside is the person after it ("Dresdner
  Kommissarinnen Karin Gorniak" -> "Karin Gorniak" PER), and a capitalised word between a
  function and a person's name is the first name ("Staatspräsidenten Prokopis
  Pavlopoulos");
- a name followed by an age in brackets is a person ("Michael (66)"), and so is a full
  name in brackets after a person, an actor after the role ("Henni Sieland (Alwara
  Höfels)").

What the rules do not do: find an organisation that the NER missed entirely
("Ökologie-Institut"), or tell a person from a place the NER confused ("Heino" LOC).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import has_feature, token_texts
from claimex.components.labels import SUBJECT
from claimex.components.linking import acronym_fits
from claimex.components.namewords import (
    gazetteer_places,
    in_lexicon,
    is_org_description,
    is_role_word,
)
from claimex.lexicon import table, words

_CAMEL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+[A-ZÄÖÜ]")
_SURNAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz")
_MAX_LEFT = 2
_DOMAIN = re.compile(
    r"^(?:[a-z0-9][a-z0-9-]*\.)*[a-z0-9][a-z0-9-]*\.(?:[a-z]{2}|com|org|net|info|asia|eu|biz)$"
    r"|^\.(?:[a-z]{2}|com|org|net|info|asia|eu|biz)$"
)
_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.s?$")
_DASHES = frozenset({"-", "\N{EN DASH}", "\N{EM DASH}"})


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


def _genitive_place(span: Span) -> bool:
    text = span.text
    if has_feature(span[-1], "Case", "Gen"):
        return True
    return text.endswith("s") and text[:-1] in gazetteer_places()


class _SpanList:
    """A list of spans with ``list.remove``/``list.index`` by equality in constant time:
    removed entries leave a hole, and each span's positions are kept by the span."""

    def __init__(self, spans: Iterable[Span]) -> None:
        self._items: list[Span | None] = []
        self._positions: dict[Span, list[int]] = {}
        for span in spans:
            self.append(span)

    def append(self, span: Span) -> None:
        self._positions.setdefault(span, []).append(len(self._items))
        self._items.append(span)

    def __contains__(self, span: Span) -> bool:
        return bool(self._positions.get(span))

    def index(self, span: Span) -> int:
        """The first position holding ``span`` (``ValueError`` where none does)."""
        positions = self._positions.get(span)
        if not positions:
            raise ValueError(f"{span!r} is not in the list")
        return positions[0]

    def remove(self, span: Span) -> None:
        """Remove the first entry equal to ``span`` (``ValueError`` where none is)."""
        k = self.index(span)
        self._positions[span].pop(0)
        self._items[k] = None

    def __setitem__(self, k: int, span: Span) -> None:
        old = self._items[k]
        if old is not None:
            self._positions[old].remove(k)
        positions = self._positions.setdefault(span, [])
        positions.append(k)
        positions.sort()
        self._items[k] = span

    def sorted(self) -> list[Span]:
        """The spans by start (in list order where starts are equal)."""
        return sorted((s for s in self._items if s is not None), key=lambda s: s.start)


def repair_spans(doc: Doc, ents: Iterable[Span]) -> list[Span]:
    """Apply the repairs above to ``ents`` (sorted, non-overlapping) and return new spans."""
    spans = sorted(ents, key=lambda s: s.start)
    texts = token_texts(doc)
    spans = [_relabel(span) for span in spans]
    spans = _extend_company(doc, spans)
    spans = _merge_neighbours(doc, spans)
    spans = _institutions(doc, spans)
    taken = _taken(spans)
    spans = [_extend_fuer(span, taken) for span in spans]
    spans = [_trim_place(span) for span in spans]
    spans = [_role_inside(span) for span in spans]
    spans = _first_names(doc, spans)
    spans = _bracketed_persons(doc, spans, texts)
    spans = _given_names(doc, spans, texts)
    spans = _org_genitives(doc, spans, texts)
    spans = _named_bodies(doc, spans, texts)
    spans = _misc_names(doc, spans, texts)
    spans = [_afteris_org_description(span) for span in spans]
    return _persons(spans)


def _relabel(span: Span) -> Span:
    label = span.label_
    if _INITIAL.match(span.text):
        return Span(span.doc, span.start, span.end, label="PER")  # "M.s": Husam M.'s
    if label == "ORG" or label == "MISC":
        return span
    last = span[-1].text
    compound_head = last.rsplit("-", 1)[-1] if "-" in last.strip("-") else ""
    if (
        (len(span) > 1 and is_company_word(last))
        or (len(span) == 1 and is_camel_case(last))
        or (compound_head and is_org_description(compound_head.capitalize()))
        # "Hauptverband", "Landeskriminalamt" tagged PER; "-hof" ends surnames too (Kirchhof)
        or (len(span) == 1 and _org_compound(last) and not last.endswith("hof"))
    ):
        return Span(span.doc, span.start, span.end, label="ORG")
    return span


def _taken(spans: list[Span]) -> set[int]:
    return {i for span in spans for i in range(span.start, span.end)}


def _extend_company(doc: Doc, spans: list[Span]) -> list[Span]:
    taken = _taken(spans)
    result: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if span.label_ == "ORG" and all(is_company_word(t.text) for t in span):
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
        while end < len(doc) and end not in taken and is_company_word(doc[end].text):
            if doc[end].text == "&" and end + 1 >= len(doc):
                break
            end += 1
        if doc[end - 1].text == "&":
            end -= 1
        if (start, end) != (span.start, span.end):
            taken.update(range(start, end))
            span = Span(doc, start, end, label="ORG")
        result.append(span)
    return result


def _merge_neighbours(doc: Doc, spans: list[Span]) -> list[Span]:
    result: list[Span] = []
    for span in spans:
        if result:
            last = result[-1]
            if (
                last.end == span.start
                and last.label_ == "ORG"
                and (span.label_ == "ORG" or (span.label_ == "LOC" and not _genitive_place(span)))
            ):
                result[-1] = Span(doc, last.start, span.end, label="ORG")
                continue
        result.append(span)
    return result


def _extend_left(
    doc: Doc, spans: list[Span], fits: Callable[[Span, Token], bool], label: str
) -> list[Span]:
    """Take the free token before a span into it (as ``label``) where ``fits`` says so."""
    taken = _taken(spans)
    result: list[Span] = []
    for span in spans:
        before = span.start - 1
        if before >= 0 and before not in taken and fits(span, doc[before]):
            span = Span(doc, before, span.end, label=label)
            taken.add(before)
        result.append(span)
    return result


def _institutions(doc: Doc, spans: list[Span]) -> list[Span]:
    """"Landesgericht" + "Innsbruck" LOC -> one ORG (not before a genitive place)."""

    def fits(span: Span, before: Token) -> bool:
        return (
            span.label_ == "LOC"
            and is_institution_head(before.text)
            and not _genitive_place(span)
        )

    return _extend_left(doc, spans, fits, "ORG")


def _extend_fuer(span: Span, taken: set[int]) -> Span:
    """"X-Zentrum für interreligiösen Dialog": für + adjectives + a noun (+ und + ...).
    ``taken``: the tokens of all spans (only tokens after ``span`` are looked up)."""
    if span.label_ != "ORG":
        return span
    doc = span.doc
    head = span[-1].text.rsplit("-", 1)[-1]
    if not is_org_description(head[:1].upper() + head[1:]):
        return span
    end = span.end
    if end >= len(doc) or doc[end].lower_ != "für":
        return span
    i = end + 1
    new_end = end
    while True:
        while i < len(doc) and doc[i].text[:1].islower() and doc[i].pos_ == "ADJ":
            i += 1
        if i >= len(doc) or not doc[i].text[:1].isupper() or not doc[i].is_alpha:
            break
        if doc[i].pos_ not in ("NOUN", "PROPN") or i in taken:
            break
        new_end = i + 1
        if new_end + 1 < len(doc) and doc[new_end].lower_ == "und":
            i = new_end + 1
            continue
        break
    if new_end == end:
        return span
    return Span(doc, span.start, new_end, label="ORG")


def _trim_place(span: Span) -> Span:
    """"Österreich Asyl" -> "Österreich": a known place followed only by common nouns;
    "Lager Traiskirchen", "Skodastandort Aurangabad" -> the name after a common noun."""
    if span.label_ != "LOC" or len(span) < 2:
        return span
    first = span[0]
    if (
        first.tag_ == "NN"
        and first.pos_ == "NOUN"
        and first.text not in words("place_designators")
        and first.text not in words("place_name_starts")
        and span[1].text[:1].isupper()
        and span[1].tag_ in ("NE", "FM")
    ):
        return Span(span.doc, span.start + 1, span.end, label="LOC")
    places = gazetteer_places()
    for k in range(len(span) - 1, 0, -1):
        head = span[:k]
        tail = span[k:]
        if head.text in places and all(
            t.tag_ == "NN" and t.pos_ == "NOUN" and t.text not in places for t in tail
        ):
            return Span(span.doc, span.start, span.start + k, label="LOC")
    return span


@cache
def _speech_verb_forms() -> frozenset[str]:
    verbs: dict[str, dict[str, list[str]]] = table("cues")["verbs"]
    return frozenset(form.lower() for entry in verbs.values() for form in entry["forms"])


def _person_evidence(span: Span) -> bool:
    if span.label_ not in ("LOC", "MISC") or span.text in gazetteer_places():
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text[:1].isupper() and is_role_word(before.text):
        return True
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text in _DASHES:
        return False  # a dateline: "Riad - Der Oberste Gerichtshof hat ... bestätigt"
    if (
        before is not None
        and before.lower_ in _speech_verb_forms()
        and (after is None or after.is_punct)
    ):
        return True  # "..., erklärte Heino."
    root = span.root
    return root.dep_ in SUBJECT and root.head.lower_ in _speech_verb_forms()


def _persons(spans: list[Span]) -> list[Span]:
    persons = {span.text for span in spans if _person_evidence(span)}
    if not persons:
        return spans
    return [
        Span(span.doc, span.start, span.end, label="PER")
        if span.text in persons and span.label_ in ("LOC", "MISC")
        else span
        for span in spans
    ]


def _role_word_any_number(text: str) -> bool:
    """A person's function, also in the plural ("Kommissarinnen", "Präsidenten")."""
    if is_role_word(text):
        return True
    for ending in ("nen", "en", "n", "e"):
        if text.endswith(ending) and is_role_word(text[: -len(ending)]):
            return True
    return False


def _name_word(token: Token) -> bool:
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and token.lower_ not in words("german_function_words")
        and not _role_word_any_number(token.text)
        and not is_org_description(token.text)
    )


def _role_inside(span: Span) -> Span:
    if len(span) < 3 or span.label_ == "PER":
        return span
    for k in range(len(span) - 2, -1, -1):
        if span[k].text[:1].isupper() and _role_word_any_number(span[k].text):
            rest = span[k + 1 :]
            if all(_name_word(t) for t in rest) and rest.text not in gazetteer_places():
                return Span(span.doc, rest.start, rest.end, label="PER")
            break
    return span


def _first_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A name word between a function and a person: "Staatspräsidenten Prokopis" +
    "Pavlopoulos"."""

    def fits(span: Span, before: Token) -> bool:
        return (
            span.label_ == "PER"
            and before.i >= 1
            and _name_word(before)
            and not before.is_sent_start
            and doc[before.i - 1].text[:1].isupper()
            and _role_word_any_number(doc[before.i - 1].text)
        )

    return _extend_left(doc, spans, fits, "PER")


_MAX_AGE = 120


def _age_after(texts: list[str], end: int) -> bool:
    return (
        end + 2 < len(texts)
        and texts[end] == "("
        and texts[end + 2] == ")"
        and texts[end + 1].isdigit()
        and 0 < int(texts[end + 1]) <= _MAX_AGE
    )


def _bracketed_persons(doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
    by_start = {span.start: span for span in spans}
    taken = _taken(spans)
    result = _SpanList([])
    for span in spans:
        if span.label_ != "PER" and _age_after(texts, span.end):
            span = Span(doc, span.start, span.end, label="PER")
        result.append(span)
    # untagged names with an age: "Marianne (63) und Michael (66)"
    for i in range(len(texts) - 1):
        if texts[i + 1] != "(" or i in taken:
            continue
        if not _age_after(texts, i + 1):
            continue
        token = doc[i]
        if not _name_word(token):
            continue
        if token.is_sent_start or doc[i - 1].lower_ in ("der", "die", "das", "des", "dem", "den"):
            continue
        result.append(Span(doc, i, i + 1, label="PER"))
        taken.add(i)
    # "Henni Sieland (Alwara Höfels)": a full name in brackets after a person
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
    text = token.text
    parts = text.split("-")
    return (
        all(p[:1].isupper() and p[1:].isalpha() for p in parts if p)
        and len(text) > 1
        and not text.isupper()
        and token.lower_ not in words("german_function_words")
        and not _role_word_any_number(text)
        and not is_org_description(text)
        and text not in gazetteer_places()
    )


def _given_names(doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
    given = words("first_names")
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = _SpanList(spans)
    resume = 0
    for i in [i for i, text in enumerate(texts[:-1]) if text in given]:
        if i < resume or texts[i].lower() in words("german_function_words"):
            continue
        end = i + 1
        while end < len(doc) - 1 and texts[end] in given and _surname_word(doc[end + 1]):
            end += 1  # "Hans Karl Schaller"
        if not _surname_word(doc[end]):
            continue
        end += 1
        covered = {id(owner[k]): owner[k] for k in range(i, end) if k in owner}
        inside = all(i <= s.start and s.end <= end for s in covered.values())
        if inside and all(s.label_ == "PER" for s in covered.values()) and (
            not covered or (i, end) not in {(s.start, s.end) for s in covered.values()}
        ):
            for span in covered.values():
                result.remove(span)
            result.append(Span(doc, i, end, label="PER"))
        resume = end
    return result.sorted()


def _org_compound(text: str) -> bool:
    """An organisation word, also as the last part of a compound ("Hauptverband")."""
    return text[:1].isupper() and is_org_description(text)


def _capitalised_adjective(token: Token) -> bool:
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and token.text.endswith(("en", "er", "es", "e", "em"))
        and (token.pos_ == "ADJ" or token.tag_ in ("ADJA", "ADJD") or token.pos_ == "PROPN")
        and not token.is_sent_start
    )


def _org_genitives(doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = _SpanList(spans)
    for i in range(len(texts) - 3):
        if texts[i + 1] not in ("des", "der") or not _org_compound(texts[i]):
            continue
        span = owner.get(i)
        if span is not None and span.end != i + 1:
            continue
        if doc[i + 1].lower_ not in ("des", "der"):
            continue
        k = i + 2
        while k < len(doc) and _capitalised_adjective(doc[k]):
            k += 1
        if k == i + 2 or k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
            continue
        end = k + 1
        start = span.start if span is not None else i
        inner = {id(owner[j]): owner[j] for j in range(i + 1, end) if j in owner}
        if any(s.end > end for s in inner.values()):
            continue
        for s in [*inner.values(), *([span] if span is not None else [])]:
            if s in result:
                result.remove(s)
        result.append(Span(doc, start, end, label="ORG"))
    return result.sorted()


def _named_body(text: str) -> bool:
    stem = text[:-2] if text.endswith("es") else text[:-1] if text.endswith("s") else text
    return (
        (in_lexicon(text, "body_endings") or in_lexicon(stem, "body_endings"))
        and text not in words("org_descriptions")
        and any(text.startswith(prefix) for prefix in words("national_prefixes"))
    )


def _named_bodies(doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
    taken = _taken(spans)
    result = list(spans)
    prefixes = tuple(words("national_prefixes"))
    capitalised = {text for text in set(texts) if text[:1].isupper() and text.isalpha()}
    prefixed = {text for text in capitalised if text.startswith(prefixes)}
    for i, text in enumerate(texts):
        if i in taken or text not in capitalised:
            continue
        opens = i + 1 < len(texts) and texts[i + 1] == "("
        if not opens and text not in prefixed:
            continue
        token = doc[i]
        introduces = (
            i + 3 < len(doc)
            and doc[i + 1].text == "("
            and doc[i + 3].text == ")"
            and _org_compound(token.text)
            and acronym_fits(doc[i + 2].text, token.text)
        )
        if introduces or _named_body(token.text):
            result.append(Span(doc, i, i + 1, label="ORG"))
    return sorted(result, key=lambda s: s.start)


def _afteris_org_description(span: Span) -> Span:
    doc = span.doc
    if span.label_ == "ORG" or span.start == 0:
        return span
    before = doc[span.start - 1]
    start = span.start
    if before.text == "The" and start >= 2:
        start, before = start - 1, doc[start - 2]
    if (
        not before.text[:1].isupper()
        or not is_org_description(before.text)
        or span.text in gazetteer_places()
        or (span.label_ == "PER" and (len(span) > 1 or before.text in words("government_words")))
    ):
        return span
    return Span(doc, start, span.end, label="ORG")


def _misc_name(doc: Doc, start: int, end: int) -> bool:
    text = doc[start:end].text
    names = words("misc_names")
    return text in names or (text.endswith("s") and text[:-1] in names)


def _misc_names(doc: Doc, spans: list[Span], texts: list[str]) -> list[Span]:
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = _SpanList(spans)
    names = words("misc_names")
    # the words that can make a name here, judged once per distinct word
    religions = {
        text for text in set(texts)
        if text[:1].isupper() and (text in names or text[:-1] in names)
    }  # fmt: skip
    for i, text in enumerate(texts):
        if i in owner or not (text in religions or "." in text):
            continue
        domain = "." in text and bool(_DOMAIN.match(text)) and not doc[i].like_num
        if domain or text in religions:
            result.append(Span(doc, i, i + 1, label="MISC"))
    for span in spans:
        # "Fastenmonats Ramadan" ORG -> "Ramadan" MISC
        if span.label_ != "MISC" and _misc_name(doc, span.end - 1, span.end):
            result[result.index(span)] = Span(doc, span.end - 1, span.end, label="MISC")
    return result.sorted()
