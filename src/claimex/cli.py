"""Command line: ``claimex extract`` and ``claimex evaluate``.

Examples::

    claimex extract examples/seed_article.txt
    claimex extract corpus.jsonl -o out.jsonl --n-process 2 --batch-size 64
    claimex extract articles/ -o out.jsonl --resume
    claimex extract corpus.jsonl --format csv --table quotes -o quotes.csv
    claimex evaluate examples/seed_article.gold.json --json
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from claimex import corpus
from claimex._api import Extractor, check_pipe_option, load
from claimex._version import __version__
from claimex.cli_notes import loading_note, note_empty, note_unread, unrecognized
from claimex.errors import ClaimexError
from claimex.evaluate import document_errors, format_report, score_documents
from claimex.gold import gold_documents
from claimex.records import (
    RESULT_ADAPTER,
    Extraction,
    ExtractionFailure,
    ExtractionResult,
    ExtractionWarning,
)

# Failed documents listed by name in the summary on stderr.
_SHOWN_FAILURES = 10

EXIT_OK = 0
EXIT_FAILED_DOCUMENTS = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader went away
EXIT_TERMINATED = 143  # 128 + SIGTERM, as a shell reports a process that SIGTERM ended

EXIT_CODES = """exit codes:
  0    every document was extracted
  1    the run finished, but some documents failed (their failure records are in the output;
       with --resume also those an earlier run wrote there)
  2    bad arguments, unreadable input or output, no German pipeline
  130  interrupted (Ctrl-C, SIGINT): what was done is written; continue with --resume
  141  the reader of standard output closed it (e.g. | head): the output stops there
  143  stopped by SIGTERM: what was done is written; continue with --resume"""

MODEL_HELP = (
    "the German spaCy pipeline, a package name or path (default: $CLAIMEX_MODEL, else an "
    "installed de_core_news_lg/md/sm, else the bundled de_claimex_news, which this name "
    "also chooses)"
)

# a single text this long gets a note on stderr before the (silent) extraction starts
_LONG_TEXT_CHARS = 200_000


def _announce_long(text: str) -> None:
    """A note on stderr before a long single text runs (also as a corpus of one, ``-o``)."""
    if len(text) >= _LONG_TEXT_CHARS:
        print(
            f"claimex: a long text ({len(text):,} characters): this takes a while (one to "
            "two minutes per million characters on one core); a corpus of articles "
            "(.jsonl) shows progress",
            file=sys.stderr,
        )


# tables: read as one text like any other file, with a note (a corpus is JSON Lines)
_TABLE_SUFFIXES = (".csv", ".tsv")


def _load(model: str | None) -> Extractor:
    """:func:`claimex.load`, saying on standard error that it is loading where that takes a
    while (:func:`claimex.cli_notes.loading_note`)."""
    with loading_note():
        return load(model)


def _write_single(text: str, args: argparse.Namespace, out: TextIO) -> int:
    extractor = _load(args.model)
    _announce_long(text)
    result = extractor.extract(text, id=args.id, date=args.date)
    if args.format == "jsonl":
        out.write(result.model_dump_json() + "\n")
    else:
        out.write(result.model_dump_json(indent=2) + "\n")
    for warning in result.warnings:  # also in the JSON; said here so that nobody misses them
        print(f"claimex: warning {warning.code}: {warning.message}", file=sys.stderr)
    return EXIT_OK


def _corpus_options(args: argparse.Namespace) -> None:
    """Fit the options to a corpus run: --format json becomes jsonl (one line per document);
    say on stderr which options of a single text it does not use."""
    unused = [f"--{name}" for name in ("id", "date") if getattr(args, name) is not None]
    if unused:
        verb = "apply" if len(unused) > 1 else "applies"
        print(
            f"claimex: {' and '.join(unused)} {verb} to a single text, not to a corpus (its "
            "ids come from --id-field, its dates from each line's date field)",
            file=sys.stderr,
        )
    if args.format == "json":
        print(
            "claimex: a corpus gives one JSON line per document (--format jsonl)", file=sys.stderr
        )
        args.format = "jsonl"


def _summary(
    done: int,
    failures: list[ExtractionFailure],
    skipped: int,
    seconds: float,
    *,
    stopped_by: int | None = None,
    failed_before: Counter[str] | None = None,
) -> str:
    rate = done / seconds if seconds > 0 else 0.0
    earlier = failed_before.total() if failed_before else 0
    lines = [
        f"claimex: {done} document{'' if done == 1 else 's'} in {seconds:.1f} s "
        f"({rate:.1f} docs/s): "
        f"{done - len(failures)} extracted, {len(failures)} failed"
        + (f", {skipped} skipped (already in the output)" if skipped else "")
    ]
    if earlier:
        names = ", ".join(list(failed_before or {})[:_SHOWN_FAILURES])
        more = ", ..." if len(failed_before or {}) > _SHOWN_FAILURES else ""
        lines.append(
            f"claimex: {earlier} of the skipped documents failed in an earlier run ({names}"
            f"{more}): their failures stay in the output; to retry them remove their lines and "
            "resume (docs/cli.md, Resuming)"
        )
    if stopped_by is not None:
        how = "interrupted" if stopped_by == signal.SIGINT else "stopped by SIGTERM"
        lines.append(
            f"claimex: {how}; the output holds every finished document, continue with --resume"
        )
    for failure in failures[:_SHOWN_FAILURES]:
        name = failure.id if failure.id is not None else f"#{failure.index}"
        lines.append(f"  failed {name}: {failure.error}")
    if len(failures) > _SHOWN_FAILURES:
        lines.append(f"  ... and {len(failures) - _SHOWN_FAILURES} more (see the output lines)")
    return "\n".join(lines)


class _Sink:
    """Where results go: JSON Lines (each line written and flushed when ready), CSV (a row
    per record, flushed per document) or Parquet (row groups of ``group`` documents)."""

    def __init__(self, out: TextIO | None, path: Path | None, args: argparse.Namespace) -> None:
        self.format = args.format or "jsonl"
        self.table = args.table
        self.path = path
        self.group = 200
        self._pending: list[ExtractionResult] = []
        self._writer: Any = None
        self._csv: Any = None
        if self.format == "parquet":
            if path is None:
                raise ClaimexError("E033 --format parquet needs -o/--output: a .parquet file")
            try:
                import pandas  # noqa: F401
                import pyarrow  # noqa: F401
            except ImportError as exc:
                raise ClaimexError(
                    "E035 Parquet output needs pandas and pyarrow: pip install 'claimex[pandas]' "
                    "(in a clone of claimex: pip install '.[pandas]')"
                ) from exc
            self.stream: TextIO | None = None
        else:
            self.stream = out if path is None else _open_output(path, append=args.resume)

    def write(self, result: ExtractionResult) -> None:
        if self.format in ("json", "jsonl"):
            stream = self._text_stream()
            stream.write(result.model_dump_json() + "\n")
            stream.flush()
        elif self.format == "csv":
            self._write_csv([result])
        else:
            self._pending.append(result)
            if len(self._pending) >= self.group:
                self._flush_parquet()

    def _text_stream(self) -> TextIO:
        if self.stream is None:  # Parquet writes through pyarrow, not a text stream
            raise ClaimexError(f"E036 no text output for --format {self.format}")
        return self.stream

    def _frame(self, results: list[ExtractionResult]) -> Any:
        from claimex.dataframe import extractions_frame, to_dataframe, typed_frame

        if self.table == "extractions":
            return typed_frame(extractions_frame(results), "extractions")
        return typed_frame(to_dataframe(results, kind=self.table), self.table)

    def _write_csv(self, results: list[ExtractionResult]) -> None:
        import csv

        from claimex.dataframe import column_dtypes, flat_rows

        stream = self._text_stream()
        if self._csv is None:
            self._csv = csv.writer(stream)
            if not (self.path is not None and self.path.exists() and self.path.stat().st_size):
                self._csv.writerow(list(column_dtypes(self.table)))
        for row in flat_rows(results, self.table):
            self._csv.writerow(["" if v is None else v for v in row.values()])
        stream.flush()

    def _flush_parquet(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self._pending:
            return
        table = pa.Table.from_pandas(self._frame(self._pending), preserve_index=False)
        if self._writer is None:
            self._writer = pq.ParquetWriter(str(self.path), table.schema)
        self._writer.write_table(table.cast(self._writer.schema))
        self._pending = []

    def close(self, *, owned: bool) -> None:
        if self.format == "parquet":
            self._flush_parquet()
            if self._writer is not None:
                self._writer.close()
        elif self.stream is not None and owned:
            self.stream.close()


class _Stopped(KeyboardInterrupt):
    """A corpus run stopped by a signal (SIGINT or SIGTERM), raised by :func:`_stop_on_signals`."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _stop_workers() -> None:
    """Kill this process's worker processes (spaCy's ``n_process`` workers).

    A worker blocked sending its output to a parent that no longer reads would keep spaCy's
    ``nlp.pipe`` waiting in ``join()`` for ever (the pipe's other ends are held by the
    other workers, so it never breaks); the workers hold nothing the output needs.
    """
    children = multiprocessing.active_children()
    if children:  # spaCy then warns (W127) that they exited with errors: the ones killed here
        warnings.filterwarnings("ignore", message=r"\[W127\]")
    for child in children:
        with contextlib.suppress(OSError):
            child.kill()


