"""Read gold annotations (``shared/gold/FORMAT.md``) from ``.json`` and ``.jsonl`` files.

A gold document either carries its ``text`` or names a ``source`` whose text lives outside
the project (licensed corpora that must not be copied in), e.g.::

    {"id": "10kgnad-test-0042", "source": {"corpus": "10kgnad", "row": 42},
     "sha256": "...", "entities": [...], "quotes": [{"start": 10, "end": 50, ...}]}

The source text is read from the ``shared/`` folder (``CLAIMEX_SHARED`` or the first
``shared/`` found beside a parent folder of the gold file) and checked against
``sha256``; record ``text`` fields left out are filled from the offsets.

Every document is checked as it is read (:func:`check_document`): each record list is a
list of objects with the fields the scoring needs (entities ``start``, ``end``, ``label``;
figures ``start``, ``end``, ``value``; quotes ``start``, ``end``, ``kind``; actors and places
``name``), labels, actor types, qualifiers and quote kinds come from the format's closed
sets, and a top-level field whose name is close to a record list's ("entites") is refused,
so a hand-written gold file fails with a coded message (E020) naming the document, the
record and the field, instead of being scored wrongly.
"""

from __future__ import annotations

import csv
import difflib
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from claimex.errors import GoldFormatError, SourceUnavailableError
from claimex.records import ActorType, EntityLabel, Qualifier, QuoteKind

SHARED_ENV = "CLAIMEX_SHARED"
RECORD_KINDS = ("entities", "figures", "quotes")
RECORD_LISTS = ("entities", "actors", "places", "figures", "quotes")

# fields each gold record must have (what the scoring reads), and the closed value sets
REQUIRED_FIELDS: dict[str, tuple[str, ...]] = {
    "entities": ("start", "end", "label"),
    "actors": ("name",),
    "places": ("name",),
    "figures": ("start", "end", "value"),
    "quotes": ("start", "end", "kind"),
}
_CLOSED_SETS: dict[tuple[str, str], tuple[str | None, ...]] = {
    ("entities", "label"): tuple(label.value for label in EntityLabel),
    ("actors", "type"): tuple(kind.value for kind in ActorType),
    ("figures", "qualifier"): (None, *(q.value for q in Qualifier)),
    ("quotes", "kind"): tuple(kind.value for kind in QuoteKind),
}

# corpus name -> path below shared/ and how to find a document in it
CORPORA: dict[str, str] = {
    "10kgnad": "data/news/10kgnad/test.csv",
    "spkatt2023-news": "data/quotes/spkatt2023-news/train.jsonl",
}


def find_shared(start: Path | None = None) -> Path | None:
    """Locate the ``shared/`` folder: ``$CLAIMEX_SHARED``, else beside a parent of ``start``."""
    env = os.environ.get(SHARED_ENV)
    if env:
        # a variable naming a missing folder means "no shared/ here" (a fresh clone's CI)
        return Path(env) if Path(env).is_dir() else None
    here = (start or Path.cwd()).resolve()
    for parent in [here, *here.parents]:
        candidate = parent / "shared"
        if (candidate / "data").is_dir() or (candidate / "gold").is_dir():
            return candidate
    return None


@cache
def _10kgnad_rows(path: Path) -> list[str]:
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


@cache
def _jsonl_texts(path: Path) -> dict[str, str]:
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                obj = json.loads(line)
                texts[str(obj["id"])] = str(obj["text"])
    return texts


def source_text(source: dict[str, Any], shared: Path | None) -> str:
    """Return the text a ``source`` reference names.

    Raises:
        SourceUnavailableError: the shared folder or the corpus file is missing.
        GoldFormatError: the reference is malformed.
    """
    corpus = source.get("corpus")
    if corpus not in CORPORA:
        raise GoldFormatError(f"E020 unknown source corpus {corpus!r}; known: {sorted(CORPORA)}")
    if shared is None:
        raise SourceUnavailableError(
            f"E021 the gold document's text lives in shared/{CORPORA[corpus]}, but no shared/ "
            f"folder was found; set {SHARED_ENV} to its path."
        )
    path = shared / CORPORA[corpus]
    if not path.is_file():
        raise SourceUnavailableError(f"E021 source corpus file missing: {path}")
    if corpus == "10kgnad":
        rows = _10kgnad_rows(path)
        row = source.get("row")
        if not isinstance(row, int) or not 0 <= row < len(rows):
            raise GoldFormatError(f"E020 10kgnad row {row!r} out of range 0..{len(rows) - 1}")
        return rows[row]
    texts = _jsonl_texts(path)
    doc_id = str(source.get("id"))
    if doc_id not in texts:
        raise GoldFormatError(f"E020 no document {doc_id!r} in {path}")
    return texts[doc_id]


