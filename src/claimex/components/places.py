"""``claimex_places``: countries, cities and regions, merged across name variants.

Reads ``doc.ents`` (LOC) and writes ``doc._.claimex_places``, a list of
:class:`~claimex.components.linking.Referent` in order of first mention. A place is named
by its most frequent form ("Moldau", not "Republik Moldau").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimex.components.linking import DEFAULT_FUZZY_CUTOFF, Linker, most_frequent_name

PLACES_ATTR = "claimex_places"


class PlaceLinker:
    """Group LOC mentions into places."""

    def __init__(
        self, nlp: Language, name: str = "claimex_places", *, fuzzy_cutoff: float
    ) -> None:
        self.name = name
        self.linker = Linker(fuzzy_cutoff=fuzzy_cutoff, naming=most_frequent_name, places=True)
        if not Doc.has_extension(PLACES_ATTR):
            Doc.set_extension(PLACES_ATTR, default=None)

    def __call__(self, doc: Doc) -> Doc:
        spans = [ent for ent in doc.ents if ent.label_ == "LOC"]
        doc._.set(PLACES_ATTR, self.linker.link(spans))
        return doc


@Language.factory(
    "claimex_places",
    requires=["doc.ents"],
    assigns=[f"doc._.{PLACES_ATTR}"],
    default_config={"fuzzy_cutoff": DEFAULT_FUZZY_CUTOFF},
)
def make_place_linker(nlp: Language, name: str, fuzzy_cutoff: float) -> PlaceLinker:
    """Create the ``claimex_places`` component."""
    return PlaceLinker(nlp, name, fuzzy_cutoff=fuzzy_cutoff)