class _SignalStop:
    """While a corpus runs, SIGINT and SIGTERM sent to this process stop the run cleanly.

    The handler kills the worker processes of ``--n-process`` (which would otherwise keep
    the run hanging, see :func:`_stop_workers`) and raises :class:`_Stopped` in the main
    thread, so the output is closed, the summary printed and the exit code names the
    signal. Once :meth:`disarm` is called (the run is closing) a signal raises nothing.
    Workers forked while the handler is installed inherit it: there SIGINT (Ctrl-C reaches
    the whole process group) is left to the parent, which stops them, and SIGTERM ends the
    worker as it would without the handler. Installed only from the main thread
    (``signal`` allows no other); elsewhere the process keeps its handlers.
    """

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.parent = os.getpid()
        self.armed = True
        self.previous: dict[int, Any] = {}

    def __enter__(self) -> _SignalStop:
        if threading.current_thread() is threading.main_thread():
            self.previous = {signum: signal.signal(signum, self._handle) for signum in self.SIGNALS}
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, action in self.previous.items():
            signal.signal(signum, action)

    def disarm(self) -> None:
        self.armed = False

    def _handle(self, signum: int, frame: object) -> None:
        if os.getpid() != self.parent:  # a forked worker
            if signum == signal.SIGTERM:
                signal.signal(signum, signal.SIG_DFL)
                os.kill(os.getpid(), signum)
            return
        _stop_workers()
        if self.armed:  # a later signal, while the run closes, changes nothing
            self.armed = False
            raise _Stopped(signum)


