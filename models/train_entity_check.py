"""Train the learned check of the entity spans (``claimex.components.entity_check``).

Parses both halves of the Wikinews train split (``models.gold.train_halves``) once with the
bundled pipeline up to ``claimex_entities``, runs the claimex stages with the check off and
lists every entity span after ``claimex_label_consistency`` with its features
(:func:`claimex.components.entity_check.span_features`) and its class: the gold label of a
gold entity with the same start and end, else ``NONE``. Optionally (``--germeval-weight``,
default :data:`GERMEVAL_WEIGHT`) the spans claimex predicts on the GermEval 2014 *test*
sentences (CC BY 4.0; never its dev file, an evaluation set here) join the rows with that
sample weight; GermEval's ``*deriv`` and ``*part`` names are no class of ours, so a span
on one of them is left out.

The mentions of one text in one article share one row's weight (a name an interview
repeats is not learned as many independent spans), and a feature's count for
:data:`MIN_COUNT` is its rows' weight (a word before a name an interview repeats six times
counts once). C (of :data:`C_GRID`), the threshold (of :data:`THRESHOLDS`) and the actions
(the (label, class) changes the check may make) are chosen by 2-fold cross-fitting: a
model fit on train_a's rows checks train_b through the real extract path and one fit on
train_b's rows checks train_a. At each (C, threshold) an action is allowed where its
out-of-fold changes set more spans right than :data:`MARGIN` times the spans they set
wrong (:func:`useful_actions`; an action near even, such as dropping LOC spans, cost
places on unseen text); the (C, threshold) with the most entity + actor + place F1 of the
counts summed over both halves wins where none of :data:`KEPT` falls below the check off
(itself a candidate), a tie going to the higher threshold. A document where the check
changes no span gives the check-off record, so only the changed documents run the claimex
stages again. The shipped model is fit on the rows of both halves with the chosen C,
threshold and actions; ``_about`` and ``cross_fit`` in
``src/claimex/lexicon/entity_check.json`` give the out-of-fold counts.

``--pipeline-a`` / ``--pipeline-b`` parse train_a / train_b with another pipeline than the
bundled one: with the pipelines whose NER head was fine-tuned on the *other* half
(``models/ner_head.py``), the check learns the errors of an NER that has not seen the text,
as the shipped NER (fine-tuned on the whole train split) errs on unseen text.

Run: ``python -m models.train_entity_check [--cache DIR] [--germeval-weight W]
[--pipeline-a PIPELINE] [--pipeline-b PIPELINE] [--no-write] [--out FILE]`` (about two
minutes on two cores, most of it the parse; ``--cache`` keeps the parsed documents between
runs as DocBin files: one folder per pair of pipelines).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

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
from claimex.convert import finish_record
from claimex.evaluate import score_documents
from claimex.gold import find_shared, read_gold
from claimex.inputs import prepare
from models.convert import germeval_sentences
from models.gold import train_halves

HERE = Path(__file__).resolve().parent
HALVES = HERE / "training" / "wikinews_halves"  # ignored by git
OUT = HERE.parent / "src" / "claimex" / "lexicon" / MODEL_FILE
GOLD_TRAIN = HERE / "gold" / "wikinews" / "train.jsonl"
GERMEVAL_TEST = Path("data") / "ner" / "germeval2014" / "NER-de-test.tsv"
SEED = 15
CLASSES = (NONE, "PER", "LOC", "ORG", "MISC")
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
MIN_COUNT = 3
MARGIN = 1.5
GERMEVAL_WEIGHT = 0.0
GERMEVAL_LABELS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
FIRST_STAGE = "claimex_entities"  # the claimex stages from here on run per candidate
SCORED = ("entities", "actors", "places", "figures", "quotes", "attribution")
Counts = tuple[int, int, int]


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


@dataclass
class SpanRow:
    """One predicted span: its document, offsets, label, text, features, gold class and
    sample weight."""

    doc: int
    start: int
    end: int
    label: str
    text: str
    features: list[str]
    gold: str
    weight: float = 1.0


@dataclass
class Corpus:
    """Parsed documents (up to :data:`FIRST_STAGE`), their gold records, the span rows and,
    for a Wikinews half, the check-off prediction of each document."""

    name: str
    records: list[dict[str, Any]]
    docs: list[Doc]
    rows: list[SpanRow] = field(default_factory=list)
    base: list[dict[str, Any]] = field(default_factory=list)


class Runner:
    """The bundled pipeline split in two: the parse, and the claimex stages with a check."""

    def __init__(self, model: str | None = None) -> None:
        self.extractor = claimex.load(model)
        nlp = self.extractor.nlp
        self.nlp = nlp
        stage = nlp.get_pipe("claimex_label_consistency")
        assert isinstance(stage, LabelConsistency)
        self.stage = stage
        self.split = nlp.pipe_names.index(FIRST_STAGE)
        self.common = lemma_forms(nlp)

    def parse(self, texts: Sequence[str], cache: Path | None) -> list[Doc]:
        """``texts`` through the pipes before :data:`FIRST_STAGE` (``cache``: a DocBin file
        kept between runs)."""
        if cache is not None and cache.is_file():
            return list(DocBin().from_bytes(cache.read_bytes()).get_docs(self.nlp.vocab))
        with self.nlp.select_pipes(disable=self.nlp.pipe_names[self.split :]):
            docs = list(self.nlp.pipe(texts, batch_size=32))
        if cache is not None:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_bytes(DocBin(docs=docs, store_user_data=True).to_bytes())
        return docs

    def stages(self, doc: Doc, check: EntityCheckModel | None) -> Iterator[tuple[str, Doc]]:
        """A copy of ``doc`` through the claimex stages, ``check`` the entity check."""
        self.stage.check = check
        cfg = self.extractor._cfg
        doc = doc.copy()
        for name, proc in self.nlp.pipeline[self.split :]:
            doc = proc(doc, **cfg.get(name, {}))
            yield name, doc

    def record(self, doc: Doc, check: EntityCheckModel | None) -> dict[str, Any]:
        """The extraction of a parsed ``doc`` as JSON, ``check`` the entity check."""
        for _, done in self.stages(doc, check):
            doc = done
        record = finish_record(doc, model=self.extractor.info, doc_id=None, warnings=[])
        return record.model_dump(mode="json")

    def rows(self, n: int, doc: Doc, gold: dict[tuple[int, int], str | None]) -> list[SpanRow]:
        """The rows of the spans after the label vote (check off) in ``doc``, the ``n``-th
        document; ``gold``: the gold label by offsets (None: a span to leave out)."""
        for name, done in self.stages(doc, None):
            if name == "claimex_label_consistency":
                doc = done
                break
        spans = list(doc.ents)
        ctx = DocContext(doc, spans)
        rows = []
        for k, span in enumerate(spans):
            key = (span.start_char, span.end_char)
            cls = gold.get(key, NONE)
            if cls is None:
                continue
            feats = with_label(span_features(ctx, k, span, self.common), span.label_)
            rows.append(SpanRow(n, *key, span.label_, span.text, feats, cls))
        doc.user_data.pop(NER_KEY, None)
        return rows


def wikinews(
    runner: Runner, name: str, records: list[dict[str, Any]], cache: Path | None
) -> Corpus:
    """A Wikinews half: parsed, its rows and its check-off records."""
    texts = [prepare(r["text"])[0] for r in records]
    docs = runner.parse(texts, cache / f"{name}.spacy" if cache else None)
    corpus = Corpus(name, records, docs)
    for n, (record, doc) in enumerate(zip(records, docs, strict=True)):
        gold: dict[tuple[int, int], str | None] = {
            (e["start"], e["end"]): e["label"] for e in record.get("entities", [])
        }
        corpus.rows += runner.rows(n, doc, gold)
        corpus.base.append(runner.record(doc, None))
    # each span text counts once per document: its mentions share one row's weight, so
    # that a name an article repeats is not learned as if it were many independent spans
    mentions = Counter((row.doc, row.text) for row in corpus.rows)
    for row in corpus.rows:
        row.weight = 1.0 / mentions[(row.doc, row.text)]
    return corpus


def germeval(runner: Runner, path: Path, weight: float, cache: Path | None) -> Corpus:
    """The GermEval 2014 sentences of ``path`` (tokens joined by spaces), their rows with
    sample weight ``weight``."""
    texts: list[str] = []
    golds: list[dict[tuple[int, int], str | None]] = []
    for tokens, tags in germeval_sentences(path):
        offsets = []
        at = 0
        for token in tokens:
            offsets.append((at, at + len(token)))
            at += len(token) + 1
        gold: dict[tuple[int, int], str | None] = {}
        k = 0
        while k < len(tags):
            if not tags[k].startswith("B-"):
                k += 1
                continue
            kind = tags[k][2:]
            end = k + 1
            while end < len(tags) and tags[end] == "I-" + kind:
                end += 1
            gold[(offsets[k][0], offsets[end - 1][1])] = GERMEVAL_LABELS.get(kind)
            k = end
        texts.append(" ".join(tokens))
        golds.append(gold)
    docs = runner.parse(texts, cache / "germeval_test.spacy" if cache else None)
    corpus = Corpus("germeval", [], docs)
    for n, (doc, gold) in enumerate(zip(docs, golds, strict=True)):
        for row in runner.rows(n, doc, gold):
            row.weight = weight
            corpus.rows.append(row)
    return corpus


def fit(rows: Sequence[SpanRow], c: float, min_count: int) -> EntityCheckModel:
    """Multinomial logistic weights (classes :data:`CLASSES`) on ``rows``, threshold 2 (off)."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    # a feature's count is its rows' weight: the mentions of one text in one article count once
    seen: dict[str, float] = {}
    for span in rows:
        for f in set(span.features):
            seen[f] = seen.get(f, 0.0) + span.weight
    x = [{f: 1.0 for f in row.features if seen[f] >= min_count - 1e-9} for row in rows]
    y = [CLASSES.index(row.gold) for row in rows]
    vec = DictVectorizer()
    matrix = vec.fit_transform(x)
    model = LogisticRegression(C=c, max_iter=5000, random_state=SEED)
    model.fit(matrix, y, sample_weight=[row.weight for row in rows])
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


