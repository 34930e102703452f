"""Measure a German pipeline on the held-out data: NER P/R/F1 per label on GermEval 2014 dev,
POS/morph accuracy and UAS/LAS on UD German GSD dev, words/s on one core, load time, size.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

CORPUS = Path(__file__).resolve().parent / "corpus"


def _examples(nlp: spacy.language.Language, path: Path) -> list[Example]:
    docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    return [Example(nlp.make_doc(doc.text), doc) for doc in docs]


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def evaluate(model: str | Path, corpus: Path = CORPUS, *, speed_docs: int = 2000) -> dict[str, Any]:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    t0 = time.perf_counter()
    nlp = spacy.load(model)
    load_s = time.perf_counter() - t0
    ner = nlp.evaluate(_examples(nlp, corpus / "dev_ner.spacy"))
    ud = nlp.evaluate(_examples(nlp, corpus / "dev_ud.spacy"))
    texts = [eg.reference.text for eg in _examples(nlp, corpus / "dev_ner.spacy")][:speed_docs]
    n_words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=256):
        pass
    wps = n_words / (time.perf_counter() - t0)
    per_type = {
        label: {k: round(v, 4) for k, v in scores.items()}
        for label, scores in (ner.get("ents_per_type") or {}).items()
    }
    return {
        "ner_germeval_dev": {
            "precision": round(ner["ents_p"], 4),
            "recall": round(ner["ents_r"], 4),
            "f1": round(ner["ents_f"], 4),
            "per_label": per_type,
        },
        "ud_gsd_dev": {
            "tag_acc": round(ud.get("tag_acc") or 0.0, 4),
            "pos_acc": round(ud.get("pos_acc") or 0.0, 4),
            "morph_acc": round(ud.get("morph_acc") or 0.0, 4),
            "uas": round(ud.get("dep_uas") or 0.0, 4),
            "las": round(ud.get("dep_las") or 0.0, 4),
            "sents_f": round(ud.get("sents_f") or 0.0, 4),
        },
        "words_per_second_1_core": round(wps),
        "load_seconds": round(load_s, 3),
        "size_mb": round(size_mb(Path(str(model))), 1) if Path(str(model)).exists() else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("model")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    report = evaluate(args.model, args.corpus)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
