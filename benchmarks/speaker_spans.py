"""Speaker errors on a gold split, by the span the resolver named the source with.

Runs ``Extractor.extract`` over a gold file, matches predicted quotes to gold quotes as
claimex's evaluator does (content spans overlap by half the shorter one), and lists every
matched quote whose speaker is wrong or missing while the gold speaker is an actor's name or
an unnamed description. Each error gets one category:

- ``missing``: no speaker predicted;
- ``too_long/relative``, ``too_long/pp``, ``too_long/figure``, ``too_long/verb``,
  ``too_long/apposition``, ``too_long/other``: the predicted description contains the gold
  one and more (what follows it decides the kind);
- ``too_short``: the gold description contains the predicted one;
- ``wrong_head``: a description sharing no word with the gold description;
- ``other_name``: another actor or unnamed source than the gold one.

Choose rules on the Wikinews dev split only (README of models/gold).

    python benchmarks/speaker_spans.py models/gold/wikinews/dev.jsonl [--show too_long]

``--rules`` lists the rule resolver's errors alone (without the learned ranker's overrides).
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

import claimex
from claimex.components.speaker_model import speaker_hook
from claimex.evaluate import _greedy, _speaker_ok, speaker_text
from claimex.gold import read_gold

_RELATIVE = re.compile(r"^,?\s*(der|die|das|dem|den|deren|dessen|welche[rsmn]?)\b")
_PREPOSITIONS = frozenset(
    {
        "an",
        "auf",
        "aus",
        "bei",
        "bis",
        "durch",
        "für",
        "gegen",
        "in",
        "im",
        "am",
        "beim",
        "vom",
        "zum",
        "zur",
        "mit",
        "nach",
        "ohne",
        "seit",
        "um",
        "unter",
        "über",
        "vor",
        "während",
        "wegen",
        "zu",
        "zwischen",
        "gegenüber",
    }
)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> float:
    ov = max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))
    shorter = min(a["end"] - a["start"], b["end"] - b["start"])
    return float(ov) if shorter > 0 and ov * 2 >= shorter else 0.0


def _strip_article(text: str) -> str:
    words = text.split()
    articles = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines"}
    return " ".join(words[1:] if words and words[0].lower() in articles else words)


def category(gold: str, pred: str | None, span: str | None, actors: set[str]) -> str:
    """The error category of one wrong speaker (see the module docstring)."""
    if not pred:
        return "missing"
    text = _strip_article(span or pred)
    g, p = gold.lower(), text.lower()
    if gold in actors or (pred in actors and not p.startswith(g)):
        return "other_name"
    if p.startswith(g) and len(p) > len(g):
        rest = text[len(gold) :].strip()
        first = rest.split()[0].strip(",").lower() if rest.split() else ""
        if _RELATIVE.match(rest) and rest.startswith(","):
            return "too_long/relative"
        if rest.startswith(","):
            return "too_long/apposition"
        if any(ch.isdigit() for ch in rest):
            return "too_long/figure"
        if first in _PREPOSITIONS:
            return "too_long/pp"
        if first and first[0].islower():
            return "too_long/verb"
        return "too_long/other"
    if g in p:
        return "too_long/other"
    if p in g:
        return "too_short"
    if not set(g.split()) & set(p.split()):
        return "wrong_head"
    return "other_name"


def errors(path: str, *, rules_only: bool = False) -> Iterator[dict[str, Any]]:
    """The wrong speakers of the matched quotes of one gold file (of the rule resolver
    alone with ``rules_only``)."""
    extractor = claimex.load()
    for gold in read_gold(path):
        mode = speaker_hook(None, rules_only=True) if rules_only else contextlib.nullcontext()
        with mode:
            pred = extractor.extract(gold["text"]).model_dump(mode="json")
        actors = {a["name"] for a in gold.get("actors", [])}
        g_quotes, p_quotes = gold.get("quotes", []), pred.get("quotes", [])
        for i, j in _greedy(g_quotes, p_quotes, _overlap):
            g, p = g_quotes[i], p_quotes[j]
            if g.get("speaker") is None or _speaker_ok(g.get("speaker"), p.get("speaker")):
                continue
            spans = [s["mention"]["text"] for s in p.get("speaker", []) if s.get("mention")]
            name = speaker_text(p.get("speaker"))
            first = next((s["mention"] for s in p.get("speaker", []) if s.get("mention")), None)
            around = (first["start"], first["end"]) if first else (p["start"], p["start"])
            context = gold["text"][max(0, around[0] - 70) : around[1] + 50].replace("\n", " ")
            yield {
                "id": gold["id"],
                "gold": g["speaker"],
                "gold_is_actor": g["speaker"] in actors,
                "pred": name,
                "span": "; ".join(spans) or None,
                "pattern": p.get("pattern"),
                "cue": p.get("cue"),
                "category": category(g["speaker"], name, spans[0] if spans else None, actors),
                "quote": g["text"][:90],
                "context": context,
            }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", help="gold .jsonl file (the Wikinews dev split)")
    parser.add_argument("--show", nargs="*", default=None, help="list these categories")
    parser.add_argument("--context", action="store_true", help="print the text around the span")
    parser.add_argument("--rules", action="store_true", help="the rule resolver alone")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    for err in errors(args.gold, rules_only=args.rules):
        kind = "actor" if err["gold_is_actor"] else "description"
        counts[(kind, err["category"])] += 1
        if args.show is None or any(err["category"].startswith(s) for s in args.show):
            print(
                f"{err['category']:<20} {kind[:4]} gold={err['gold']!r} pred={err['pred']!r} "
                f"span={err['span']!r} [{err['pattern']}] {err['id']}"
            )
            if args.context:
                print(f"    … {err['context']} …")
    print("\n| gold speaker | category | n |\n|---|---|---|")
    for (kind, cat), n in sorted(counts.items()):
        print(f"| {kind} | {cat} | {n} |")


if __name__ == "__main__":
    main()
