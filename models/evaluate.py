"""Measure a German pipeline on the held-out data: NER P/R/F1 per label on GermEval 2014 dev
and on the Wikinews gold dev split (whole articles; for choosing settings),
entity P/R/F1 on the seed article, POS/morph accuracy and UAS/LAS on UD German GSD dev,
words/s on one core (a subprocess pinned to CPU 0 with one BLAS thread), load time, size.

Run: ``python -m models.evaluate PIPELINE [--corpus models/training/corpus]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

from claimex.gold import find_shared

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "training" / "corpus"
SHARED = find_shared(HERE) or HERE.parents[1] / "shared"  # $CLAIMEX_SHARED first
SPEED = """
import sys, time, spacy
nlp = spacy.load(sys.argv[1])
texts = open(sys.argv[2], encoding="utf-8").read().split("\\n")
n_words = sum(len(t.split()) for t in texts)
list(nlp.pipe(texts[:50]))
t0 = time.perf_counter()
for _ in nlp.pipe(texts, batch_size=256):
    pass
print(n_words / (time.perf_counter() - t0))
"""


def _examples(nlp: spacy.language.Language, path: Path) -> list[Example]:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def words_per_second(model: str | Path, texts: list[str]) -> float:
    """``nlp.pipe`` throughput on one core, measured in a fresh process."""
    text_file = Path(str(model)).parent / ".speed_texts.txt"
    text_file.write_text("\n".join(t.replace("\n", " ") for t in texts), encoding="utf-8")
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    cmd = [sys.executable, "-c", SPEED, str(model), str(text_file)]
    if shutil.which("taskset"):
        cmd = ["taskset", "-c", "0", *cmd]
    try:
        out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True).stdout
    finally:
        text_file.unlink()
    return float(out.strip().splitlines()[-1])


def seed_article(nlp: spacy.language.Language, shared: Path = SHARED) -> dict[str, Any] | None:
    """Exact-span entity P/R/F1 on ``shared/examples/seed_article.txt`` (None without it)."""
    text_path = shared / "examples" / "seed_article.txt"
    gold_path = shared / "examples" / "seed_article.gold.json"
    if not (text_path.is_file() and gold_path.is_file()):
        return None
    gold_doc = json.loads(gold_path.read_text(encoding="utf-8"))
    doc = nlp(gold_doc["text"] if "text" in gold_doc else text_path.read_text(encoding="utf-8"))
    gold = {(e["start"], e["end"], e["label"]) for e in gold_doc["entities"]}
    pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return {
        "precision": round(p, 4),
        "recall": round(r, 4),
        "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "missed": sorted(gold_doc["text"][s:e] + f"/{lab}" for s, e, lab in gold - pred)
        if "text" in gold_doc
        else [],
        "spurious": sorted(
            f"{e.text}/{e.label_}"
            for e in doc.ents
            if (e.start_char, e.end_char, e.label_) not in gold
        ),
    }


def ner_scores(scores: dict[str, Any]) -> dict[str, Any]:
    """Entity P/R/F1, overall and per label, from ``Language.evaluate``'s scores."""
    return {
        "precision": round(scores["ents_p"], 4),
        "recall": round(scores["ents_r"], 4),
        "f1": round(scores["ents_f"], 4),
        "per_label": {
            label: {k: round(v, 4) for k, v in per.items()}
            for label, per in (scores.get("ents_per_type") or {}).items()
        },
    }


def evaluate(
    model: str | Path, corpus: Path = CORPUS, *, speed_docs: int = 2200, shared: Path = SHARED
) -> dict[str, Any]:
    """All held-out scores of ``model`` (see the module docstring)."""
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    ner = nlp.evaluate(_examples(nlp, corpus / "dev_ner.spacy"))
    ud = nlp.evaluate(_examples(nlp, corpus / "dev_ud.spacy"))
    wikinews_path = corpus / "dev_wikinews.spacy"
    wikinews = nlp.evaluate(_examples(nlp, wikinews_path)) if wikinews_path.is_file() else None
    texts = [eg.reference.text for eg in _examples(nlp, corpus / "dev_ner.spacy")][:speed_docs]
    wps = words_per_second(model, texts)
    seed = seed_article(nlp, shared)
    return {
        "ner_germeval_dev": ner_scores(ner),
        "ner_wikinews_dev": ner_scores(wikinews) if wikinews else None,
        "ud_gsd_dev": {
            "tag_acc": round(ud.get("tag_acc") or 0.0, 4),
            "pos_acc": round(ud.get("pos_acc") or 0.0, 4),
            "morph_acc": round(ud.get("morph_acc") or 0.0, 4),
            "uas": round(ud.get("dep_uas") or 0.0, 4),
            "las": round(ud.get("dep_las") or 0.0, 4),
            "sents_f": round(ud.get("sents_f") or 0.0, 4),
        },
        "seed_article_entities": seed,
        "words_per_second_1_core": round(wps),
        "load_seconds": round(load_s, 3),
        "size_mb": round(size_mb(Path(str(model))), 1) if Path(str(model)).exists() else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    report = evaluate(args.model, args.corpus, shared=args.shared)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
