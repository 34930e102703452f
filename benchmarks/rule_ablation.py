"""What each rule of ``claimex_entities`` adds: all rules against all but one, per rule.

    python -m benchmarks.rule_ablation [--model NAME_OR_PATH] [--gold FILE [FILE ...]]
        [--no-germeval] [--disabled RULE,RULE] [--json out.json]

(``--gold`` defaults to models/gold/wikinews/dev.jsonl; several files are one corpus, their
documents scored together, so the counts are summed over the files.)

For every rule id of :func:`claimex.components.entities.rule_ids` (the span normalisations,
the gazetteer, the name repairs of ``name_repair.py`` and the names found from context) the
entity stage runs once with that rule disabled, and the scores are compared with the stage
with every rule on:

- the Wikinews DEV split (``claimex evaluate``'s scoring, :mod:`claimex.evaluate`): entity
  P/R/F1 overall and per label, actors and places;
- GermEval 2014 dev (2,200 sentences nobody wrote a rule from; outer column, OTH -> MISC,
  read by ``models.convert.germeval``): exact span and label P/R/F1, overall and per label.

A rule's effect is ``F1(all) - F1(all but the rule)``: positive where the rule helps.

``--disabled RULE,RULE`` measures from a base with those rules off instead of all rules: each
variant toggles one rule (a rule of the base set is switched back on, marked "(off)"), so a
chosen set of rules can be checked rule by rule; positive still means the rule helps.

The model pipeline (tokenizer ... NER, entity ruler, lemmatizer) runs once per text; each
variant reruns only the claimex stages that decide entities, actors and places (every
claimex component but figures, quotes and records) on a copy of the cached doc. The Wikinews
TEST split and tests/data/heldout_news.jsonl are not read here: rules are chosen on dev.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from models.convert import germeval
from spacy.language import Language
from spacy.tokens import Doc

import claimex
from claimex import components
from claimex.components.entities import EntityNormalizer, rules
from claimex.convert import doc_to_extraction
from claimex.evaluate import Counts, score_documents
from claimex.gold import find_shared, read_gold

DEV = Path("models/gold/wikinews/dev.jsonl")
GERMEVAL_DEV = Path("data/ner/germeval2014/NER-de-dev.tsv")
# stages that neither change doc.ents nor build actors and places
NOT_ENTITY_STAGES = frozenset({"claimex_figures", "claimex_quotes", "claimex_records"})
ALL = "(all rules)"

Stage = Callable[[Doc], Doc]


@dataclass
class Corpus:
    """Texts run through the model pipeline once, with what scores them."""

    name: str
    docs: list[Doc]
    score: Callable[[list[Doc]], dict[str, Any]]


def entity_stages(nlp: Language, normalizer: EntityNormalizer) -> list[Stage]:
    """The claimex stages that decide entities, actors and places, in pipeline order, with
    ``normalizer`` in place of ``claimex_entities``."""
    names = [n for n in nlp.pipe_names if n in components.PIPELINE and n not in NOT_ENTITY_STAGES]
    return [normalizer if n == "claimex_entities" else nlp.get_pipe(n) for n in names]


def model_docs(nlp: Language, texts: Iterable[str]) -> list[Doc]:
    """``texts`` through the model's own pipes only (no claimex stage)."""
    claimex_pipes = [n for n in nlp.pipe_names if n in components.PIPELINE]
    return list(nlp.pipe(texts, disable=claimex_pipes))


def run_stages(stages: Sequence[Stage], docs: list[Doc]) -> list[Doc]:
    """The stages on copies of ``docs`` (the cached docs stay as the model left them)."""
    out = []
    for doc in docs:
        doc = doc.copy()
        for stage in stages:
            doc = stage(doc)
        out.append(doc)
    return out


def corpus_name(paths: Sequence[Path]) -> str:
    """The name of a corpus of gold files: their stems joined by "+" ("train_b+dev")."""
    return "+".join(path.stem for path in paths)


def wikinews_corpus(nlp: Language, paths: Sequence[Path]) -> Corpus:
    """Gold files in the gold format as one corpus, scored as ``claimex evaluate`` scores
    their documents together (counts summed over the files)."""
    golds = [gold for path in paths for gold in read_gold(path)]
    docs = model_docs(nlp, (g["text"] for g in golds))

    def score(processed: list[Doc]) -> dict[str, Any]:
        preds = [
            doc_to_extraction(doc, model=None, claimex_version=claimex.__version__).model_dump(
                mode="json"
            )
            for doc in processed
        ]
        report = score_documents(zip(golds, preds, strict=True))
        return {k: report[k] for k in ("entities", "actors", "places")}

    return Corpus(corpus_name(paths), docs, score)


def germeval_corpus(nlp: Language, path: Path) -> Corpus:
    """GermEval 2014 sentences, exact span and label by character offsets."""
    golds = list(germeval(path, nlp.vocab))
    gold_ents = [{(e.start_char, e.end_char, e.label_) for e in doc.ents} for doc in golds]
    docs = model_docs(nlp, (doc.text for doc in golds))

    def score(processed: list[Doc]) -> dict[str, Any]:
        total = Counts()
        by_label: dict[str, Counts] = {}
        for gold, doc in zip(gold_ents, processed, strict=True):
            pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents}
            total.add(Counts(len(gold & pred), len(pred - gold), len(gold - pred)))
            for label in {g[2] for g in gold} | {p[2] for p in pred}:
                g = {x for x in gold if x[2] == label}
                p = {x for x in pred if x[2] == label}
                by_label.setdefault(label, Counts()).add(Counts(len(g & p), len(p - g), len(g - p)))
        return {
            "entities": {
                **total.report(),
                "by_label": {k: v.report() for k, v in sorted(by_label.items())},
            }
        }

    return Corpus("germeval2014_dev", docs, score)


