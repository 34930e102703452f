"""Command line: ``claimex extract`` and ``claimex evaluate``.

Examples::

    claimex extract examples/seed_article.txt
    claimex extract corpus.jsonl -o out.jsonl --n-process 2 --batch-size 64
    claimex extract articles/ -o out.jsonl --resume
    claimex evaluate tests/data/dev_news.jsonl --json
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from claimex import corpus
from claimex._api import Extractor, load
from claimex.errors import ClaimexError
from claimex.evaluate import format_report, score_documents
from claimex.gold import read_gold
from claimex.records import RESULT_ADAPTER, Extraction, ExtractionFailure

# Failed documents listed by name in the summary on stderr.
_SHOWN_FAILURES = 10


def _write_single(text: str, args: argparse.Namespace, out: TextIO) -> int:
    result = load(args.model).extract(text)
    if args.format == "jsonl":
        out.write(result.model_dump_json() + "\n")
    else:
        out.write(result.model_dump_json(indent=2) + "\n")
    return 0


def _summary(done: int, failures: list[ExtractionFailure], skipped: int, seconds: float) -> str:
    rate = done / seconds if seconds > 0 else 0.0
    lines = [
        f"claimex: {done} documents in {seconds:.1f} s ({rate:.1f} docs/s): "
        f"{done - len(failures)} extracted, {len(failures)} failed"
        + (f", {skipped} skipped (already in the output)" if skipped else "")
    ]
    for failure in failures[:_SHOWN_FAILURES]:
        name = failure.id if failure.id is not None else f"#{failure.index}"
        lines.append(f"  failed {name}: {failure.error}")
    if len(failures) > _SHOWN_FAILURES:
        lines.append(f"  ... and {len(failures) - _SHOWN_FAILURES} more (see the output lines)")
    return "\n".join(lines)


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    try:
        if not corpus.is_corpus(args.input):
            text = corpus.text_input(args.input, sys.stdin)
            if args.output is None:
                return _write_single(text, args, out)
            stream: Iterator[corpus.Record] = iter([({"id": None, "text": text}, None)])
            total: int | None = 1
        else:
            stream = corpus.records(args.input)
            total = corpus.count(args.input)
    except OSError as exc:
        raise ClaimexError(f"E032 cannot read {args.input}: {exc}") from exc
    done: set[str] = set()
    if args.resume:
        if args.output is None:
            raise ClaimexError("E033 --resume needs -o/--output: the file to resume")
        done = corpus.done_ids(args.output)
        stream = corpus.skip_done(stream, done)
    extractor = load(args.model)
    sink = _open_output(args.output, append=args.resume) if args.output else out
    failures: list[ExtractionFailure] = []
    processed = 0
    start = time.perf_counter()
    bar = tqdm(
        total=None if total is None else max(total - len(done), 0),
        unit="doc",
        file=sys.stderr,
        disable=not _show_progress(args),
        dynamic_ncols=True,
    )
    try:
        results = extractor.pipe(
            stream, as_tuples=True, batch_size=args.batch_size, n_process=args.n_process
        )
        for result, problem in results:
            if isinstance(result, ExtractionFailure):
                if problem is not None:
                    update = {"error": problem, "error_type": "CorpusError"}
                    result = result.model_copy(update=update)
                failures.append(result)
            sink.write(result.model_dump_json() + "\n")
            processed += 1
            bar.update(1)
    finally:
        bar.close()
        if sink is not out:
            sink.close()
    skipped = max((total or 0) - processed, 0) if args.resume else 0
    seconds = time.perf_counter() - start
    print(_summary(processed, failures, skipped, seconds), file=sys.stderr)
    return 0


def _open_output(path: Path, *, append: bool) -> TextIO:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("a" if append else "w", encoding="utf-8")
    except OSError as exc:
        raise ClaimexError(f"E034 cannot write {path}: {exc}") from exc


def _show_progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return sys.stderr.isatty()


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
    schema = RESULT_ADAPTER.json_schema() if args.batch else Extraction.model_json_schema()
    out.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimex", description="Who said what, about whom, where, in German news."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser(
        "extract", help="extract from a text, a JSON Lines corpus or a folder of .txt files"
    )
    ext.add_argument(
        "input",
        help="a .txt file, - (stdin), a .jsonl file of {'id', 'text'} objects, "
        "or a folder of .txt files",
    )
    ext.add_argument(
        "-o", "--output", type=Path, default=None, help="write JSON Lines here (default stdout)"
    )
    ext.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default=None,
        help="for a single text: pretty JSON (default) or one JSON line; corpora give JSON Lines",
    )
    ext.add_argument("--model", default=None, help="spaCy pipeline name or path")
    ext.add_argument("--batch-size", type=int, default=32, help="documents per nlp.pipe batch")
    ext.add_argument(
        "--n-process", type=int, default=1, help="processes for the German pipeline (-1: all)"
    )
    ext.add_argument(
        "--resume", action="store_true", help="skip ids already in the -o file and append"
    )
    ext.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar with docs/s on stderr (default: when stderr is a terminal)",
    )
    ext.set_defaults(func=_cmd_extract)
    ev = sub.add_parser("evaluate", help="score claimex against gold files")
    ev.add_argument("gold", nargs="+", help="gold .json/.jsonl files (shared/gold/FORMAT.md)")
    ev.add_argument("--model", default=None, help="spaCy pipeline name or path")
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.set_defaults(func=_cmd_evaluate)
    sch = sub.add_parser("schema", help="print the JSON schema of the Extraction record")
    sch.add_argument(
        "--batch",
        action="store_true",
        help="the schema of one line of batch output: an Extraction or an ExtractionFailure",
    )
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
