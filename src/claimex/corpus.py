"""Reading corpora for ``claimex extract``: JSON Lines, folders of .txt files, resumable output.

A corpus streams as ``(payload, origin)`` pairs: ``payload`` is a ``{"id", "text"}``
mapping for :meth:`~claimex.Extractor.pipe`; its :class:`Origin` holds a coded problem when
the line or file could not be read (the document then becomes a failure, the run goes on)
and a warning for bytes that had to be repaired.

Example:
    >>> import io
    >>> lines = io.StringIO('{"id": 1, "text": "Hallo"}\\nkaputt\\n')
    >>> [(payload["id"], origin.problem) for payload, origin in jsonl_records(lines)]
    [(1, None), ('line-2', 'E030 line 2: not a JSON object (Expecting value at column 1)')]
"""

from __future__ import annotations

import codecs
import contextlib
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any, TextIO, cast

from claimex.errors import ClaimexError

Record = tuple[dict[str, Any], "Origin"]

# W005: bytes of a JSON Lines line that were not valid in the input encoding
BAD_BYTES = (
    "W005",
    "invalid {encoding} bytes in this input line were replaced by U+FFFD; the offsets refer "
    "to the repaired text (check the file's encoding, see --encoding)",
)


@dataclass
class Origin:
    """Where a record came from, and what went wrong reading it."""

    problem: str | None = None
    warning: tuple[str, str] | None = None
    # its position among the corpus's documents (set by :func:`numbered`, before
    # ``--resume`` leaves out the done ones): a failure's ``index``
    position: int | None = None


def is_corpus(source: str) -> bool:
    """Whether ``source`` names a corpus (a .jsonl file or a folder), not a single text."""
    path = Path(source)
    return source != "-" and (path.is_dir() or path.suffix.lower() == ".jsonl")


BOM = "\ufeff"  # a byte order mark opening a file (Windows tools write one): no text


def wide_bom(head: bytes) -> str | None:
    """``"utf-16"`` or ``"utf-32"`` where ``head`` opens with that encoding's byte order mark
    (Windows tools write UTF-16 with one), else None.

    Example:
        >>> wide_bom("Merz".encode("utf-16")), wide_bom(b"Merz")
        ('utf-16', None)
    """
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def bom_problem(head: bytes, name: str, encoding: str) -> str | None:
    """E031 for bytes that open with a UTF-16 or UTF-32 byte order mark but are to be read
    as another ``encoding`` (in which they are no text, or NUL bytes): it names the
    ``--encoding`` that reads them. None where there is no such mark or ``encoding`` fits."""
    wide = wide_bom(head)
    if wide is None or codecs.lookup(encoding).name.startswith(wide):
        return None
    label = wide.upper()
    return (
        f"E031 {name} is {label} text (it opens with a {label} byte order mark), not "
        f"{encoding}: pass --encoding {wide}"
    )


def _line_bytes(encoding: str) -> bool:
    """Whether ``encoding`` writes a line break as the single byte ``\n``, so that a file's
    lines can be split as bytes (UTF-8, Latin-1, Windows-1252; not UTF-16 or UTF-32)."""
    return codecs.lookup(encoding).encode("\n")[0] == b"\n"


@contextlib.contextmanager
def _open_lines(path: Path, encoding: str) -> Iterator[Iterator[str | bytes]]:
    """The lines of a JSON Lines file: as bytes where a line break is one byte in
    ``encoding`` (each line decoded by :func:`jsonl_records`, bad bytes with W005), else
    decoded as a text stream (bad bytes as U+FFFD, without W005)."""
    if _line_bytes(encoding):
        with path.open("rb") as raw:
            yield iter(raw)
    else:
        with path.open(encoding=encoding, errors="replace", newline="\n") as text:
            yield iter(text)


