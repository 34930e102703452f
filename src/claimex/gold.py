"""Read gold annotations (``shared/gold/FORMAT.md``) from ``.json`` and ``.jsonl`` files.

A gold document either carries its ``text`` or names a ``source`` whose text lives outside
the project (licensed corpora that must not be copied in), e.g.::

    {"id": "10kgnad-test-0042", "source": {"corpus": "10kgnad", "row": 42},
     "sha256": "...", "entities": [...], "quotes": [{"start": 10, "end": 50, ...}]}

The source text is read from the ``shared/`` folder (``CLAIMEX_SHARED`` or the first
``shared/`` found beside a parent folder of the gold file) and checked against
``sha256``; record ``text`` fields left out are filled from the offsets.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from claimex.errors import GoldFormatError, SourceUnavailableError

SHARED_ENV = "CLAIMEX_SHARED"
RECORD_KINDS = ("entities", "figures", "quotes")

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


def hydrate(doc: dict[str, Any], *, shared: Path | None) -> dict[str, Any]:
    """Fill in a gold document's ``text`` (from its source) and its records' ``text``.

    Raises:
        GoldFormatError: offsets or checksums do not fit the text.
    """
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
        for record in doc.get(kind, []):
            record = dict(record)
            start, end = record.get("start"), record.get("end")
            if isinstance(start, int) and isinstance(end, int):
                if not 0 <= start <= end <= len(text):
                    raise GoldFormatError(
                        f"E020 {kind} offsets {start}:{end} outside the text of {doc.get('id')!r}"
                    )
                if "text" not in record:
                    record["text"] = text[start:end]
                elif record["text"] != text[start:end]:
                    raise GoldFormatError(
                        f"E020 {kind} text {record['text']!r} != text[{start}:{end}] "
                        f"{text[start:end]!r} in {doc.get('id')!r}"
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
    raw = path.read_text(encoding="utf-8")
    try:
        if path.suffix == ".jsonl":
            docs = [json.loads(line) for line in raw.splitlines() if line.strip()]
        else:
            loaded = json.loads(raw)
            docs = loaded if isinstance(loaded, list) else [loaded]
    except json.JSONDecodeError as exc:
        raise GoldFormatError(f"E020 {path} is not valid JSON: {exc}") from exc
    for doc in docs:
        yield hydrate(doc, shared=shared)