def at(
    model: EntityCheckModel,
    threshold: float,
    actions: frozenset[tuple[str, str]] | None = None,
) -> EntityCheckModel:
    """``model`` with ``threshold`` and ``actions``."""
    return EntityCheckModel(model.classes, model.weights, model.bias, threshold, actions)


def tally(model: EntityCheckModel, rows: Sequence[SpanRow]) -> Counter[tuple[str, str, str]]:
    """The changes ``model`` makes to ``rows`` by (span label, class, outcome): "right"
    (the class is the gold one), "was right" (the label was) or "both wrong"."""
    out: Counter[tuple[str, str, str]] = Counter()
    for row in rows:
        new = model.decide(row.features, row.label)
        if new != row.label:
            if new == row.gold:
                out[(row.label, new, "right")] += 1
            else:
                out[(row.label, new, "was right" if row.label == row.gold else "both wrong")] += 1
    return out


def useful_actions(outcomes: Counter[tuple[str, str, str]]) -> frozenset[tuple[str, str]]:
    """The changes (span label, class) that set more spans right than :data:`MARGIN` times
    the spans they set wrong."""
    pairs = {(label, cls) for label, cls, _ in outcomes}
    return frozenset(
        p for p in pairs if outcomes[(*p, "right")] > MARGIN * outcomes[(*p, "was right")]
    )


