"""Distributed extraction with Dask: map claimex over a ``dask.bag`` or a DataFrame's partitions.

Needs the optional extra ``claimex[dask]``. Each worker process loads the German pipeline
once, on its first partition, and keeps it (one cached :class:`~claimex.Extractor` per
process and model); every partition then goes through :meth:`~claimex.Extractor.pipe`, so
results equal a single-process run's, failures included (a failure's ``index`` counts
within its partition). See docs/dask.md.

Example:
    >>> import dask.bag as db  # doctest: +SKIP
    >>> bag = db.from_sequence([{"id": "a", "text": "Merz reiste nach Paris."}], npartitions=1)
    >>> [r.places[0].name for r in extract_bag(bag).compute()]  # doctest: +SKIP
    ['Paris']
"""

from __future__ import annotations

import datetime
import json
import os
import threading
from collections.abc import Iterable
from enum import Enum
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, cast, get_args, get_origin

from claimex._api import Extractor, load
from claimex.dataframe import RECORDS, Kind, columns, to_dataframe
from claimex.records import Extraction, ExtractionFailure, ExtractionResult

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

FrameKind = Kind | Literal["extractions"]

_extractors: dict[str | None, Extractor] = {}
_loads: dict[str | None, int] = {}
_lock = threading.Lock()


def worker_extractor(model: str | None = None) -> Extractor:
    """This process's :class:`~claimex.Extractor` for ``model``, loaded on first use."""
    with _lock:
        if model not in _extractors:
            _extractors[model] = load(model)
            _loads[model] = _loads.get(model, 0) + 1
        return _extractors[model]


def load_count(model: str | None = None) -> tuple[int, int]:
    """``(process id, times this process loaded model)``: to check one load per worker."""
    return os.getpid(), _loads.get(model, 0)


def extract_partition(
    items: Iterable[Any], *, model: str | None = None, batch_size: int = 32
) -> list[ExtractionResult]:
    """Extract from one partition's texts or ``{"id", "text"}`` mappings, in order."""
    extractor = worker_extractor(model)
    return list(extractor.pipe(list(items), batch_size=batch_size))


def extract_bag(
    bag: dask.bag.Bag, *, model: str | None = None, batch_size: int = 32
) -> dask.bag.Bag:
    """A bag of :class:`~claimex.records.Extraction` (or failure) records, one per element.

    Args:
        bag: texts, or mappings with ``"text"`` and optionally ``"id"``.
        model: the German pipeline to load on each worker (default: claimex's choice).
        batch_size: ``nlp.pipe`` batch size within a partition.
    """
    result: dask.bag.Bag = cast(Any, bag).map_partitions(
        extract_partition, model=model, batch_size=batch_size
    )
    return result


def _rows(results: list[ExtractionResult], ids: list[Any]) -> pd.DataFrame:
    import pandas as pd

    return pd.DataFrame(
        {
            "id": [None if i is None else str(i) for i in ids],
            "extraction": [
                r.model_dump_json() if isinstance(r, Extraction) else None for r in results
            ],
            "error": [r.error if isinstance(r, ExtractionFailure) else None for r in results],
        }
    )


def _dtype(annotation: Any) -> str:
    """The pandas dtype of a record field: nested values travel as JSON text."""
    if get_origin(annotation) in (Union, UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            return "json"
        annotation = args[0]
    if get_origin(annotation) is Annotated:  # NonNegativeInt and friends
        annotation = get_args(annotation)[0]
    if not isinstance(annotation, type) or get_origin(annotation) is not None:
        return "json"  # lists, dicts
    if issubclass(annotation, bool):
        return "boolean"
    if issubclass(annotation, Enum | str | datetime.date):
        return "string"
    if issubclass(annotation, int):
        return "Int64"
    if issubclass(annotation, float):
        return "float64"
    return "json"  # nested records


def column_dtypes(kind: FrameKind) -> dict[str, str]:
    """Column -> dtype of :func:`extract_dataframe`'s result ("json": JSON text in a string
    column), the same for every partition so that Parquet gets one schema."""
    if kind == "extractions":
        return {"id": "string", "extraction": "string", "error": "string"}
    fields = RECORDS[kind].model_fields
    dtypes = {"doc_id": "string"}
    for name in columns(kind):
        if name in fields:
            dtypes[name] = _dtype(fields[name].annotation)
        elif name == "speaker_name":
            dtypes[name] = "string"
    return dtypes


def _typed(frame: pd.DataFrame, kind: FrameKind) -> pd.DataFrame:
    frame = frame.copy()
    for name, dtype in column_dtypes(kind).items():
        if dtype == "json":
            frame[name] = [
                None if v is None else json.dumps(v, ensure_ascii=False) for v in frame[name]
            ]
            dtype = "string"
        frame[name] = frame[name].astype(dtype)
    return frame[list(column_dtypes(kind))]


def _frame_partition(
    part: pd.DataFrame,
    *,
    text: str,
    id: str | None,
    kind: FrameKind,
    model: str | None,
    batch_size: int,
) -> pd.DataFrame:
    texts = part[text].tolist()
    ids = part[id].tolist() if id is not None else part.index.tolist()
    items = [
        {"id": None if doc_id is None else str(doc_id), "text": t}
        for doc_id, t in zip(ids, texts, strict=True)
    ]
    results = extract_partition(items, model=model, batch_size=batch_size)
    if kind == "extractions":
        return _typed(_rows(results, ids), kind)
    return _typed(to_dataframe(results, kind=kind), kind)


def _meta(kind: FrameKind) -> pd.DataFrame:
    import pandas as pd

    dtypes = column_dtypes(kind)
    return pd.DataFrame(
        {name: pd.Series(dtype="string" if d == "json" else d) for name, d in dtypes.items()}
    )


def extract_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text: str = "text",
    id: str | None = "id",
    kind: FrameKind = "extractions",
    model: str | None = None,
    batch_size: int = 32,
) -> dask.dataframe.DataFrame:
    """Extract from a text column, partition by partition.

    Args:
        frame: a dask DataFrame with a text column.
        text: the text column.
        id: the id column (None: use the index).
        kind: ``"extractions"`` gives one row per document (``id``, ``extraction`` as JSON,
            ``error``); ``"quotes"``, ``"figures"``, ``"actors"``, ``"places"`` or
            ``"entities"`` give the rows of :func:`claimex.to_dataframe` (without
            ``doc_index``), with nested values (mentions, speaker) as JSON text. Every
            column has a fixed dtype (:func:`column_dtypes`), so ``to_parquet`` works.
        model: the German pipeline to load on each worker.
        batch_size: ``nlp.pipe`` batch size within a partition.
    """
    result: dask.dataframe.DataFrame = cast(Any, frame).map_partitions(
        _frame_partition,
        text=text,
        id=id,
        kind=kind,
        model=model,
        batch_size=batch_size,
        meta=_meta(kind),
    )
    return result
