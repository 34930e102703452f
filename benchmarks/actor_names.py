"""Which gold actors get no predicted actor of exactly their name, and why.

For every gold actor whose ``name`` is not the ``name`` of a predicted actor, list the
predicted actors that share a surface form with it (a gold mention equal to a predicted
mention, alias or name) and sort the case into one category:

- ``ner_miss``: no predicted actor shares a surface form with the gold actor;
- ``genitive_stripped``: the predicted name is the gold name without its final -s
  ("Michael Collin" for "Michael Collins");
- ``inflected``: the predicted name is the gold name with an inflection ending
  ("Gesundheitsministeriums" for "Gesundheitsministerium");
- ``short_form``: the predicted name is a part of the gold name ("Zakari" for
  "Abdoulaye Zakari");
- ``role_word``: the predicted name holds the gold name plus other words
  ("Landes-SPD", "Präsident Obama");
- ``split``: several predicted actors share the gold actor's forms;
- ``merged``: the predicted actor also holds the forms of another gold actor;
- ``other``: anything else.

Reads only the split it is given (the dev split by default), never chooses on test data.

    python benchmarks/actor_names.py models/gold/wikinews/dev.jsonl [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

import claimex
from claimex.evaluate import names_match
from claimex.gold import read_gold

_INFLECTION_ENDINGS = ("s", "es", "n", "en", "e", "er", "em")


def _forms(actor: dict[str, Any]) -> set[str]:
    """An actor's surface forms: its name, its mentions and (predicted) its aliases."""
    forms = {actor["name"]}
    for mention in actor.get("mentions", []):
        forms.add(mention if isinstance(mention, str) else mention["text"])
    forms.update(actor.get("aliases", []))
    return forms


def categorise(
    gold: dict[str, Any], preds: list[dict[str, Any]], golds: list[dict[str, Any]]
) -> str:
    """The category of one gold actor that no predicted name equals."""
    name = gold["name"]
    forms = _forms(gold)
    overlapping = [p for p in preds if _forms(p) & forms]
    if not overlapping:
        return "ner_miss"
    if len(overlapping) > 1 and not any(p["name"] == name for p in overlapping):
        predicted = {p["name"] for p in overlapping}
        if len(predicted) > 1:
            return "split"
    pred = overlapping[0]["name"]
    if name.endswith("s") and pred == name[:-1]:
        return "genitive_stripped"
    if any(pred == name + ending for ending in _INFLECTION_ENDINGS):
        return "inflected"
    others = [g for g in golds if g is not gold]
    if any(_forms(o) & _forms(overlapping[0]) - forms for o in others):
        return "merged"
    gold_tokens, pred_tokens = name.split(), pred.split()
    if pred in name and len(pred) < len(name):
        return "short_form"
    if name in pred or set(gold_tokens) < set(pred_tokens):
        return "role_word"
    return "other"


def analyse(path: Path, extractor: claimex.Extractor) -> dict[str, Any]:
    """Cases and category counts of one gold file."""
    golds = list(read_gold(path))
    preds = extractor.pipe(doc["text"] for doc in golds)
    cases: list[dict[str, Any]] = []
    for gold_doc, pred in zip(golds, preds, strict=True):
        pred_actors = [a.model_dump(mode="json") for a in pred.actors]
        names = {a["name"] for a in pred_actors}
        for actor in gold_doc.get("actors", []):
            if actor["name"] in names:
                continue
            category = categorise(actor, pred_actors, gold_doc["actors"])
            forms = _forms(actor)
            predicted = [a["name"] for a in pred_actors if _forms(a) & forms]
            fuzzy = any(names_match(actor["name"], p) for p in predicted)
            cases.append(
                {
                    "doc": gold_doc["id"],
                    "gold": actor["name"],
                    "type": actor.get("type"),
                    "mentions": actor.get("mentions", []),
                    "predicted": predicted,
                    "category": category,
                    "normalised_match": fuzzy,
                }
            )
    counts = Counter(case["category"] for case in cases)
    return {"path": str(path), "counts": dict(counts.most_common()), "cases": cases}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    extractor = claimex.load(args.model)
    results = [analyse(path, extractor) for path in args.gold]
    for result in results:
        print(result["path"], result["counts"])
        for case in result["cases"]:
            print(
                f"  {case['category']:<18} {case['gold']!r:<40} <- {case['predicted']}"
                f"  [{case['doc']}]"
            )
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
