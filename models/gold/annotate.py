"""Build the in-domain Wikinews gold corpus: batches, pre-annotation, compile, splits, agreement.

Texts: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
``shared/data/quotes/spkatt2023-news/train.jsonl`` by id. SpkAtt's own quote annotations in
that file are never read here. Work files (surface form, see ``surface.py``) live under
``models/gold/work/`` (not committed); only offsets, labels and short surface strings reach
``models/gold/wikinews/*.jsonl``.

Commands::

    python -m models.gold.annotate prepare           # batches of 25, pre-annotated by claimex
    python -m models.gold.annotate prepare-second    # the agreement sample, empty skeletons
    python -m models.gold.annotate compile work/batches/b03   # work files -> gold + check
    python -m models.gold.annotate build             # accepted batches -> train/dev/test
    python -m models.gold.annotate stats             # counts per layer and split
    python -m models.gold.annotate agreement         # second vs first annotation
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from models.gold.surface import PlacementError, resolve
from models.gold.validate import check_document

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WORK = HERE / "work"
OUT = HERE / "wikinews"
CORPUS = "spkatt2023-news"
CORPUS_PATH = "data/quotes/spkatt2023-news/train.jsonl"
SEED = 13
BATCH_SIZE = 25
SECOND_SAMPLE = 60
SPLITS = (("train", 0.7), ("dev", 0.1), ("test", 0.2))


def shared_dir() -> Path:
    from claimex.gold import find_shared

    shared = find_shared(HERE)
    if shared is None:
        raise SystemExit("no shared/ folder found: set CLAIMEX_SHARED")
    return shared


def articles() -> dict[str, dict[str, str]]:
    """id -> {"text", "title"} of every Wikinews article (SpkAtt's annotations dropped)."""
    out: dict[str, dict[str, str]] = {}
    with (shared_dir() / CORPUS_PATH).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                out[obj["id"]] = {"text": obj["text"], "title": obj.get("title", "")}
    return out


def _ids_in(path: Path) -> set[str]:
    if not path.is_file():
        return set()
    return {
        json.loads(line)["id"]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def split_of(ids: Sequence[str]) -> dict[str, str]:
    """Fixed article split (seed 13, 70/10/20).

    Articles of ``tests/data/heldout_news.jsonl`` go to test (never tuned on), those of the
    dev/test sets that rules were developed on go to train, so the new test split stays
    unseen.
    """
    order = sorted(ids, key=lambda i: int(i.rsplit("-", 1)[1]))
    random.Random(SEED).shuffle(order)
    n = len(order)
    cut1, cut2 = round(n * SPLITS[0][1]), round(n * (SPLITS[0][1] + SPLITS[1][1]))
    split = {
        doc_id: ("train" if k < cut1 else "dev" if k < cut2 else "test")
        for k, doc_id in enumerate(order)
    }
    data = ROOT / "tests" / "data"
    heldout = _ids_in(data / "heldout_news.jsonl") & set(ids)
    seen = (_ids_in(data / "dev_news.jsonl") | _ids_in(data / "test_news.jsonl")) & set(ids)
    for forced, target in ((heldout, "test"), (seen, "train")):
        for doc_id in sorted(forced):
            if split[doc_id] == target:
                continue
            # swap with the first article of the target split that is not forced itself
            partner = next(d for d in order if split[d] == target and d not in heldout | seen)
            split[partner], split[doc_id] = split[doc_id], target
    return split


def batches(ids: Sequence[str]) -> list[list[str]]:
    order = sorted(ids, key=lambda i: int(i.rsplit("-", 1)[1]))
    random.Random(SEED + 1).shuffle(order)
    return [order[k : k + BATCH_SIZE] for k in range(0, len(order), BATCH_SIZE)]


def second_sample(ids: Sequence[str]) -> list[str]:
    """The agreement sample: drawn from the first twelve batches (annotated first)."""
    early = sorted(
        (i for batch in batches(ids)[:12] for i in batch), key=lambda i: int(i.rsplit("-", 1)[1])
    )
    return sorted(random.Random(SEED + 2).sample(early, SECOND_SAMPLE))


def _context(text: str, start: int, end: int) -> str | None:
    """A short stretch around [start:end] that occurs once in the text."""
    for width in (12, 25, 45, 80):
        ctx = text[max(0, start - width) : end + width]
        if text.count(ctx) == 1:
            return ctx
    return None


def _nth(text: str, needle: str, start: int, *, word_bounded: bool) -> int | None:
    from models.gold.surface import occurrences

    where = occurrences(text, needle, word_bounded=word_bounded)
    if not where and word_bounded:
        where = occurrences(text, needle, word_bounded=False)
    if len(where) <= 1:
        return None
    return where.index(start) + 1 if start in where else None


def pre_annotation(extraction: Any, text: str) -> dict[str, Any]:
    """claimex's output in the surface work format (what the annotator corrects)."""
    labels: dict[str, dict[str, int]] = {}
    for e in extraction.entities:
        labels.setdefault(e.text, {}).setdefault(e.label, 0)
        labels[e.text][e.label] += 1
    entities: list[dict[str, Any]] = []
    for surface, by_label in labels.items():
        label = max(by_label, key=lambda k: by_label[k])
        entities.append({"text": surface, "label": label})
    figures = []
    for f in extraction.figures:
        record: dict[str, Any] = {"text": f.text}
        nth = _nth(text, f.text, f.start, word_bounded=True)
        if nth:
            record["nth"] = nth
        record.update(value=f.value, unit=f.unit, qualifier=f.qualifier, counted=f.counted)
        if f.scale:
            record["scale"] = f.scale
        if f.upper is not None:
            record["upper"] = f.upper
        figures.append(record)
    quotes = []
    for q in extraction.quotes:
        record = {"text": q.text}
        nth = _nth(text, q.text, q.start, word_bounded=False)
        if nth:
            record["nth"] = nth
        record.update(kind=q.kind, speaker=q.speaker, cue=q.cue)
        quotes.append(record)
    return {
        "id": extraction.id,
        "entities": entities,
        "not_entities": [],
        "actors": [
            {
                "name": a.name,
                "type": a.type,
                "mentions": sorted({m.text for m in a.mentions} | {a.name}),
            }
            for a in extraction.actors
        ],
        "places": [{"name": p.name} for p in extraction.places],
        "figures": figures,
        "quotes": quotes,
    }


def _write_article(folder: Path, doc_id: str, art: dict[str, str], work: dict[str, Any]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.txt").write_text(art["text"], encoding="utf-8")
    path = folder / f"{doc_id}.json"
    if not path.exists():  # never overwrite an annotator's work
        path.write_text(json.dumps(work, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cmd_prepare(_: argparse.Namespace) -> int:
    import claimex

    arts = articles()
    extractor = claimex.load()
    for k, batch in enumerate(batches(list(arts))):
        folder = WORK / "batches" / f"b{k:02d}"
        results = extractor.pipe(((arts[i]["text"], i) for i in batch), as_tuples=True)
        for result, doc_id in results:
            work = pre_annotation(result.model_copy(update={"id": doc_id}), arts[doc_id]["text"])
            _write_article(folder, doc_id, arts[doc_id], work)
        print(f"{folder}: {len(batch)} articles")
    return 0


def cmd_prepare_second(_: argparse.Namespace) -> int:
    arts = articles()
    sample = second_sample(list(arts))
    half = len(sample) // 2
    for k, part in enumerate((sample[:half], sample[half:])):
        folder = WORK / "second" / f"s{k}"
        for doc_id in part:
            skeleton = {
                "id": doc_id,
                "entities": [],
                "not_entities": [],
                "actors": [],
                "places": [],
                "figures": [],
                "quotes": [],
            }
            _write_article(folder, doc_id, arts[doc_id], skeleton)
        print(f"{folder}: {len(part)} articles")
    return 0


def compile_folder(
    folder: Path, arts: dict[str, dict[str, str]]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Resolve and check every work file of a folder; return (gold docs, problems)."""
    docs, problems = [], []
    for path in sorted(folder.glob("*.json")):
        work = json.loads(path.read_text(encoding="utf-8"))
        doc_id = work.get("id") or path.stem
        text = arts[doc_id]["text"]
        try:
            gold = resolve(work, text, source={"corpus": CORPUS, "id": doc_id})
        except (PlacementError, KeyError, TypeError) as exc:
            problems.append(f"{path.name}: {exc}")
            continue
        errors, _ = check_document({**gold, "text": text})
        problems += [f"{path.name}: {e}" for e in errors]
        if not errors:
            docs.append(gold)
    return docs, problems


def cmd_compile(args: argparse.Namespace) -> int:
    arts = articles()
    bad = 0
    for folder in args.folders:
        docs, problems = compile_folder(Path(folder), arts)
        n = len(list(Path(folder).glob("*.json")))
        print(f"{folder}: {len(docs)} of {n} articles pass, {len(problems)} problems")
        for p in problems:
            print("  ", p)
        bad += len(problems)
    return 1 if bad else 0


def _accepted(kind: str) -> Iterator[tuple[str, Path]]:
    for folder in sorted((WORK / kind).glob("*")):
        if (folder / "DONE").exists():
            yield folder.name, folder


def cmd_build(_: argparse.Namespace) -> int:
    arts = articles()
    split = split_of(list(arts))
    out: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in SPLITS}
    rejected = 0
    for name, folder in _accepted("batches"):
        docs, problems = compile_folder(folder, arts)
        rejected += len({p.split(":", 1)[0] for p in problems})
        for doc in docs:
            doc["annotation"] = {"batch": name, "pre_annotated": True}
            out[split[doc["id"]]].append(doc)
    OUT.mkdir(exist_ok=True)
    for name, docs in out.items():
        docs.sort(key=lambda d: int(d["id"].rsplit("-", 1)[1]))
        with (OUT / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for doc in docs:
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
        print(f"{name}: {len(docs)} articles")
    print(f"rejected work files: {rejected}")
    return 0


def cmd_stats(_: argparse.Namespace) -> int:
    """Counts per layer and split of the built files, as a Markdown table."""
    from collections import Counter

    print(
        "| split | articles | entities | PER | ORG | LOC | MISC | actors | places | figures "
        "| quotes | direct | indirect | reported | according_to | speaker null |"
    )
    print("|---" * 16 + "|")
    for name, _ in SPLITS:
        path = OUT / f"{name}.jsonl"
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        labels = Counter(e["label"] for d in docs for e in d["entities"])
        kinds = Counter(q["kind"] for d in docs for q in d["quotes"])
        cells = [
            name,
            len(docs),
            sum(labels.values()),
            labels["PER"],
            labels["ORG"],
            labels["LOC"],
            labels["MISC"],
            sum(len(d["actors"]) for d in docs),
            sum(len(d["places"]) for d in docs),
            sum(len(d["figures"]) for d in docs),
            sum(kinds.values()),
            kinds["direct"],
            kinds["indirect"],
            kinds["reported"],
            kinds["according_to"],
            sum(1 for d in docs for q in d["quotes"] if q["speaker"] is None),
        ]
        print("| " + " | ".join(str(c) for c in cells) + " |")
    return 0


def _same_work(second_folder: Path, doc_id: str) -> bool:
    """Whether the second work file is byte-identical to the first annotator's."""
    second = (second_folder / f"{doc_id}.json").read_bytes()
    firsts = list((WORK / "batches").glob(f"*/{doc_id}.json"))
    return any(path.read_bytes() == second for path in firsts)


def cmd_agreement(args: argparse.Namespace) -> int:
    from claimex.evaluate import format_report, score_documents

    arts = articles()
    first: dict[str, dict[str, Any]] = {}
    for _, folder in _accepted("batches"):
        for doc in compile_folder(folder, arts)[0]:
            first[doc["id"]] = doc
    pairs = []
    for _, folder in _accepted("second"):
        for doc in compile_folder(folder, arts)[0]:
            if args.exclude_identical and _same_work(folder, doc["id"]):
                continue
            if doc["id"] in first:
                text = arts[doc["id"]]["text"]
                pairs.append(({**first[doc["id"]], "text": text}, {**doc, "text": text}))
    report = score_documents(pairs)
    if args.diff:
        for first_doc, second_doc in pairs:
            for line in _differences(first_doc, second_doc):
                print(f"{first_doc['id']}: {line}")
        return 0
    if args.json:
        print(json.dumps({"documents": len(pairs), **report}, indent=1))
    else:
        print(format_report(report, title=f"agreement over {len(pairs)} doubly annotated articles"))
    return 0


def _differences(a: dict[str, Any], b: dict[str, Any]) -> Iterator[str]:
    """What one annotation has and the other lacks (entities, figures, quotes)."""
    text = a["text"]
    ents_a = {(e["start"], e["end"], e["label"]) for e in a["entities"]}
    ents_b = {(e["start"], e["end"], e["label"]) for e in b["entities"]}
    for start, end, label in sorted(ents_a - ents_b):
        yield f"entity only first:  {text[start:end]!r} {label}"
    for start, end, label in sorted(ents_b - ents_a):
        yield f"entity only second: {text[start:end]!r} {label}"
    figs_a = {(f["start"], f["end"], f.get("value")) for f in a["figures"]}
    figs_b = {(f["start"], f["end"], f.get("value")) for f in b["figures"]}
    for start, end, value in sorted(figs_a ^ figs_b):
        side = "first" if (start, end, value) in figs_a else "second"
        yield f"figure only {side}: {text[start:end]!r} {value}"

    for q in a["quotes"]:
        match = [
            r for r in b["quotes"] if min(q["end"], r["end"]) - max(q["start"], r["start"]) > 0
        ]
        if not match:
            snippet = text[q["start"] : q["end"]][:70]
            yield f"quote only first:  {snippet!r} {q['kind']} {q['speaker']}"
        elif match[0].get("speaker") != q.get("speaker") or match[0]["kind"] != q["kind"]:
            yield (
                f"quote differs: {text[q['start'] : q['end']][:50]!r} first {q['kind']}/"
                f"{q['speaker']} second {match[0]['kind']}/{match[0]['speaker']}"
            )
    for r in b["quotes"]:
        if not any(min(q["end"], r["end"]) - max(q["start"], r["start"]) > 0 for q in a["quotes"]):
            snippet = text[r["start"] : r["end"]][:70]
            yield f"quote only second: {snippet!r} {r['kind']} {r['speaker']}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare").set_defaults(func=cmd_prepare)
    sub.add_parser("prepare-second").set_defaults(func=cmd_prepare_second)
    p = sub.add_parser("compile")
    p.add_argument("folders", nargs="+")
    p.set_defaults(func=cmd_compile)
    sub.add_parser("build").set_defaults(func=cmd_build)
    sub.add_parser("stats").set_defaults(func=cmd_stats)
    p = sub.add_parser("agreement")
    p.add_argument("--json", action="store_true")
    p.add_argument("--diff", action="store_true", help="list the disagreements instead")
    p.add_argument(
        "--exclude-identical",
        action="store_true",
        help="leave out articles whose two work files are byte-identical",
    )
    p.set_defaults(func=cmd_agreement)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
