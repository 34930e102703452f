"""Accuracy of claimex against bare spaCy on the same German pipeline, in the same run.

For each gold file, claimex's report (``claimex.cli.evaluate_files``) is compared with what a
user gets from the bare pipeline (``spacy.load(extractor.model)``): its ``doc.ents`` as
entities, and one actor/place per distinct entity text (PER/ORG, LOC) -- the hand-wired
baseline claimex replaces.

    python benchmarks/accuracy.py ../shared/examples/seed_article.gold.json \
        tests/data/dev_news.jsonl [--model NAME_OR_PATH] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import spacy

import claimex
from claimex.evaluate import score_documents
from claimex.gold import read_gold


def bare_prediction(nlp: spacy.language.Language, text: str) -> dict[str, Any]:
    doc = nlp(text)
    ents = [e for e in doc.ents if e.label_ in {"PER", "LOC", "ORG", "MISC"}]
    actors = sorted({e.text for e in ents if e.label_ in {"PER", "ORG"}})
    places = sorted({e.text for e in ents if e.label_ == "LOC"})
    return {
        "entities": [
            {"start": e.start_char, "end": e.end_char, "label": e.label_, "text": e.text}
            for e in ents
        ],
        "actors": [{"name": n} for n in actors],
        "places": [{"name": n} for n in places],
    }


def run(paths: list[Path], model: str | None) -> dict[str, Any]:
    extractor = claimex.load(model)
    bare = spacy.load(extractor.model)
    results: dict[str, Any] = {"model": extractor.info.model_dump(), "files": {}}
    for path in paths:
        golds = list(read_gold(path))
        ours = score_documents(
            (g, extractor.extract(g["text"]).model_dump(mode="json")) for g in golds
        )
        base = score_documents((g, bare_prediction(bare, g["text"])) for g in golds)
        results["files"][str(path)] = {"claimex": ours, "bare_spacy": base}
    return results


def table(results: dict[str, Any]) -> str:
    lines = [
        "| gold | record | bare spaCy P/R/F1 | claimex P/R/F1 |",
        "|---|---|---|---|",
    ]

    def prf(r: dict[str, Any]) -> str:
        return f"{r['precision']:.3f} / {r['recall']:.3f} / {r['f1']:.3f}"

    for path, rep in results["files"].items():
        name = Path(path).name
        for record in ("entities", "actors", "places"):
            lines.append(
                f"| {name} | {record} | {prf(rep['bare_spacy'][record])} | "
                f"{prf(rep['claimex'][record])} |"
            )
        c = rep["claimex"]
        for record in ("figures", "quotes", "attribution"):
            lines.append(f"| {name} | {record} | - | {prf(c[record])} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    results = run(args.gold, args.model)
    print(f"pipeline: {results['model']['name']} {results['model']['version']}")
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
