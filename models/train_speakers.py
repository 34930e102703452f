"""Train the learned speaker ranker (``claimex.components.speaker_model``).

Runs claimex with the rule resolver only over the Wikinews gold splits
(``models/gold/wikinews``), lists each quote's candidate speakers with their features, and
fits a logistic model (scikit-learn, the ``train`` extra) on ``train`` — "is this candidate
the speaker?", one row per candidate, "none" included.

Its settings are chosen out of fold on the train split, never on dev: a model fit on one
half (``models.gold.train_halves``: train_a the odd documents of ``train.jsonl``, train_b
the even ones) is scored on the other half and one fit on the other half on the first, the
attribution counts of both halves summed. First the regularisation C of ``C_GRID`` (the
best attribution F1 through the real extract path at margin 0; ties to the smaller C),
then the override margin: the ranker replaces the rules' speaker
only where its best candidate beats the rules' one by more than the margin (a logit
difference); each margin of ``MARGIN_GRID`` runs the real extract path over each half with
the model fit on the other one (the pipeline's own quote spans) and the best attribution F1
wins, ties going to the larger margin (the smaller change to the rules). The shipped model
is fit on the whole train split with that C and margin, and its best candidate's score is
calibrated out-of-fold on ``train`` (Platt, five folds). It writes the weights,
calibration, margin and the out-of-fold curves to ``src/claimex/lexicon/speaker_model.json``:
the runtime scores them in plain Python. Every step is deterministic (fixed seeds, the rows
in document order): two runs give the same file (``tests/test_train_speakers.py``).

It prints attribution P/R/F1 of the rule resolver and of the ranker, on the gold quote spans
(attribution alone) and on the pipeline's own quote spans (what a user gets), on train (in
sample) and dev (reported, not chosen on), and dev through extract at the chosen margin.
``--test`` adds the test split, in aggregate only: run it once, at the end. Nothing is
chosen on ``dev``, ``test`` or ``tests/data``.

``--spkatt`` adds SpkAtt-2023 Bundestag train (``models/spkatt_bundestag.py``: speeches of
the 19th Bundestag, CC BY-SA 4.0) to the training rows: claimex runs over the rebuilt
speeches and its quotes and candidates are collected exactly as for Wikinews, each gold
message span standing for a gold quote (events whose source is a pronoun give no row). A
SpkAtt row counts ``w`` times a Wikinews row; ``w`` (``--spkatt-weights``, 0 = Wikinews
alone) is chosen with C out of fold on the Wikinews halves (each half's model learns from
all SpkAtt rows), the calibration stays out-of-fold on Wikinews train, and SpkAtt dev is
reported beside the Wikinews splits. Nothing is chosen on SpkAtt dev.

``--train-file`` trains on another gold file than the train split (a half of it, to
measure the ranker honestly on the other half; its own halves then choose C and the
margin). ``--no-previous`` trains without the "previous" candidate (the speaker of the
quote before, offered where no candidate in the window names it): the model then has no
``type=previous`` weight, and the runtime offers that candidate only to a model that has
one. ``--out`` writes the model elsewhere than the shipped file (a variant to compare).

Run: ``python -m models.train_speakers [--test] [--no-write] [--cache DIR] [--spkatt]
[--train-file F] [--no-previous] [--out FILE]`` (about five minutes of CPU: the
candidates of train and dev once, then five values of C and seven margins through extract
over train).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
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
    cue_class_of,
    decide,
    previous_features,
    speaker_hook,
)
from claimex.components.speakers import SourceRef, SpeakerResolver
from claimex.evaluate import _speaker_ok, score_documents
from claimex.gold import read_gold
from models.gold import train_halves

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold" / "wikinews"
OUT = HERE.parent / "src" / "claimex" / "lexicon" / MODEL_FILE
SEED = 13
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
MARGIN_GRID = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, math.inf)  # inf: the rules alone
SPKATT_WEIGHTS = (0.0, 0.25, 0.5, 1.0, 2.0)  # 0: Wikinews alone
SOURCE_TYPES = ("none", "actor", "description", "text")  # models/spkatt_bundestag.py

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
    pattern: str | None = None


@dataclass
class QuoteRows:
    """One quote's candidates; ``gold`` the gold speaker (gold spans) or None;
    ``source_type`` how the matched gold quote's speaker was named and ``speech_cue`` whether
    its cue is a claimex cue word (SpkAtt only)."""

    start: int
    end: int
    rule: str | None
    cands: list[Row]
    gold: str | None = None
    matched: bool = True
    source_type: str | None = None
    speech_cue: bool | None = None
    # the quote's kind, cue class and pattern (the "previous" candidate's features)
    context: tuple[str, str, str | None] = ("", "", None)


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


def _context(ranker: SpeakerRanker, quote: Any) -> tuple[str, str, str | None]:
    """The quote's kind, cue class and pattern, as the ranker reads them."""
    lo, hi = ranker.token_range(quote)
    cue = ranker.cue_token(quote, lo, hi)
    return quote.kind, cue_class_of(quote, cue), getattr(quote, "pattern", None)


