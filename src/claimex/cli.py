"""Command line: ``claimex extract`` and ``claimex evaluate``.

Examples::

    claimex extract examples/seed_article.txt
    claimex extract corpus.jsonl --format jsonl > out.jsonl
    claimex evaluate tests/data/dev_news.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from claimex._api import Extractor, load
from claimex.errors import ClaimexError
from claimex.evaluate import format_report, score_documents
from claimex.gold import read_gold
from claimex.records import Extraction


def _read_inputs(source: str, stdin: TextIO) -> tuple[list[tuple[str | None, str]], bool]:
    """Return (id, text) pairs and whether the input was JSON Lines."""
    if source == "-":
        raw = stdin.read()
        jsonl = False
    else:
        path = Path(source)
        raw = path.read_text(encoding="utf-8")
        jsonl = path.suffix == ".jsonl"
    if not jsonl:
        return [(None, raw)], False
    items: list[tuple[str | None, str]] = []
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        obj = json.loads(line)
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            raise ClaimexError(f"E030 line {n} of {source}: expected an object with a 'text' str")
        doc_id = obj.get("id")
        items.append((None if doc_id is None else str(doc_id), obj["text"]))
    return items, True


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    items, jsonl = _read_inputs(args.input, sys.stdin)
    extractor = load(args.model)
    fmt = args.format or ("jsonl" if jsonl else "json")
    results = extractor.pipe((text for _, text in items), batch_size=args.batch_size)
    for (doc_id, _), result in zip(items, results, strict=True):
        if doc_id is not None:
            result = result.model_copy(update={"id": doc_id})
        if fmt == "jsonl":
            out.write(result.model_dump_json() + "\n")
        else:
            out.write(result.model_dump_json(indent=2) + "\n")
    return 0


def evaluate_files(
    paths: Sequence[str | Path], extractor: Extractor
) -> dict[str, Any]:
    """Run ``extractor`` over the gold documents of ``paths`` and score it."""
    golds = [doc for path in paths for doc in read_gold(path)]
    preds = extractor.pipe(doc["text"] for doc in golds)

    def pairs() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for gold, pred in zip(golds, preds, strict=True):
            yield gold, pred.model_dump(mode="json")

    report = score_documents(pairs())
    report["model"] = extractor.info.model_dump()
    return report


def _cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    extractor = load(args.model)
    report = evaluate_files(args.gold, extractor)
    if args.json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        title = ", ".join(args.gold)
        out.write(format_report(report, title=title) + "\n")
        out.write(f"model: {report['model']['name']} {report['model']['version']}\n")
    return 0


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(Extraction.model_json_schema(), ensure_ascii=False, indent=2) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimex", description="Who said what, about whom, where, in German news."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser("extract", help="extract from a text file, JSON Lines file or stdin")
    ext.add_argument("input", help="a .txt file, a .jsonl file with 'text' (and 'id'), or -")
    ext.add_argument("--format", choices=["json", "jsonl"], default=None)
    ext.add_argument("--model", default=None, help="spaCy pipeline name or path")
    ext.add_argument("--batch-size", type=int, default=32)
    ext.set_defaults(func=_cmd_extract)
    ev = sub.add_parser("evaluate", help="score claimex against gold files")
    ev.add_argument("gold", nargs="+", help="gold .json/.jsonl files (shared/gold/FORMAT.md)")
    ev.add_argument("--model", default=None, help="spaCy pipeline name or path")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.set_defaults(func=_cmd_evaluate)
    sch = sub.add_parser("schema", help="print the JSON schema of the Extraction record")
    sch.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args, out or sys.stdout)
    except ClaimexError as exc:
        print(f"claimex: {exc}", file=sys.stderr)
        return 2
    return code


if __name__ == "__main__":
    raise SystemExit(main())