def _cmd_extract(args: argparse.Namespace, out: TextIO) -> int:
    if args.resume and args.format == "parquet":
        raise ClaimexError("E033 --resume works with JSON Lines and CSV output, not Parquet")
    stdin_lines: Iterator[str | bytes] | None = None
    if args.input == "-":
        stdin_jsonl, stdin_lines = corpus.sniff_stdin(
            corpus.stdin_lines(sys.stdin, encoding=args.encoding),
            text_field=args.text_field,
            encoding=args.encoding,
        )
        is_corpus = stdin_jsonl
    else:
        is_corpus = corpus.is_corpus(args.input)
    if not is_corpus:
        if stdin_lines is not None:
            text = corpus.stdin_text(stdin_lines, encoding=args.encoding)
        else:
            text = corpus.text_input(args.input, sys.stdin, encoding=args.encoding)
            if args.input.lower().endswith(".json") and text.lstrip()[:1] in ("{", "["):
                print(
                    f"claimex: note: {args.input} is read as one plain text, JSON syntax "
                    "included; a corpus is a .jsonl file (one JSON object with a text and "
                    "an id per line) or a folder of .txt files",
                    file=sys.stderr,
                )
            elif args.input.lower().endswith(_TABLE_SUFFIXES):
                print(
                    f"claimex: note: {args.input} is read as one plain text, a table is no "
                    "corpus: write its rows as a .jsonl file (one JSON object with a text "
                    "and an id per line, e.g. with pandas: frame.to_json(path, "
                    'orient="records", lines=True, force_ascii=False))',
                    file=sys.stderr,
                )
        if args.output is None and args.format in (None, "json", "jsonl"):
            return _write_single(text, args, out)
        _announce_long(text)
        stream: Iterator[corpus.Record] = iter(
            [({"id": args.id, "text": text, "date": args.date}, corpus.Origin())]
        )
        total: int | None = 1
    else:
        _corpus_options(args)
        if stdin_lines is not None:
            total = None
            stream = corpus.jsonl_records(
                stdin_lines,
                text_field=args.text_field,
                id_field=args.id_field,
                encoding=args.encoding,
            )
        else:
            try:
                total = corpus.count(args.input, encoding=args.encoding)
            except OSError as exc:
                raise ClaimexError(f"E032 cannot read {args.input}: {exc}") from exc
            if Path(args.input).is_dir():
                note_unread(Path(args.input))
            if total == 0:
                note_empty(args.input)
            elif not Path(args.input).is_dir():
                problem = corpus.plain_text_problem(args.input, encoding=args.encoding)
                if problem is not None:  # said once, before the pipeline loads
                    raise ClaimexError(problem)
            stream = corpus.records(
                args.input,
                text_field=args.text_field,
                id_field=args.id_field,
                encoding=args.encoding,
            )
    done: Counter[str] = Counter()
    failed_before: Counter[str] = Counter()  # --resume: failures already in the output
    if args.resume:
        if args.output is None:
            raise ClaimexError("E033 --resume needs -o/--output: the file to resume")
        read_done = _csv_done_records if args.format == "csv" else corpus.done_records
        done, failed_before = read_done(args.output)
        stream = corpus.skip_done(corpus.numbered(stream), done)
    extractor = _load(args.model)
    sink = _Sink(out, args.output, args)
    failures: list[ExtractionFailure] = []
    processed = 0
    stopped_by: int | None = None
    start = time.perf_counter()
    bar = tqdm(
        total=None if total is None else max(total - done.total(), 0),
        unit="doc",
        file=sys.stderr,
        disable=not _show_progress(args),
        dynamic_ncols=True,
    )
    results = extractor.pipe(
        stream,
        as_tuples=True,
        batch_size=args.batch_size,
        n_process=args.n_process,
        window=args.window,
    )
    finished = False
    with _SignalStop() as signals:
        try:
            for result, origin in results:
                result = _with_origin(result, origin)
                if isinstance(result, ExtractionFailure):
                    failures.append(result)
                sink.write(result)
                processed += 1
                bar.update(1)
            finished = True
        except KeyboardInterrupt as exc:
            stopped_by = exc.signum if isinstance(exc, _Stopped) else signal.SIGINT
        finally:
            signals.disarm()
            if not finished:  # stopped early (a signal, a closed output): no worker waits
                _stop_workers()
            # ends the pipeline where it stopped (spaCy's workers, a memory zone)
            close: Callable[[], object] | None = getattr(results, "close", None)
            if close is not None:
                close()
            bar.close()
            sink.close(owned=args.output is not None)
    skipped = done.total() if args.resume else 0
    seconds = time.perf_counter() - start
    summary = _summary(
        processed, failures, skipped, seconds, stopped_by=stopped_by, failed_before=failed_before
    )
    print(summary, file=sys.stderr)
    if stopped_by == signal.SIGTERM:
        return EXIT_TERMINATED
    if stopped_by is not None:
        return EXIT_INTERRUPTED
    # a resumed run answers for its whole output, as the run it continues would have
    return EXIT_FAILED_DOCUMENTS if failures or failed_before else EXIT_OK