Prepare = Callable[[dict[str, Any], Any, SpeakerResolver], None]


def included(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """The gold quotes that are scored and trained on (all of Wikinews; SpkAtt's events with
    a pronoun source are marked ``exclude``, see ``models/spkatt_bundestag.py``)."""
    return [g for g in gold["quotes"] if not g.get("exclude")]


def _match(spans: Sequence[tuple[int, int]], span: tuple[int, int], *, nested: bool) -> int | None:
    """The index of a span that ``span`` overlaps by half of the shorter: the first one
    (Wikinews, whose quotes do not nest), or with ``nested`` the one with the largest overlap
    over union (SpkAtt's messages nest: "Sie sagten, er habe gefordert, dass ...": the
    closest one)."""
    best: tuple[float, int] | None = None
    for k, (start, end) in enumerate(spans):
        if not _overlaps((start, end), span):
            continue
        if not nested:
            return k
        ratio = (min(end, span[1]) - max(start, span[0])) / (
            max(end, span[1]) - min(start, span[0])
        )
        if best is None or ratio > best[0]:
            best = (ratio, k)
    return best[1] if best is not None else None


def _collect_doc(
    gold: dict[str, Any],
    found: list[DocRows],
    doc: Any,
    resolver: SpeakerResolver,
    quotes: Sequence[Any],
    *,
    prepare: Prepare | None = None,
    nested: bool = False,
) -> None:
    """The hook of :func:`collect`: one document's candidate rows. ``prepare`` completes the
    gold from claimex's doc first (SpkAtt: the speaker names, the kinds); ``nested`` matches
    quotes as :func:`_match` says."""
    if prepare is not None:
        prepare(gold, doc, resolver)
    ranker = SpeakerRanker(doc, resolver)
    gold_spans = [(g["start"], g["end"]) for g in gold["quotes"]]
    pipeline: list[QuoteRows] = []
    for q in quotes:  # the gold speaker of the gold quote it matches, if any
        k = _match(gold_spans, (q.start, q.end), nested=nested)
        match = gold["quotes"][k] if k is not None else None
        if match is not None and match.get("exclude"):
            continue  # a quote whose gold speaker is unknown: neither trained nor scored
        row = QuoteRows(q.start, q.end, _name(q.sources), _rows(ranker, q))
        row.matched = match is not None
        row.context = _context(ranker, q)
        if match is not None:
            row.gold, row.source_type = match.get("speaker"), match.get("source_type")
            row.speech_cue = match.get("speech_cue")
        pipeline.append(row)
    on_gold: list[QuoteRows] = []
    quote_spans = [(q.start, q.end) for q in quotes]
    for g in included(gold):
        k = _match(quote_spans, (g["start"], g["end"]), nested=nested)
        match = quotes[k] if k is not None else None
        quote = _GoldQuote(g["start"], g["end"], g["kind"])
        if match is not None:
            quote.cue, quote.cue_span = match.cue, match.cue_span
            quote.sources = list(match.sources)
            quote.pattern = getattr(match, "pattern", None)
        on_gold.append(
            QuoteRows(
                g["start"],
                g["end"],
                _name(quote.sources),
                _rows(ranker, quote),
                g.get("speaker"),
                source_type=g.get("source_type"),
                speech_cue=g.get("speech_cue"),
                context=_context(ranker, quote),
            )
        )
    found.append(DocRows(gold, on_gold, pipeline))


def collect(
    extractor: claimex.Extractor,
    golds: Path | Iterable[dict[str, Any]],
    *,
    prepare: Prepare | None = None,
    nested: bool = False,
) -> list[DocRows]:
    """Run the rules over a split (a gold file, or gold documents); candidates for gold and
    pipeline quote spans (``prepare`` and ``nested``: see :func:`_collect_doc`)."""
    docs: list[DocRows] = []
    for gold in read_gold(golds) if isinstance(golds, Path) else golds:
        found: list[DocRows] = []
        hook = partial(_collect_doc, gold, found, prepare=prepare, nested=nested)
        with speaker_hook(hook, rules_only=True):
            extractor.nlp(gold["text"])
        if len(found) != 1:  # the halves of the train split are the documents' order
            raise RuntimeError(f"document {gold.get('id')}: {len(found)} calls of the hook")
        docs.extend(found)
    return docs


def _name(sources: Sequence[SourceRef]) -> str | None:
    return Candidate("rule", list(sources)).name


# ----- learning --------------------------------------------------------------------------
def _with_prev(features: dict[str, float], name: str | None, prev: str | None) -> dict[str, float]:
    if name is not None and prev is not None and name in {p.strip() for p in prev.split(";")}:
        return {**features, "prev_same": 1.0}
    return features


def with_previous(
    quote: QuoteRows,
    prev: str | None,
    prev_end: int | None = None,
    *,
    offer_previous: bool = True,
) -> list[Row]:
    """The candidates as the ranker sees them after a quote by ``prev`` that ends at
    ``prev_end``: ``prev_same`` on those that name it, and with ``offer_previous`` ``prev``
    as a candidate of its own ("previous", before "none") where none names it."""
    rows = [(name, _with_prev(features, name, prev)) for name, features in quote.cands]
    if offer_previous and prev is not None and all(name != prev for name, _ in rows):
        qkind, cue_class, pattern = quote.context
        gap = None if prev_end is None else quote.start - prev_end
        features = previous_features(qkind, cue_class, pattern, gap, rule_name=quote.rule)
        rows.insert(len(rows) - 1, (prev, features))
    return rows


def training_rows(
    docs: Sequence[DocRows],
    *,
    keep: Callable[[QuoteRows], bool] | None = None,
    previous: bool = True,
) -> tuple[list[dict[str, float]], list[int]]:
    """One row per candidate of every gold quote and of every pipeline quote that matches
    one (as the ranker sees them at run time); the previous speaker is the gold one, with
    ``previous`` also a candidate of its own. Only quotes that ``keep`` accepts give rows
    (SpkAtt: see :func:`spkatt_filter`)."""
    x: list[dict[str, float]] = []
    y: list[int] = []
    for doc in docs:
        for quotes in (doc.on_gold, doc.on_pipeline):
            prev: str | None = None
            prev_end: int | None = None
            for quote in quotes:
                if quote.matched and (keep is None or keep(quote)):
                    rows = with_previous(quote, prev, prev_end, offer_previous=previous)
                    for name, features in rows:
                        x.append(features)
                        y.append(int(_speaker_ok(quote.gold, name)))
                prev, prev_end = quote.gold, quote.end
    return x, y


@dataclass(frozen=True)
class Extra:
    """Rows of a second training source (SpkAtt Bundestag) and their sample weight relative
    to a Wikinews row."""

    x: list[dict[str, float]]
    y: list[int]
    weight: float


def fit(
    x: list[dict[str, float]], y: list[int], c: float, *, extra: Extra | None = None
) -> SpeakerModel:
    """Logistic weights on the rows ``x``/``y`` (weight 1) and ``extra``'s rows (its weight)."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    weights_of_rows = [1.0] * len(x)
    if extra is not None and extra.weight > 0:
        x, y = [*x, *extra.x], [*y, *extra.y]
        weights_of_rows += [extra.weight] * len(extra.x)
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    model = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
    model.fit(matrix, y, sample_weight=weights_of_rows)
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
    prev_end: int | None = None
    offer = "type=previous" in model.weights  # as choose_speakers decides at run time
    for quote in quotes:
        cands = [
            Candidate("x", [SourceRef(name)] if name is not None else [], features=f)
            for name, f in with_previous(quote, prev, prev_end, offer_previous=offer)
        ]
        override, _ = decide(model, cands, quote.rule, margin=margin)
        name = override.name if override is not None else quote.rule
        own = max(model.score(c.features) for c in cands if c.name == name)
        other = max((model.score(c.features) for c in cands if c.name != name), default=own - 10.0)
        out.append((name, own, min(own - other, 10.0)))
        prev, prev_end = name, quote.end
    return out


Pair = tuple[dict[str, Any], dict[str, Any]]  # a gold document and its prediction


def attribution_pairs(
    docs: Sequence[DocRows], model: SpeakerModel | None, *, spans: str, margin: float = 0.0
) -> list[Pair]:
    """Gold and predicted quotes of each document, the speakers chosen by the rules
    (``model`` None) or the ranker (on the collected candidates of the ``spans``, gold or
    pipeline quote spans: the ranker alone with ``margin`` 0)."""
    pairs: list[Pair] = []
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
        pairs.append(({"quotes": included(doc.gold)}, pred))
    return pairs


def attribution(
    docs: Sequence[DocRows], model: SpeakerModel | None, *, spans: str, margin: float = 0.0
) -> dict[str, float]:
    """Attribution P/R/F1 of the rules (``model`` None) or the ranker (on the collected
    candidates: the ranker alone with ``margin`` 0)."""
    report = score_documents(attribution_pairs(docs, model, spans=spans, margin=margin))
    return {k: report["attribution"][k] for k in ("precision", "recall", "f1")}


def calibrate(
    docs: Sequence[DocRows],
    c: float,
    folds: int = 5,
    *,
    extra: Extra | None = None,
    previous: bool = True,
) -> tuple[float, float, float]:
    """Platt scaling of (top logit, margin) -> quote found and speaker right, out-of-fold
    on the pipeline's quotes of ``docs`` (the quote's confidence at run time); each fold's
    model also learns from ``extra`` (never held out: the calibration is for news);
    ``previous``: as :func:`training_rows` says."""
    from sklearn.linear_model import LogisticRegression

    order = list(range(len(docs)))
    random.Random(SEED).shuffle(order)
    feats: list[list[float]] = []
    labels: list[int] = []
    for k in range(folds):
        held = {order[i] for i in range(k, len(order), folds)}
        x, y = training_rows([d for i, d in enumerate(docs) if i not in held], previous=previous)
        model = fit(x, y, c, extra=extra)
        for i in held:
            quotes = docs[i].on_pipeline
            for quote, (name, top, margin) in zip(quotes, decode(model, quotes), strict=True):
                feats.append([top, margin])
                labels.append(int(quote.matched and _speaker_ok(quote.gold, name)))
    platt = LogisticRegression(C=100.0, random_state=SEED).fit(feats, labels)
    a, b = (float(w) for w in platt.coef_[0])
    return a, b, float(platt.intercept_[0])


def extract_pairs(
    extractor: claimex.Extractor,
    golds: Iterable[dict[str, Any]],
    model: SpeakerModel,
    margin: float,
) -> list[Pair]:
    """Gold documents and what ``extractor.extract`` makes of their texts (the pipeline's
    own quote spans), the ranker ``model`` overriding the rules by more than ``margin``."""
    with speaker_hook(None, model=model, margin=margin):
        return [(gold, extractor.extract(gold["text"]).model_dump(mode="json")) for gold in golds]


def extract_attribution(
    extractor: claimex.Extractor, path: Path, model: SpeakerModel, margin: float
) -> dict[str, float]:
    """Attribution P/R/F1 and tp/fp/fn through ``extract`` over a gold file (see
    :func:`extract_pairs`)."""
    report = score_documents(extract_pairs(extractor, read_gold(path), model, margin))
    return dict(report["attribution"])


Held = Sequence[tuple[SpeakerModel, Sequence[DocRows]]]  # each model and what it never saw
Judge = Callable[[Held], dict[str, float]]  # attribution F1 (and counts) out of fold


def extract_scores(extractor: claimex.Extractor, held: Held, *, margin: float) -> dict[str, float]:
    """Attribution through extract, out of fold: each model runs over the documents of
    ``held`` it was not fit on (the other half of the train split) at ``margin``, the counts
    of all of them summed (P/R/F1 and tp/fp/fn)."""
    pairs = [
        pair
        for model, docs in held
        for pair in extract_pairs(extractor, [d.gold for d in docs], model, margin)
    ]
    return dict(score_documents(pairs)["attribution"])


def candidate_scores(held: Held) -> dict[str, float]:
    """Attribution F1 on the collected candidates, out of fold (each model on the
    documents of ``held`` it was not fit on, counts summed), the mean of gold and pipeline
    quote spans (the ranker alone, margin 0): a judge without the pipeline."""
    f1 = [
        float(
            score_documents(
                [
                    pair
                    for model, docs in held
                    for pair in attribution_pairs(docs, model, spans=spans)
                ]
            )["attribution"]["f1"]
        )
        for spans in ("gold", "pipeline")
    ]
    return {"f1": sum(f1) / len(f1)}


def choose_margin(
    extractor: claimex.Extractor, held: Held
) -> tuple[float, list[tuple[float, dict[str, float]]]]:
    """The margin of ``MARGIN_GRID`` with the best attribution F1 through extract out of
    fold (:func:`extract_scores`); ties: the larger margin. Returns it and the whole curve
    (P/R/F1 and tp/fp/fn at each margin)."""
    curve: list[tuple[float, dict[str, float]]] = []
    for margin in MARGIN_GRID:
        scores = extract_scores(extractor, held, margin=margin)
        curve.append((margin, scores))
        print(
            f"  margin {margin:5.2f}: out-of-fold extract attribution {_fmt(scores)}  "
            f"{_counts(scores)}",
            file=sys.stderr,
        )
    best = max(curve, key=lambda point: (round(point[1]["f1"], 6), point[0]))
    return best[0], curve


def _counts(scores: dict[str, float]) -> str:
    return f"{scores['tp']}/{scores['fp']}/{scores['fn']}"


def _fmt(scores: dict[str, float]) -> str:
    return f"P {scores['precision']:.3f}  R {scores['recall']:.3f}  F1 {scores['f1']:.3f}"


def table(name: str, docs: Sequence[DocRows], model: SpeakerModel) -> None:
    for spans in ("gold", "pipeline"):
        for label, margin in (("rules ", None), ("ranker", 0.0), ("margin", model.margin)):
            scorer = None if margin is None else model
            scores = _fmt(attribution(docs, scorer, spans=spans, margin=margin or 0.0))
            print(f"  {name:10s} {spans:8s} spans  {label}  {scores}")


def _load(cache: Path | None, name: str, make: Callable[[], list[DocRows]]) -> list[DocRows]:
    """Collected rows of one split, from ``cache`` where present (then written there)."""
    cached = cache / f"{name}.pickle" if cache else None
    if cached is not None and cached.exists():
        rows: list[DocRows] = pickle.loads(cached.read_bytes())
        return rows
    rows = make()
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(rows))
    return rows


def spkatt_rows(extractor: claimex.Extractor, split: str) -> list[DocRows]:
    """Candidate rows of a SpkAtt-2023 Bundestag split (``models/spkatt_bundestag.py``)."""
    from models.spkatt_bundestag import gold_document, label_speakers, read_split

    golds = [gold_document(speech) for speech in read_split(split)]
    return collect(extractor, golds, prepare=label_speakers, nested=True)


def source_counts(docs: Sequence[DocRows]) -> str:
    """How the gold quotes' speakers were named (SpkAtt: by source type)."""
    counts = Counter(str(g.get("source_type")) for d in docs for g in d.gold["quotes"])
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


