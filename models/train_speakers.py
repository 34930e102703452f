"""Train the learned speaker ranker (``claimex.components.speaker_model``).

Runs claimex with the rule resolver only over the Wikinews gold splits
(``models/gold/wikinews``), lists each quote's candidate speakers with their features, fits
a logistic model (scikit-learn, the ``train`` extra) on ``train`` — "is this candidate the
speaker?", one row per candidate, "none" included — picks the regularisation on ``dev``,
calibrates the best candidate's score out-of-fold on ``train`` (Platt), then chooses the
override margin on ``dev``: the ranker replaces the rules' speaker only where its best
candidate beats the rules' one by more than the margin (a logit difference); each margin of
``MARGIN_GRID`` runs the real extract path over ``dev`` (the pipeline's own quote spans) and
the best attribution F1 wins, ties going to the larger margin (the smaller change to the
rules). It writes the weights, calibration, margin and dev curve to
``src/claimex/lexicon/speaker_model.json``: the runtime scores them in plain Python.

It prints attribution P/R/F1 of the rule resolver and of the ranker, on the gold quote spans
(attribution alone) and on the pipeline's own quote spans (what a user gets). ``--test``
adds the test split, in aggregate only: run it once, at the end. Nothing is chosen on
``test`` or on ``tests/data``.

Run: ``python -m models.train_speakers [--test] [--no-write]``.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import claimex
from claimex.components.speaker_model import (
    MODEL_FILE,
    Candidate,
    SpeakerModel,
    SpeakerRanker,
    decide,
    speaker_hook,
)
from claimex.components.speakers import SourceRef, SpeakerResolver
from claimex.evaluate import _speaker_ok, score_documents
from claimex.gold import read_gold

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "wikinews"
OUT = HERE.parent / "src" / "claimex" / "lexicon" / MODEL_FILE
SEED = 13
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MARGIN_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, math.inf)  # inf: the rules alone

Row = tuple[str | None, dict[str, float]]  # a candidate: its speaker name, its features


@dataclass
class _GoldQuote:
    """A gold quote span as the ranker reads a quote (cue and rule speaker from the
    pipeline quote that overlaps it, where one does)."""

    start: int
    end: int
    kind: str
    cue: str | None = None
    cue_span: Any = None
    sources: list[SourceRef] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class QuoteRows:
    """One quote's candidates; ``gold`` the gold speaker (gold spans) or None."""

    start: int
    end: int
    rule: str | None
    cands: list[Row]
    gold: str | None = None
    matched: bool = True


@dataclass
class DocRows:
    gold: dict[str, Any]
    on_gold: list[QuoteRows]
    on_pipeline: list[QuoteRows]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ov = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and ov * 2 >= shorter


def _rows(ranker: SpeakerRanker, quote: Any) -> list[Row]:
    return [(c.name, c.features) for c in ranker.candidates(quote)]


def _collect_doc(
    gold: dict[str, Any],
    found: list[DocRows],
    doc: Any,
    resolver: SpeakerResolver,
    quotes: Sequence[Any],
) -> None:
    """The hook of :func:`collect`: one document's candidate rows."""
    ranker = SpeakerRanker(doc, resolver)
    pipeline = [
        QuoteRows(q.start, q.end, _name(q.sources), _rows(ranker, q)) for q in quotes
    ]
    for row in pipeline:  # the gold speaker of the gold quote it matches, if any
        row.matched = any(
            _overlaps((g["start"], g["end"]), (row.start, row.end))
            for g in gold["quotes"]
        )
        row.gold = next(
            (g.get("speaker") for g in gold["quotes"]
             if _overlaps((g["start"], g["end"]), (row.start, row.end))),
            None,
        )
    on_gold: list[QuoteRows] = []
    for g in gold["quotes"]:
        match = next(
            (q for q in quotes if _overlaps((g["start"], g["end"]), (q.start, q.end))),
            None,
        )
        quote = _GoldQuote(g["start"], g["end"], g["kind"])
        if match is not None:
            quote.cue, quote.cue_span = match.cue, match.cue_span
            quote.sources = list(match.sources)
        on_gold.append(
            QuoteRows(g["start"], g["end"], _name(quote.sources), _rows(ranker, quote),
                      g.get("speaker"))
        )
    found.append(DocRows(gold, on_gold, pipeline))


def collect(extractor: claimex.Extractor, path: Path) -> list[DocRows]:
    """Run the rules over a split; candidates for gold and pipeline quote spans."""
    docs: list[DocRows] = []
    for gold in read_gold(path):
        found: list[DocRows] = []
        hook = partial(_collect_doc, gold, found)
        with speaker_hook(hook, rules_only=True):
            extractor.nlp(gold["text"])
        docs.extend(found)
    return docs


def _name(sources: Sequence[SourceRef]) -> str | None:
    return Candidate("rule", list(sources)).name