def _with_origin(result: ExtractionResult, origin: object) -> ExtractionResult:
    """Put what reading the input found (a problem, repaired bytes) into the result."""
    if not isinstance(origin, corpus.Origin):
        return result
    if isinstance(result, ExtractionFailure) and origin.position is not None:
        # --resume: the document's position in the input, not in this run's part of it
        result = result.model_copy(update={"index": origin.position})
    if isinstance(result, ExtractionFailure) and origin.problem is not None:
        return result.model_copy(update={"error": origin.problem, "error_type": "CorpusError"})
    if isinstance(result, Extraction) and origin.warning is not None:
        code, message = origin.warning
        warning = ExtractionWarning(code=code, message=message)
        return result.model_copy(update={"warnings": [warning, *result.warnings]})
    return result


def _csv_done_records(output: Path) -> tuple[Counter[str], Counter[str]]:
    """Ids in a CSV output's ``doc_id`` (or ``id``) column, for --resume: each once (a
    document has as many rows as its --table records, or none); and those of them with an
    ``error`` (``--table extractions``: a failure's row)."""
    import csv

    if not output.exists():
        return Counter(), Counter()
    done: set[str] = set()
    failed: set[str] = set()
    with output.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            doc_id = row.get("doc_id") or row.get("id") or ""
            if doc_id:
                done.add(doc_id)
                if row.get("error"):
                    failed.add(doc_id)
    return Counter(done), Counter(failed)