def spkatt_filter(skip: Container[str | None], *, speech_cues: bool) -> Callable[[QuoteRows], bool]:
    """Which SpkAtt quotes give training rows: not those whose source type is in ``skip``,
    and with ``speech_cues`` only those whose cue is a claimex cue word."""

    def keep(quote: QuoteRows) -> bool:
        return quote.source_type not in skip and (not speech_cues or bool(quote.speech_cue))

    return keep


@dataclass(frozen=True)
class Fold:
    """One way of the two-fold split of the train split: a model fit on the rows of ``fit``
    (one half) is scored on ``held`` (the other half)."""

    fit: list[DocRows]
    held: list[DocRows]


def folds(train: Sequence[DocRows]) -> list[Fold]:
    """Both ways of the halves of the train split (:func:`models.gold.train_halves`: train_a
    the odd documents, train_b the even ones): fit on train_a and score train_b, then fit
    on train_b and score train_a."""
    half_a, half_b = train_halves(train)
    return [Fold(half_a, half_b), Fold(half_b, half_a)]


@dataclass(frozen=True)
class Choice:
    """What :func:`choose` chose: C, the SpkAtt weight and its rows, each fold's model at
    that choice, and the out-of-fold F1 of every (weight, C) tried."""

    c: float
    weight: float
    extra: Extra | None
    models: list[SpeakerModel]
    curve: dict[str, list[float]]


