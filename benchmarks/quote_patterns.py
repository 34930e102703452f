"""Precision and recall of each quote pattern on a gold split.

Runs claimex over the gold documents (``claimex.gold.read_gold``, as ``claimex evaluate``
does), matches predicted and gold quotes as ``claimex.evaluate`` does (one-to-one, content
spans overlapping by at least half the shorter one) and reports per pattern id
(``Quote.pattern``): quotes predicted, precision, recall contribution (its matched gold
quotes over all gold quotes) and attribution precision (matched with the right speaker).

``--write`` stores each pattern's precision in ``src/claimex/lexicon/quote_patterns.json``
(the quotes' confidence), with the split and date in its ``precision_measured`` header.
Measure on the dev split only: the test split and the held-out files are for reporting.

Usage:
    CLAIMEX_SHARED=/work/shared python benchmarks/quote_patterns.py \\
        models/gold/wikinews/dev.jsonl [--write]
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from pathlib import Path
from typing import Any

import claimex
from claimex.evaluate import _greedy, _overlap, _speaker_ok
from claimex.gold import read_gold

PATTERN_FILE = Path(__file__).parents[1] / "src" / "claimex" / "lexicon" / "quote_patterns.json"


def _quote_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    """The overlap ``claimex.evaluate`` scores a quote pair by (0: no match)."""
    ov = _overlap(g, p)
    shorter = min(g["end"] - g["start"], p["end"] - p["start"])
    return float(ov) if shorter > 0 and ov * 2 >= shorter else 0.0


def measure(path: str) -> tuple[dict[str, dict[str, float]], int]:
    """Per-pattern counts and rates over the gold file, and the number of gold quotes."""
    golds = list(read_gold(path))
    extractor = claimex.load()
    predicted: Counter[str] = Counter()
    matched: Counter[str] = Counter()
    attributed: Counter[str] = Counter()
    n_gold = 0
    for gold, result in zip(golds, extractor.pipe(g["text"] for g in golds), strict=True):
        pred = result.model_dump(mode="json")["quotes"]
        g_quotes = gold.get("quotes", [])
        n_gold += len(g_quotes)
        for p in pred:
            predicted[p["pattern"] or "(none)"] += 1
        for i, j in _greedy(g_quotes, pred, _quote_score):
            pid = pred[j]["pattern"] or "(none)"
            matched[pid] += 1
            attributed[pid] += int(_speaker_ok(g_quotes[i].get("speaker"), pred[j].get("speaker")))
    table = {
        pid: {
            "n": n,
            "precision": round(matched[pid] / n, 3),
            "recall": round(matched[pid] / n_gold, 3) if n_gold else 0.0,
            "attribution_precision": round(attributed[pid] / n, 3),
        }
        for pid, n in sorted(predicted.items())
    }
    return table, n_gold


def write_precision(table: dict[str, dict[str, float]], split: str) -> None:
    """Store the measured precision per pattern in the pattern file (one line a pattern)."""
    data = json.loads(PATTERN_FILE.read_text(encoding="utf-8"))
    for entry in data["patterns"]:
        if entry["id"] in table:
            entry["precision"] = table[entry["id"]]["precision"]
        else:
            entry.pop("precision", None)
    data["precision_measured"] = {
        "split": split,
        "date": datetime.date.today().isoformat(),
        "command": f"python benchmarks/quote_patterns.py {split} --write",
    }
    lines = ["{"]
    for key, value in data.items():
        if key != "patterns":
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
    rows = [" " * 2 + json.dumps(e, ensure_ascii=False) for e in data["patterns"]]
    lines += [' "patterns": [', ",\n".join(rows), " ]", "}"]
    PATTERN_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="a gold JSON Lines file (the dev split)")
    parser.add_argument("--write", action="store_true", help="store precision in the file")
    args = parser.parse_args()
    table, n_gold = measure(args.gold)
    print(f"{args.gold}: {n_gold} gold quotes")
    print(f"{'pattern':36} {'n':>4} {'prec':>6} {'recall':>7} {'attr.prec':>9}")
    for pid, row in table.items():
        print(
            f"{pid:36} {row['n']:>4} {row['precision']:>6.3f} {row['recall']:>7.3f} "
            f"{row['attribution_precision']:>9.3f}"
        )
    if args.write:
        write_precision(table, args.gold)
        print(f"wrote precision to {PATTERN_FILE}")


if __name__ == "__main__":
    main()
