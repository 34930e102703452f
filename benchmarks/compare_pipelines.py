"""Compare German pipelines through claimex, and explain where one loses to another.

``run``: score each pipeline with claimex on gold files (the numbers of ``claimex evaluate``),
plus size on disk and bare-pipeline words/s measured in the same process, one thread, so that
variants compare on the same machine. Predictions are cached as JSON Lines in ``--work``.

``diff``: for a base and a candidate pipeline, per document, which entities the candidate
gains or loses against gold (by label and by kind: sentence-initial word, label change,
boundary change, plain miss or spurious span), and per gold quote found by both, why the
candidate loses (or gains) the right speaker: the speaker's entity or actor is missing, the
parse around the quote differs (subjects and verb heads), the verbs' Mood differs (the
Konjunktiv cue reads Mood=Sub), or none of these (resolution).

``--disable NAME=RULE,RULE`` runs claimex_entities of variant NAME with those rules off
(``disabled_rules``; the ids of ``claimex.components.entities.rule_ids``), so one pipeline
can be scored with and without rules in one run.

``speed``: size on disk, ``spacy.load`` seconds and bare-pipeline words/s of each pipeline,
each repeat in a fresh process pinned to one core with one BLAS thread, the pipelines taking
turns; medians over ``--repeats`` (the machine is shared, so single runs are noisy); words
per CPU second (process time) is less sensitive to other jobs than wall-clock words/s.

Example::

    python benchmarks/compare_pipelines.py run --work W --model old=/tmp/old \\
        --model new=/tmp/new models/gold/wikinews/dev.jsonl tests/data/dev_news.jsonl
    python benchmarks/compare_pipelines.py diff --work W --base old=/tmp/old \\
        --other new=/tmp/new models/gold/wikinews/dev.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from claimex._api import load
from claimex.evaluate import _speaker_ok, names_match, score_documents
from claimex.gold import read_gold

Record = dict[str, Any]
KEYS = ("entities", "actors", "places", "quotes", "attribution")
SUBJECTS = {"nsubj", "nsubj:pass", "csubj", "sb", "expl"}


def _dir_mb(path: Path) -> float:
    """Size of a pipeline folder in MB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _predictions(
    name: str, model: str, gold_path: Path, work: Path, disabled: Sequence[str] = ()
) -> list[Record]:
    """claimex's output for every gold document, cached under ``work``; ``disabled``: rule
    ids switched off in ``claimex_entities``."""
    cache = work / f"pred_{name}_{gold_path.stem}.jsonl"
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    golds = list(read_gold(gold_path))
    extractor = load(model)
    if disabled:
        extractor.nlp.replace_pipe(
            "claimex_entities", "claimex_entities", config={"disabled_rules": list(disabled)}
        )
    preds = [p.model_dump(mode="json") for p in extractor.pipe(d["text"] for d in golds)]
    cache.write_text("".join(json.dumps(p) + "\n" for p in preds), encoding="utf-8")
    return preds


def _words_per_second(nlp: Language, texts: Sequence[str]) -> float:
    """Bare-pipeline throughput (best of two passes)."""
    words = sum(len(t.split()) for t in texts)
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - start)
    return words / best


def _disabled(specs: Sequence[str]) -> dict[str, list[str]]:
    """``--disable NAME=RULE,RULE`` options as {name: [rule ids]}."""
    out: dict[str, list[str]] = {}
    for spec in specs:
        name, rule_list = spec.split("=", 1)
        out[name] = [r for r in rule_list.split(",") if r]
    return out


SPEED = """
import sys, time
import spacy
t0 = time.perf_counter()
nlp = spacy.load(sys.argv[1])
load_s = time.perf_counter() - t0
texts = open(sys.argv[2], encoding="utf-8").read().split("\\n")
n_words = sum(len(t.split()) for t in texts)
list(nlp.pipe(texts[:50]))
t0, c0 = time.perf_counter(), time.process_time()
for _ in nlp.pipe(texts, batch_size=256):
    pass
print(load_s, n_words / (time.perf_counter() - t0), n_words / (time.process_time() - c0))
"""