def stdin_lines(stdin: TextIO, *, encoding: str = "utf-8") -> Iterable[str | bytes]:
    """The lines of standard input for :func:`sniff_stdin`: its raw lines (bytes, decoded
    one by one later) where a line break is one byte in ``encoding``, else its buffer
    decoded as a text stream (UTF-16, UTF-32), or its text lines where it has no buffer."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        return stdin
    if _line_bytes(encoding):
        return cast(Iterable[bytes], buffer)
    return io.TextIOWrapper(buffer, encoding=encoding, errors="replace", newline="\n")


def _decode(raw: bytes, encoding: str) -> tuple[str, bool]:
    try:
        return raw.decode(encoding), False
    except UnicodeDecodeError:
        return raw.decode(encoding, errors="replace"), True


def without_bom(text: str) -> str:
    """``text`` without a byte order mark at its start (the offsets count from after it).

    Example:
        >>> without_bom("\\ufeffMerz reiste nach Paris.")
        'Merz reiste nach Paris.'
    """
    return text[1:] if text.startswith(BOM) else text


def jsonl_records(
    lines: Iterable[str | bytes],
    *,
    text_field: str = "text",
    id_field: str = "id",
    encoding: str = "utf-8",
) -> Iterator[Record]:
    """One record per non-blank JSON Lines line, each an object with a text and an id.

    A line without an id gets ``line-N`` (N its 1-based line number), so that every
    document of a corpus can be recognised in the output (``--resume``). A byte order
    mark opening a line is left out, on any line: files that each open with one, joined
    into one corpus, keep every record (only line 1's was left out before, each later
    file's first record was an E030 failure).
    """
    for n, line in enumerate(lines, start=1):
        repaired = False
        if isinstance(line, bytes):
            line, repaired = _decode(line, encoding)
        # a byte order mark opens the file, and every file joined after it (cat a.jsonl
        # b.jsonl, each written by a Windows tool): no JSON line starts with one
        line = without_bom(line)
        if not line.strip():
            continue
        origin = Origin()
        if repaired:
            origin.warning = (BAD_BYTES[0], BAD_BYTES[1].format(encoding=encoding))
        try:
            obj = json.loads(line)
        except ValueError as exc:
            # a JSONDecodeError's text ends "... at: line 1 column 39 (char 38)": its message
            # was cut at that colon ("Invalid control character at"); the column is kept
            if isinstance(exc, json.JSONDecodeError):
                reason = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
            else:  # int of over 4,300 digits
                reason = str(exc).split(":")[0]
            origin.problem = f"E030 line {n}: not a JSON object ({reason})"
            yield {"id": f"line-{n}", "text": None}, origin
            continue
        if not isinstance(obj, dict):
            origin.problem = f"E030 line {n}: not a JSON object"
            yield {"id": f"line-{n}", "text": None}, origin
            continue
        doc_id = obj.get(id_field)
        payload = {"id": f"line-{n}" if doc_id is None else doc_id, "text": obj.get(text_field)}
        if "date" in obj:
            payload["date"] = obj["date"]
        if text_field not in obj:
            fields = ", ".join(repr(str(key)) for key in list(obj)[:8]) or "none"
            more = ", ..." if len(obj) > 8 else ""
            origin.problem = (
                f"E030 line {n}: no {text_field!r} field (see --text-field); its fields: "
                f"{fields}{more}"
            )
        yield payload, origin


def folder_records(folder: Path, *, encoding: str = "utf-8") -> Iterator[Record]:
    """One record per .txt file under ``folder`` (sorted); the id is its relative path.

    A named pipe, socket or device among them is a failure (E031), not opened: opening a
    pipe no process writes to waits for ever, and stopped the whole corpus."""
    for path in sorted(folder.rglob("*.txt")):
        doc_id = path.relative_to(folder).with_suffix("").as_posix()
        if path.exists() and not path.is_file() and not path.is_dir():
            problem = (
                f"E031 cannot read {path}: not a regular file (a named pipe, socket or device)"
            )
            yield {"id": doc_id, "text": None}, Origin(problem)
            continue
        try:
            text = decode_text(path.read_bytes(), str(path), encoding=encoding)
        except ClaimexError as exc:  # NUL bytes or bytes not in the encoding
            yield {"id": doc_id, "text": None}, Origin(str(exc))
        except OSError as exc:
            yield {"id": doc_id, "text": None}, Origin(f"E031 cannot read {path}: {exc}")
        else:
            yield {"id": doc_id, "text": text}, Origin()


def unread_files(folder: Path) -> list[Path]:
    """The files under ``folder`` that a folder corpus does not read: not ``.txt`` (an
    ``.html`` page, a ``.TXT`` file), hidden files and folders left out, sorted."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix != ".txt"
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def count(source: str, *, encoding: str = "utf-8") -> int:
    """Number of documents in a corpus, for a progress bar (a cheap pass, no parsing).

    Raises:
        ClaimexError: a JSON Lines file is UTF-16 or UTF-32 (a byte order mark says so)
            but ``encoding`` is another (E031, naming the ``--encoding`` to pass).
    """
    path = Path(source)
    if path.is_dir():
        return sum(1 for _ in path.rglob("*.txt"))
    with path.open("rb") as f:
        problem = bom_problem(f.read(4), source, encoding)
    if problem is not None:
        raise ClaimexError(problem)
    with _open_lines(path, encoding) as lines:
        return sum(1 for line in lines if line.strip())


def plain_text_problem(source: str, *, encoding: str = "utf-8") -> str | None:
    """E030 for a ``.jsonl`` file none of whose lines opens a JSON object: a plain text
    named ``.jsonl``, which gave one E030 failure per line (every line "not a JSON object
    (Expecting value at column 1)") and no word of what to do. None where a line opens
    with ``{`` (the first one, in a corpus: the rest is not read) or the file holds no
    line; a file of some JSON lines and some text lines keeps a failure per bad line.

    Example:
        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as folder:
        ...     path = Path(folder, "artikel.jsonl")
        ...     _ = path.write_text("Die Stiftung Warentest feiert ihren 40. Geburtstag.\\n")
        ...     problem = plain_text_problem(str(path)) or ""
        >>> problem[problem.index("is no") :][:63]
        'is no JSON Lines file: its one line is no JSON object, it reads'
    """
    lines = 0
    with _open_lines(Path(source), encoding) as stream:
        for line in stream:
            if isinstance(line, bytes):
                first_byte = line.lstrip().removeprefix(codecs.BOM_UTF8).lstrip()[:1]
                blank, opens = not first_byte, first_byte == b"{"
            else:
                first_char = without_bom(line.lstrip()).lstrip()[:1]
                blank, opens = not first_char, first_char == "{"
            if opens:
                return None
            if blank:
                continue
            lines += 1
    if not lines:
        return None
    which = "its one line is no" if lines == 1 else f"none of its {lines} lines is a"
    return (
        f"E030 {source} is no JSON Lines file: {which} JSON object, it reads as a plain "
        "text (a .jsonl corpus holds one object per line, "
        '{"id": "a1", "text": "..."}); to extract from it as one text, name it .txt '
        f"(claimex extract article.txt) or pass it on standard input (claimex extract - < {source})"
    )


def records(
    source: str, *, text_field: str = "text", id_field: str = "id", encoding: str = "utf-8"
) -> Iterator[Record]:
    """Stream the records of a .jsonl file or a folder of .txt files."""
    path = Path(source)
    if path.is_dir():
        yield from folder_records(path, encoding=encoding)
        return
    with _open_lines(path, encoding) as lines:
        yield from jsonl_records(lines, text_field=text_field, id_field=id_field, encoding=encoding)


def done_ids(output: Path) -> Counter[str]:
    """Ids already in a JSON Lines output, each with how often it is there, after cutting off
    a last line a crash left unfinished. The counts let ``--resume`` skip as many
    documents of an id as the output holds: two documents that share an id are two."""
    return done_records(output)[0]


def done_records(output: Path) -> tuple[Counter[str], Counter[str]]:
    """:func:`done_ids`, and the ids of those lines that are failures (an ``error`` field):
    a resumed run reports them, since they are done but not extracted."""
    if not output.exists():
        return Counter(), Counter()
    with output.open("rb+") as f:
        data = f.read()
        if data and not data.endswith(b"\n"):
            f.truncate(data.rfind(b"\n") + 1)
            data = data[: data.rfind(b"\n") + 1]
    ids: Counter[str] = Counter()
    failed: Counter[str] = Counter()
    for line in data.decode("utf-8", errors="replace").splitlines():
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if isinstance(obj, dict) and obj.get("id") is not None:
            ids[str(obj["id"])] += 1
            if "error" in obj:
                failed[str(obj["id"])] += 1
    return ids, failed


def numbered(stream: Iterable[Record]) -> Iterator[Record]:
    """The records of ``stream`` with their position among the corpus's documents
    (``Origin.position``, 0-based), so that a failure's ``index`` is its document's
    position in the input also where ``--resume`` skips the documents before it."""
    for position, (payload, origin) in enumerate(stream):
        origin.position = position
        yield payload, origin


def skip_done(stream: Iterable[Record], done: Counter[str]) -> Iterator[Record]:
    """Leave out the records whose id is in ``done``: the first ``done[id]`` of each id (a
    corpus streams in the same order each run, so these are the ones already written)."""
    left = Counter(done)
    for payload, origin in stream:
        doc_id = payload.get("id")
        key = None if doc_id is None else str(doc_id)
        if key is not None and left[key] > 0:
            left[key] -= 1
            continue
        yield payload, origin


def sniff_stdin(
    lines: Iterable[str | bytes], *, text_field: str = "text", encoding: str = "utf-8"
) -> tuple[bool, Iterator[str | bytes]]:
    """Whether standard input is JSON Lines, and all its lines (none consumed).

    Standard input is JSON Lines when its first non-blank line is a JSON object with the
    text field; anything else is one text. Only that first line is read ahead, so a corpus
    on a pipe still streams. ``lines`` are the raw lines (bytes) of ``sys.stdin.buffer``,
    or text lines where standard input has no buffer.
    """
    rest = iter(lines)  # the lines after the head, never read twice
    head: list[str | bytes] = []
    for line in rest:
        head.append(line)
        if line.strip():
            break
    first = head[-1] if head else ""
    if isinstance(first, bytes):
        first = first.decode(encoding, errors="replace")
    first = without_bom(first).strip()
    is_jsonl = False
    if first.startswith("{"):
        try:
            obj = json.loads(first)
        except ValueError:
            obj = None
        is_jsonl = isinstance(obj, dict) and text_field in obj
    return is_jsonl, chain(head, rest)


def decode_text(raw: bytes, source: str, *, encoding: str = "utf-8") -> str:
    """The text of ``raw`` bytes read from ``source`` (a path, or ``-`` for stdin).

    Raises:
        ClaimexError: the bytes are no text (NUL bytes) or not in ``encoding`` (E031).
    """
    name = "standard input" if source == "-" else source
    not_text = ClaimexError(f"E031 {name} is not a text file (it holds NUL bytes)")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        problem = bom_problem(raw[:4], name, encoding)
        if problem is not None:
            raise ClaimexError(problem) from exc
        if b"\x00" in raw:
            raise not_text from exc
        raise ClaimexError(
            f"E031 cannot decode {name} as {encoding} ({exc.reason} at byte {exc.start}); "
            "pass its encoding, e.g. --encoding latin-1"
        ) from exc
    except LookupError as exc:
        raise ClaimexError(f"E031 unknown encoding {encoding!r} (see --encoding)") from exc
    if "\x00" in text:  # NUL decodes in UTF-8 and Latin-1 but stands in no text
        problem = bom_problem(raw[:4], name, encoding)
        raise not_text if problem is None else ClaimexError(problem)
    return without_bom(text)


def stdin_text(lines: Iterable[str | bytes], *, encoding: str = "utf-8") -> str:
    """The single text of standard input's lines (bytes decoded as ``encoding``)."""
    parts = list(lines)
    if parts and isinstance(parts[0], bytes):
        return decode_text(
            b"".join(p for p in parts if isinstance(p, bytes)), "-", encoding=encoding
        )
    return without_bom("".join(p for p in parts if isinstance(p, str)))


def text_input(source: str, stdin: TextIO, *, encoding: str = "utf-8") -> str:
    """The single text of a .txt file or of stdin (``-``).

    Raises:
        ClaimexError: the file cannot be read or decoded (E031, with a hint).
    """
    if source == "-":
        return stdin_text(getattr(stdin, "buffer", stdin), encoding=encoding)
    try:
        raw = Path(source).read_bytes()
    except OSError as exc:
        raise ClaimexError(f"E032 cannot read {source}: {exc}") from exc
    return decode_text(raw, source, encoding=encoding)
