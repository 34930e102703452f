"""Build ``src/claimex/lexicon/org_boundaries.json``: how the Wikinews gold's train split
(models/gold/wikinews/train.jsonl, both halves) draws the edges of its ORG spans.

Each text is tagged by the bundled pipeline (up to its lemmatizer, without claimex's
stages). For every gold ORG of several words, its first and last word count as ``in`` for
their configuration (``"TAG class"``: the STTS tag and
:func:`claimex.components.org_boundaries.word_class`); the word right before and right after
every gold ORG, where it belongs to no gold entity, counts as ``out``. The entity stage
(``org_edge_words``) uses the left side's configurations with ``min_share`` of at least
``min_count`` occurrences ``in``; the right side is kept for reference (round 22 measured
it, see docs/entity_rules.md "Round 22: org22").

    python -m models.org_boundaries [--gold models/gold/wikinews/train.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

import claimex
from claimex.components.org_boundaries import word_class
from claimex.components.word_checks import german_word_check
from claimex.gold import read_gold

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "org_boundaries.json"
GOLD = ROOT / "models" / "gold" / "wikinews" / "train.jsonl"
SOURCE = (
    "models/gold/wikinews/train.jsonl (claimex's gold on CC BY 2.5 Wikinews articles), tagged "
    "by the bundled pipeline; [in, out]: a word of this 'TAG class' as the first (left) or "
    "last (right) word of a gold ORG of several words, or right before (left) or after "
    "(right) a gold ORG outside every gold entity. Written by python -m models.org_boundaries"
)
MIN_SHARE = 0.95
MIN_COUNT = 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", type=Path, default=GOLD)
    args = parser.parse_args()
    nlp = claimex.load().nlp
    known = german_word_check(nlp)
    stages = [n for n in nlp.pipe_names if n.startswith("claimex_") or n == "entity_ruler"]
    stages.remove("claimex_sentence_periods")
    golds = list(read_gold(args.gold))
    sides: dict[str, defaultdict[str, Counter[str]]] = {
        "left": defaultdict(Counter),
        "right": defaultdict(Counter),
    }
    with nlp.select_pipes(disable=stages):
        for gold, doc in zip(golds, nlp.pipe(g["text"] for g in golds), strict=True):
            first = {t.idx: t.i for t in doc}
            last = {t.idx + len(t.text): t.i for t in doc}
            spans = [
                (first[e["start"]], last[e["end"]] + 1, e["label"])
                for e in gold["entities"]
                if e["start"] in first and e["end"] in last
            ]
            named = {i for start, end, _ in spans for i in range(start, end)}

            def key(i: int) -> str:
                return f"{doc[i].tag_} {word_class(doc[i].text, known)}"  # noqa: B023

            for start, end, label in spans:
                if label != "ORG":
                    continue
                if end - start > 1:
                    sides["left"][key(start)]["in"] += 1
                    sides["right"][key(end - 1)]["in"] += 1
                if start > 0 and start - 1 not in named:
                    sides["left"][key(start - 1)]["out"] += 1
                if end < len(doc) and end not in named:
                    sides["right"][key(end)]["out"] += 1
    lines = [
        "{",
        f' "source": {json.dumps(SOURCE)},',
        f' "min_share": {MIN_SHARE},',
        f' "min_count": {MIN_COUNT},',
    ]
    for n, (side, table) in enumerate(sides.items()):
        rows = sorted(table.items(), key=lambda kv: (-kv[1].total(), kv[0]))
        lines.append(f' "{side}": {{')
        lines += [
            f"  {json.dumps(key)}: [{c['in']}, {c['out']}]" + ("," if k < len(rows) - 1 else "")
            for k, (key, c) in enumerate(rows)
        ]
        lines.append(" }," if n < len(sides) - 1 else " }")
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {TARGET}: left {len(sides['left'])}, right {len(sides['right'])} configurations")


if __name__ == "__main__":
    main()
