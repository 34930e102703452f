"""What the command line says to its user beyond a result: notes on standard error about a
corpus (files not read, no document at all), the refusal of a file that is no gold file,
and argparse's "unrecognized arguments" with what to pass instead (:mod:`claimex.cli`)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claimex import corpus
from claimex.errors import GoldFormatError
from claimex.gold import RECORD_LISTS


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


def check_annotated(path: str, docs: Sequence[Any]) -> None:
    """Refuse a gold file none of whose documents has a record list: a corpus to extract
    (``examples/articles.jsonl``: id, date, text) read as gold scores every prediction as
    spurious, with exit 0. A document that leaves some lists out (nothing of that kind in
    it) is fine, and so is one with empty lists.

    Raises:
        GoldFormatError: no document, or no document with any of ``gold.RECORD_LISTS``.
    """
    if any(isinstance(doc, dict) and kind in doc for doc in docs for kind in RECORD_LISTS):
        return
    found = f"none of its {len(docs)} documents has" if docs else "it holds no document with"
    raise GoldFormatError(
        f"E020 {path} is no gold file: {found} any of {', '.join(RECORD_LISTS)} "
        "(docs/evaluation.md, e.g. examples/seed_article.gold.json); to extract from a corpus "
        f"of texts, run claimex extract {path}"
    )


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
