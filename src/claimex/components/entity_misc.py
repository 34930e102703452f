"""MISC names inside spans the NER gave another shape: a work or product after its kind noun."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimex.components.doctokens import token_texts
from claimex.components.entity_titles import is_work_noun


def work_noun_inside(doc: Doc, ents: list[Span]) -> list[Span]:
    """A non-person span that begins with a noun for a work, vehicle or product
    (lexicon/work_nouns.txt) is the name after the noun, a MISC: "Shuttle Atlantis" (MISC),
    "Raumfähre Atlantis" (ORG), "Software Mediawiki" (ORG) -> "Atlantis", "Mediawiki". The
    noun says what the name is, as a title says it of a person ("Präsident Putin"); a PER
    keeps its first word, a given name that is also a noun ("Roman Giertych").

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Das Shuttle Atlantis startet")
        >>> [(s.text, s.label_) for s in work_noun_inside(doc, [Span(doc, 1, 3, "ORG")])]
        [('Atlantis', 'MISC')]
    """
    texts = token_texts(doc)
    return [
        Span(doc, ent.start + 1, ent.end, label="MISC")
        if len(ent) > 1
        and ent.label_ != "PER"
        and is_work_noun(texts[ent.start])
        and _name_word(texts[ent.start + 1])
        else ent
        for ent in ents
    ]


def _name_word(text: str) -> bool:
    """A word that can begin a name: capitalised, or a code with a digit ("STS-130")."""
    return text[:1].isupper() or any(ch.isdigit() for ch in text)
