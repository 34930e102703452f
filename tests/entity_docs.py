"""Docs for testing the entity stage alone: the bundled pipeline's tags and parse, with the
NER's spans set by hand (so a rule is tested, not the NER)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

import claimex
from claimex import components

Ent = tuple[str, str]
"""An entity as (surface text, label)."""


def entities_found(extractor: claimex.Extractor, text: str) -> list[Ent]:
    """(text, label) of each entity ``extractor`` finds in ``text``, in text order."""
    return [(ent.text, ent.label) for ent in extractor.extract(text).entities]


def doc_with_ents(extractor: claimex.Extractor, text: str, ents: list[Ent]) -> Doc:
    """``text`` through the pipeline's components before the NER, with ``ents`` (in text
    order) as its entities."""
    nlp = extractor.nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("ner", "entity_ruler") or name in components.PIPELINE:
            break
        doc = proc(doc)
    spans: list[Span] = []
    after = 0
    for surface, label in ents:
        start = text.index(surface, after)
        after = start + len(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def stage_entities(extractor: claimex.Extractor, text: str, ents: list[Ent]) -> list[Ent]:
    """The entities of ``text`` after claimex's entity stage, given the NER's ``ents``."""
    doc = extractor.nlp.get_pipe("claimex_entities")(doc_with_ents(extractor, text, ents))
    return [(ent.text, ent.label_) for ent in doc.ents]