def cmd_speed(args: argparse.Namespace) -> None:
    """Size, ``spacy.load`` seconds (spaCy imported) and words/s, median of repeats."""
    import shutil
    import statistics
    import subprocess
    import sys
    import tempfile

    texts = [d["text"].replace("\n", " ") for g in args.gold for d in read_gold(Path(g))]
    models = [spec.split("=", 1) for spec in args.model]
    env = {
        **os.environ,
        "OMP_NUM_THREADS": "1",
        "OPENBLAS_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
    }
    runs: dict[str, list[tuple[float, float, float]]] = {name: [] for name, _ in models}
    with tempfile.TemporaryDirectory() as tmp:
        text_file = Path(tmp) / "texts.txt"
        text_file.write_text("\n".join(texts), encoding="utf-8")
        for _ in range(args.repeats):
            for name, path in models:
                cmd = [sys.executable, "-c", SPEED, path, str(text_file)]
                if shutil.which("taskset"):
                    cmd = ["taskset", "-c", str(args.core), *cmd]
                out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
                load_s, wps, cpu_wps = map(float, out.stdout.split()[-3:])
                runs[name].append((load_s, wps, cpu_wps))
                print(
                    f"{name}: load {load_s:.2f} s, {wps:.0f} words/s, "
                    f"{cpu_wps:.0f} words per CPU second",
                    flush=True,
                )
    print(
        f"| variant | MB | load s (median of {args.repeats}) | words/s (median) | words/s min-max "
        "| words per CPU second (median) |"
    )
    print("|---|---|---|---|---|---|")
    for name, path in models:
        loads = [r[0] for r in runs[name]]
        speeds = [r[1] for r in runs[name]]
        cpu = statistics.median(r[2] for r in runs[name])
        print(
            f"| {name} | {_dir_mb(Path(path)):.1f} | {statistics.median(loads):.2f} | "
            f"{statistics.median(speeds):.0f} | {min(speeds):.0f}-{max(speeds):.0f} | {cpu:.0f} |"
        )


def cmd_run(args: argparse.Namespace) -> None:
    """Score each ``--model NAME=PATH`` on each gold file; print a Markdown table."""
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    disabled = _disabled(args.disable)
    golds = [Path(g) for g in args.gold]
    texts = [d["text"] for g in golds for d in read_gold(g)]
    header = (
        "| variant | "
        + " | ".join(f"{g.stem} {k[:5]}" for g in golds for k in KEYS)
        + " | MB | words/s |"
    )
    rows = []
    for spec in args.model:
        name, path = spec.split("=", 1)
        cells = []
        for g in golds:
            report = score_documents(
                zip(
                    list(read_gold(g)),
                    _predictions(name, path, g, work, disabled.get(name, ())),
                    strict=True,
                )
            )
            cells += [f"{report[k]['f1']:.3f}" for k in KEYS]
        wps = _words_per_second(spacy.load(path), texts) if args.speed else 0.0
        size = _dir_mb(Path(path))
        rows.append(f"| {name} | " + " | ".join(cells) + f" | {size:.1f} | {wps:.0f} |")
        print(rows[-1], flush=True)
    print(header)
    print("|" + "---|" * (len(golds) * len(KEYS) + 3))
    print("\n".join(rows))


def _ent_kind(ent: tuple[int, int, str], others: set[tuple[int, int, str]], doc: Doc) -> str:
    """Why an entity is in one set and not the other: label, boundary, sentence-initial, plain."""
    start, end, label = ent
    for o in others:
        if (o[0], o[1]) == (start, end):
            return f"label {label}->{o[2]}"
    if any(o[0] < end and start < o[1] for o in others):
        return "boundary"
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and span[0].is_sent_start:
        return "sentence-initial"
    return "plain"


