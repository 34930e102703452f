"""The learned check of the entity spans (components/entity_check.py)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components import entity_check
from claimex.components.consistency import LabelConsistency
from claimex.components.entity_check import EntityCheckModel, entity_check_model


def test_shipped_model_is_on() -> None:
    model = entity_check_model()
    assert model is not None
    assert 0.5 <= model.threshold <= 1.0
    assert model.classes[0] == "NONE"


def test_decide_all_agrees_with_decide() -> None:
    model = EntityCheckModel(
        ("NONE", "PER", "LOC", "ORG", "MISC"),
        {"src=none": (3.0, 0.0, 0.0, 0.0, 0.0), "l=ORG": (0.0, 0.0, 0.0, 1.0, 0.0)},
        (0.0, 0.0, 0.0, 0.0, 0.0),
        0.6,
    )
    features = [["l=ORG", "src=none"], ["l=ORG"], ["unknown"]]
    labels = ["ORG", "ORG", "LOC"]
    assert model.decide_all(features, labels) == [
        model.decide(f, label) for f, label in zip(features, labels, strict=True)
    ]
    assert model.decide_all(features, labels) == ["NONE", "ORG", "LOC"]


def test_common_noun_tagged_org_is_dropped(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the check's decision on two sentences (fewer than MIN_SENTENCES: round 26)
    monkeypatch.setattr(entity_check, "MIN_SENTENCES", 2)
    # Wikinews (train_b, spkatt-news-33262): the NER tags "Staatsamt" ORG; two sentences of
    # the article (the check leaves a text of one sentence as it is)
    text = (
        "Die Person des Interimsministerpräsidenten betreffend schloss Sonthi nicht aus, dass "
        "auch ein Ex-Militär diese Funktion ausüben könnte. In diesem Zusammenhang wurde der "
        "Name des ehemaligen Armeebefehlshabers Surayud "
        "Chulanont als möglichem Kandidaten für das höchste Staatsamt genannt, der zum "
        "engeren Kreis der königlichen Berater zählt."
    )
    stage = extractor.nlp.get_pipe("claimex_label_consistency")
    assert isinstance(stage, LabelConsistency)
    assert stage.check is entity_check_model()
    after = [e.text for e in extractor.extract(text).entities]
    stage.check = None
    try:
        before = [e.text for e in extractor.extract(text).entities]
    finally:
        stage.check = entity_check_model()
    assert "Staatsamt" in before
    assert "Staatsamt" not in after
    assert "Surayud Chulanont" in after