def changes(model: EntityCheckModel, rows: Sequence[SpanRow]) -> dict[int, list[str]]:
    """The classes the check gives the rows of each document where it changes a span."""
    by_doc: dict[int, list[str]] = {}
    if model.threshold > 1.0:
        return by_doc
    for row in rows:
        new = model.decide(row.features, row.label)
        if new != row.label:
            by_doc.setdefault(row.doc, []).append(f"{row.text!r} {row.label}->{new} ({row.gold})")
    return by_doc


def evaluate(runner: Runner, corpus: Corpus, model: EntityCheckModel | None) -> dict[str, Counts]:
    """tp, fp, fn of each scored record part of the extract path over ``corpus`` with
    ``model`` (None: the check off; only the documents where it changes a span run again)."""
    changed = changes(model, corpus.rows) if model is not None else {}
    pairs = [
        (record, runner.record(doc, model) if n in changed else corpus.base[n])
        for n, (record, doc) in enumerate(zip(corpus.records, corpus.docs, strict=True))
    ]
    scores = score_documents(pairs)
    return {k: (scores[k]["tp"], scores[k]["fp"], scores[k]["fn"]) for k in SCORED}


def add(a: dict[str, Counts], b: dict[str, Counts]) -> dict[str, Counts]:
    return {k: (a[k][0] + b[k][0], a[k][1] + b[k][1], a[k][2] + b[k][2]) for k in a}