def choose(
    fold_list: Sequence[Fold],
    weights: Sequence[float],
    judge: Judge,
    *,
    spkatt: Sequence[DocRows] = (),
    keep: Callable[[QuoteRows], bool] | None = None,
    previous: bool = True,
) -> Choice:
    """C and the SpkAtt sample weight whose fold models ``judge`` finds best out of fold
    (:func:`extract_scores` at margin 0, or :func:`candidate_scores`; its F1, ties keep the
    earlier: the smaller weight, the smaller C);
    every fold's model learns from all the ``spkatt`` rows that ``keep`` accepts;
    ``previous``: see :func:`training_rows`."""
    rows = [training_rows(fold.fit, previous=previous) for fold in fold_list]
    sx, sy = training_rows(spkatt, keep=keep, previous=previous) if spkatt else ([], [])
    if sx:
        print(f"spkatt train: {len(sx)} candidate rows, {sum(sy)} positive", file=sys.stderr)
    best: tuple[float, Choice] | None = None
    curve: dict[str, list[float]] = {}
    for weight in weights:
        extra = Extra(sx, sy, weight) if sx and weight > 0 else None
        for c in C_GRID:
            models = [fit(x, y, c, extra=extra) for x, y in rows]
            scores = judge([(m, f.held) for m, f in zip(models, fold_list, strict=True)])
            f1 = scores["f1"]
            counts = [scores[k] for k in ("tp", "fp", "fn") if k in scores]
            curve[f"weight {weight} C {c}" if sx else f"C {c}"] = [*counts, round(f1, 4)]
            print(
                f"  spkatt weight {weight} C={c}: out-of-fold attribution F1 {f1:.4f}"
                + (f"  {_counts(scores)}" if counts else ""),
                file=sys.stderr,
            )
            if best is None or f1 > best[0] + 1e-9:
                best = (f1, Choice(c, weight, extra, models, {}))
    if best is None:
        raise ValueError("empty grid")
    chosen = best[1]
    return Choice(chosen.c, chosen.weight, chosen.extra, chosen.models, curve)


