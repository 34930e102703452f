"""Round 19 (helper germeval19): held-out NER at sentence level. Sentences from GermEval 2014
test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count
from 0 in file order); each case failed before its change."""

from __future__ import annotations

import claimex


def _entities(extractor: claimex.Extractor, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in extractor.extract(text).entities]


def test_check_leaves_one_sentence(extractor: claimex.Extractor) -> None:
    # entity_check.check_entities: no document evidence in one sentence; GermEval test 3
    text = (
        "Die These, Schlatter sei Antisemit gewesen, wurde seither in der theologischen "
        "Fachliteratur nicht mehr vertreten."
    )
    assert ("Schlatter", "PER") in _entities(extractor, text)


def test_check_still_reads_articles(extractor: claimex.Extractor) -> None:
    """Two sentences are checked as before (the same surname, dropped there)."""
    text = (
        "Die These, Schlatter sei Antisemit gewesen, wurde seither in der theologischen "
        "Fachliteratur nicht mehr vertreten. Sie wurde im Jahr 1990 widerlegt."
    )
    assert ("Schlatter", "PER") not in _entities(extractor, text)


def test_organisation_keeps_its_adjectives(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: adjectives after the preposition; GermEval test 2554
    text = (
        "Mit der Umbenennung 1962 in Bundesministerium für wissenschaftliche Forschung "
        "erfolgte gleichzeitig eine Erweiterung der Aufgaben."
    )
    assert ("Bundesministerium für wissenschaftliche Forschung", "ORG") in _entities(
        extractor, text
    )


def test_organisation_keeps_adjectives_after_article(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: after a genitive article; GermEval test 5003
    text = (
        "Der Präsident der Vereinigung der kommunalen Arbeitgeber, Thomas Böhle, drohte "
        "unterdessen mit verstärkten Privatisierungs- und Outsourcing-Bestrebungen in den "
        "Kommunen als Reaktion auf den Streik."
    )
    assert ("Vereinigung der kommunalen Arbeitgeber", "ORG") in _entities(extractor, text)


def test_misc_keeps_its_number(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: a MISC's numbers; GermEval test 3660
    assert ("Stoxx 50", "MISC") in _entities(extractor, "Der Stoxx 50 verlor 2,5 %.")