KEPT = ("entities", "actors", "places", "quotes", "attribution")  # none of these may fall


@dataclass
class Trial:
    """The out-of-fold counts of one (C, threshold) on each half, with its actions."""

    actions: frozenset[tuple[str, str]]
    halves: dict[str, dict[str, Counts]]

    @property
    def pooled(self) -> dict[str, Counts]:
        a, b = self.halves.values()
        return add(a, b)

    def keeps(self, off: dict[str, dict[str, Counts]]) -> bool:
        """Whether no F1 of :data:`KEPT` falls below the check off (summed over halves)."""
        base = add(*off.values())
        return all(f1(self.pooled[k]) >= f1(base[k]) for k in KEPT)


def f1(counts: Counts) -> float:
    tp, fp, fn = counts
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def merit(counts: dict[str, Counts]) -> float:
    """Entity + actor + place F1."""
    return round(sum(f1(counts[k]) for k in ("entities", "actors", "places")), 5)


def report(model: EntityCheckModel, top: int = 20) -> None:
    """The largest weights per class."""
    for i, cls in enumerate(model.classes):
        ranked = sorted(model.weights.items(), key=lambda kv: -kv[1][i])[:top]
        print(f"top weights for {cls}: " + ", ".join(f"{k} {v[i]:+.2f}" for k, v in ranked))