def check_document(doc: dict[str, Any]) -> None:
    """Check a gold document's record lists for the fields and values the scoring needs.

    >>> check_document({"id": "d1", "places": [{"name": "Prüm"}], "entites": []})
    Traceback (most recent call last):
    ...
    claimex.errors.GoldFormatError: E020 gold document 'd1' has a field 'entites': did you ...

    Raises:
        GoldFormatError: a record list that is no list of objects, a record without a
            required field, a value outside the format's closed set, or a misspelled record
            list name.
    """
    where = repr(doc.get("id"))
    for key in doc:
        close = difflib.get_close_matches(key, RECORD_LISTS, n=1, cutoff=0.8)
        if key not in RECORD_LISTS and close:
            raise GoldFormatError(
                f"E020 gold document {where} has a field {key!r}: did you mean {close[0]!r}?"
            )
    for kind in RECORD_LISTS:
        records = doc.get(kind, [])
        if not isinstance(records, list):
            raise GoldFormatError(
                f"E020 {kind} of {where} is {type(records).__name__}, not a list of objects"
            )
        for i, record in enumerate(records):
            place = f"{kind}[{i}] of {where}"
            if not isinstance(record, dict):
                raise GoldFormatError(
                    f"E020 {place} is {record!r}, not an object with the fields "
                    f"{', '.join(REQUIRED_FIELDS[kind])}"
                )
            missing = [field for field in REQUIRED_FIELDS[kind] if field not in record]
            if missing:
                raise GoldFormatError(
                    f"E020 {place} has no {', '.join(map(repr, missing))} (a gold {kind} "
                    f"record needs {', '.join(REQUIRED_FIELDS[kind])}; docs/evaluation.md)"
                )
            for field in ("start", "end"):
                value = record.get(field)
                if field in record and (not isinstance(value, int) or isinstance(value, bool)):
                    raise GoldFormatError(f"E020 {place}: {field} {value!r} is no integer")
            if kind == "figures" and (
                not isinstance(record["value"], int | float) or isinstance(record["value"], bool)
            ):
                raise GoldFormatError(f"E020 {place}: value {record['value']!r} is no number")
            if kind in ("actors", "places") and not isinstance(record["name"], str):
                raise GoldFormatError(f"E020 {place}: name {record['name']!r} is no string")
            for (set_kind, field), allowed in _CLOSED_SETS.items():
                if set_kind == kind and field in record and record[field] not in allowed:
                    names = ", ".join(sorted("null" if a is None else a for a in allowed))
                    raise GoldFormatError(
                        f"E020 {place}: {field} {record[field]!r} is not one of {names}"
                    )


def hydrate(doc: dict[str, Any], *, shared: Path | None) -> dict[str, Any]:
    """Fill in a gold document's ``text`` (from its source) and its records' ``text``.

    Raises:
        GoldFormatError: offsets or checksums do not fit the text, or a record lacks a
            field or has a value outside the format (:func:`check_document`).
    """
    if not isinstance(doc, dict):
        raise GoldFormatError(f"E020 a gold document is {type(doc).__name__}, not a JSON object")
    check_document(doc)
    doc = dict(doc)
    if "text" not in doc:
        if "source" not in doc:
            raise GoldFormatError(f"E020 gold document {doc.get('id')!r} has no text or source")
        text = source_text(doc["source"], shared)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if doc.get("sha256") and doc["sha256"] != digest:
            raise GoldFormatError(
                f"E020 source text of {doc.get('id')!r} changed (sha256 {digest} != "
                f"{doc['sha256']}); re-check the annotation."
            )
        doc["text"] = text
    text = doc["text"]
    for kind in RECORD_KINDS:
        records = []
        for i, record in enumerate(doc.get(kind, [])):
            record = dict(record)
            start, end = record.get("start"), record.get("end")
            if isinstance(start, int) and isinstance(end, int):
                place = f"{kind}[{i}] of {doc.get('id')!r}"
                if not 0 <= start <= end <= len(text):
                    raise GoldFormatError(
                        f"E020 {place}: offsets {start}:{end} outside the text "
                        f"({len(text)} characters)"
                    )
                if "text" not in record:
                    record["text"] = text[start:end]
                elif record["text"] != text[start:end]:
                    found = text.find(record["text"])
                    hint = (
                        f"; first found at {found}:{found + len(record['text'])}"
                        if found >= 0
                        else ""
                    )
                    raise GoldFormatError(
                        f"E020 {place}: text {record['text']!r} != text[{start}:{end}] "
                        f"{text[start:end]!r} (offsets are code points, end exclusive{hint})"
                    )
            records.append(record)
        doc[kind] = records
    return doc


