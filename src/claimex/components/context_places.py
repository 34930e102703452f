"""Place names the NER misses or mislabels that their grammatical context marks as places.

A name German does not know (no word of the lemma table, no given name) is a place where
it stands in apposition after a noun for a kind of settlement ("die Hafenstadt
Whitehaven", "im Stadtteil Mokattam", "der Insel Nias"; lexicon/place_kind_nouns.txt) or
after a noun for a facility or a point of a road network that is at a place ("im Werk
Aurskog", "an der Auffahrt Einsiedlerhof"; lexicon/place_facility_nouns.txt).
Run by ``claimex_entities`` (rule ``kind_noun_places``). Such a name is also a place where
the document puts it right after a preposition of place at least twice ("in Sirte"), or
once after "in" or "nach" ("nach Togliatti"; rule ``repeated_preposition_places``). A
PER or ORG at one end of a route whose other end is a place is a place too ("von
Chuquibamba nach Arequipa"; rule ``route_places``), and so is a name German does not know
after "von" and a word of position ("in der Nähe von Marun ar-Ras"; rule
``locative_places``).
"""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimex.components.common_nouns import listed_noun
from claimex.components.doctokens import token_texts, token_view
from claimex.components.namewords import gazetteer_organisations
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words

_MIN_COMPOUND_KIND = 5
_RELABELLED = frozenset({"PER", "ORG", "MISC"})


@cache
def _compound_kinds() -> tuple[frozenset[str], tuple[str, ...]]:
    """The kind nouns in lower case, and those long enough to end a compound."""
    kinds = frozenset(
        kind.lower() for kind in (*words("place_kind_nouns"), *words("place_facility_nouns"))
    )
    return kinds, tuple(kind for kind in kinds if len(kind) >= _MIN_COMPOUND_KIND)


@lru_cache(maxsize=1 << 16)
def _kind_noun(text: str) -> bool:
    """A noun for a kind of settlement or for a facility at a place, also ending a compound
    ("Hafenstadt", "Flüchtlingslager")."""
    if (
        text in words("place_kind_nouns")
        or text in words("place_facility_nouns")
        or text in words("place_divisions")
    ):
        return True
    lower = text.lower()
    kinds, endings = _compound_kinds()
    return lower not in kinds and lower.endswith(endings)


def _unknown_name(token: Token, known: WordCheck) -> bool:
    """A capitalised word of letters (and hyphens or apostrophes) that is no German word
    and no given name, not at a sentence start."""
    text = token.text
    return (
        text[:1].isupper()
        and not token.is_sent_start
        and text.replace("-", "").replace("'", "").isalpha()
        and not known(text)
        and not known(text.split("-")[0])
        and text not in words("first_names")
    )


def _spans_at(spans: list[Span]) -> dict[int, Span]:
    return {span.start: span for span in spans}


def kind_noun_places(
    doc: Doc, spans: list[Span], *, known: WordCheck | None, exact: WordCheck | None = None
) -> list[Span]:
    """An unknown name right after a noun for a kind of settlement, and names coordinated
    with it, are LOCs: untagged ones are added, PER/ORG/MISC spans that begin there are
    relabelled ("zwischen den Orten Görzig und Glauzig", "der Insel Nias" PER). After an
    administrative division (lexicon/place_divisions.txt) the new LOC takes the designator
    in ("Provinz Helmand"). A span the NER tagged there is a name where ``exact`` (the lemma
    table's forms as they stand) knows none of its words (:func:`_tagged_name`): German
    place names are compounds of known words ("Rudolfs|heim"), which ``known`` takes for
    common nouns."""
    if known is None:
        return spans
    spans = [_named_part(span, known, exact) for span in spans]
    starts = _spans_at(spans)
    taken = {i for span in spans for i in range(span.start, span.end)}
    changed: dict[int, Span] = {}
    texts = token_texts(doc)
    for k in range(len(texts) - 1):
        if k in taken or not _kind_noun(texts[k]):
            continue
        token = doc[k]
        division = token.text in words("place_divisions")
        i = token.i + 1
        while i < len(doc):
            span = starts.get(i)
            if not _unknown_name(doc[i], known) and not (
                span is not None and exact is not None and _tagged_name(span, exact)
            ):
                break
            if span is not None:
                if span.label_ in _RELABELLED:
                    changed[i] = Span(doc, span.start, span.end, label="LOC")
                i = span.end
            elif i not in taken:
                first = token.i if division and i == token.i + 1 else i
                changed[first] = Span(doc, first, i + 1, label="LOC")
                i += 1
            else:
                break
            if i + 1 < len(doc) and (
                doc[i].text == "," or doc[i].lower_ in words("list_conjunctions")
            ):
                i += 1
            else:
                break
    return _merge(spans, changed)


