"""Train claimex's bundled German pipeline from scratch: ``python -m models.train``.

Steps (fixed seeds): convert the openly licensed corpora in ``shared/data`` (models/convert.py),
``spacy train`` with ``models/config.cfg``, finish the best model (news tokenizer rules,
lookup lemmatizer, metadata; models/package.py), evaluate it on the held-out data
(models/evaluate.py) and write it to ``src/claimex/_pipeline/de_claimex_news``.
About 40-50 minutes on 2 cores with the default settings; ``--tiny`` runs the whole recipe on
a few hundred sentences for one short epoch (the CI test of the recipe).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from spacy.cli.train import train as spacy_train

from models import package
from models.convert import convert
from models.evaluate import evaluate

HERE = Path(__file__).resolve().parent


def run(
    *,
    shared: Path,
    workdir: Path,
    target: Path,
    seed: int = 0,
    tiny: bool = False,
    max_steps: int | None = None,
) -> dict[str, object]:
    corpus = workdir / "corpus"
    counts = convert(shared, corpus, seed=seed, tiny=tiny)
    from spacy.tokens import DocBin

    import spacy

    nlp = spacy.blank("de")
    dev = DocBin()
    ner_dev = list(DocBin().from_disk(corpus / "dev_ner.spacy").get_docs(nlp.vocab))
    ud_dev = list(DocBin().from_disk(corpus / "dev_ud.spacy").get_docs(nlp.vocab))
    for doc in ner_dev[:1000] + ud_dev:
        dev.add(doc)
    dev.to_disk(corpus / "dev.spacy")
    overrides: dict[str, object] = {
        "paths.train": str(corpus / "train.spacy"),
        "paths.dev": str(corpus / "dev.spacy"),
        "system.seed": seed,
    }
    if tiny:
        overrides.update({"training.max_steps": 20, "training.eval_frequency": 10})
    elif max_steps:
        overrides["training.max_steps"] = max_steps
    output = workdir / "output"
    spacy_train(HERE / "config.cfg", output, overrides=overrides)
    best = output / "model-best"
    scores = evaluate(best, corpus, speed_docs=200 if tiny else 2000)
    finished = package.finish(best, target, scores=scores)
    scores["size_mb"] = round(sum(f.stat().st_size for f in finished.rglob("*") if f.is_file()) / 1e6, 1)
    return {"counts": counts, "scores": scores, "pipeline": str(finished)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--workdir", type=Path, default=HERE / "training")
    parser.add_argument("--target", type=Path, default=package.TARGET)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args()
    result = run(shared=args.shared, workdir=args.workdir, target=args.target, seed=args.seed,
                 tiny=args.tiny, max_steps=args.max_steps)
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
