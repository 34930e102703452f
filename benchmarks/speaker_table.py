"""Speaker attribution: the rule resolver alone against the learned speaker ranker.

Runs ``Extractor.extract`` over gold files twice, once with the rule resolver's speakers
(``speaker_hook(rules_only=True)``) and once with the shipped ranker
(``lexicon/speaker_model.json``, its own override margin), and prints attribution
precision, recall and F1 of each (claimex's evaluator: quote spans overlap by half, speaker
names match). Quote spans are the pipeline's own in both rows, so only the speakers differ.

Sets: the Wikinews dev split (rules and features were chosen on it), ``tests/data``'s
``dev_news``/``test_news``/``heldout_news``; ``--test`` adds the Wikinews test split and
``--news`` the SpkAtt-2023 news set (without the dev_news articles; SpkAtt's own annotations,
evaluation only). Test and held-out sets are reported in aggregate only: run them once, at
the end, and choose nothing on them.

    python benchmarks/speaker_table.py [--test] [--news]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import claimex
from claimex.components.speaker_model import speaker_hook, speaker_model
from claimex.evaluate import score_documents
from claimex.gold import find_shared, read_gold

ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT / "models/gold/wikinews"
DATA = ROOT / "tests/data"


def _golds(name: str, shared: Path) -> list[dict[str, Any]]:
    """The gold documents of one named set."""
    if name.startswith("wikinews-"):
        return list(read_gold(WIKINEWS / f"{name.removeprefix('wikinews-')}.jsonl"))
    if name == "spkatt-news":
        dev = {
            str(json.loads(line).get("source", {}).get("id"))
            for line in (DATA / "dev_news.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()
        }
        path = shared / "data/quotes/spkatt2023-news/train.jsonl"
        return [doc for doc in read_gold(path) if doc["id"] not in dev]
    return list(read_gold(DATA / f"{name}.jsonl"))


def _mode(name: str) -> AbstractContextManager[None]:
    if name == "rules":
        return speaker_hook(None, rules_only=True)
    return speaker_hook(None, model=speaker_model())


def attribution(
    extractor: claimex.Extractor, golds: list[dict[str, Any]], mode: str
) -> dict[str, Any]:
    """Attribution P/R/F1 of ``extractor`` over ``golds`` with the rules or the ranker."""
    with _mode(mode):
        pairs = [(gold, extractor.extract(gold["text"]).model_dump(mode="json")) for gold in golds]
    report: dict[str, Any] = score_documents(pairs)["attribution"]
    return report


def rows(names: list[str], shared: Path) -> Iterator[str]:
    """One table row per set and mode."""
    extractor = claimex.load()
    for name in names:
        golds = _golds(name, shared)
        for mode in ("rules", "ranker"):
            t0 = time.perf_counter()
            r = attribution(extractor, golds, mode)
            yield (
                f"| {name} ({len(golds)}) | {mode} | {r['precision']:.3f} | {r['recall']:.3f} "
                f"| {r['f1']:.3f} | {r['tp']} | {time.perf_counter() - t0:.0f}s |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true", help="add the Wikinews test split")
    parser.add_argument("--news", action="store_true", help="add the SpkAtt-2023 news set")
    parser.add_argument("--sets", nargs="*", help="only these sets (default: all of them)")
    args = parser.parse_args()
    shared = find_shared(ROOT)
    if shared is None:
        raise SystemExit("../shared not found (set CLAIMEX_SHARED)")
    names = args.sets or [
        "wikinews-dev",
        "dev_news",
        "test_news",
        "heldout_news",
        *(["wikinews-test"] if args.test else []),
        *(["spkatt-news"] if args.news else []),
    ]
    print("| set (docs) | speakers | P | R | F1 | tp | time |")
    print("|---|---|---|---|---|---|---|")
    for row in rows(names, shared):
        print(row, flush=True)


if __name__ == "__main__":
    main()
