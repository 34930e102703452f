"""The corpus-mix ablations of models/README.md: ``python -m models.ablations``.

Each mix trains tok2vec + NER only (``models/config_ner.cfg``) for the same number of steps
with the same seed and is scored on the held-out GermEval 2014 dev set; nothing is shipped.
Runs one after another (one training process at a time).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from models.train import HERE, WIKINEWS_COPIES, run

MIXES: dict[str, tuple[str, ...]] = {
    "germeval": ("germeval",),
    "germeval+wikiann": ("germeval", "wikiann"),
    "germeval+wikiann+ler+smartdata (default)": ("germeval", "wikiann", "ler", "smartdata"),
    "default+europeana": ("germeval", "wikiann", "ler", "smartdata", "europeana"),
    "default+europeana+wikinews": (
        "germeval",
        "wikiann",
        "ler",
        "smartdata",
        "europeana",
        "wikinews",
    ),
    "default+wikinews (no europeana)": ("germeval", "wikiann", "ler", "smartdata", "wikinews"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--workdir", type=Path, default=HERE / "training" / "ablations")
    parser.add_argument("--max-steps", type=int, default=3000)
    parser.add_argument("--only", default="", help="comma-separated mix names to run")
    parser.add_argument("--wikinews-copies", type=int, default=WIKINEWS_COPIES)
    args = parser.parse_args()
    chosen = [m for m in MIXES if not args.only or m in args.only.split(",")]
    results: dict[str, object] = {}
    for i, name in enumerate(chosen):
        result = run(
            shared=args.shared,
            workdir=args.workdir / str(i),
            target=Path("unused"),
            config=HERE / "config_ner.cfg",
            corpora=MIXES[name],
            max_steps=args.max_steps,
            ship=False,
            gazetteer="none",
            wikinews_copies=args.wikinews_copies,
        )
        scores = result["scores"]
        if not isinstance(scores, dict):
            raise TypeError(f"unexpected scores: {scores!r}")
        results[name] = {
            "ner_germeval_dev": scores["ner_germeval_dev"],
            "ner_wikinews_dev": scores["ner_wikinews_dev"],
            "seed_article": scores["seed_article_entities"],
            "train_minutes": result["train_minutes"],
        }
        (args.workdir / "ablations.json").write_text(
            json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