def _tagged_name(span: Span, exact: WordCheck) -> bool:
    """Whether a span the NER tagged as a name, right after a kind noun, is made of
    capitalised words of letters (and hyphens) that are no form of the lemma table as they
    stand (``exact``) and no given name, not at a sentence start: a compound of a known
    head is a name there ("des Betriebsbahnhofes Rudolfsheim" ORG, "Rudolfs|heim"; round 25:
    the gold of both train halves has 143 LOCs right after a kind noun, 2 ORGs and 5 PERs,
    four of the PERs opening with a listed given name)."""
    return (
        all(
            t.text[:1].isupper()
            and t.text.replace("-", "").isalpha()
            and not exact(t.text)
            and t.text not in words("first_names")
            for t in span
        )
        and not span[0].is_sent_start
    )


def _named_part(span: Span, known: WordCheck, exact: WordCheck | None = None) -> Span:
    """A span that begins with a noun for a kind of settlement or facility outside the
    designators that may belong to a name (lexicon/place_designators.txt,
    lexicon/place_divisions.txt: "Bundesstaat Queensland") and goes on with names German
    does not know (or, given ``exact``, names the NER tagged that are no form of the lemma
    table as they stand: :func:`_tagged_name`): the names, a LOC ("der Ferieninsel Mallorca"
    PER, "dem Konzentrationslager Majdanek" ORG -> "Mallorca", "Majdanek")."""
    first = span[0]
    if (
        len(span) < 2
        or first.text in words("place_designators")
        or first.text in words("place_divisions")
        or not _kind_noun(first.text)
        or not (
            all(_unknown_name(token, known) for token in span[1:])
            or (exact is not None and _tagged_name(span[1:], exact))
        )
    ):
        return span
    return Span(span.doc, span.start + 1, span.end, label="LOC")


def _merge(spans: list[Span], changed: dict[int, Span]) -> list[Span]:
    """``spans`` with the spans of ``changed`` replacing those that start where they do."""
    if not changed:
        return spans
    kept = [span for span in spans if span.start not in changed]
    return sorted([*kept, *changed.values()], key=lambda span: span.start)


_MIN_PREPOSITION_USES = 2


def _destination(doc: Doc, i: int, destinations: frozenset[str]) -> bool:
    """A one-word name (no capitalised word follows: not "in Camden Market") that
    lexicon/common_nouns.tsv does not list either ("in Zukunft"), right after a preposition
    of destination."""
    one_word = i + 1 == len(doc) or not doc[i + 1].text[:1].isupper()
    return doc[i - 1].lower_ in destinations and one_word and not listed_noun(doc[i].text)


def repeated_preposition_places(
    doc: Doc, spans: list[Span], *, known: WordCheck | None
) -> list[Span]:
    """An untagged name German does not know that the document puts right after a
    preposition of place (lexicon/place_prepositions.txt) at least twice ("in Sirte" five
    times) is a place there; one such use alone is no evidence ("bei Siemens") unless the
    preposition is one of lexicon/place_destination_prepositions.txt ("nach Togliatti")."""
    if known is None:
        return []
    taken = {i for span in spans for i in range(span.start, span.end)}
    prepositions = words("place_prepositions")
    view = token_view(doc)
    uses: dict[str, list[int]] = {}
    for i in range(1, len(doc)):
        # list lookups first: a Token object is built only after a place preposition
        if (
            view.lowers[i - 1] in prepositions
            and view.is_alpha[i]
            and i not in taken
            and _unknown_name(doc[i], known)
        ):
            uses.setdefault(view.texts[i], []).append(i)
    destinations = words("place_destination_prepositions")
    return [
        Span(doc, i, i + 1, label="LOC")
        for positions in uses.values()
        if len(positions) >= _MIN_PREPOSITION_USES or _destination(doc, positions[0], destinations)
        for i in positions
    ]


