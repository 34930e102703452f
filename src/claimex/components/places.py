"""``claimex_places``: countries, cities and regions, merged across name variants.

Reads ``doc.ents`` (LOC) and writes ``doc._.claimex_places``, a list of
:class:`~claimex.components.linking.Referent` in order of first mention. A place is named
by its most frequent form ("Moldau", not "Republik Moldau"), or by the canonical form of that
name in ``lexicon/knowledge.tsv`` where the text writes it too ("Vereinigte Staaten" for "USA"
and "Vereinigten Staaten").
"""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex.components.actors import ACTORS_ATTR
from claimex.components.linking import (
    DEFAULT_FUZZY_CUTOFF,
    Linker,
    Referent,
    known_place,
    most_frequent_name,
)
from claimex.components.namewords import opens_truncated_pair
from claimex.lexicon import words

PLACES_ATTR = "claimex_places"


class PlaceLinker:
    """Group LOC mentions into places."""

    def __init__(self, nlp: Language, name: str = "claimex_places", *, fuzzy_cutoff: float) -> None:
        self.name = name
        self.linker = Linker(fuzzy_cutoff=fuzzy_cutoff, naming=place_name, places=True)
        if not Doc.has_extension(PLACES_ATTR):
            Doc.set_extension(PLACES_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = [place_part(ent) for ent in doc.ents if ent.label_ == "LOC"]
        places = self.linker.link(spans)
        actors: list[Referent] = (
            list(doc._.get(ACTORS_ATTR) or []) if Doc.has_extension(ACTORS_ATTR) else []
        )
        places, actors = harmonize(doc, places, actors)
        doc._.set(PLACES_ATTR, places)
        if Doc.has_extension(ACTORS_ATTR):
            doc._.set(ACTORS_ATTR, actors)
        return doc


def place_part(span: Span) -> Span:
    """The whole place of a LOC that begins with a truncated compound and a conjunction
    ("Mittel- und Osteuropa" -> "Osteuropa"; rule ``place_truncated_pair``): the truncated
    word names a place of its own, which the text does not write out."""
    if len(span) > 2 and opens_truncated_pair(span[0].text, span[1].text):
        return Span(span.doc, span.start + 2, span.end, label=span.label_)
    return span


def place_name(referent: Referent) -> str:
    """The most frequent base form, or the canonical form of its place by
    ``lexicon/knowledge.tsv`` where another base form is an inflection of that (a close
    spelling): "Vereinigte Staaten" for "USA", "USA" and "Vereinigten Staaten"; "Moldau"
    stays "Moldau" beside "Republik Moldau" (a name of its own in the list)."""
    name = most_frequent_name(referent)
    divisions = words("place_divisions")
    for base in referent.bases:
        first, *rest = base.split()
        if first in divisions and " ".join(rest) == name:
            name = base  # the division as a whole: "Bundesstaat New York" beside "New York"
            break
    canonical = known_place(name)
    if canonical is None or canonical == name:
        return name
    for base in dict.fromkeys(referent.bases):
        if known_place(base) == canonical and (
            fuzz.ratio(base.lower(), canonical.lower()) >= DEFAULT_FUZZY_CUTOFF
        ):
            return canonical
    return name


def harmonize(
    doc: Doc, places: list[Referent], actors: list[Referent]
) -> tuple[list[Referent], list[Referent]]:
    """Give a name the NER tagged both LOC and PER/ORG one type: the majority's.

    "Kreml" tagged ORG twice and LOC once becomes one actor; the entity labels in
    ``doc.ents`` follow, so entities, actors and places agree.
    """
    relabel: dict[tuple[int, int], str] = {}
    kept_places: list[Referent] = []
    # the actors (by position) that have each lower-cased base form; an actor that a
    # place takes over leaves, one that takes a place over gains its forms
    by_base: dict[str, set[int]] = defaultdict(set)
    for k, actor in enumerate(actors):
        for base in actor.bases:
            by_base[base.lower()].add(k)
    gone: set[int] = set()
    for place in places:
        keys = {b.lower() for b in place.bases}
        owners = set().union(*(by_base.get(key, set()) for key in keys)) - gone
        if not owners:
            kept_places.append(place)
            continue
        k = min(owners)  # the first actor in order that shares a form
        twin = actors[k]
        if len(twin.spans) >= len(place.spans):
            for span in place.spans:
                relabel[(span.start, span.end)] = twin.label
            for span, base in zip(place.spans, place.bases, strict=True):
                twin.add(span, base)
                by_base[base.lower()].add(k)
            twin.spans, twin.bases = _sorted(twin)
        else:
            for span in twin.spans:
                relabel[(span.start, span.end)] = "LOC"
            for span, base in zip(twin.spans, twin.bases, strict=True):
                place.add(span, base)
            place.spans, place.bases = _sorted(place)
            gone.add(k)
            kept_places.append(place)
    actors = [a for k, a in enumerate(actors) if k not in gone]
    if relabel:
        doc.ents = [
            Span(doc, e.start, e.end, label=relabel.get((e.start, e.end), e.label_))
            for e in doc.ents
        ]
        for referent in [*kept_places, *actors]:
            referent.spans = [doc[s.start : s.end] for s in referent.spans]
    return kept_places, actors


def _sorted(referent: Referent) -> tuple[list[Span], list[str]]:
    pairs = sorted(zip(referent.spans, referent.bases, strict=True), key=lambda p: p[0].start)
    return [s for s, _ in pairs], [b for _, b in pairs]


@Language.factory(
    "claimex_places",
    requires=["doc.ents"],
    assigns=[f"doc._.{PLACES_ATTR}", "doc.ents"],
    default_config={"fuzzy_cutoff": DEFAULT_FUZZY_CUTOFF},
)
def make_place_linker(nlp: Language, name: str, fuzzy_cutoff: float) -> PlaceLinker:
    """Create the ``claimex_places`` component."""
    return PlaceLinker(nlp, name, fuzzy_cutoff=fuzzy_cutoff)
