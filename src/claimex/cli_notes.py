"""What the command line says to its user beyond a result: notes on standard error about a
corpus (files not read, no document at all, a ``.jsonl`` file that is a plain text), that
the pipeline is loading where that takes a while, and argparse's "unrecognized arguments"
with what to pass instead (:mod:`claimex.cli`). The refusal of a file that is no gold file
is :func:`claimex.gold.check_annotated`, shared with :func:`claimex.cli.evaluate_files`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from claimex import corpus

# seconds a pipeline may take to load before the command line says that it is loading:
# above a warm load (its files in the disk cache: 1.6 to 3.5 s in eight runs on a two-core
# machine under load 5, round 31 newcomer31b), below the first load after an install (the
# whole first command took 12.5 s, round 31 newcomer31)
LOADING_NOTE_AFTER = 5.0


@contextlib.contextmanager
def loading_note() -> Iterator[None]:
    """Say once on standard error that the German pipeline is loading, where loading it
    takes longer than :data:`LOADING_NOTE_AFTER` seconds (the first command after
    ``pip install``: its files are read from a cold disk); a warm load says nothing, and
    standard output (a result's JSON) is never written to."""
    loaded = threading.Event()

    def say() -> None:
        if not loaded.is_set():
            print(
                "claimex: loading the German pipeline (the first run after an install takes "
                "10 to 20 s, later runs a few seconds)",
                file=sys.stderr,
                flush=True,
            )

    timer = threading.Timer(LOADING_NOTE_AFTER, say)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        loaded.set()
        timer.cancel()


def note_unread(folder: Path) -> None:
    """Say on standard error which files of a folder corpus are not read (not ``.txt``)."""
    unread = corpus.unread_files(folder)
    if unread:
        names = ", ".join(path.relative_to(folder).as_posix() for path in unread[:5])
        more = f" and {len(unread) - 5} more" if len(unread) > 5 else ""
        print(
            f"claimex: note: {len(unread)} file(s) under {folder} not read, only .txt files "
            f"are: {names}{more} (for an HTML page, pass the file itself or rename it .txt; "
            "markup is handled, W002)",
            file=sys.stderr,
        )


def note_empty(source: str) -> None:
    """Say on standard error that a corpus holds no document (an empty folder, a folder
    of other files, an empty JSON Lines file): the run exits 0 with "0 documents", which a
    batch script cannot tell from a wrong path without this line."""
    what = (
        f"no .txt file under {source}"
        if Path(source).is_dir()
        else f"{source} holds no JSON line (only blank lines, or none)"
    )
    print(f"claimex: note: {what}: there is nothing to extract", file=sys.stderr)


def unrecognized(args: argparse.Namespace, extra: list[str]) -> str:
    """argparse's "unrecognized arguments" message; for ``claimex extract`` given several
    inputs (a shell pattern: ``claimex extract articles/*.txt`` gives one argument per
    file), also what to pass instead."""
    message = f"unrecognized arguments: {' '.join(extra)}"
    if args.command != "extract" or any(arg.startswith("-") for arg in extra):
        return message
    inputs = [args.input, *extra]
    folder = Path(os.path.commonpath([Path(arg).absolute().parent for arg in inputs]))
    here = folder.relative_to(Path.cwd()) if folder.is_relative_to(Path.cwd()) else folder
    return (
        f"{message}\nclaimex extract takes one input, not {len(inputs)} (a shell pattern such "
        "as *.txt gives one argument per file): pass the folder that holds them, "
        f"claimex extract {here} (every .txt file below it is read, in path order), or write "
        "them as one JSON Lines file (docs/cli.md, A corpus)"
    )
