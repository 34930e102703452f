"""Held-out NER on GermEval 2014 dev (2,200 sentences, never trained on): the bundled
pipeline bare versus the same pipeline with claimex's entity stage, in one run.

    python -m benchmarks.germeval_ner [--model NAME_OR_PATH] [--split test]

``--split test`` scores GermEval 2014 test (5,100 sentences) instead: the bundled NER was
trained on most of it, so there the bare pipeline is no held-out score, but the spans that
claimex loses against it show what the entity stage does wrong at sentence level.

GermEval's outer annotation is mapped as in models/convert.py (OTH -> MISC; *deriv and *part
are no names). Scores are exact span and label (spaCy's scorer).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import spacy
from models.convert import germeval
from spacy.training import Example

import claimex
from claimex.gold import find_shared


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    args = parser.parse_args()
    shared = find_shared(Path(__file__).resolve().parent)
    if shared is None:
        raise SystemExit("shared/ not found: set CLAIMEX_SHARED")
    extractor = claimex.load(args.model)
    bare = spacy.load(extractor.model)
    path = shared / "data" / "ner" / "germeval2014" / f"NER-de-{args.split}.tsv"
    golds = list(germeval(path, bare.vocab))
    print(f"pipeline {extractor.info.name} {extractor.info.version}: {len(golds)} sentences")
    print(f"{'':14}{'P':>8}{'R':>8}{'F1':>8}   per label F1")
    for name, nlp in (("bare spaCy", bare), ("claimex", extractor.nlp)):
        examples = [Example(nlp.make_doc(doc.text), doc) for doc in golds]
        scores = nlp.evaluate(examples)
        per = " ".join(
            f"{label} {s['f']:.3f}" for label, s in sorted((scores["ents_per_type"] or {}).items())
        )
        p, r, f = scores["ents_p"], scores["ents_r"], scores["ents_f"]
        print(f"{name:14}{p:>8.3f}{r:>8.3f}{f:>8.3f}   {per}")


if __name__ == "__main__":
    main()
