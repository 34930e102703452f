"""Precision and recall of each quote pattern on a gold split.

Runs claimex over the gold documents (``claimex.gold.read_gold``, as ``claimex evaluate``
does), matches predicted and gold quotes as ``claimex.evaluate`` does (one-to-one, content
spans overlapping by at least half the shorter one) and reports per pattern id
(``Quote.pattern``): quotes predicted, precision, recall contribution (its matched gold
quotes over all gold quotes) and attribution precision (matched with the right speaker).

``--write`` stores each pattern's precision in ``src/claimex/lexicon/quote_patterns.json``
(the quotes' confidence), with the split and date in its ``precision_measured`` header.
Measure on the dev split only: the test split and the held-out files are for reporting.

Smoothing (``--write``): a pattern that made few dev quotes has no reliable rate (1.000
from one quote), so the stored precision is the mean of a Beta posterior whose prior is
centred on the pooled precision of the pattern's kind: ``(tp + m * p_kind) / (n + m)``,
with ``tp`` its matched quotes, ``n`` its quotes, ``p_kind`` the matched share of all dev
quotes of its kind (direct, indirect, according_to, reported) and ``m`` = ``PRIOR_WEIGHT``
pseudo-quotes (2, the weight of Laplace's ``(tp + 1) / (n + 2)``, whose prior mean is 0.5
instead). A pattern with no dev quote gets ``p_kind``; a kind with none, the pooled
precision of all dev quotes. The pooled rates are stored as ``kind_precision`` in the
header (the fallback of ``PatternTable.precision``), the raw counts per pattern as
``dev_counts`` ([tp, n]).

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
PRIOR_WEIGHT = 2.0
"""Pseudo-quotes of the kind's pooled precision added to each pattern's dev counts."""


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
        pred = result.model_dump(mode="json").get("quotes", [])
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
            "tp": matched[pid],
            "precision": round(matched[pid] / n, 3),
            "recall": round(matched[pid] / n_gold, 3) if n_gold else 0.0,
            "attribution_precision": round(attributed[pid] / n, 3),
        }
        for pid, n in sorted(predicted.items())
    }
    return table, n_gold


def kind_precision(
    table: dict[str, dict[str, float]], kinds: dict[str, str]
) -> tuple[dict[str, float], float]:
    """The pooled dev precision of each kind's patterns, and of all patterns."""
    tp: Counter[str] = Counter()
    n: Counter[str] = Counter()
    for pid, row in table.items():
        kind = kinds.get(pid)
        if kind is not None and kind != "cue":
            tp[kind] += int(row["tp"])
            n[kind] += int(row["n"])
    overall = sum(tp.values()) / sum(n.values()) if sum(n.values()) else 0.5
    return {kind: tp[kind] / n[kind] for kind in n if n[kind]}, overall


def smoothed(tp: int, n: int, prior: float, weight: float = PRIOR_WEIGHT) -> float:
    """The Beta-posterior mean of a pattern's precision (see the module docstring).

    Example:
        >>> smoothed(1, 1, 0.6)
        0.733
        >>> smoothed(0, 0, 0.6)
        0.6
    """
    return round((tp + weight * prior) / (n + weight), 3)


def write_precision(table: dict[str, dict[str, float]], split: str) -> None:
    """Store the smoothed precision per pattern in the pattern file (one line a pattern)."""
    data = json.loads(PATTERN_FILE.read_text(encoding="utf-8"))
    kinds = {entry["id"]: entry["kind"] for entry in data["patterns"]}
    pooled, overall = kind_precision(table, kinds)
    for entry in data["patterns"]:
        if entry["kind"] == "cue":
            entry.pop("precision", None)
            entry.pop("dev_counts", None)
            continue
        prior = pooled.get(entry["kind"], overall)
        row = table.get(entry["id"])
        tp, n = (int(row["tp"]), int(row["n"])) if row is not None else (0, 0)
        entry["precision"] = smoothed(tp, n, prior)
        entry["dev_counts"] = [tp, n]
    data["precision_measured"] = {
        "split": split,
        "date": datetime.date.today().isoformat(),
        "command": f"python benchmarks/quote_patterns.py {split} --write",
        "smoothing": f"(tp + {PRIOR_WEIGHT:g} * kind_precision) / (n + {PRIOR_WEIGHT:g})",
    }
    data["kind_precision"] = {
        kind: round(pooled.get(kind, overall), 3)
        for kind in sorted({entry["kind"] for entry in data["patterns"] if entry["kind"] != "cue"})
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
    n_pred = sum(int(row["n"]) for row in table.values())
    tp = sum(int(row["tp"]) for row in table.values())
    print(f"{'all':36} {n_pred:>4} {tp / n_pred if n_pred else 0.0:>6.3f}")
    if args.write:
        write_precision(table, args.gold)
        print(f"wrote precision to {PATTERN_FILE}")


if __name__ == "__main__":
    main()
