"""Where quote detection loses on a gold split: every quote sorted into an error category.

Runs claimex over the gold documents (``claimex.gold.read_gold``, as ``claimex evaluate``
does) and matches predicted and gold quotes as ``claimex.evaluate`` does (one-to-one,
content spans overlapping by at least half the shorter one). Then:

- each gold quote is ``found`` (matched), ``boundary`` (not matched, but a predicted
  quote overlaps it: the span is wrong, or one prediction covers two gold sentences) or
  ``missed`` (no predicted quote touches it); a found one is also checked for its kind
  (``kind``) and speaker (``speaker``);
- each predicted quote is ``correct`` (matched), ``boundary`` (not matched, overlapping a
  gold quote) or ``spurious`` (touching none).

Counts are grouped by the gold quote's kind and cue lemma (gold side) and by the pattern
id (``Quote.pattern``, predicted side); a sample of each category is printed with the
text around it, so the causes can be ranked by what they cost.

Measure on the dev split (``models/gold/wikinews/dev.jsonl``) or ``tests/data/dev_news.jsonl``;
the test splits are for aggregate numbers only.

``--dump FILE`` writes every case as a JSON line, and ``--compare FILE`` prints the gold
quotes whose category differs from such a dump (what a change won and lost).

Usage:
    CLAIMEX_SHARED=/work/shared python benchmarks/quote_errors.py \\
        models/gold/wikinews/dev.jsonl [--samples 8] [--category missed] [--kind reported]
        [--dump before.jsonl] [--compare before.jsonl]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import claimex
from claimex.evaluate import _greedy, _overlap, _speaker_ok, speaker_text
from claimex.gold import read_gold

GOLD_CATEGORIES = ("found", "boundary", "missed")
PRED_CATEGORIES = ("correct", "boundary", "spurious")


@dataclass(frozen=True)
class Case:
    """One gold or predicted quote with its category and what it is compared with."""

    side: str  # "gold" or "pred"
    category: str
    kind: str
    group: str  # gold: "kind/cue"; pred: the pattern id
    doc_id: str
    text: str
    other: str  # the overlapping quote of the other side, if any
    detail: str  # speaker, pattern, kind of both sides
    context: str


def _quote_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    """The overlap ``claimex.evaluate`` scores a quote pair by (0: no match)."""
    ov = _overlap(g, p)
    shorter = min(g["end"] - g["start"], p["end"] - p["start"])
    return float(ov) if shorter > 0 and ov * 2 >= shorter else 0.0


def _context(text: str, start: int, end: int, width: int = 120) -> str:
    """The quote's span in ``text`` marked with [[ ]], with ``width`` characters around."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    inside = text[start:end]
    if len(inside) > 300:
        inside = inside[:140] + " … " + inside[-140:]
    return (text[lo:start] + "[[" + inside + "]]" + text[end:hi]).replace("\n", " / ")


def _short(text: str, n: int = 160) -> str:
    text = text.replace("\n", " / ")
    return text if len(text) <= n else text[: n - 40] + " … " + text[-36:]


def classify(gold: dict[str, Any], pred: Sequence[dict[str, Any]]) -> list[Case]:
    """The cases of one document: each gold quote and each predicted quote, categorised."""
    text = gold["text"]
    g_quotes = gold.get("quotes", [])
    matches = _greedy(g_quotes, pred, _quote_score)
    g_to_p = dict(matches)
    p_to_g = {j: i for i, j in matches}
    cases: list[Case] = []
    for i, g in enumerate(g_quotes):
        g_text = text[g["start"] : g["end"]]
        group = f"{g['kind']}/{g.get('cue')}"
        overlapping = [p for p in pred if _overlap(g, p) > 0]
        if i in g_to_p:
            p = pred[g_to_p[i]]
            category = "found"
        elif overlapping:
            p = max(overlapping, key=lambda q: _overlap(g, q))
            category = "boundary"
        else:
            p, category = None, "missed"
        detail = f"gold speaker={speaker_text(g.get('speaker'))!r}"
        other = ""
        if p is not None:
            ok = _speaker_ok(g.get("speaker"), p.get("speaker"))
            detail += (
                f" | pred {p.get('pattern')} kind={p['kind']} "
                f"speaker={speaker_text(p.get('speaker'))!r} ({'ok' if ok else 'WRONG'})"
            )
            other = text[p["start"] : p["end"]]
        cases.append(Case(
            "gold", category, g["kind"], group, gold["id"], g_text, other, detail,
            _context(text, g["start"], g["end"]),
        ))  # fmt: skip
    for j, p in enumerate(pred):
        overlapping = [g for g in g_quotes if _overlap(g, p) > 0]
        if j in p_to_g:
            g, category = g_quotes[p_to_g[j]], "correct"
        elif overlapping:
            g, category = max(overlapping, key=lambda q: _overlap(q, p)), "boundary"
        else:
            g, category = None, "spurious"
        detail = f"pred kind={p['kind']} speaker={speaker_text(p.get('speaker'))!r}"
        other = ""
        if g is not None:
            detail += f" | gold {g['kind']}/{g.get('cue')} speaker={g.get('speaker')!r}"
            other = text[g["start"] : g["end"]]
        cases.append(Case(
            "pred", category, p["kind"], p.get("pattern") or "(none)", gold["id"],
            text[p["start"] : p["end"]], other, detail, _context(text, p["start"], p["end"]),
        ))  # fmt: skip
    return cases