MarginChooser = Callable[[Held], tuple[float, list[tuple[float, dict[str, float]]]]]


@dataclass(frozen=True)
class Trained:
    """The recipe's result: the choice of C (and SpkAtt weight), the shipped model (fit on
    the whole train split, calibrated, with its margin), the margin's out-of-fold curve and
    the training rows (candidates, of which positive)."""

    choice: Choice
    model: SpeakerModel
    margins: list[tuple[float, dict[str, float]]]
    rows: tuple[int, int]


def train(
    train_docs: Sequence[DocRows],
    judge: Judge,
    margin_of: MarginChooser,
    *,
    weights: Sequence[float] = (0.0,),
    spkatt: Sequence[DocRows] = (),
    keep: Callable[[QuoteRows], bool] | None = None,
    previous: bool = True,
) -> Trained:
    """The training step on collected candidates: C (and the SpkAtt weight) out of fold
    by ``judge`` (:func:`choose`), the margin by ``margin_of`` from each fold's model and
    its held-out half (:func:`choose_margin` through extract), then the model fit on all of
    ``train_docs`` with that C, calibrated out-of-fold (:func:`calibrate`)."""
    fold_list = folds(train_docs)
    choice = choose(fold_list, weights, judge, spkatt=spkatt, keep=keep, previous=previous)
    margin, margins = margin_of(
        [(model, fold.held) for model, fold in zip(choice.models, fold_list, strict=True)]
    )
    x, y = training_rows(train_docs, previous=previous)
    print(f"train: {len(x)} candidate rows, {sum(y)} positive", file=sys.stderr)
    model = fit(x, y, choice.c, extra=choice.extra)
    calibration = calibrate(train_docs, choice.c, extra=choice.extra, previous=previous)
    shipped = SpeakerModel(model.weights, model.bias, calibration, margin)
    return Trained(choice, shipped, margins, (len(x), sum(y)))


