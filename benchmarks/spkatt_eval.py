"""Cue, source and message detection on SpkAtt-2023 task 1 (Bundestag speeches), token level.

Runs ``claimex_quotes`` on each speech (the tokens as given; the German pipeline tags and
parses them) and scores as the shared task's task 1 evaluation does: gold and predicted
annotations are paired by cue-token overlap; for each role (cue, source, message) the
token overlap of paired annotations counts as true positives, predicted tokens outside it
as false positives, gold tokens outside it as false negatives (unpaired annotations count
whole). Prints precision, recall and F1 per role. ``--lexicon`` also reports how many gold
cue words the cue lexicon covers.

    python benchmarks/spkatt_eval.py [--split dev] [--limit N] [--lexicon]

``--news`` instead scores the SpkAtt-2023 news set (German Wikinews articles in the gold
format, ``data/quotes/spkatt2023-news/train.jsonl``) through claimex's own evaluator, leaving
out the articles that are also in ``tests/data/dev_news.jsonl``; ``--limit N`` takes the first
N of the rest:

    python benchmarks/spkatt_eval.py --news
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

import claimex
from claimex import components
from claimex.components.quotes import cue_lexicon, get_quotes
from claimex.evaluate import format_report, score_documents
from claimex.gold import find_shared, read_gold

ROOT = Path(__file__).resolve().parent.parent
DEV_GOLD = ROOT / "tests/data/dev_news.jsonl"

ROLES = ("Cue", "Source", "Message")
Tok = tuple[int, int]


def _tokens(items: list[str]) -> set[Tok]:
    return {(int(a), int(b)) for a, b in (x.split(":") for x in items)}


def _predict(ex: claimex.Extractor, data: dict[str, list]) -> list[dict[str, set[Tok]]]:
    words: list[str] = []
    index: list[Tok] = []
    starts: list[bool] = []
    for sent in data["Sentences"]:
        for k, word in enumerate(sent["Tokens"]):
            words.append(word)
            index.append((sent["SentenceId"], k))
            starts.append(k == 0)
    doc = Doc(ex.nlp.vocab, words=words, sent_starts=starts)
    for name, proc in ex.nlp.pipeline:
        if name not in components.PRE_PIPELINE:  # the task gives the tokens
            doc = proc(doc)
    out = []
    for q in get_quotes(doc):
        msg = doc.char_span(q.start, q.end, alignment_mode="expand")
        ann: dict[str, set[Tok]] = {r: set() for r in ROLES}
        if msg is not None:
            ann["Message"] = {index[t.i] for t in msg}
        if q.cue_span is not None:
            ann["Cue"] = {index[t.i] for t in q.cue_span}
        for src in q.sources:
            if src.span is not None:
                ann["Source"] |= {index[t.i] for t in src.span}
        out.append(ann)
    return out


def _dev_ids() -> set[str]:
    """Ids of the news articles the dev gold set also annotates ("spkatt-news-48553")."""
    ids: set[str] = set()
    for line in DEV_GOLD.read_text(encoding="utf-8").splitlines():
        source = json.loads(line).get("source") or {}
        if source.get("corpus") == "spkatt2023-news":
            ids.add(str(source["id"]))
    return ids


def news(shared: Path, limit: int) -> None:
    """Quotes and attribution on the SpkAtt-2023 news set by claimex's evaluator."""
    dev = _dev_ids()
    path = shared / "data/quotes/spkatt2023-news/train.jsonl"
    golds = [doc for doc in read_gold(path) if doc["id"] not in dev]
    if limit:
        golds = golds[:limit]
    ex = claimex.load()
    preds = ex.pipe(doc["text"] for doc in golds)
    report = score_documents(
        (g, p.model_dump(mode="json")) for g, p in zip(golds, preds, strict=True)
    )
    title = f"SpkAtt-2023 news, without the {len(dev)} dev articles"
    print(format_report(report, title=title))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="dev")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--lexicon", action="store_true")
    parser.add_argument("--news", action="store_true", help="the Wikinews set, by evaluate")
    args = parser.parse_args()
    shared = find_shared(ROOT)
    if shared is None:
        raise SystemExit("../shared not found (set CLAIMEX_SHARED)")
    if args.news:
        news(shared, args.limit)
        return
    files = sorted((shared / "data/quotes/spkatt2023" / args.split).glob("*.json"))
    if args.limit:
        files = files[: args.limit]
    ex = claimex.load()
    counts = {r: Counter() for r in ROLES}
    covered = total = 0
    forms = cue_lexicon().forms | cue_lexicon().split_forms
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        toks = {s["SentenceId"]: s["Tokens"] for s in data["Sentences"]}
        gold = [{r: _tokens(a[r]) for r in ROLES} for a in data["Annotations"]]
        if args.lexicon:
            for ann in gold:
                total += 1
                covered += any(toks[s][k].lower() in forms for s, k in ann["Cue"])
        pred = _predict(ex, data)
        used: set[int] = set()
        for g in gold:
            best = max(
                (j for j in range(len(pred)) if j not in used and pred[j]["Cue"] & g["Cue"]),
                key=lambda j: len(pred[j]["Cue"] & g["Cue"]),
                default=None,
            )
            for r in ROLES:
                p = pred[best][r] if best is not None else set()
                counts[r]["tp"] += len(g[r] & p)
                counts[r]["fn"] += len(g[r] - p)
                counts[r]["fp"] += len(p - g[r])
            if best is not None:
                used.add(best)
        for j, p in enumerate(pred):
            if j not in used:
                for r in ROLES:
                    counts[r]["fp"] += len(p[r])
    print(f"SpkAtt-2023 task 1, {args.split}: {len(files)} speeches (token-level overlap)")
    print(f"{'role':<10}{'P':>8}{'R':>8}{'F1':>8}{'tp':>8}{'fp':>8}{'fn':>8}")
    for r in ROLES:
        c = counts[r]
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        print(f"{r:<10}{p:>8.3f}{rec:>8.3f}{f:>8.3f}{c['tp']:>8}{c['fp']:>8}{c['fn']:>8}")
    if args.lexicon:
        print(f"cue lexicon covers {covered}/{total} gold cues ({covered / max(total, 1):.1%})")


if __name__ == "__main__":
    main()