# ----- learning --------------------------------------------------------------------------
def _with_prev(features: dict[str, float], name: str | None, prev: str | None) -> dict[str, float]:
    if name is not None and prev is not None and name in {p.strip() for p in prev.split(";")}:
        return {**features, "prev_same": 1.0}
    return features


def with_previous(cands: Sequence[Row], prev: str | None) -> list[Row]:
    """The candidates as the ranker sees them after a quote by ``prev``: ``prev_same`` on
    those that name it."""
    return [(name, _with_prev(features, name, prev)) for name, features in cands]


def training_rows(docs: Sequence[DocRows]) -> tuple[list[dict[str, float]], list[int]]:
    """One row per candidate of every gold quote and of every pipeline quote that matches
    one (as the ranker sees them at run time); the previous speaker is the gold one."""
    x: list[dict[str, float]] = []
    y: list[int] = []
    for doc in docs:
        for quotes in (doc.on_gold, doc.on_pipeline):
            prev: str | None = None
            for quote in quotes:
                if quote.matched:
                    for name, features in with_previous(quote.cands, prev):
                        x.append(features)
                        y.append(int(_speaker_ok(quote.gold, name)))
                prev = quote.gold
    return x, y


def fit(x: list[dict[str, float]], y: list[int], c: float) -> SpeakerModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(matrix, y)
    weights = {
        name: round(float(w), 5)
        for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) > 1e-6
    }
    return SpeakerModel(weights, float(model.intercept_[0]), (1.0, 0.0, 0.0))


def decode(
    model: SpeakerModel, quotes: Sequence[QuoteRows], *, margin: float = 0.0
) -> list[tuple[str | None, float, float]]:
    """The chosen speaker, its logit and its margin over the best other speaker for each
    quote, in order (the previous quote's speaker is the model's own choice, as at run
    time); the rules' speaker stays unless the ranker beats it by more than ``margin``."""
    out: list[tuple[str | None, float, float]] = []
    prev: str | None = None
    for quote in quotes:
        cands = [
            Candidate("x", [SourceRef(name)] if name is not None else [], features=f)
            for name, f in with_previous(quote.cands, prev)
        ]
        override, _ = decide(model, cands, quote.rule, margin=margin)
        name = override.name if override is not None else quote.rule
        own = max(model.score(c.features) for c in cands if c.name == name)
        other = max(
            (model.score(c.features) for c in cands if c.name != name), default=own - 10.0
        )
        out.append((name, own, min(own - other, 10.0)))
        prev = name
    return out


def attribution(
    docs: Sequence[DocRows], model: SpeakerModel | None, *, spans: str, margin: float = 0.0
) -> dict[str, float]:
    """Attribution P/R/F1 of the rules (``model`` None) or the ranker (on the collected
    candidates: the ranker alone with ``margin`` 0)."""
    pairs = []
    for doc in docs:
        quotes = doc.on_gold if spans == "gold" else doc.on_pipeline
        names = (
            [q.rule for q in quotes]
            if model is None
            else [n for n, _, _ in decode(model, quotes, margin=margin)]
        )
        pred = {
            "quotes": [
                {"start": q.start, "end": q.end, "kind": "direct", "speaker": name}
                for q, name in zip(quotes, names, strict=True)
            ]
        }
        pairs.append(({"quotes": doc.gold["quotes"]}, pred))
    report = score_documents(pairs)["attribution"]
    return {k: report[k] for k in ("precision", "recall", "f1")}


def calibrate(docs: Sequence[DocRows], c: float, folds: int = 5) -> tuple[float, float, float]:
    """Platt scaling of (top logit, margin) -> quote found and speaker right, out-of-fold
    on the pipeline's quotes of ``docs`` (the quote's confidence at run time)."""
    from sklearn.linear_model import LogisticRegression

    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    feats: list[list[float]] = []
    labels: list[int] = []
    for k in range(folds):
        held = {order[i] for i in range(k, len(order), folds)}
        x, y = training_rows([d for i, d in enumerate(docs) if i not in held])
        model = fit(x, y, c)
        for i in held:
            quotes = docs[i].on_pipeline
            for quote, (name, top, margin) in zip(quotes, decode(model, quotes), strict=True):
                feats.append([top, margin])
                labels.append(int(quote.matched and _speaker_ok(quote.gold, name)))
    platt = LogisticRegression(C=100.0, random_state=SEED).fit(feats, labels)
    a, b = (float(w) for w in platt.coef_[0])
    return a, b, float(platt.intercept_[0])


def extract_attribution(
    extractor: claimex.Extractor, path: Path, model: SpeakerModel, margin: float
) -> dict[str, float]:
    """Attribution P/R/F1 of ``extractor.extract`` over a gold file (the pipeline's own
    quote spans), the ranker ``model`` overriding the rules by more than ``margin``."""
    with speaker_hook(None, model=model, margin=margin):
        pairs = [
            (gold, extractor.extract(gold["text"]).model_dump(mode="json"))
            for gold in read_gold(path)
        ]
    report = score_documents(pairs)["attribution"]
    return {k: report[k] for k in ("precision", "recall", "f1")}


