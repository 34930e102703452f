"""Train claimex's bundled German pipeline from scratch: ``python -m models.train``.

Steps (fixed seeds): convert the openly licensed corpora in ``shared/data``
(models/convert.py), ``spacy train`` with ``models/config.cfg`` on the chosen corpora, finish
the best model (news tokenizer rules, gazetteer entity_ruler, lookup lemmatizer, metadata;
models/package.py),
evaluate it on the held-out data (models/evaluate.py) and write it to
``src/claimex/_pipeline/de_claimex_news``.

Model selection during training uses ``select.spacy`` (GermEval-test and PUD sentences that
are not trained on); GermEval *dev* and UD GSD *dev* are only read by the final evaluation.

Options: ``--corpora`` picks the training corpora (the ablations in models/README.md),
``--config models/config_ner.cfg`` trains tok2vec + NER only, ``--max-steps`` shortens the
run, ``--no-package`` evaluates ``model-best`` without writing the shipped pipeline, and
``--tiny`` runs the whole recipe on a few hundred sentences for a few steps (the CI test).
``--config models/config_ner_own.cfg --ner-into PIPELINE`` trains an NER with its own small
tok2vec and puts it into a finished pipeline, leaving its tagger and parser untouched.
``--config models/config_ner_head.cfg --ner-head PIPELINE`` fine-tunes only the ner of a
finished pipeline on its frozen tok2vec and writes the pipeline with the new ner weights.
``--wikinews-train FILE`` trains on another Wikinews gold file than the train split (one of
its halves, for a cross-fitted entity check: ``models/ner_head.py``); ``--learn-rate``
overrides the config's learn rate.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path

from spacy.cli.train import train as spacy_train

from models import package, swap_ner
from models.convert import CORPORA, DEFAULT_MIX, WIKIANN_LIMIT, convert
from models.evaluate import evaluate

HERE = Path(__file__).resolve().parent
# Times the Wikinews train split is read per epoch (like GermEval, written twice).
WIKINEWS_COPIES = 2


def run(
    *,
    shared: Path,
    workdir: Path,
    target: Path,
    config: Path = HERE / "config.cfg",
    corpora: tuple[str, ...] = DEFAULT_MIX,
    seed: int = 0,
    tiny: bool = False,
    max_steps: int | None = None,
    ship: bool = True,
    checkpoint: str = "best",
    gazetteer: str = "fill",
    wikiann_limit: int = WIKIANN_LIMIT,
    wikinews_copies: int = WIKINEWS_COPIES,
    ner_into: Path | None = None,
    ner_head: Path | None = None,
    wikinews_train: Path | None = None,
    learn_rate: float | None = None,
) -> dict[str, object]:
    """Convert, train, evaluate and (with ``ship``) write the finished pipeline to ``target``."""
    started = time.perf_counter()
    corpus = workdir / "corpus"
    counts = convert(
        shared,
        corpus,
        seed=seed,
        tiny=tiny,
        wikiann_limit=wikiann_limit,
        wikinews_train=wikinews_train,
    )
    mix = workdir / "mix"
    mix.mkdir(parents=True, exist_ok=True)
    for old in mix.glob("*.spacy"):
        old.unlink()
    for name in corpora:
        # The in-domain Wikinews gold is weighted by linking its file more than once.
        for copy in range(wikinews_copies if name == "wikinews" else 1):
            suffix = f"_{copy + 1}" if copy else ""
            (mix / f"{name}{suffix}.spacy").symlink_to(
                (corpus / "train" / f"{name}.spacy").resolve()
            )
    overrides: dict[str, object] = {
        "paths.train": str(mix),
        "paths.dev": str(corpus / "select.spacy"),
        "system.seed": seed,
    }
    if ner_head is not None:
        overrides["paths.source"] = str(ner_head)
    if learn_rate is not None:
        overrides["training.optimizer.learn_rate"] = learn_rate
    if tiny:
        overrides.update({"training.max_steps": 6, "training.eval_frequency": 3})
    elif max_steps:
        overrides["training.max_steps"] = max_steps
    output = workdir / "output"
    spacy_train(config, output, overrides=overrides)
    train_minutes = round((time.perf_counter() - started) / 60, 1)
    # "best": spaCy's model-best by the selection set (the shipped pipeline: 0.572 NER F1 on
    # GermEval dev against 0.563 for model-last at step 5000); "last": the final weights.
    best = output / ("model-last" if checkpoint == "last" else "model-best")
    if ner_head is not None:
        # Only the ner's weights changed (tok2vec frozen): a copy of the base pipeline gets
        # them; tokenizer, tok2vec, tagger, morphologizer, parser and ruler stay byte-for-byte.
        finished = target if ship else workdir / "finished"
        if finished.resolve() != ner_head.resolve():
            shutil.rmtree(finished, ignore_errors=True)
            shutil.copytree(ner_head, finished)
        shutil.copyfile(best / "ner" / "model", finished / "ner" / "model")
        scores = evaluate(finished, corpus, speed_docs=200 if tiny else 2200)
        if ship:
            package.write_scores(finished, scores)
    elif ner_into is not None:
        # An NER with its own tok2vec (config_ner_own.cfg) replaces the ner of a finished
        # pipeline; the other components stay as they are (models/swap_ner.py).
        finished = swap_ner.swap(best, ner_into, target if ship else workdir / "finished")
        scores = evaluate(finished, corpus, speed_docs=200 if tiny else 2200)
        if ship:
            package.write_scores(finished, scores)
    elif ship:
        finished = package.finish(best, target, gazetteer=gazetteer)
        scores = evaluate(finished, corpus, speed_docs=200 if tiny else 2200)
        package.write_scores(finished, scores)
    else:
        package.finish(best, workdir / "finished", gazetteer=gazetteer)
        scores = evaluate(workdir / "finished", corpus, speed_docs=200 if tiny else 2200)
    return {
        "counts": counts,
        "corpora": list(corpora),
        "wikinews_copies": wikinews_copies,
        "wikinews_train": str(wikinews_train) if wikinews_train else "train.jsonl",
        "train_minutes": train_minutes,
        "scores": scores,
    }


def main() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "2")
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--workdir", type=Path, default=HERE / "training")
    parser.add_argument("--target", type=Path, default=package.TARGET)
    parser.add_argument("--config", type=Path, default=HERE / "config.cfg")
    parser.add_argument(
        "--corpora",
        default=",".join(DEFAULT_MIX),
        help=f"comma-separated subset of {', '.join(CORPORA)}",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-steps", type=int, default=None)
    parser.add_argument(
        "--learn-rate", type=float, default=None, help="instead of the config's learn rate"
    )
    parser.add_argument(
        "--gazetteer",
        choices=["none", "fill", "overwrite"],
        default="fill",
        help="entity_ruler with src/claimex/lexicon/gazetteer.txt after the NER",
    )
    parser.add_argument(
        "--wikiann-limit",
        type=int,
        default=WIKIANN_LIMIT,
        help="WikiANN sentences sampled (of about 29,000 usable)",
    )
    parser.add_argument(
        "--wikinews-copies",
        type=int,
        default=WIKINEWS_COPIES,
        help="times the Wikinews train split enters the mix",
    )
    parser.add_argument(
        "--wikinews-train",
        type=Path,
        default=None,
        help="Wikinews gold file trained on instead of models/gold/wikinews/train.jsonl "
        "(e.g. one half of it, for a cross-fitted entity check)",
    )
    parser.add_argument("--no-package", action="store_true")
    parser.add_argument(
        "--checkpoint",
        choices=["last", "best"],
        default="best",
        help="ship spaCy's model-best (default) or model-last",
    )
    parser.add_argument("--tiny", action="store_true")
    parser.add_argument(
        "--ner-into",
        type=Path,
        default=None,
        help="finished pipeline whose ner is replaced by the trained one "
        "(with --config models/config_ner_own.cfg)",
    )
    parser.add_argument(
        "--ner-head",
        type=Path,
        default=None,
        help="finished pipeline whose ner alone is fine-tuned "
        "(with --config models/config_ner_head.cfg)",
    )
    args = parser.parse_args()
    corpora = tuple(c for c in args.corpora.split(",") if c)
    unknown = set(corpora) - set(CORPORA)
    if unknown:
        parser.error(f"unknown corpora: {', '.join(sorted(unknown))}")
    result = run(
        shared=args.shared,
        workdir=args.workdir,
        target=args.target,
        config=args.config,
        corpora=corpora,
        seed=args.seed,
        tiny=args.tiny,
        max_steps=args.max_steps,
        ship=not args.no_package,
        checkpoint=args.checkpoint,
        gazetteer=args.gazetteer,
        wikiann_limit=args.wikiann_limit,
        wikinews_copies=args.wikinews_copies,
        ner_into=args.ner_into,
        ner_head=args.ner_head,
        wikinews_train=args.wikinews_train,
        learn_rate=args.learn_rate,
    )
    text = json.dumps(result, indent=2, ensure_ascii=False)
    (args.workdir / "result.json").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
