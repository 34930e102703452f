"""``claimex_entities``: bring the NER's spans to claimex's entity conventions.

Whatever German pipeline runs underneath, its entity spans are normalised the same way
(gold FORMAT.md): quotation marks and punctuation at the edges are outside the span,
titles and functions are outside the span ("Präsident Wladimir Putin" -> "Wladimir
Putin"), and currencies ("Euro") or lower-case adjectives ("russische") are no entities.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from claimex.components.labels import ADJECTIVES
from claimex.lexicon import words
from claimex.text import QUOTE_CHARS

ENTITY_LABELS = frozenset({"PER", "LOC", "ORG", "MISC"})
# Labels of other schemes mapped onto claimex's (WikiNER / CoNLL / OntoNotes style).
LABEL_MAP = {
    "PERSON": "PER",
    "GPE": "LOC",
    "LOCATION": "LOC",
    "ORGANIZATION": "ORG",
    "NORP": "MISC",
    "EVENT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "FAC": "LOC",
}


def is_role_word(text: str) -> bool:
    """Return whether ``text`` is a title or function noun ("Präsident", "Außenministerin").

    Example:
        >>> is_role_word("Außenministerin"), is_role_word("Putin")
        (True, False)
    """
    return _in_lexicon(text, "roles")


def is_org_description(text: str) -> bool:
    """Return whether ``text`` describes an organisation ("Denkfabrik", "Autokonzern")."""
    return _in_lexicon(text, "org_descriptions")


def _in_lexicon(text: str, name: str) -> bool:
    entries = words(name)
    if text in entries:
        return True
    lower = text.lower()
    return any(
        entry.startswith("-") and lower.endswith(entry[1:]) and len(lower) > len(entry)
        for entry in entries
    )


def _is_edge_junk(token: Token) -> bool:
    return token.is_punct or token.text in QUOTE_CHARS or token.is_space


class EntityNormalizer:
    """Trim and filter ``doc.ents`` to claimex's conventions."""

    def __init__(self, nlp: Language, name: str = "claimex_entities") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        kept: list[Span] = []
        for ent in doc.ents:
            span = self._normalize(ent)
            if span is not None:
                kept.append(span)
        doc.ents = filter_spans(kept)
        return doc

    def _normalize(self, ent: Span) -> Span | None:
        label = LABEL_MAP.get(ent.label_, ent.label_)
        if label not in ENTITY_LABELS:
            return None
        start, end = ent.start, ent.end
        doc = ent.doc
        while start < end and _is_edge_junk(doc[start]):
            start += 1
        while end > start and _is_edge_junk(doc[end - 1]):
            end -= 1
        # Titles and functions stand outside the span; a name must remain.
        while end - start > 1 and label == "PER" and is_role_word(doc[start].text):
            start += 1
        if start >= end:
            return None
        tokens = doc[start:end]
        if tokens.text in words("not_entities"):
            return None
        first = tokens[0]
        if len(tokens) == 1 and first.pos_ in ADJECTIVES and first.text[:1].islower():
            return None
        if not any(ch.isalnum() for ch in tokens.text):
            return None
        return Span(doc, start, end, label=label)


@Language.factory(
    "claimex_entities",
    requires=["doc.ents"],
    assigns=["doc.ents"],
    default_config={},
)
def make_entity_normalizer(nlp: Language, name: str) -> EntityNormalizer:
    """Create the ``claimex_entities`` component."""
    return EntityNormalizer(nlp, name)