def _entity_diff(gold: Record, base: Record, other: Record, doc: Doc, out: Counter[str]) -> None:
    """Count entities the candidate loses (was TP) and the false ones it adds."""
    g = {(e["start"], e["end"], e["label"]) for e in gold.get("entities", [])}
    b = {(e["start"], e["end"], e["label"]) for e in base.get("entities", [])}
    o = {(e["start"], e["end"], e["label"]) for e in other.get("entities", [])}
    for ent in (g & b) - o:
        out[f"lost TP {ent[2]}: {_ent_kind(ent, o, doc)}"] += 1
    for ent in (g & o) - b:
        out[f"gained TP {ent[2]}: {_ent_kind(ent, b, doc)}"] += 1
    for ent in (o - g) - b:
        out[f"new FP {ent[2]}: {_ent_kind(ent, g, doc)}"] += 1
    for ent in (b - g) - o:
        out[f"removed FP {ent[2]}: {_ent_kind(ent, g, doc)}"] += 1


def _match(gold_q: Record, preds: list[Record]) -> Record | None:
    """The predicted quote that overlaps the gold quote by half the shorter span."""
    best, best_ov = None, 0
    for p in preds:
        ov = max(0, min(gold_q["end"], p["end"]) - max(gold_q["start"], p["start"]))
        shorter = min(gold_q["end"] - gold_q["start"], p["end"] - p["start"])
        if shorter > 0 and ov * 2 >= shorter and ov > best_ov:
            best, best_ov = p, ov
    return best