def locative_places(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """An untagged name German does not know right after "von" that follows a word of
    position or neighbourhood (lexicon/place_locatives.txt: "in der Nähe von", "nördlich
    von", "am Stadtrand von") is a LOC, also where the NER tagged the word alone PER, ORG or
    MISC ("in der Nähe von Marun ar-Ras": "Marun" PER); a name of several words takes the
    capitalised unknown words and particle compounds after it ("ar-Ras")."""
    if known is None:
        return spans
    starts = _spans_at(spans)
    taken = {i for span in spans for i in range(span.start, span.end)}
    locatives = words("place_locatives")
    view = token_view(doc)
    changed: dict[int, Span] = {}
    found: list[Span] = []
    for i in range(2, len(doc)):
        if view.lowers[i - 1] != "von" or view.texts[i - 2] not in locatives:
            continue
        if not _unknown_name(doc[i], known):
            continue
        own = starts.get(i)
        if i in taken and not (own is not None and len(own) == 1 and own.label_ in _RELABELLED):
            continue
        end = i + 1
        while end < len(doc) and end not in taken and _name_continues(doc[end], known):
            end += 1
        if own is not None:
            changed[i] = Span(doc, i, end, label="LOC")  # "Marun" PER + "ar-Ras"
        else:
            found.append(Span(doc, i, end, label="LOC"))
    return filter_spans([*_merge(spans, changed), *found])


def _name_continues(token: Token, known: WordCheck) -> bool:
    """A further word of a place name: unknown and capitalised, or a lower-case particle
    hyphenated to a capitalised part ("ar-Ras", "al-Bared")."""
    first, _, rest = token.text.partition("-")
    if rest and first.islower() and len(first) <= _MAX_PARTICLE and rest[:1].isupper():
        return rest.isalpha()
    return _unknown_name(token, known)


_MAX_PARTICLE = 3  # "al", "ar", "el", "ad", "as"


# "von X nach Y", "zwischen X und Y": the two ends of a route or a stretch are one kind
_ROUTE_PAIRS = (("von", "nach"), ("zwischen", "und"))


def route_places(doc: Doc, spans: list[Span]) -> list[Span]:
    """A PER or ORG that is one end of a route whose other end is a LOC ("von Chuquibamba
    nach Arequipa", "zwischen Bochum und Essen") is a LOC too: both ends of "von ... nach"
    and "zwischen ... und" are of one kind. Not a name with a listed first name, nor a
    listed organisation."""
    texts = token_texts(doc)
    starts = _spans_at(spans)
    changed: dict[int, Span] = {}
    for opener, joiner in _ROUTE_PAIRS:
        for first in spans:
            if first.start == 0 or texts[first.start - 1].lower() != opener:
                continue
            if first.end >= len(doc) or texts[first.end].lower() != joiner:
                continue
            second = starts.get(first.end + 1)
            if second is None:
                continue
            pair = (first, second)
            labels = {span.label_ for span in pair}
            if "LOC" not in labels or not labels <= {"LOC", "PER", "ORG"}:
                continue
            for span in pair:
                if span.label_ != "LOC" and _route_end(span, texts):
                    changed[span.start] = Span(doc, span.start, span.end, label="LOC")
    return _merge(spans, changed)


def _route_end(span: Span, texts: list[str]) -> bool:
    """No listed first name inside and no listed organisation."""
    inside = texts[span.start : span.end]
    if any(word in words("first_names") for word in inside):
        return False
    return " ".join(inside) not in gazetteer_organisations()
