"""Doc -> Extraction: the one module that knows both spaCy and the pydantic records."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc, Span

from claimex.components.actors import ACTORS_ATTR
from claimex.components.linking import Referent
from claimex.components.places import PLACES_ATTR
from claimex.records import (
    Actor,
    Entity,
    Extraction,
    ExtractionWarning,
    Mention,
    ModelInfo,
    Place,
)


class SentenceIndex:
    """Map character offsets to sentence indices of one doc."""

    def __init__(self, doc: Doc) -> None:
        if doc.has_annotation("SENT_START"):
            self.starts = [sent.start_char for sent in doc.sents]
        else:
            self.starts = [0]

    def __call__(self, start_char: int) -> int:
        return max(0, bisect_right(self.starts, start_char) - 1)


def _ext(doc: Doc, name: str) -> list[Any]:
    """Read a claimex Doc extension as a list (empty when the stage did not run)."""
    if not Doc.has_extension(name):
        return []
    value = doc._.get(name)
    return list(value) if value else []


def mention(span: Span, sentence_of: SentenceIndex) -> Mention:
    return Mention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        sentence=sentence_of(span.start_char),
    )


def _aliases(referent: Referent) -> list[str]:
    seen: list[str] = []
    for span in referent.spans:
        if span.text != referent.name and span.text not in seen:
            seen.append(span.text)
    return seen


def doc_to_extraction(
    doc: Doc,
    *,
    model: ModelInfo | None,
    claimex_version: str,
    doc_id: str | None = None,
    warnings: list[ExtractionWarning] | None = None,
) -> Extraction:
    """Build the :class:`Extraction` record of a processed doc."""
    sentence_of = SentenceIndex(doc)
    entities = [
        Entity(text=ent.text, start=ent.start_char, end=ent.end_char, label=ent.label_)
        for ent in doc.ents
    ]
    actors = [
        Actor(
            id=f"A{i}",
            name=ref.name,
            type="PER" if ref.label == "PER" else "ORG",
            mentions=[mention(span, sentence_of) for span in ref.spans],
            aliases=_aliases(ref),
            roles=list(ref.roles),
        )
        for i, ref in enumerate(_ext(doc, ACTORS_ATTR), start=1)
    ]
    places = [
        Place(
            id=f"P{i}",
            name=ref.name,
            mentions=[mention(span, sentence_of) for span in ref.spans],
            aliases=_aliases(ref),
        )
        for i, ref in enumerate(_ext(doc, PLACES_ATTR), start=1)
    ]
    return Extraction(
        id=doc_id,
        text=doc.text,
        entities=entities,
        actors=actors,
        places=places,
        model=model,
        claimex_version=claimex_version,
        warnings=list(warnings or []),
    )
