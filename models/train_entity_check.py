"""Train the learned check of the entity spans (``claimex.components.entity_check``).

Runs claimex up to ``claimex_label_consistency`` with the check off over a training gold
file (default: the train_a half of the Wikinews train split), lists every predicted entity
span with its features (:func:`claimex.components.entity_check.span_features`) and its
class, the gold label of a gold entity with the same start and end, else ``NONE``, and fits
a multinomial logistic model (scikit-learn, the ``train`` extra; features seen fewer than
``--min-count`` times are left out), C of ``C_GRID`` by the least log loss in a 5-fold
cross-validation on the training file (folds by document). On a second gold file
(``--choose``, default the train_b half) each threshold of ``THRESHOLDS`` that changes a
span there runs the real extract path, and the one with the most entity + actor + place F1
wins, a tie going to the higher threshold; 2.0 (the check changes nothing) is a candidate.
It writes classes, weights, biases, threshold and the choice curve to
``src/claimex/lexicon/entity_check.json`` and prints the weights that matter most and the
spans the model would change on the choice file.

Run: ``python -m models.train_entity_check [--train F] [--choose F] [--cache DIR]
[--no-write] [--out FILE]`` (a few minutes on two cores, most of it the pipeline).
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import claimex
from claimex.components.consistency import LabelConsistency
from claimex.components.entity_check import (
    MODEL_FILE,
    NER_KEY,
    NONE,
    DocContext,
    EntityCheckModel,
    span_features,
    with_label,
)
from claimex.components.namewords import lemma_forms
from claimex.evaluate import score_documents
from claimex.gold import read_gold
from models.gold import train_halves

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "claimex" / "lexicon" / MODEL_FILE
GOLD_TRAIN = HERE / "gold" / "wikinews" / "train.jsonl"
HALVES = HERE / "training" / "wikinews_halves"  # ignored by git
SEED = 15
CLASSES = (NONE, "PER", "LOC", "ORG", "MISC")
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
MIN_COUNT = 3


def train_half(name: str, *, source: Path = GOLD_TRAIN, folder: Path = HALVES) -> Path:
    """A half of the Wikinews train split written as its own gold file: ``train_a`` the odd
    lines of ``train.jsonl`` (1st, 3rd, ...), ``train_b`` the even ones."""
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    half_a, half_b = train_halves(lines)
    half = half_a if name == "train_a" else half_b
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.jsonl"
    path.write_text("".join(half), encoding="utf-8")
    return path


class SpanRow:
    """One predicted span: its offsets, label, features and gold class."""

    __slots__ = ("doc", "end", "features", "gold", "label", "start", "text")

    def __init__(
        self, doc: int, start: int, end: int, label: str, text: str, features: list[str], gold: str
    ) -> None:
        self.doc = doc
        self.start = start
        self.end = end
        self.label = label
        self.text = text
        self.features = features
        self.gold = gold


def collect(
    path: Path, cache: Path | None
) -> tuple[list[SpanRow], list[Counter[tuple[int, int, str]]]]:
    """The rows of every predicted span of ``path``'s documents and each document's gold
    entities (``cache``: a folder where the rows are kept between runs)."""
    cached = cache / f"{path.stem}.rows.pkl" if cache else None
    if cached is not None and cached.is_file():
        with cached.open("rb") as f:
            loaded: tuple[list[SpanRow], list[Counter[tuple[int, int, str]]]] = pickle.load(f)
        return loaded  # our own cache
    extractor = claimex.load()
    nlp = extractor.nlp
    stage = nlp.get_pipe("claimex_label_consistency")
    assert isinstance(stage, LabelConsistency)
    stage.check = None
    common = lemma_forms(nlp)
    after = nlp.pipe_names[nlp.pipe_names.index("claimex_label_consistency") + 1 :]
    records = list(read_gold(path))
    rows: list[SpanRow] = []
    golds: list[Counter[tuple[int, int, str]]] = []
    with nlp.select_pipes(disable=after):
        for n, (record, doc) in enumerate(
            zip(records, nlp.pipe(r["text"] for r in records), strict=True)
        ):
            gold_labels = {(e["start"], e["end"]): e["label"] for e in record.get("entities", [])}
            golds.append(Counter((e["start"], e["end"], e["label"]) for e in record["entities"]))
            spans = list(doc.ents)
            ctx = DocContext(doc, spans)
            for k, span in enumerate(spans):
                key = (span.start_char, span.end_char)
                rows.append(
                    SpanRow(
                        n,
                        *key,
                        span.label_,
                        span.text,
                        with_label(span_features(ctx, k, span, common), span.label_),
                        gold_labels.get(key, NONE),
                    )
                )
            doc.user_data.pop(NER_KEY, None)
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        with cached.open("wb") as f:
            pickle.dump((rows, golds), f)
    return rows, golds


def fit(rows: Sequence[SpanRow], c: float, min_count: int) -> EntityCheckModel:
    """Multinomial logistic weights (classes :data:`CLASSES`) on ``rows``."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    seen = Counter(f for row in rows for f in set(row.features))
    x = [{f: 1.0 for f in row.features if seen[f] >= min_count} for row in rows]
    y = [CLASSES.index(row.gold) for row in rows]
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(matrix, y)
    present = [CLASSES[int(k)] for k in model.classes_]
    weights: dict[str, list[float]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        row = [0.0] * len(CLASSES)
        for i, cls in enumerate(present):
            row[CLASSES.index(cls)] = round(float(model.coef_[i][j]), 5)
        if any(abs(w) > 1e-6 for w in row):
            weights[str(name)] = row
    bias = [-30.0] * len(CLASSES)  # a class never seen in training is never predicted
    for i, cls in enumerate(present):
        bias[CLASSES.index(cls)] = round(float(model.intercept_[i]), 5)
    return EntityCheckModel(CLASSES, weights, bias, 2.0)


def simulate(
    model: EntityCheckModel,
    rows: Sequence[SpanRow],
    golds: Sequence[Counter[tuple[int, int, str]]],
    threshold: float,
) -> tuple[int, int, int]:
    """Entity tp, fp, fn (exact span and label) with the check at ``threshold``."""
    preds: list[Counter[tuple[int, int, str]]] = [Counter() for _ in golds]
    checked = EntityCheckModel(model.classes, model.weights, model.bias, threshold)
    for row in rows:
        label = checked.decide(row.features, row.label) if threshold <= 1.0 else row.label
        if label != NONE:
            preds[row.doc][(row.start, row.end, label)] += 1
    tp = sum(sum((p & g).values()) for p, g in zip(preds, golds, strict=True))
    n_pred = sum(sum(p.values()) for p in preds)
    n_gold = sum(sum(g.values()) for g in golds)
    return tp, n_pred - tp, n_gold - tp


def f1(counts: tuple[int, int, int]) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def report(model: EntityCheckModel, rows: Sequence[SpanRow], top: int = 25) -> None:
    """The largest weights per class and the spans the model changes on ``rows``."""
    for i, cls in enumerate(model.classes):
        ranked = sorted(model.weights.items(), key=lambda kv: -kv[1][i])[:top]
        print(f"top weights for {cls}: " + ", ".join(f"{k} {v[i]:+.2f}" for k, v in ranked))
    changes: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        new = model.decide(row.features, row.label)
        if new != row.label:
            ok = (
                "right"
                if new == row.gold
                else ("was right" if row.label == row.gold else "both wrong")
            )
            changes[(row.label, new, ok)] += 1
            print(f"  {row.text!r} {row.label} -> {new} (gold {row.gold})")
    for key, n in sorted(changes.items()):
        print("  change", key, n)


def choose_c(rows: Sequence[SpanRow], min_count: int) -> tuple[float, dict[str, float]]:
    """The C of :data:`C_GRID` with the least log loss in a 5-fold cross-validation on
    ``rows`` (folds by document)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import (  # type: ignore[import-untyped]
        GroupKFold,
        cross_val_score,
    )

    seen = Counter(f for row in rows for f in set(row.features))
    x = DictVectorizer().fit_transform(
        [{f: 1.0 for f in row.features if seen[f] >= min_count} for row in rows]
    )
    y = [CLASSES.index(row.gold) for row in rows]
    groups = [row.doc for row in rows]
    losses: dict[str, float] = {}
    for c in C_GRID:
        scores = cross_val_score(
            LogisticRegression(C=c, max_iter=5000, random_state=SEED),
            x,
            y,
            groups=groups,
            cv=GroupKFold(5),
            scoring="neg_log_loss",
        )
        losses[str(c)] = round(-float(scores.mean()), 5)
        print(f"C {c}: cross-validated log loss {losses[str(c)]}")
    return float(min(losses, key=losses.__getitem__)), losses


def extract_scores(path: Path, model: EntityCheckModel) -> list[float]:
    """Entity, actor and place F1 of the real extract path over ``path`` with ``model``."""
    extractor = claimex.load()
    stage = extractor.nlp.get_pipe("claimex_label_consistency")
    assert isinstance(stage, LabelConsistency)
    stage.check = model
    pairs = [
        (record, extractor.extract(record["text"]).model_dump(mode="json"))
        for record in read_gold(path)
    ]
    scores = score_documents(pairs)
    return [round(float(scores[k]["f1"]), 5) for k in ("entities", "actors", "places")]


def dump_model(data: dict[str, Any]) -> str:
    """The model file's text: one line per top-level key, one per feature's weights."""

    def line(key: str, value: Any) -> str:
        return json.dumps(key) + ": " + json.dumps(value, ensure_ascii=False)

    head = [line(k, v) for k, v in data.items() if k != "weights"]
    weights = [line(k, v) for k, v in data["weights"].items()]
    return "{\n" + ",\n".join([*head, '"weights": {\n' + ",\n".join(weights) + "\n}"]) + "\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", type=Path, help="training gold file (default: train_a)")
    parser.add_argument("--choose", type=Path, help="threshold gold file (default: train_b)")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--c", type=float, default=None, help="fix C instead of choosing it")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    args.train = args.train or train_half("train_a")
    args.choose = args.choose or train_half("train_b")
    train_rows, _ = collect(args.train, args.cache)
    choose_rows, choose_golds = collect(args.choose, args.cache)
    print(f"{len(train_rows)} training spans, classes {Counter(r.gold for r in train_rows)}")
    losses: dict[str, float] = {}
    c = args.c
    if c is None:
        c, losses = choose_c(train_rows, args.min_count)
    model = fit(train_rows, c, args.min_count)
    print(f"C {c}")
    # the thresholds that change a span of the choice file, each a different check
    changes: dict[tuple[int, int, int], float] = {}
    for t in THRESHOLDS:
        counts = simulate(model, choose_rows, choose_golds, t)
        print(f"threshold {t}: simulated entities {f1(counts):.4f} {counts}")
        changes.setdefault(counts, t)
    curve: dict[str, list[float]] = {}
    for t in sorted({2.0, *changes.values()}, reverse=True):
        checked = EntityCheckModel(model.classes, model.weights, model.bias, t)
        curve[str(t)] = extract_scores(args.choose, checked)
        print(f"threshold {t}: entities, actors, places F1 {curve[str(t)]}", flush=True)
    # the most entity + actor + place F1; a tie goes to the higher threshold
    best = max(curve, key=lambda t: (round(sum(curve[t]), 5), float(t)))
    threshold = float(best)
    print(f"chosen threshold {threshold}" + (" (off)" if threshold > 1.0 else ""))
    final = EntityCheckModel(model.classes, model.weights, model.bias, threshold)
    report(
        final
        if threshold <= 1.0
        else EntityCheckModel(model.classes, model.weights, model.bias, 0.5),
        choose_rows,
    )
    if not args.no_write:
        data: dict[str, Any] = {
            "_about": (
                "Learned check of the entity spans (components/entity_check.py): multinomial "
                "logistic weights per class over binary span features, trained by `python -m "
                f"models.train_entity_check` on {args.train.name} (a predicted span's class: "
                "the label of a gold entity with the same start and end, else NONE); C by "
                "5-fold log loss there; the threshold by entity + actor + place F1 of the "
                f"extract path on {args.choose.name}; a threshold above 1 is off."
            ),
            "C": c,
            "cv_log_loss": losses,
            "classes": list(final.classes),
            "threshold": final.threshold,
            "threshold_curve": curve,
            "bias": list(final.bias),
            "weights": {k: list(v) for k, v in sorted(final.weights.items())},
        }
        args.out.write_text(dump_model(data), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
