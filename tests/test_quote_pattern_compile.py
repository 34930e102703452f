"""The compiled quote patterns find exactly what one spaCy ``Matcher`` with every pattern
finds, while no pattern of the packaged file is left on the slow ``Matcher`` (with the
cue lists as ``IN`` sets it took a large share of the quote stage's time)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.tokens import Doc

import claimex
from claimex.components.quotes.patterns import PatternTable, default_patterns

TEXTS = [
    "Nach Angaben der Feuerwehr wurden bei dem Brand in der Lagerhalle zwei Menschen verletzt.",
    "Nach eigenen Angaben hat das Unternehmen im vergangenen Jahr mehr Gewinn gemacht.",
    "Aus Sicht der Opposition ist das Gesetz verfassungswidrig, so die Grünen.",
    "Dem Innenministerium zufolge wurden drei Menschen schwer verletzt, sagte ein Sprecher.",
    "Laut Polizei war der Fahrer nach dem Unfall nicht ansprechbar.",
    "Die Preise werden weiter steigen, so der Verband. Nach der Sitzung ging er nach Hause.",
]

EXTRA = [
    {"id": "x.optional_end", "kind": "cue", "priority": 1, "description": "test",
     "match": [[{"LOWER": "nach"}, {"LOWER": {"IN": ["angaben", "ansicht"]}, "OP": "?"}]]},
    {"id": "x.optional_start", "kind": "cue", "priority": 1, "description": "test",
     "match": [[{"ORTH": {"IN": ["Die", "die"]}, "OP": "?"}, {"ORTH": "Preise"}]]},
    {"id": "x.case", "kind": "cue", "priority": 1, "description": "test",
     "match": [[{"LOWER": "Nach"}, {"ORTH": "angaben"}]]},
    {"id": "x.other_test", "kind": "cue", "priority": 1, "description": "test",
     "match": [[{"LOWER": "so"}, {"IS_ALPHA": True, "OP": "*"}, {"ORTH": "."}]]},
]  # fmt: skip


@pytest.fixture(scope="module")
def nlp_docs(extractor: claimex.Extractor) -> list[Doc]:
    return [extractor.nlp(text) for text in TEXTS]


def test_packaged_patterns_leave_the_matcher(extractor: claimex.Extractor) -> None:
    compiled = PatternTable.from_data(default_patterns()).compile(extractor.nlp.vocab)
    assert len(compiled.matcher) == 0


def test_compiled_matches_equal_one_matcher(
    extractor: claimex.Extractor, nlp_docs: list[Doc]
) -> None:
    data = default_patterns()
    data["patterns"] += EXTRA
    table = PatternTable.from_data(data)
    compiled = table.compile(extractor.nlp.vocab)
    reference = Matcher(extractor.nlp.vocab, validate=True)
    for pattern in table:
        if pattern.match:
            reference.add(pattern.id, [list(seq) for seq in pattern.match])
    found = 0
    for doc in nlp_docs:
        expected = sorted(set(reference(doc, allow_missing=True)))
        assert sorted(compiled(doc)) == expected
        found += len(expected)
    assert found > 20
