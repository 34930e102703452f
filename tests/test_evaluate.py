"""The scorer follows shared/gold/FORMAT.md's rules, checked on hand-made cases."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from claimex.evaluate import (
    document_errors,
    format_report,
    names_match,
    score_documents,
    speaker_text,
)


def doc(**kwargs: Any) -> dict[str, Any]:
    return {"entities": [], "actors": [], "places": [], "figures": [], "quotes": [], **kwargs}


def test_entities_need_exact_span_and_label() -> None:
    gold = doc(
        entities=[{"start": 0, "end": 5, "label": "PER"}, {"start": 10, "end": 15, "label": "LOC"}]
    )
    pred = doc(
        entities=[
            {"start": 0, "end": 5, "label": "PER"},
            {"start": 10, "end": 14, "label": "LOC"},
            {"start": 20, "end": 25, "label": "ORG"},
        ]
    )
    report = score_documents([(gold, pred)])["entities"]
    assert (report["tp"], report["fp"], report["fn"]) == (1, 2, 1)
    assert report["precision"] == pytest.approx(1 / 3, abs=1e-3)
    assert report["by_label"]["LOC"]["recall"] == 0.0


def test_actor_names_match_fuzzily_one_to_one() -> None:
    gold = doc(actors=[{"name": "Wladimir Putin"}, {"name": "Lukaschenko"}])
    pred = doc(actors=[{"name": "Wladimir Putins"}, {"name": "Wladimir Putin"}, {"name": "Kreml"}])
    report = score_documents([(gold, pred)])["actors"]
    assert (report["tp"], report["fp"], report["fn"]) == (1, 2, 1)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Institute for the Study of War", "institute for the study of war", True),
        ("Republik Moldau", "Moldau", False),
        ("Selenskyj", "Selenskij", True),
        ("Merz", "Merkel", False),
    ],
)
def test_names_match(a: str, b: str, same: bool) -> None:
    assert names_match(a, b) is same


def test_figures_need_overlap_and_equal_value() -> None:
    gold = doc(
        figures=[
            {"start": 10, "end": 24, "value": 1000, "unit": "Soldaten", "qualifier": "more_than"},
            {"start": 40, "end": 42, "value": 6, "unit": "TV-Sender", "qualifier": None},
        ]
    )
    pred = doc(
        figures=[
            {"start": 19, "end": 24, "value": 1000.0, "unit": "Soldaten", "qualifier": None},
            {"start": 40, "end": 42, "value": 7, "unit": "TV-Sender", "qualifier": None},
        ]
    )
    report = score_documents([(gold, pred)])["figures"]
    assert (report["tp"], report["fp"], report["fn"]) == (1, 1, 1)
    assert report["unit_accuracy"] == 1.0
    assert report["qualifier_accuracy"] == 0.0


def test_quotes_overlap_half_of_the_shorter_and_attribution() -> None:
    gold = doc(
        quotes=[
            {"start": 0, "end": 100, "kind": "direct", "speaker": "Lukaschenko"},
            {
                "start": 200,
                "end": 260,
                "kind": "indirect",
                "speaker": "Wladimir Putin; Lukaschenko",
            },
            {"start": 300, "end": 340, "kind": "according_to", "speaker": "*"},
        ]
    )
    pred = doc(
        quotes=[
            {"start": 50, "end": 90, "kind": "direct", "speaker": "Lukaschenko"},
            {
                "start": 250,
                "end": 300,
                "kind": "indirect",
                "speaker": "Lukaschenko; Wladimir Putin",
            },
            {"start": 300, "end": 330, "kind": "indirect", "speaker": "ISW"},
        ]
    )
    report = score_documents([(gold, pred)])
    assert report["quotes"]["tp"] == 2  # the middle pair overlaps by 10 < 25
    assert report["attribution"]["tp"] == 2  # "*" accepts any resolved speaker
    assert report["quotes"]["kind_accuracy"] == 0.5
    assert report["quotes"]["by_kind"]["indirect"]["fn"] == 1
    assert "attribution" in format_report(report)


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("ein Sprecher", "Sprecher", True),
        ("der Verteidiger", "Verteidiger", True),
        ("Wladimir Putin; Lukaschenko", "Lukaschenko; Wladimir Putin", True),
        ("Wladimir Putin; Lukaschenko", "Lukaschenko", False),
        ("Geheimdienstchef Moldaus", "Bald", False),
        (None, None, True),
        ("Kreml", None, False),
    ],
)
def test_speaker_matching(gold: str | None, pred: str | None, ok: bool) -> None:
    from claimex.evaluate import _speaker_ok

    assert _speaker_ok(gold, pred) is ok


def _seed_gold() -> dict[str, Any]:
    from claimex.gold import read_gold

    from .conftest import SEED_GOLD

    return next(iter(read_gold(SEED_GOLD)))


def test_document_errors_lists_what_a_prediction_got_wrong() -> None:
    gold = _seed_gold()
    pred = copy.deepcopy(gold)
    dropped = pred["entities"].pop(0)
    pred["actors"] = pred["actors"][1:]
    pred["quotes"][0]["speaker"] = "Kreml"
    errors = document_errors(gold, pred)
    assert errors["id"] == gold["id"]
    assert errors["entities"]["missed"] == [
        {
            "start": dropped["start"],
            "end": dropped["end"],
            "text": gold["text"][dropped["start"] : dropped["end"]],
            "label": dropped["label"],
        }
    ]
    assert errors["entities"]["spurious"] == []
    assert errors["actors"] == {"missed": [gold["actors"][0]["name"]], "spurious": []}
    wrong = errors["quotes"]["wrong_speaker"]
    assert [(w["speaker"], w["start"]) for w in wrong] == [("Kreml", gold["quotes"][0]["start"])]
    assert wrong[0]["gold_speaker"] == speaker_text(gold["quotes"][0]["speaker"])
    assert errors["quotes"]["missed"] == errors["quotes"]["spurious"] == []
    assert errors["figures"]["wrong_unit"] == errors["figures"]["wrong_qualifier"] == []


def test_document_errors_agree_with_the_scores() -> None:
    gold = _seed_gold()
    pred = copy.deepcopy(gold)
    moved = pred["entities"][1]
    moved["end"] -= 1  # a span one character short: one missed and one spurious
    pred["quotes"] = pred["quotes"][2:]
    pred["figures"][0]["value"] *= 10
    report = score_documents([(gold, pred)])
    errors = document_errors(gold, pred)
    for kind in ("entities", "actors", "places", "figures", "quotes"):
        assert len(errors[kind]["missed"]) == report[kind]["fn"], kind
        assert len(errors[kind]["spurious"]) == report[kind]["fp"], kind
    assert errors["entities"]["spurious"][0]["text"] == gold["text"][moved["start"] : moved["end"]]
    wrong = len(errors["quotes"]["wrong_speaker"])
    assert wrong == report["quotes"]["tp"] - report["attribution"]["tp"]
