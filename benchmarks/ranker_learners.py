"""Speaker ranker: which learner, on folds no model saw.

The shipped ranker (``models/train_speakers.py``) is a logistic model trained on the whole
Wikinews train split. This benchmark asks whether a learner with feature interactions
(gradient-boosted trees, scikit-learn's ``HistGradientBoostingClassifier``) ranks better, and
how much of the ranker's work its features about the rule resolver's choice do. Each learner
is fitted on one half of the train split and scored on the other half (``train_a``: the odd
lines of ``train.jsonl``, ``train_b``: the even ones), and on the whole split and scored on
dev; attribution F1 on gold quote spans and on the pipeline's own spans, the quotes'
candidates exactly as the runtime offers them (the previous speaker is the model's own
choice). Nothing here is written or shipped; test is never read.

    python -m benchmarks.ranker_learners [--cache DIR]

``--cache`` reuses the candidate rows of ``models/train_speakers.py --cache DIR``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from models.gold import train_halves
from models.train_speakers import (
    GOLD,
    SEED,
    DocRows,
    QuoteRows,
    _load,
    attribution,
    collect,
    fit,
    training_rows,
)

import claimex
from claimex.components.speaker_model import SpeakerModel

Scorer = Any  # SpeakerModel or _TreeScorer: what decode() reads (score, weights)


class _TreeScorer:
    """Boosted trees behind the interface ``decode`` reads of a :class:`SpeakerModel`."""

    def __init__(self, vectorizer: Any, model: Any, previous: bool) -> None:
        self.vectorizer, self.model = vectorizer, model
        self.weights = {"type=previous": 1.0} if previous else {}
        self._known: dict[tuple[tuple[str, float], ...], float] = {}

    def score(self, features: dict[str, float]) -> float:
        key = tuple(sorted(features.items()))
        known = self._known.get(key)
        if known is None:
            row = self.vectorizer.transform([features]).toarray()
            known = self._known[key] = float(self.model.decision_function(row)[0])
        return known

    def confidence(self, top: float, margin: float) -> float:
        return 0.5


def fit_trees(docs: Sequence[DocRows], *, iterations: int, leaves: int) -> _TreeScorer:
    from sklearn.ensemble import HistGradientBoostingClassifier  # type: ignore[import-untyped]
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]

    x, y = training_rows(docs)
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(x).toarray()
    model = HistGradientBoostingClassifier(
        max_iter=iterations, max_leaf_nodes=leaves, learning_rate=0.05, random_state=SEED
    )
    model.fit(matrix, y)
    return _TreeScorer(vectorizer, model, previous=True)


def fit_logistic(docs: Sequence[DocRows], c: float) -> SpeakerModel:
    x, y = training_rows(docs)
    return fit(x, y, c)


def without_rule_features(docs: Sequence[DocRows]) -> list[DocRows]:
    """The same quotes, every feature that names the rule resolver's choice left out."""

    def strip(quotes: list[QuoteRows]) -> list[QuoteRows]:
        out = []
        for q in quotes:
            cands = [(n, {k: v for k, v in f.items() if "rule" not in k}) for n, f in q.cands]
            row = QuoteRows(q.start, q.end, q.rule, cands, q.gold, q.matched, context=q.context)
            out.append(row)
        return out

    return [DocRows(d.gold, strip(d.on_gold), strip(d.on_pipeline)) for d in docs]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, help="folder of models/train_speakers.py's rows")
    args = parser.parse_args(argv)
    extractor = claimex.load()
    train = _load(args.cache, "train", partial(collect, extractor, GOLD / "train.jsonl"))
    dev = _load(args.cache, "dev", partial(collect, extractor, GOLD / "dev.jsonl"))
    half_a, half_b = train_halves(train)  # the odd and the even lines of train.jsonl
    folds = (("a->b", half_a, half_b), ("b->a", half_b, half_a), ("train->dev", train, dev))
    learners: list[tuple[str, Callable[[Sequence[DocRows]], Scorer], bool]] = [
        ("logistic C=0.1", partial(fit_logistic, c=0.1), False),
        ("logistic C=1", partial(fit_logistic, c=1.0), False),
        ("trees 200x15", partial(fit_trees, iterations=200, leaves=15), False),
        ("trees 400x7", partial(fit_trees, iterations=400, leaves=7), False),
        ("logistic C=0.1, no rule features", partial(fit_logistic, c=0.1), True),
    ]
    print("attribution F1, gold spans / pipeline spans")
    header = "  ".join(f"{name:>13s}" for name, _, _ in folds)
    print(f"{'learner':34s}{header}")
    rules = "  ".join(
        f"{attribution(test, None, spans='gold')['f1']:.3f} / "
        f"{attribution(test, None, spans='pipeline')['f1']:.3f}"
        for _, _, test in folds
    )
    print(f"{'rules alone':34s}{rules}", flush=True)
    for name, make, strip in learners:
        cells = []
        for _, train_docs, test_docs in folds:
            if strip:
                train_docs, test_docs = (
                    without_rule_features(train_docs),
                    without_rule_features(test_docs),
                )
            model = make(train_docs)
            gold = attribution(test_docs, model, spans="gold")["f1"]
            pipeline = attribution(test_docs, model, spans="pipeline")["f1"]
            cells.append(f"{gold:.3f} / {pipeline:.3f}")
        print(f"{name:34s}" + "  ".join(cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
