"""Round 16 (spanclf16): the entity check cross-fitted on both train halves, with the
changes it may make (``actions``) and features of the word before and after a span."""

from __future__ import annotations

from collections import Counter

import pytest
from models.train_entity_check import useful_actions

import claimex
from claimex.components import entity_check
from claimex.components.entity_check import EntityCheckModel, _before_features, entity_check_model

from .entity_docs import entities_found

CLASSES = ("NONE", "PER", "LOC", "ORG", "MISC")


def test_shipped_model_keeps_places() -> None:
    model = entity_check_model()
    assert model is not None
    assert model.actions is not None
    assert model.actions
    # round 16 shipped drops only; round 17's document evidence made LOC<->PER pay out of fold
    assert all(cls == "NONE" or {label, cls} == {"LOC", "PER"} for label, cls in model.actions)
    assert ("LOC", "NONE") not in model.actions  # dropping places lost places out of fold


def test_actions_limit_the_changes() -> None:
    weights = {"l=ORG": (0.0, 0.0, 0.0, 0.0, 5.0), "l=LOC": (5.0, 0.0, 0.0, 0.0, 0.0)}
    bias = (0.0,) * 5
    free = EntityCheckModel(CLASSES, weights, bias, 0.6)
    only_drops = EntityCheckModel(CLASSES, weights, bias, 0.6, frozenset({("LOC", "NONE")}))
    features, labels = [["l=ORG"], ["l=LOC"]], ["ORG", "LOC"]
    assert free.decide_all(features, labels) == ["MISC", "NONE"]
    assert only_drops.decide_all(features, labels) == ["ORG", "NONE"]
    assert [only_drops.decide(f, lab) for f, lab in zip(features, labels, strict=True)] == [
        "ORG",
        "NONE",
    ]


def test_useful_actions_need_more_right_than_wrong() -> None:
    outcomes = Counter(
        {
            ("ORG", "NONE", "right"): 5,
            ("ORG", "NONE", "was right"): 1,
            ("LOC", "NONE", "right"): 2,
            ("LOC", "NONE", "was right"): 2,
            ("MISC", "ORG", "both wrong"): 3,
        }
    )
    assert useful_actions(outcomes) == frozenset({("ORG", "NONE")})


def test_word_before_features() -> None:
    assert "prole" in _before_features("Präsidenten")
    assert "phead=place_kind_nouns" in _before_features("Insel")
    assert _before_features("der") == ("pshape=lower",)


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        # Wikinews train_b, spkatt-news-4174: the NER tags the common noun "Antibiotika" ORG
        # (with the sentence before it: the check leaves a text of one sentence as it is)
        (
            "Wissenschafter der Aga Khan University machen dafür die schlechten hygienischen "
            "Bedingungen in den Geburtenstationen verantwortlich. Sie gehen davon aus, dass "
            "gegen bis zu 70 Prozent der Neugeborenen-Infektionen "
            "eine Behandlung durch Antibiotika nicht möglich ist, weil die Erreger resistent "
            "sind.",
            "Antibiotika",
        ),
        # Wikinews train_b, spkatt-news-42492: "INES" of the event scale "INES 1" as ORG
        (
            "Aufgrund des angeblichen Störfalls haben sich bereits Proteste von "
            "Kernkraftgegnern angekündigt: Am Sonntag soll in Geesthacht demonstriert werden. "
            "Da aber nie nukleartechnische Teile des Kraftwerks in Gefahr waren, wird so ein "
            "Vorfall mit INES 1 bewertet und gilt damit nicht als „Störfall“.",
            "INES",
        ),
    ],
)
def test_false_spans_dropped(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch, text: str, dropped: str
) -> None:
    # the check's decision on two sentences of the article (the shipped check leaves a
    # text of fewer than MIN_SENTENCES sentences as it is; round 26)
    monkeypatch.setattr(entity_check, "MIN_SENTENCES", 2)
    found = entities_found(extractor, text)
    assert dropped not in [name for name, _ in found]