def choose_margin(
    extractor: claimex.Extractor, path: Path, model: SpeakerModel
) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """The margin of ``MARGIN_GRID`` with the best attribution F1 through extract on
    ``path`` (ties: the larger margin), and the whole curve."""
    curve = [(m, extract_attribution(extractor, path, model, m)) for m in MARGIN_GRID]
    for margin, scores in curve:
        print(f"  margin {margin:5.2f}: dev extract attribution {_fmt(scores)}", file=sys.stderr)
    best = max(curve, key=lambda point: (round(point[1]["f1"], 6), point[0]))
    return best[0], curve


def _fmt(scores: dict[str, float]) -> str:
    return f"P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}"


def table(name: str, docs: Sequence[DocRows], model: SpeakerModel) -> None:
    for spans in ("gold", "pipeline"):
        for label, margin in (("rules ", None), ("ranker", 0.0), ("margin", model.margin)):
            scorer = None if margin is None else model
            scores = _fmt(attribution(docs, scorer, spans=spans, margin=margin or 0.0))
            print(f"  {name:5s} {spans:8s} spans  {label}  {scores}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true", help="also score the test split (once)")
    parser.add_argument("--no-write", action="store_true", help="do not write the model file")
    parser.add_argument("--cache", type=Path, help="folder for the collected features (reused)")
    args = parser.parse_args(argv)
    random.seed(SEED)
    t0 = time.perf_counter()
    extractor = claimex.load()
    splits = ["train", "dev", *(["test"] if args.test else [])]
    data: dict[str, list[DocRows]] = {}
    for split in splits:
        cached = args.cache / f"{split}.pickle" if args.cache else None
        if cached is not None and cached.exists():
            data[split] = pickle.loads(cached.read_bytes())
            continue
        data[split] = collect(extractor, GOLD / f"{split}.jsonl")
        if cached is not None:
            cached.write_bytes(pickle.dumps(data[split]))
    print(f"features collected in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    x, y = training_rows(data["train"])
    print(f"train: {len(x)} candidate rows, {sum(y)} positive", file=sys.stderr)
    best: tuple[float, float, SpeakerModel] | None = None
    for c in C_GRID:
        model = fit(x, y, c)
        f1 = (
            attribution(data["dev"], model, spans="gold")["f1"]
            + attribution(data["dev"], model, spans="pipeline")["f1"]
        ) / 2
        print(f"  C={c}: dev attribution F1 (mean of gold/pipeline spans) {f1:.3f}",
              file=sys.stderr)
        if best is None or f1 > best[1]:
            best = (c, f1, model)
    assert best is not None
    c, _, model = best
    calibration = calibrate(data["train"], c)
    model = SpeakerModel(model.weights, model.bias, calibration)
    margin, curve = choose_margin(extractor, GOLD / "dev.jsonl", model)
    model = SpeakerModel(model.weights, model.bias, calibration, margin)
    print(f"chosen C={c}; calibration {calibration}; margin {margin}")
    print("attribution (quotes matched by overlap; speaker must match):")
    for split in splits:
        table(split, data[split], model)
    if not args.no_write:
        payload = {
            "_about": (
                "Learned speaker ranker of components/speaker_model.py: logistic weights "
                "over sparse candidate features, trained by `python -m models.train_speakers` "
                "on the train split of models/gold/wikinews (annotations CC BY 4.0, texts "
                "German Wikinews CC BY 2.5); C chosen on dev; Platt calibration of "
                "(top logit, margin) out-of-fold on train."
            ),
            "C": c,
            "bias": round(model.bias, 5),
            "calibration": dict(
                zip(("top", "margin", "bias"), (round(v, 5) for v in calibration), strict=True)
            ),
            "override": {
                "_about": (
                    "The ranker replaces the rules' speaker only where its best candidate "
                    "names another speaker and its logit beats the best candidate naming "
                    "the rules' speaker by more than `margin`. Chosen by "
                    "models/train_speakers.py on the Wikinews dev split only: attribution "
                    "F1 through extract (pipeline quote spans) for each margin of "
                    "MARGIN_GRID, the best F1, ties to the larger margin; `dev_curve` "
                    "lists margin: [P, R, F1] (inf: the rules alone; a margin of null "
                    "keeps the rules' speaker everywhere)."
                ),
                "margin": margin if math.isfinite(margin) else None,
                "dev_curve": {
                    str(m): [
                        round(scores[k], 4) for k in ("precision", "recall", "f1")
                    ]
                    for m, scores in curve
                },
            },
            "weights": dict(sorted(model.weights.items())),
        }
        OUT.write_text(json.dumps(payload, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(HERE.parent)} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