def dump_model(data: dict[str, Any]) -> str:
    """The model file's text: one line per top-level key, one per feature's weights."""

    def line(key: str, value: Any) -> str:
        return json.dumps(key) + ": " + json.dumps(value, ensure_ascii=False)

    head = [line(k, v) for k, v in data.items() if k != "weights"]
    weights = [line(k, v) for k, v in data["weights"].items()]
    return "{\n" + ",\n".join([*head, '"weights": {\n' + ",\n".join(weights) + "\n}"]) + "\n}\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--germeval-weight", type=float, default=GERMEVAL_WEIGHT)
    parser.add_argument("--shared", type=Path, default=None, help="CLAIMEX_SHARED folder")
    parser.add_argument(
        "--pipeline-a", type=Path, default=None, help="pipeline that parses train_a"
    )
    parser.add_argument(
        "--pipeline-b", type=Path, default=None, help="pipeline that parses train_b"
    )
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    bundled: Runner | None = None
    runners: dict[str, Runner] = {}
    for name, path in (("train_a", args.pipeline_a), ("train_b", args.pipeline_b)):
        if path is None:
            bundled = bundled or Runner()
            runners[name] = bundled
        else:
            runners[name] = Runner(str(path))
    a, b = (
        wikinews(runners[name], name, list(read_gold(train_half(name))), args.cache)
        for name in ("train_a", "train_b")
    )
    extra: list[SpanRow] = []
    if args.germeval_weight > 0:
        root = args.shared or find_shared(GOLD_TRAIN.parent)
        if root is None:
            parser.error("../shared not found: pass --shared or set CLAIMEX_SHARED")
        extra = germeval(
            bundled or Runner(), root / GERMEVAL_TEST, args.germeval_weight, args.cache
        ).rows
    for corpus in (a, b):
        print(f"{corpus.name}: {len(corpus.rows)} spans {Counter(r.gold for r in corpus.rows)}")
    print(f"extra: {len(extra)} spans {Counter(r.gold for r in extra)}", flush=True)
    # 2-fold cross-fitting: each half checked by the model fit on the other half's rows
    off = {corpus.name: evaluate(runners[corpus.name], corpus, None) for corpus in (a, b)}
    results: dict[tuple[float, float], Trial] = {(C_GRID[0], 2.0): Trial(frozenset(), off)}
    for c in C_GRID:
        fitted = {a.name: fit([*b.rows, *extra], c, args.min_count)}
        fitted[b.name] = fit([*a.rows, *extra], c, args.min_count)
        for t in THRESHOLDS:
            if t > 1.0:
                continue
            outcomes = sum(
                (tally(at(fitted[corpus.name], t), corpus.rows) for corpus in (a, b)), Counter()
            )
            actions = useful_actions(outcomes)
            trial = results[(c, t)] = Trial(
                actions,
                {
                    corpus.name: evaluate(
                        runners[corpus.name], corpus, at(fitted[corpus.name], t, actions)
                    )
                    for corpus in (a, b)
                },
            )
            print(
                f"C {c} threshold {t} actions {sorted(actions)}: e+a+p {merit(trial.pooled)}"
                f"{'' if trial.keeps(off) else ' (a record part falls)'} "
                + " ".join(f"{k} {trial.pooled[k]}" for k in SCORED),
                flush=True,
            )
    # the most entity + actor + place F1 where no record part falls; a tie: higher threshold
    c, threshold = max(
        (ct for ct in results if results[ct].keeps(off)),
        key=lambda ct: (merit(results[ct].pooled), ct[1], -ct[0]),
    )
    chosen = results[(c, threshold)]
    print(f"chosen C {c} threshold {threshold} actions {sorted(chosen.actions)}")
    final = at(fit([*a.rows, *b.rows, *extra], c, args.min_count), threshold, chosen.actions)
    report(final)
    for corpus in (a, b):
        other = fit([*(b if corpus is a else a).rows, *extra], c, args.min_count)
        for n, lines in changes(at(other, threshold, chosen.actions), corpus.rows).items():
            print(f"  {corpus.name} doc {n}: " + "; ".join(lines))
    if not args.no_write:

        def counts_text(counts: dict[str, Counts]) -> str:
            return ", ".join(f"{k} {'/'.join(map(str, counts[k]))}" for k in SCORED)

        data: dict[str, Any] = {
            "_about": (
                "Learned check of the entity spans (components/entity_check.py): multinomial "
                "logistic weights per class over binary span features, trained by `python -m "
                "models.train_entity_check` on the spans claimex predicts on both halves of "
                "the Wikinews train split (a span's class: the label of a gold entity with "
                "the same start and end, else NONE)"
                + (
                    ", each half parsed by the pipeline whose NER head was fine-tuned on the "
                    "other half (models/ner_head.py), so the spans are those of an NER that "
                    "has not seen the text"
                    if args.pipeline_a is not None and args.pipeline_b is not None
                    else ""
                )
                + (f" and on GermEval 2014 test (weight {args.germeval_weight})" if extra else "")
                + "; C, threshold and actions (the changes it may make) by 2-fold "
                "cross-fitting: a model fit on one half checks the other through the extract "
                "path, the counts of both halves summed; the actions are those that set more "
                f"spans right than {MARGIN} times those they set wrong out of fold, and the "
                "most entity + actor + place F1 wins where no record part falls below the "
                "check off. Out of fold (tp/fp/fn), "
                + "; ".join(
                    f"{name}: off {counts_text(off[name])} -> checked "
                    f"{counts_text(chosen.halves[name])}"
                    for name in (a.name, b.name)
                )
                + ". cross_fit: each (C, threshold)'s actions and out-of-fold counts; a "
                "threshold above 1 is off."
            ),
            "C": c,
            "classes": list(final.classes),
            "threshold": final.threshold,
            "actions": sorted(f"{label}>{cls}" for label, cls in chosen.actions),
            "cross_fit": {
                f"C {c_} threshold {t}": {
                    "actions": sorted(f"{label}>{cls}" for label, cls in trial.actions),
                    **{name: counts_text(v) for name, v in trial.halves.items()},
                }
                for (c_, t), trial in results.items()
            },
            "bias": list(final.bias),
            "weights": {k: list(v) for k, v in sorted(final.weights.items())},
        }
        args.out.write_text(dump_model(data), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