def payload(trained: Trained, *, spkatt: str = "", dev: str = "") -> dict[str, Any]:
    """The model file's content (``spkatt``: how SpkAtt rows were used, for ``_about``;
    ``dev``: dev attribution through extract at the chosen margin, for information)."""
    model, choice = trained.model, trained.choice
    margin = model.margin
    return {
        "_about": (
            "Learned speaker ranker of components/speaker_model/: logistic weights "
            "over sparse candidate features, trained by `python -m models.train_speakers` "
            "on the train split of models/gold/wikinews (annotations CC BY 4.0, texts "
            f"German Wikinews CC BY 2.5){spkatt}; C chosen out of fold (a model fit on "
            "one half of the train split runs through extract at margin 0 over the other, "
            "both ways, attribution counts summed; `cross_fit`: C: [tp, fp, fn, F1]); "
            "Platt calibration of (top logit, margin) out-of-fold on Wikinews train; "
            "`rows`: candidate rows of train, of them positive."
            + (f" Wikinews dev (not chosen on), extract at the margin: {dev}." if dev else "")
        ),
        "C": choice.c,
        **({"spkatt_weight": choice.weight} if choice.extra is not None else {}),
        "cross_fit": choice.curve,
        "rows": {"candidates": trained.rows[0], "positive": trained.rows[1]},
        "bias": round(model.bias, 5),
        "calibration": dict(
            zip(("top", "margin", "bias"), (round(v, 5) for v in model.calibration), strict=True)
        ),
        "override": {
            "_about": (
                "The ranker replaces the rules' speaker only where its best candidate "
                "names another speaker and its logit beats the best candidate naming "
                "the rules' speaker by more than `margin`. Chosen by "
                "models/train_speakers.py out of fold on the Wikinews train split: each "
                "half runs through extract (pipeline quote spans) with the model fit on "
                "the other half for each margin of MARGIN_GRID, the attribution counts of "
                "both halves summed, the best F1, ties to the larger margin; `cross_fit` "
                "lists margin: [tp, fp, fn, F1] (inf: the rules alone; a margin of null "
                "keeps the rules' speaker everywhere)."
            ),
            "margin": margin if math.isfinite(margin) else None,
            "cross_fit": {
                str(m): [scores["tp"], scores["fp"], scores["fn"], round(scores["f1"], 4)]
                for m, scores in trained.margins
            },
        },
        "weights": dict(sorted(model.weights.items())),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", action="store_true", help="also score the test split (once)")
    parser.add_argument("--no-write", action="store_true", help="do not write the model file")
    parser.add_argument(
        "--out",
        type=Path,
        default=OUT,
        help="where to write the model file (default: the shipped one)",
    )
    parser.add_argument("--cache", type=Path, help="folder for the collected features (reused)")
    parser.add_argument(
        "--train-file",
        type=Path,
        default=GOLD / "train.jsonl",
        help="gold file to train on (default: the Wikinews train split; a part of it to "
        "measure the ranker on the rest)",
    )
    parser.add_argument(
        "--no-previous",
        action="store_true",
        help='offer no "previous" candidate (the speaker of the quote before) in training; '
        "the model then has no type=previous weight and the runtime offers none either",
    )
    parser.add_argument(
        "--spkatt",
        action="store_true",
        help="also train on SpkAtt-2023 Bundestag train (report its dev)",
    )
    parser.add_argument(
        "--spkatt-weights",
        type=float,
        nargs="+",
        default=list(SPKATT_WEIGHTS),
        help="sample weights of a SpkAtt row to choose from on Wikinews dev (0: Wikinews alone)",
    )
    parser.add_argument(
        "--spkatt-skip",
        nargs="*",
        default=[],
        choices=SOURCE_TYPES,
        help="SpkAtt quotes whose speaker was named so give no training rows "
        "(none: no Source tokens)",
    )
    parser.add_argument(
        "--spkatt-speech-cues",
        action="store_true",
        help="only SpkAtt quotes whose cue is a claimex cue word",
    )
    args = parser.parse_args(argv)
    random.seed(SEED)
    t0 = time.perf_counter()
    extractor = claimex.load()
    splits = ["train", "dev", *(["test"] if args.test else [])]
    files = {split: GOLD / f"{split}.jsonl" for split in splits}
    files["train"] = args.train_file
    data: dict[str, list[DocRows]] = {
        split: _load(
            args.cache,
            split if path == GOLD / f"{split}.jsonl" else f"{split}-{path.stem}",
            partial(collect, extractor, path),
        )
        for split, path in files.items()
    }
    if args.spkatt:
        for split in ("train", "dev"):
            name = f"spkatt-{split}"
            data[name] = _load(args.cache, name, partial(spkatt_rows, extractor, split))
            print(
                f"{name}: {len(data[name])} speeches; speakers by source: "
                f"{source_counts(data[name])}"
            )
    print(f"features collected in {time.perf_counter() - t0:.0f}s", file=sys.stderr)
    trained = train(
        data["train"],
        partial(extract_scores, extractor, margin=0.0),
        partial(choose_margin, extractor),
        weights=args.spkatt_weights if args.spkatt else [0.0],
        spkatt=data.get("spkatt-train", []),
        keep=spkatt_filter(args.spkatt_skip, speech_cues=args.spkatt_speech_cues),
        previous=not args.no_previous,
    )
    model, choice = trained.model, trained.choice
    print(
        f"chosen C={choice.c}; spkatt weight {choice.weight} (skipped sources: "
        f"{args.spkatt_skip}; speech cues only: {args.spkatt_speech_cues}); "
        f"calibration {model.calibration}; margin {model.margin}"
    )
    print("attribution (quotes matched by overlap; speaker must match):")
    for split in [*splits, *(["spkatt-dev"] if args.spkatt else [])]:
        table(split, data[split], model)
    dev = extract_attribution(extractor, GOLD / "dev.jsonl", model, model.margin)
    print(f"  dev extract at margin {model.margin}: {_fmt(dev)}  {_counts(dev)}")
    if not args.no_write:
        spkatt = (
            f" and on SpkAtt-2023 Bundestag train (models/spkatt_bundestag.py; annotations "
            f"CC BY-SA 4.0, transcripts public domain), each of its rows weighted "
            f"{choice.weight} (`spkatt_weight`, chosen out of fold with C)"
            + (
                f", quotes with these source types left out: {args.spkatt_skip}"
                if args.spkatt_skip
                else ""
            )
            + (", only quotes with a claimex cue word" if args.spkatt_speech_cues else "")
            if choice.extra is not None
            else ""
        )
        content = payload(trained, spkatt=spkatt, dev=f"{_counts(dev)} (F1 {dev['f1']:.4f})")
        args.out.write_text(
            json.dumps(content, ensure_ascii=False, indent=0) + "\n", encoding="utf-8"
        )
        print(f"wrote {args.out} ({len(model.weights)} weights)")
    return 0


if __name__ == "__main__":
    # run through the module's own name, so that the --cache pickles name
    # models.train_speakers' classes (not __main__'s) and other tools can read them
    from models.train_speakers import main as _main

    raise SystemExit(_main())
