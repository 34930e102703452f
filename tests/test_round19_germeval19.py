"""Round 19 (helper germeval19): held-out NER at sentence level. Sentences from GermEval 2014
test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count
from 0 in file order); each case failed before its change."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import claimex
from claimex.components.entity_check import EntityCheckModel

from .entity_docs import entities_found


def test_check_leaves_one_sentence(extractor: claimex.Extractor) -> None:
    # entity_check.check_entities: no document evidence in one sentence; GermEval test 3
    text = (
        "Die These, Schlatter sei Antisemit gewesen, wurde seither in der theologischen "
        "Fachliteratur nicht mehr vertreten."
    )
    assert ("Schlatter", "PER") in entities_found(extractor, text)


def test_check_still_reads_articles(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three sentences go through the learned check, one or two do not (round 26; whatever
    the shipped model then decides about "Schlatter")."""
    calls: list[int] = []
    decide_all = EntityCheckModel.decide_all

    def counted(
        self: EntityCheckModel, features: Sequence[Sequence[str]], labels: Sequence[str]
    ) -> list[str]:
        calls.append(len(labels))
        return decide_all(self, features, labels)

    monkeypatch.setattr(EntityCheckModel, "decide_all", counted)
    one = (
        "Die These, Schlatter sei Antisemit gewesen, wurde seither in der theologischen "
        "Fachliteratur nicht mehr vertreten."
    )
    extractor.extract(one)
    assert calls == []
    # GermEval 2014 test 5 and 6 (their tokenisation undone)
    two = (
        " Der Videohoster und die Vertreter der Autoren schieben sich gegenseitig den "
        "schwarzen Peter zu."
    )
    three = " Die Kanzel befindet sich an der Südseite des Saals."
    extractor.extract(one + two)
    assert calls == []
    extractor.extract(one + two + three)
    assert len(calls) == 1
    assert calls[0] >= 1  # the spans of the three sentences


def test_organisation_keeps_its_adjectives(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: adjectives after the preposition; GermEval test 2554
    text = (
        "Mit der Umbenennung 1962 in Bundesministerium für wissenschaftliche Forschung "
        "erfolgte gleichzeitig eine Erweiterung der Aufgaben."
    )
    assert ("Bundesministerium für wissenschaftliche Forschung", "ORG") in entities_found(
        extractor, text
    )


def test_organisation_keeps_adjectives_after_article(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: after a genitive article; GermEval test 5003
    text = (
        "Der Präsident der Vereinigung der kommunalen Arbeitgeber, Thomas Böhle, drohte "
        "unterdessen mit verstärkten Privatisierungs- und Outsourcing-Bestrebungen in den "
        "Kommunen als Reaktion auf den Streik."
    )
    assert ("Vereinigung der kommunalen Arbeitgeber", "ORG") in entities_found(extractor, text)


def test_misc_keeps_its_number(extractor: claimex.Extractor) -> None:
    # entity_spans.cut_lowercase: a MISC's numbers; GermEval test 3660
    assert ("Stoxx 50", "MISC") in entities_found(extractor, "Der Stoxx 50 verlor 2,5 %.")