def read_gold(path: str | Path, *, shared: Path | None = None) -> Iterator[dict[str, Any]]:
    """Yield the hydrated gold documents of a ``.json`` or ``.jsonl`` file.

    Raises:
        GoldFormatError: the file is malformed.
        SourceUnavailableError: a document's source text is not available.
    """
    path = Path(path)
    shared = shared or find_shared(path.parent)
    for doc in raw_documents(path):
        yield hydrate(doc, shared=shared)


def raw_documents(path: str | Path) -> list[Any]:
    """The documents of a ``.json`` or ``.jsonl`` gold file as written, neither checked
    nor hydrated (:func:`read_gold` adds empty record lists where a document has none).

    Raises:
        GoldFormatError: the file is not JSON (a ``.jsonl`` line that is not, naming it);
            where its text opens with no JSON at all (a plain text, ``article.txt``), the
            message says that a gold file is wanted and how to extract from a text.
    """
    path = Path(path)
    raw = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            docs = []
            for line_no, line in enumerate(raw.splitlines(), 1):
                if line.strip():
                    try:
                        docs.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise GoldFormatError(
                            f"E020 {path} line {line_no} is not valid JSON: {exc}"
                            + _plain_text_hint(path, line)
                        ) from exc
        else:
            loaded = json.loads(raw)
            docs = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as exc:
        raise GoldFormatError(
            f"E020 {path} is not valid JSON: {exc}" + _plain_text_hint(path, raw)
        ) from exc
    return docs


def _plain_text_hint(path: Path, text: str) -> str:
    """What to add to "not valid JSON" where ``text`` (the file, or its bad line) opens with
    no JSON object or array: a plain text (``claimex evaluate article.txt``), not a gold
    file with a typo."""
    if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        return ""
    return (
        f" (it reads as a plain text; claimex evaluate scores against a gold file, .json or "
        f".jsonl with the text and its annotations: docs/evaluation.md, e.g. "
        f"examples/seed_article.gold.json; to extract from a text, run claimex extract {path})"
    )


def check_annotated(path: str | Path, docs: Sequence[Any]) -> None:
    """Refuse a gold file none of whose documents has a record list: a corpus to extract
    (``examples/articles.jsonl``: id, date, text) read as gold scores every prediction as
    spurious. A document that leaves some lists out (nothing of that kind in it) is fine,
    and so is one with empty lists.

    Raises:
        GoldFormatError: no document, or no document with any of :data:`RECORD_LISTS`.
    """
    if any(isinstance(doc, dict) and kind in doc for doc in docs for kind in RECORD_LISTS):
        return
    found = f"none of its {len(docs)} documents has" if docs else "it holds no document with"
    raise GoldFormatError(
        f"E020 {path} is no gold file: {found} any of {', '.join(RECORD_LISTS)} "
        "(docs/evaluation.md, e.g. examples/seed_article.gold.json); to extract from a corpus "
        f"of texts, run claimex extract {path}"
    )


def gold_documents(path: str | Path, *, shared: Path | None = None) -> list[dict[str, Any]]:
    """The hydrated documents of a gold file to score against (``claimex evaluate``,
    :func:`claimex.cli.evaluate_files`): :func:`read_gold`'s, refused where no document
    holds a record list (:func:`check_annotated`).

    Raises:
        GoldFormatError: the file is malformed, or is no gold file (a corpus of texts).
        SourceUnavailableError: a document's source text is not available.
    """
    raw = raw_documents(path)
    shared = shared or find_shared(Path(path).parent)
    docs = [hydrate(doc, shared=shared) for doc in raw]  # a malformed document says so first
    check_annotated(path, raw)
    return docs
