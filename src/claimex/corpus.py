"""Reading corpora for ``claimex extract``: JSON Lines, folders of .txt files, resumable output.

A corpus streams as ``(payload, problem)`` pairs: ``payload`` is a ``{"id", "text"}``
mapping for :meth:`~claimex.Extractor.pipe`; ``problem`` is None, or a coded message when
the line or file could not be read (the document then becomes a failure, the run goes on).

Example:
    >>> import io
    >>> lines = io.StringIO('{"id": 1, "text": "Hallo"}\\nkaputt\\n')
    >>> [(payload["id"], problem) for payload, problem in jsonl_records(lines)]
    [(1, None), (None, 'E030 line 2: not a JSON object (Expecting value)')]
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

Record = tuple[dict[str, Any], str | None]


def is_corpus(source: str) -> bool:
    """Whether ``source`` names a corpus (a .jsonl file or a folder), not a single text."""
    path = Path(source)
    return source != "-" and (path.is_dir() or path.suffix == ".jsonl")


def jsonl_records(lines: Iterable[str]) -> Iterator[Record]:
    """One record per non-blank JSON Lines line, each an object with "text" and "id"."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            reason = str(exc).split(":")[0]
            yield {"id": None, "text": None}, f"E030 line {n}: not a JSON object ({reason})"
            continue
        if not isinstance(obj, dict):
            yield {"id": None, "text": None}, f"E030 line {n}: not a JSON object"
            continue
        yield obj, None


def folder_records(folder: Path) -> Iterator[Record]:
    """One record per .txt file under ``folder`` (sorted); the id is its relative path."""
    for path in sorted(folder.rglob("*.txt")):
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        try:
            yield {"id": doc_id, "text": path.read_text(encoding="utf-8")}, None
        except (OSError, UnicodeDecodeError) as exc:
            yield {"id": doc_id, "text": None}, f"E031 cannot read {path}: {exc}"


def count(source: str) -> int:
    """Number of documents in a corpus, for a progress bar (a cheap pass, no parsing)."""
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.txt"))
    with path.open(encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.strip())


def records(source: str) -> Iterator[Record]:
    """Stream the records of a .jsonl file or a folder of .txt files."""
    path = Path(source)
    if path.is_dir():
        yield from folder_records(path)
        return
    with path.open(encoding="utf-8", errors="replace") as f:
        yield from jsonl_records(f)


def done_ids(output: Path) -> set[str]:
    """Ids already in a JSON Lines output, after cutting off a last line a crash left unfinished.

    Documents without an id cannot be recognised and are processed again.
    """
    if not output.exists():
        return set()
    with output.open("rb+") as f:
        data = f.read()
        if data and not data.endswith(b"\n"):
            f.truncate(data.rfind(b"\n") + 1)
            data = data[: data.rfind(b"\n") + 1]
    ids: set[str] = set()
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and obj.get("id") is not None:
            ids.add(str(obj["id"]))
    return ids


def skip_done(stream: Iterable[Record], done: set[str]) -> Iterator[Record]:
    """Leave out the records whose id is in ``done``."""
    for payload, problem in stream:
        doc_id = payload.get("id")
        if doc_id is None or str(doc_id) not in done:
            yield payload, problem


def text_input(source: str, stdin: TextIO) -> str:
    """The single text of a .txt file or of stdin (``-``)."""
    if source == "-":
        return stdin.read()
    return Path(source).read_text(encoding="utf-8")
