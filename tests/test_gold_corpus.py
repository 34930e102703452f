"""The in-domain gold corpus (models/gold): surface placement, the validator, the split files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from models.gold.annotate import SPLITS, split_of
from models.gold.surface import PlacementError, resolve
from models.gold.validate import check_document, validate_file

from .conftest import ROOT, SEED_GOLD, SEED_TEXT, SHARED

GOLD_DIR = ROOT / "models" / "gold" / "wikinews"
TEXT = SEED_TEXT.read_text(encoding="utf-8")
SOURCE = {"corpus": "spkatt2023-news", "id": "seed"}


def _work(**layers: Any) -> dict[str, Any]:
    return {"id": "seed", **layers}


def test_blanket_entities_label_every_word_bounded_occurrence() -> None:
    work = _work(entities=[{"text": "Putin", "label": "PER"}, {"text": "Minsk", "label": "LOC"}])
    gold = resolve(work, TEXT, source=SOURCE)
    putins = [e for e in gold["entities"] if e["text"] == "Putin"]
    # every "Putin" that is not part of "Putins" or a compound
    expected = [
        i
        for i in range(len(TEXT))
        if TEXT.startswith("Putin", i)
        and not TEXT[i + 5 : i + 6].isalnum()
        and not TEXT[i - 1 : i].isalnum()
    ]
    assert [e["start"] for e in putins] == expected
    assert all(TEXT[e["start"] : e["end"]] == e["text"] for e in gold["entities"])


def test_longer_entities_win_and_context_pins_one_occurrence() -> None:
    work = _work(
        entities=[
            {"text": "Wladimir Putin", "label": "PER"},
            {"text": "Putin", "label": "PER"},
            {"text": "Kreml", "label": "ORG", "context": "verkündete der Kreml explizit"},
        ]
    )
    gold = resolve(work, TEXT, source=SOURCE)
    spans = [(e["start"], e["end"]) for e in gold["entities"]]
    assert len(spans) == len(set(spans))
    full = TEXT.index("Wladimir Putin")
    assert (full, full + len("Wladimir Putin")) in spans
    assert (full + len("Wladimir "), full + len("Wladimir Putin")) not in spans
    kreml = [e for e in gold["entities"] if e["label"] == "ORG"]
    assert len(kreml) == 1
    assert TEXT[kreml[0]["start"] - 4 : kreml[0]["start"]] == "der "


def test_ambiguous_figure_or_quote_needs_context_or_nth() -> None:
    work = _work(figures=[{"text": "Putin", "value": 1}])
    with pytest.raises(PlacementError, match="context"):
        resolve(work, TEXT, source=SOURCE)
    work = _work(figures=[{"text": "45.000", "value": 45000, "unit": "Soldaten"}])
    figure = resolve(work, TEXT, source=SOURCE)["figures"][0]
    assert TEXT[figure["start"] : figure["end"]] == "45.000"
    with pytest.raises(PlacementError, match="nth"):
        resolve(_work(figures=[{"text": "Putin", "nth": 99, "value": 1}]), TEXT, source=SOURCE)


def test_validator_accepts_the_seed_gold() -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    errors, _ = check_document(gold)
    assert errors == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["entities"].append(dict(d["entities"][0], label="PERSON")), "label"),
        (lambda d: d["entities"].append(dict(d["entities"][0])), "overlap"),
        (lambda d: d["quotes"][0].update(kind="hearsay"), "kind"),
        (lambda d: d["quotes"][0].update(speaker="Angela Merkel"), "speaker"),
        (lambda d: d["figures"][0].update(qualifier="roughly"), "qualifier"),
        (lambda d: d["actors"].pop(0), "no actor's mention"),
        (lambda d: d["entities"][0].update(end=d["entities"][0]["end"] + 1), "white space"),
    ],
)
def test_validator_rejects(change: Any, message: str) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    change(gold)
    errors, _ = check_document(gold)
    assert any(message in e for e in errors), errors


def test_split_is_fixed_and_keeps_heldout_articles_in_test() -> None:
    ids = [f"spkatt-news-{n}" for n in range(1000, 1700)] + ["spkatt-news-68713"]
    split = split_of(ids)
    assert split == split_of(list(reversed(ids)))
    counts = {name: sum(1 for s in split.values() if s == name) for name, _ in SPLITS}
    assert counts["train"] > counts["test"] > counts["dev"] > 0
    assert split["spkatt-news-68713"] == "test"  # tests/data/heldout_news.jsonl


@pytest.mark.parametrize("name", [name for name, _ in SPLITS])
def test_committed_split_files_pass_the_validator(name: str) -> None:
    path = GOLD_DIR / f"{name}.jsonl"
    if SHARED is None:
        pytest.skip("../shared is not available (the Wikinews texts are read from it)")
    if not path.exists():
        pytest.fail(f"{path} is missing: run python -m models.gold.annotate build")
    n, errors, _ = validate_file(Path(path), shared=SHARED)
    assert n > 0
    assert errors == []