def secondary(gold: dict[str, Any], pred: Sequence[dict[str, Any]]) -> Counter[str]:
    """Of the matched pairs: wrong kind, wrong speaker (the attribution loss)."""
    counts: Counter[str] = Counter()
    g_quotes = gold.get("quotes", [])
    for i, j in _greedy(g_quotes, pred, _quote_score):
        g, p = g_quotes[i], pred[j]
        counts["matched"] += 1
        counts["kind wrong"] += int(g["kind"] != p["kind"])
        counts["speaker wrong"] += int(not _speaker_ok(g.get("speaker"), p.get("speaker")))
        counts[f"speaker wrong ({g['kind']})"] += int(
            not _speaker_ok(g.get("speaker"), p.get("speaker"))
        )
    return counts


def run(path: str) -> tuple[list[Case], Counter[str]]:
    """All cases of a gold file, and the secondary counts of its matched pairs."""
    golds = list(read_gold(path))
    extractor = claimex.load()
    cases: list[Case] = []
    extra: Counter[str] = Counter()
    for gold, result in zip(golds, extractor.pipe(g["text"] for g in golds), strict=True):
        pred = result.model_dump(mode="json").get("quotes", [])
        cases.extend(classify(gold, pred))
        extra.update(secondary(gold, pred))
    return cases, extra


def table(cases: Iterable[Case], side: str, categories: Sequence[str], by: str) -> None:
    """Counts per ``by`` (``kind`` or ``group``) and category, the costliest first."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for case in cases:
        if case.side == side:
            counts[getattr(case, by)][case.category] += 1
    loss = categories[1:]
    rows = sorted(counts.items(), key=lambda kv: (-sum(kv[1][c] for c in loss), kv[0]))
    header = f"{side} by {by}"
    print(f"\n{header:40}" + "".join(f"{c:>10}" for c in categories) + f"{'total':>8}")
    for name, row in rows:
        cells = "".join(f"{row[c]:>10}" for c in categories)
        print(f"{name:40}{cells}{sum(row.values()):>8}")
    total = Counter[str]()
    for row in counts.values():
        total.update(row)
    cells = "".join(f"{total[c]:>10}" for c in categories)
    print(f"{'all':40}{cells}{sum(total.values()):>8}")


def samples(
    cases: Sequence[Case], side: str, category: str, n: int, *, kind: str | None, seed: int
) -> None:
    """``n`` cases of one category (of one kind), chosen with a fixed seed."""
    chosen = [
        c for c in cases
        if c.side == side and c.category == category and (kind is None or c.kind == kind)
    ]  # fmt: skip
    if not chosen:
        return
    rng = random.Random(seed)
    picked = chosen if n <= 0 or n >= len(chosen) else rng.sample(chosen, n)
    print(f"\n=== {side} {category}{f' ({kind})' if kind else ''}: {len(chosen)} cases ===")
    for case in picked:
        print(f"- [{case.doc_id}] {case.group}: {case.detail}")
        print(f"    {case.context}")
        if case.other and case.category != "found":
            print(f"    other side: {_short(case.other)}")


def compare(cases: Sequence[Case], path: str) -> None:
    """The gold quotes found in one run and not in the other (dumped with ``--dump``)."""

    def key(case: Case) -> tuple[str, str, str]:
        return case.doc_id, case.group, case.text

    lines = Path(path).read_text(encoding="utf-8").splitlines()
    before = {key(c): c for c in (Case(**json.loads(line)) for line in lines) if c.side == "gold"}
    for case in cases:
        old = before.get(key(case))
        if (
            case.side != "gold"
            or old is None
            or (old.category == "found") == (case.category == "found")
        ):
            continue
        change = "WON " if case.category == "found" else "LOST"
        print(f"{change} [{case.doc_id}] {case.group}: {case.detail}")
        print(f"    {case.context}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="a gold JSON Lines file (the dev split)")
    parser.add_argument("--samples", type=int, default=6, help="cases per category (0: all)")
    parser.add_argument("--category", help="show only this category's samples (e.g. missed)")
    parser.add_argument("--kind", help="show only samples of this kind (gold or predicted)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--dump", help="write every case to this JSON Lines file")
    parser.add_argument("--compare", help="show the gold quotes won or lost since a dump")
    args = parser.parse_args()
    cases, extra = run(args.gold)
    if args.dump:
        rows = [json.dumps(dataclasses.asdict(c), ensure_ascii=False) for c in cases]
        Path(args.dump).write_text("\n".join(rows) + "\n", encoding="utf-8")
    if args.compare:
        compare(cases, args.compare)
        return
    print(f"{args.gold}: {sum(c.side == 'gold' for c in cases)} gold quotes, "
          f"{sum(c.side == 'pred' for c in cases)} predicted")  # fmt: skip
    table(cases, "gold", GOLD_CATEGORIES, "kind")
    table(cases, "gold", GOLD_CATEGORIES, "group")
    table(cases, "pred", PRED_CATEGORIES, "kind")
    table(cases, "pred", PRED_CATEGORIES, "group")
    print("\nmatched pairs: " + ", ".join(f"{k} {v}" for k, v in sorted(extra.items())))
    for side, categories in (("gold", GOLD_CATEGORIES[1:]), ("pred", PRED_CATEGORIES[1:])):
        for category in categories:
            if args.category in (None, category):
                samples(cases, side, category, args.samples, kind=args.kind, seed=args.seed)


if __name__ == "__main__":
    main()