def _open_output(path: Path, *, append: bool) -> TextIO:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("a" if append else "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise ClaimexError(f"E034 cannot write {path}: {exc}") from exc


def _show_progress(args: argparse.Namespace) -> bool:
    if args.progress is not None:
        return bool(args.progress)
    return sys.stderr.isatty()


def evaluate_files(
    paths: Sequence[str | Path], extractor: Extractor, *, errors: TextIO | None = None
) -> dict[str, Any]:
    """Run ``extractor`` over the gold documents of ``paths`` and score it; with ``errors``,
    also write one JSON line per document listing what it got wrong
    (:func:`claimex.evaluate.document_errors`, with the gold file's path as ``file``).

    Raises:
        GoldFormatError: a file is malformed, or is no gold file (E020: a corpus of texts,
            none of whose documents has a record list, would score every prediction as
            spurious; :func:`claimex.gold.check_annotated`, as ``claimex evaluate`` says).
    """
    sources = [(str(path), doc) for path in paths for doc in gold_documents(path)]
    preds = extractor.pipe(doc["text"] for _, doc in sources)

    def pairs() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        for (path, gold), pred in zip(sources, preds, strict=True):
            dumped = pred.model_dump(mode="json")
            if errors is not None:
                line = {"file": path, **document_errors(gold, dumped)}
                errors.write(json.dumps(line, ensure_ascii=False) + "\n")
            yield gold, dumped

    report = score_documents(pairs())
    report["model"] = extractor.info.model_dump()
    return report


def _cmd_evaluate(args: argparse.Namespace, out: TextIO) -> int:
    for path in args.gold:
        if not Path(path).is_file():
            raise ClaimexError(
                f"E032 no gold file {path}: pass .json/.jsonl files in the gold format "
                "(docs/evaluation.md), e.g. examples/seed_article.gold.json"
            )
    for path in args.gold:  # a malformed gold file fails before the pipeline loads
        gold_documents(path)
    extractor = _load(args.model)
    if args.errors is None:
        report = evaluate_files(args.gold, extractor)
    else:
        with _open_output(Path(args.errors), append=False) as errors:
            report = evaluate_files(args.gold, extractor, errors=errors)
    if args.json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        title = ", ".join(args.gold)
        out.write(format_report(report, title=title) + "\n")
        out.write(f"model: {report['model']['name']} {report['model']['version']}\n")
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    schema = RESULT_ADAPTER.json_schema() if args.batch else Extraction.model_json_schema()
    out.write(json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


class _Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Shows each option's default where it has one and its help does not name it already,
    keeps the epilog's line breaks."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if action.default in (None, False, argparse.SUPPRESS) or "default" in text:
            return text
        return super()._get_help_string(action)


def _pipe_option(name: str) -> Callable[[str], int]:
    """An argparse ``type`` for the ``pipe()`` option ``name``, checked by its rule
    (:func:`claimex._api.check_pipe_option`), so a bad ``--batch-size``/``--n-process``/
    ``--window`` is a usage error (exit 2) before the pipeline loads, not a traceback
    (exit 1) after it."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise argparse.ArgumentTypeError(f"invalid int value: {value!r}") from None
        try:
            return check_pipe_option(name, number)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc).removeprefix(f"{name} ")) from None

    parse.__name__ = "int"  # argparse names the type in its own messages
    return parse


def _encoding(value: str) -> str:
    """An argparse ``type`` for ``--encoding``: a text encoding Python knows, so that a
    misspelt one is a usage error (exit 2) before anything is read, not a traceback from
    the first line of a corpus."""
    try:
        info = codecs.lookup(value)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {value!r}") from None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64: no text encodings
        raise argparse.ArgumentTypeError(f"{value!r} is no text encoding") from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="claimex",
        description="Who said what, about whom, where, in German news.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"claimex {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    ext = sub.add_parser(
        "extract",
        help="extract from a text, a JSON Lines corpus or a folder of .txt files",
        description="Extract actors, places, figures and quotes. A single text gives pretty "
        "JSON; a corpus gives one JSON line per document, written and flushed as each is "
        "done, in input order, failures included (an ExtractionFailure line in place).",
        formatter_class=_Formatter,
        epilog=EXIT_CODES,
    )
    ext.add_argument(
        "input",
        help="a .txt file, - (stdin: one text, or JSON Lines when its first line is an "
        "object with the text field), a .jsonl file of objects with a text and an id, "
        "or a folder of .txt files",
    )
    ext.add_argument("-o", "--output", type=Path, default=None, help="write here (default: stdout)")
    ext.add_argument(
        "--format",
        choices=["json", "jsonl", "csv", "parquet"],
        default=None,
        help="json (pretty, single text), jsonl (one line per document; the default for a "
        "corpus), csv or parquet (a table of --table rows; parquet needs -o)",
    )
    ext.add_argument(
        "--table",
        choices=["quotes", "figures", "actors", "places", "entities", "extractions"],
        default="quotes",
        help="the rows of csv/parquet output (nested values as JSON text)",
    )
    ext.add_argument("--text-field", default="text", help="JSON Lines field with the text")
    ext.add_argument(
        "--id-field",
        default="id",
        help="JSON Lines field with the id (a line without one gets 'line-N')",
    )
    ext.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="encoding of the input files (a UTF-16 file, as Windows tools write: utf-16)",
    )
    ext.add_argument("--id", default=None, help="id of a single text")
    ext.add_argument("--date", default=None, help="publication date of a single text (ISO)")
    ext.add_argument("--model", default=None, help=MODEL_HELP)
    ext.add_argument(
        "--batch-size",
        type=_pipe_option("batch_size"),
        default=32,
        help="documents per nlp.pipe batch",
    )
    ext.add_argument(
        "--n-process",
        type=_pipe_option("n_process"),
        default=1,
        help="processes for the German pipeline (-1: all)",
    )
    ext.add_argument(
        "--window",
        type=_pipe_option("window"),
        default=1000,
        help="documents per spaCy memory zone (0: none)",
    )
    ext.add_argument(
        "--resume",
        action="store_true",
        help="skip ids already in the -o file (failures too: remove their lines to retry them) "
        "and append",
    )
    ext.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar with docs/s on stderr (default: shown when stderr is a terminal)",
    )
    ext.set_defaults(func=_cmd_extract)
    ev = sub.add_parser(
        "evaluate",
        help="score claimex against gold files",
        description="Score claimex against gold files (format and scoring rules: "
        "docs/evaluation.md).",
        formatter_class=_Formatter,
    )
    ev.add_argument(
        "gold", nargs="+", help="gold .json/.jsonl files, e.g. examples/seed_article.gold.json"
    )
    ev.add_argument("--model", default=None, help=MODEL_HELP)
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument(
        "--errors",
        metavar="FILE",
        default=None,
        help="also write what claimex got wrong, one JSON line per document (missed and "
        "spurious records, quotes with the wrong speaker)",
    )
    ev.set_defaults(func=_cmd_evaluate)
    sch = sub.add_parser(
        "schema", help="print the JSON schema of the Extraction record", formatter_class=_Formatter
    )
    sch.add_argument(
        "--batch",
        action="store_true",
        help="the schema of one line of batch output: an Extraction or an ExtractionFailure",
    )
    sch.set_defaults(func=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None, *, out: TextIO | None = None) -> int:
    """Run the command line; return the exit code (see ``claimex extract --help``)."""
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        parser.error(unrecognized(args, extra))
    try:
        code: int = args.func(args, out or sys.stdout)
    except ClaimexError as exc:
        print(f"claimex: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("claimex: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader went away (| head): no traceback, and no second error when Python
        # flushes stdout at exit
        print("claimex: standard output was closed by its reader; stopped", file=sys.stderr)
        with contextlib.suppress(OSError, ValueError):  # stdout is no file (captured)
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    return code


if __name__ == "__main__":
    raise SystemExit(main())