def ablate(
    nlp: Language, corpora: list[Corpus], base_disabled: Sequence[str] = ()
) -> dict[str, Any]:
    """Scores with all rules (but ``base_disabled``) and with each rule toggled, per corpus,
    and the time taken."""
    base = frozenset(base_disabled)
    variants = [ALL, *(rule.id for rule in rules())]
    results: dict[str, Any] = {c.name: {} for c in corpora}
    seconds: dict[str, float] = {}
    for variant in variants:
        t0 = time.perf_counter()
        off = base if variant == ALL else base ^ {variant}
        normalizer = EntityNormalizer(nlp, disabled_rules=sorted(off))
        stages = entity_stages(nlp, normalizer)
        for corpus in corpora:
            results[corpus.name][variant] = corpus.score(run_stages(stages, corpus.docs))
        seconds[variant] = round(time.perf_counter() - t0, 2)
    return {"scores": results, "seconds_per_variant": seconds}


def _f1(counts: dict[str, Any]) -> float:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def effects(
    scores: dict[str, Any], keys: Sequence[str], base_disabled: Sequence[str] = ()
) -> dict[str, dict[str, float]]:
    """Per rule, F1(all) - F1(without the rule) for each key ("entities", "ORG", "actors"),
    from the unrounded counts; for a rule of ``base_disabled``, F1(with it) - F1(base)."""

    def pick(report: dict[str, Any], key: str) -> dict[str, Any] | None:
        if key in report:
            return report[key]  # type: ignore[no-any-return]
        found: dict[str, Any] | None = report["entities"]["by_label"].get(key)
        return found

    base = scores[ALL]
    out: dict[str, dict[str, float]] = {}
    for variant, report in scores.items():
        if variant == ALL:
            continue
        row: dict[str, float] = {}
        sign = -1.0 if variant in base_disabled else 1.0
        for key in keys:
            b, v = pick(base, key), pick(report, key)
            if b is not None:
                row[key] = sign * (_f1(b) - (_f1(v) if v is not None else 0.0))
        out[variant] = row
    return out


WIKINEWS_KEYS = ("entities", "PER", "ORG", "LOC", "MISC", "actors", "places")
GERMEVAL_KEYS = ("entities", "PER", "ORG", "LOC", "MISC")


def table(result: dict[str, Any], wikinews: str, germeval_name: str | None) -> str:
    """A markdown table: per rule, its effect on the dev split and on GermEval."""
    off = result.get("base_disabled", [])
    dev = effects(result["scores"][wikinews], WIKINEWS_KEYS, off)
    ge = effects(result["scores"][germeval_name], GERMEVAL_KEYS, off) if germeval_name else {}
    head = ["rule", *(f"{wikinews} {k}" for k in WIKINEWS_KEYS)]
    if germeval_name:
        head += [f"GermEval {k}" for k in GERMEVAL_KEYS]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    descriptions = {rule.id: rule.description for rule in rules()}
    for rule_id in descriptions:
        name = f"{rule_id} (off)" if rule_id in off else rule_id
        cells = [name, *(f"{dev[rule_id].get(k, 0.0):+.4f}" for k in WIKINEWS_KEYS)]
        if germeval_name:
            cells += [f"{ge[rule_id].get(k, 0.0):+.4f}" for k in GERMEVAL_KEYS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _summary(report: dict[str, Any]) -> str:
    ents = report["entities"]
    parts = [f"entities F1 {ents['f1']:.4f} (P {ents['precision']:.4f} R {ents['recall']:.4f})"]
    parts += [f"{k} {v['f1']:.4f}" for k, v in ents["by_label"].items()]
    parts += [f"{k} {report[k]['f1']:.4f}" for k in ("actors", "places") if k in report]
    return ", ".join(parts)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line's options (``argv``: the arguments, default ``sys.argv[1:]``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default=None)
    parser.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        default=[DEV],
        help="gold files scored together as one corpus (default: the Wikinews dev split)",
    )
    parser.add_argument("--no-germeval", action="store_true")
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument(
        "--disabled", default="", help="comma-separated rule ids off in the base (default: none)"
    )
    return parser.parse_args(argv)


def main() -> None:
    args = parse_args()
    base_disabled = [r for r in args.disabled.split(",") if r]
    extractor = claimex.load(args.model)
    nlp = extractor.nlp
    t0 = time.perf_counter()
    corpora = [wikinews_corpus(nlp, args.gold)]
    shared = find_shared(Path(__file__).resolve().parent)
    germeval_name = None
    if not args.no_germeval and shared is not None:
        corpora.append(germeval_corpus(nlp, shared / GERMEVAL_DEV))
        germeval_name = corpora[-1].name
    model_s = time.perf_counter() - t0
    result = ablate(nlp, corpora, base_disabled)
    result["base_disabled"] = base_disabled
    result["model_seconds"] = round(model_s, 2)
    result["model"] = extractor.info.model_dump()
    print(f"pipeline {extractor.info.name} {extractor.info.version}")
    for corpus in corpora:
        print(
            f"{corpus.name} ({len(corpus.docs)} texts), all rules but {base_disabled}: "
            + _summary(result["scores"][corpus.name][ALL])
        )
    seconds = result["seconds_per_variant"]
    print(
        f"model pipes once: {model_s:.1f} s; entity stages per variant: "
        f"{min(seconds.values()):.1f}-{max(seconds.values()):.1f} s, "
        f"{len(seconds)} variants {sum(seconds.values()):.1f} s"
    )
    print("effect of each rule = F1(all rules) - F1(all but the rule); > 0: the rule helps")
    print(table(result, corpora[0].name, germeval_name))
    if args.json:
        args.json.write_text(
            json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
