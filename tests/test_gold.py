"""Gold files: they load (offsets, checksums), and claimex is scored on each document.

Per-document floors catch a broken stage on any one article; the aggregate thresholds are
the targets of the issues, measured with the project's own evaluator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import claimex
from claimex.errors import GoldFormatError
from claimex.evaluate import score_documents
from claimex.gold import hydrate, read_gold

from .conftest import DATA, SEED_GOLD, SHARED

GOLD_FILES = [DATA / "dev_news.jsonl", DATA / "test_news.jsonl", DATA / "heldout_news.jsonl"]


def _cases() -> list[Any]:
    cases = [pytest.param(SEED_GOLD, 0, id="seed")]
    skip = pytest.mark.skip(reason="../shared is not available (set CLAIMEX_SHARED to its path)")
    for path in GOLD_FILES:
        n = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
        marks = [skip] if SHARED is None else []
        cases += [pytest.param(path, i, id=f"{path.stem}-{i}", marks=marks) for i in range(n)]
    return cases


def _doc(path: Path, index: int) -> dict[str, Any]:
    return list(read_gold(path))[index]


@pytest.mark.parametrize(("path", "index"), _cases())
def test_gold_document_loads_and_scores(
    path: Path, index: int, extractor: claimex.Extractor
) -> None:
    gold = _doc(path, index)
    text = gold["text"]
    for entity in gold["entities"]:
        assert text[entity["start"] : entity["end"]] == entity["text"]
    result = extractor.extract(text)
    report = score_documents([(gold, result.model_dump(mode="json"))])
    # floors per document: a stage that breaks on one article shows here
    if len(gold["places"]) >= 3:
        assert report["places"]["recall"] >= 0.5, report["places"]
    if len(gold["entities"]) >= 8:
        assert report["entities"]["f1"] >= 0.3, report["entities"]


def test_gold_checksum_mismatch_is_reported() -> None:
    doc = {"id": "x", "source": {"corpus": "10kgnad", "row": 0}, "sha256": "0" * 64}
    if SHARED is None:
        pytest.skip("../shared is not available")
    with pytest.raises(GoldFormatError, match="changed"):
        hydrate(doc, shared=SHARED)


def test_gold_offsets_are_checked() -> None:
    doc = {
        "id": "x",
        "text": "Putin",
        "entities": [{"start": 0, "end": 5, "text": "Merz", "label": "PER"}],
    }
    with pytest.raises(GoldFormatError, match="E020"):
        hydrate(doc, shared=None)


def test_missing_shared_folder_is_a_clear_error() -> None:
    from claimex.errors import SourceUnavailableError

    with pytest.raises(SourceUnavailableError, match="CLAIMEX_SHARED"):
        hydrate({"id": "x", "source": {"corpus": "10kgnad", "row": 1}}, shared=None)


@pytest.fixture(scope="module")
def dev_report(extractor: claimex.Extractor) -> dict[str, Any]:
    if SHARED is None:
        pytest.skip("../shared is not available")
    golds = list(read_gold(DATA / "dev_news.jsonl"))
    preds = extractor.pipe(doc["text"] for doc in golds)
    return score_documents(
        (g, p.model_dump(mode="json")) for g, p in zip(golds, preds, strict=True)
    )


def test_dev_places(dev_report: dict[str, Any]) -> None:
    assert dev_report["places"]["f1"] >= PLACES_F1, dev_report["places"]


def test_dev_actors(dev_report: dict[str, Any]) -> None:
    assert dev_report["actors"]["f1"] >= ACTORS_F1, dev_report["actors"]


def test_dev_entities(dev_report: dict[str, Any]) -> None:
    assert dev_report["entities"]["f1"] >= ENTITIES_F1, dev_report["entities"]


def test_dev_actors_and_places_target(dev_report: dict[str, Any]) -> None:
    assert dev_report["actors"]["f1"] >= 0.90
    assert dev_report["places"]["f1"] >= 0.90


def test_dev_entities_target(dev_report: dict[str, Any]) -> None:
    assert dev_report["entities"]["f1"] >= 0.80


# Regression floors: a little under what the shipped pipeline measures (docs/accuracy.md).
PLACES_F1 = 0.89
ACTORS_F1 = 0.89
ENTITIES_F1 = 0.89


# The second annotated set (test_news.jsonl: consulted for error analysis once the dev set
# was tuned) and the held-out set (heldout_news.jsonl: only ever measured), with floors a
# little under what they measure (docs/accuracy.md). Held-out numbers show how far the dev
# set's numbers carry to unseen articles.
OTHER_SET_FLOORS = {
    "test_news": {"entities": 0.85, "actors": 0.80, "places": 0.88, "figures": 0.88},
    "heldout_news": {
        "entities": 0.64,
        "actors": 0.66,
        "places": 0.80,
        "figures": 0.80,
        "quotes": 0.70,
    },
}


@pytest.mark.parametrize("stem", sorted(OTHER_SET_FLOORS))
def test_other_gold_sets(stem: str, extractor: claimex.Extractor) -> None:
    if SHARED is None:
        pytest.skip("../shared is not available")
    golds = list(read_gold(DATA / f"{stem}.jsonl"))
    preds = extractor.pipe(doc["text"] for doc in golds)
    report = score_documents(
        (g, p.model_dump(mode="json")) for g, p in zip(golds, preds, strict=True)
    )
    for record, floor in OTHER_SET_FLOORS[stem].items():
        assert report[record]["f1"] >= floor, (record, report[record])