def _region(doc: Doc, start: int, end: int) -> list[int]:
    """Token indices of the sentences around a quote (one sentence before, one after)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    sents = list(doc.sents)
    first = next(i for i, s in enumerate(sents) if s.start <= span.start < s.end)
    last = next(i for i, s in enumerate(sents) if s.start <= span.end - 1 < s.end)
    lo, hi = sents[max(0, first - 1)].start, sents[min(len(sents) - 1, last + 1)].end
    return list(range(lo, hi))


def _parse_key(doc: Doc, idx: list[int]) -> set[tuple[int, str, int]]:
    """Subjects and verb attachments in a region: what speaker finding reads from the parse."""
    return {
        (doc[i].idx, doc[i].dep_, doc[i].head.idx)
        for i in idx
        if doc[i].dep_ in SUBJECTS or doc[i].pos_ in ("VERB", "AUX")
    }


def _mood_key(doc: Doc, idx: list[int]) -> set[tuple[int, str]]:
    """Mood of the verbs in a region."""
    moods = ((doc[i].idx, ",".join(doc[i].morph.get("Mood", []))) for i in idx)
    return {(start, mood) for start, mood in moods if mood}


def _speaker_in(speaker: str, record: Record, text: str) -> bool:
    """Whether the speaker appears as a PER/ORG entity or actor name of ``record``."""
    names = [
        text[e["start"] : e["end"]]
        for e in record.get("entities", [])
        if e["label"] in ("PER", "ORG")
    ]
    names += [a["name"] for a in record.get("actors", [])]
    return any(names_match(speaker, n) or speaker.split()[-1] == n.split()[-1] for n in names)


def _tag_key(doc: Doc, idx: list[int]) -> set[tuple[int, str]]:
    """STTS proper-noun tags in a region: the entity stage trims and joins names by ``NE``."""
    return {(doc[i].idx, doc[i].tag_) for i in idx if doc[i].tag_ == "NE"}


def _quote_cause(
    gold_q: Record, text: str, base: Record, other: Record, docs: tuple[Doc, Doc]
) -> str:
    """Which layers differ around a speaker change: the speaker's entity or actor, the
    entities near the quote, the parse (subjects, verb heads), the NE tags, the verbs' Mood.
    All that differ are listed, since one change rarely comes alone."""
    flags = []
    speaker = str(gold_q.get("speaker") or "")
    if (
        speaker
        and speaker != "*"
        and _speaker_in(speaker, base, text) != _speaker_in(speaker, other, text)
    ):
        flags.append("speaker-entity")
    b_ents = {(e["start"], e["end"], e["label"]) for e in base.get("entities", [])}
    o_ents = {(e["start"], e["end"], e["label"]) for e in other.get("entities", [])}
    lo, hi = gold_q["start"] - 300, gold_q["end"] + 300
    if not flags and {e for e in b_ents ^ o_ents if lo <= e[0] <= hi}:
        flags.append("nearby-entity")
    idx_b = _region(docs[0], gold_q["start"], gold_q["end"])
    idx_o = _region(docs[1], gold_q["start"], gold_q["end"])
    if _parse_key(docs[0], idx_b) != _parse_key(docs[1], idx_o):
        flags.append("parse")
    if _tag_key(docs[0], idx_b) != _tag_key(docs[1], idx_o):
        flags.append("NE-tag")
    if _mood_key(docs[0], idx_b) != _mood_key(docs[1], idx_o):
        flags.append("Mood")
    return "+".join(flags) or "none"


def cmd_diff(args: argparse.Namespace) -> None:
    """Per-document entity and speaker differences between ``--base`` and ``--other``."""
    work = Path(args.work)
    (bn, bp), (on, op) = args.base.split("=", 1), args.other.split("=", 1)
    nlp_b, nlp_o = spacy.load(bp), spacy.load(op)
    for g in (Path(p) for p in args.gold):
        golds = list(read_gold(g))
        preds_b = _predictions(bn, bp, g, work)
        preds_o = _predictions(on, op, g, work)
        ents: Counter[str] = Counter()
        quotes: Counter[str] = Counter()
        examples: list[str] = []
        for gold, base, other in zip(golds, preds_b, preds_o, strict=True):
            text = gold["text"]
            docs = (nlp_b(text), nlp_o(text))
            _entity_diff(gold, base, other, docs[1], ents)
            for q in gold.get("quotes", []):
                pb, po = _match(q, base.get("quotes", [])), _match(q, other.get("quotes", []))
                if pb is None and po is None:
                    continue
                if pb is None or po is None:
                    change = "quote lost" if po is None else "quote gained"
                    cause = _quote_cause(q, text, base, other, docs)
                    quotes[f"{change}: {cause}"] += 1
                    continue
                ok_b = _speaker_ok(q.get("speaker"), pb.get("speaker"))
                ok_o = _speaker_ok(q.get("speaker"), po.get("speaker"))
                if ok_b == ok_o:
                    continue
                change = "speaker lost" if ok_b else "speaker gained"
                cause = _quote_cause(q, text, base, other, docs)
                quotes[f"{change}: {cause}"] += 1
                examples.append(
                    f"  {gold['id']} {change} [{cause}] gold={q.get('speaker')!r} "
                    f"{bn}={pb.get('speaker')!r} {on}={po.get('speaker')!r} "
                    f"quote={text[q['start'] : q['end']][:60]!r}"
                )
        print(f"## {g.name}: {bn} -> {on}\n### entities")
        for k, v in sorted(ents.items()):
            print(f"{v:4d}  {k}")
        print("### quotes")
        for k, v in sorted(quotes.items()):
            print(f"{v:4d}  {k}")
        print("\n".join(examples))


def main() -> None:
    """Command line."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="cmd", required=True)
    run = sub.add_parser("run")
    run.add_argument("--work", required=True)
    run.add_argument("--model", action="append", required=True, help="NAME=PATH")
    run.add_argument("--speed", action="store_true")
    run.add_argument(
        "--disable",
        action="append",
        default=[],
        help="NAME=RULE,RULE: claimex_entities rules off for variant NAME",
    )
    run.add_argument("gold", nargs="+")
    speed = sub.add_parser("speed")
    speed.add_argument("--model", action="append", required=True, help="NAME=PATH")
    speed.add_argument("--repeats", type=int, default=5)
    speed.add_argument("--core", type=int, default=0, help="CPU the measurement is pinned to")
    speed.add_argument("gold", nargs="+")
    diff = sub.add_parser("diff")
    diff.add_argument("--work", required=True)
    diff.add_argument("--base", required=True, help="NAME=PATH")
    diff.add_argument("--other", required=True, help="NAME=PATH")
    diff.add_argument("gold", nargs="+")
    args = parser.parse_args()
    os.environ.setdefault("CLAIMEX_SHARED", "/work/shared")
    {"run": cmd_run, "diff": cmd_diff, "speed": cmd_speed}[args.cmd](args)


if __name__ == "__main__":
    main()
