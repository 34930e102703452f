"""``claimex_entity_ruler`` (claimex.components.entity_ruler) finds what spaCy's
``entity_ruler`` finds, and claimex loads the bundled pipeline with it."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span

import claimex
from claimex.components.entity_ruler import ClaimexEntityRuler, orth_index

from .conftest import SEED_TEXT

# sentences written for this test around names of the shipped patterns: overlapping and
# repeated names, names at the end, names inside the NER's own spans
SENTENCES = [
    "Die Vereinten Nationen tagten in New York, nicht in Frankfurt am Main.",
    "Bosnien und Herzegowina, Trinidad und Tobago und Antigua und Barbuda stimmten zu.",
    "Aus Sankt Petersburg, St. Petersburg und Sankt Petersburgs Vororten kamen Gäste.",
    "Die Europäische Zentralbank und der Internationale Währungsfonds warnten Sri Lanka.",
    "Halle ( Saale ) liegt nicht an der Oder, Frankfurt (Oder) schon.",
    "Der Sprecher des Weißen Hauses reiste nach Tel Aviv und Aachen, dann nach Aachen",
    "Bad Homburg vor der Höhe",
]


def _state(doc: Doc) -> list[tuple[int, int, str, str, str]]:
    return [(e.start_char, e.end_char, e.label_, e.kb_id_, e.ent_id_) for e in doc.ents]


def _both(nlp: Language, ruler: EntityRuler, doc: Doc) -> tuple[Doc, Doc]:
    """``doc`` annotated by spaCy's ``EntityRuler`` code and by ``ruler``'s own."""
    theirs, ours = (Doc(nlp.vocab).from_bytes(doc.to_bytes()) for _ in range(2))
    EntityRuler.set_annotations(ruler, theirs, EntityRuler.match(ruler, theirs))
    ruler(ours)
    return theirs, ours


def test_claimex_swaps_the_bundled_entity_ruler(extractor: claimex.Extractor) -> None:
    nlp = extractor.nlp
    assert nlp.get_pipe_meta("entity_ruler").factory == "claimex_entity_ruler"
    ruler = nlp.get_pipe("entity_ruler")
    assert isinstance(ruler, ClaimexEntityRuler)
    assert orth_index(ruler) is not None  # the shipped patterns take the fast path
    assert nlp.pipe_names.index("entity_ruler") == nlp.pipe_names.index("ner") + 1


def test_swapped_ruler_matches_spacys_on_german_text(extractor: claimex.Extractor) -> None:
    nlp = extractor.nlp
    ruler = nlp.get_pipe("entity_ruler")
    assert isinstance(ruler, ClaimexEntityRuler)
    before = nlp.pipe_names[: nlp.pipe_names.index("entity_ruler")]
    texts = [SEED_TEXT.read_text(encoding="utf-8"), *SENTENCES]
    matched = added = 0
    with nlp.select_pipes(enable=before):
        for doc in nlp.pipe(texts):
            assert ruler.match(doc) == EntityRuler.match(ruler, doc)
            theirs, ours = _both(nlp, ruler, doc)
            assert _state(ours) == _state(theirs)
            matched += len(ruler.match(doc))
            added += len(ours.ents) - len(doc.ents)
    assert matched > 30
    assert added >= 8


PATTERNS: list[dict[str, Any]] = [
    {"label": "LOC", "pattern": [{"ORTH": "Frankfurt"}]},
    {"label": "LOC", "pattern": [{"ORTH": "Frankfurt"}, {"ORTH": "am"}, {"ORTH": "Main"}]},
    {"label": "ORG", "pattern": [{"ORTH": "am"}, {"ORTH": "Main"}, {"TEXT": "Klinik"}]},
    {"label": "LOC", "pattern": [{"ORTH": {"IN": ["Minsk", "Kiew"]}}, {"ORTH": "Nord"}]},
    {"label": "ORG", "id": "kreml", "pattern": [{"ORTH": "Kreml"}]},
    {"label": "LOC", "pattern": [{"ORTH": {"IN": ["Minsk", "Kiew", "Minsk"]}}]},
]
TEXTS = [
    "Frankfurt am Main Klinik in Frankfurt am Main und Frankfurt",
    "Kreml Kreml Minsk Nord Kiew Nord Minsk am Main",
    "Frankfurt am",
    "",
]


def _rulers(patterns: list[dict[str, Any]]) -> tuple[Language, EntityRuler, ClaimexEntityRuler]:
    nlp = spacy.blank("de")
    theirs = nlp.add_pipe("entity_ruler", name="theirs")
    ours = nlp.add_pipe("claimex_entity_ruler", name="ours")
    for ruler in (theirs, ours):
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    assert isinstance(theirs, EntityRuler)
    assert isinstance(ours, ClaimexEntityRuler)
    return nlp, theirs, ours


@pytest.mark.parametrize(
    "extra",
    [
        [],
        [{"label": "MISC", "pattern": [{"LOWER": "kiew"}]}],  # no exact ORTH test
        [{"label": "ORG", "pattern": "Minsk Nord"}],  # a phrase pattern
        [{"label": "ORG", "pattern": [{"ORTH": "Minsk"}]}],  # one sequence, two labels
    ],
)
def test_blank_rulers_agree_with_existing_entities_and_ids(extra: list[dict[str, Any]]) -> None:
    nlp, theirs, ours = _rulers(PATTERNS + extra)
    assert (orth_index(ours) is None) == bool(extra)  # else spaCy's own match
    for text in TEXTS:
        for existing in ((), ((1, 2, "PER"),), ((0, 1, "MISC"), (5, 6, "ORG"))):
            doc = nlp.make_doc(text)
            doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in existing if e <= len(doc)]
            assert ours.match(doc) == theirs.match(doc)
            a, b = Doc(nlp.vocab).from_bytes(doc.to_bytes()), doc
            theirs(a)
            ours(b)
            assert _state(b) == _state(a)
    assert _state(ours(nlp.make_doc("Kreml")))[0][3:] == ("", "kreml")


def test_bare_pipeline_keeps_spacys_ruler(extractor: claimex.Extractor) -> None:
    bare = spacy.load(extractor.model, exclude=["tok2vec", "tagger", "parser", "ner"])
    assert type(bare.get_pipe("entity_ruler")) is EntityRuler
