"""Distributed extraction with Dask: map claimex over a ``dask.bag`` or a DataFrame's partitions.

Needs the optional extra ``claimex[dask]``. Each worker process loads the German pipeline
once, on its first partition, and keeps it (one cached :class:`~claimex.Extractor` per
process and model); every partition then goes through :meth:`~claimex.Extractor.pipe`, so
results equal a single-process run's, failures included (a failure's ``index`` counts
within its partition). See docs/dask.md.

Example:
    >>> import dask.bag as db  # doctest: +SKIP
    >>> bag = db.from_sequence(  # doctest: +SKIP
    ...     [{"id": "a", "text": "Merz reiste nach Paris."}], npartitions=1
    ... )
    >>> [r.places[0].name for r in extract_bag(bag).compute()]  # doctest: +SKIP
    ['Paris']
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from claimex._api import Extractor, load
from claimex.dataframe import (
    FrameKind,
    column_dtypes,
    extractions_frame,
    to_dataframe,
    typed_frame,
)
from claimex.records import ExtractionResult

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    import pandas as pd

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


def _frame_partition(
    part: pd.DataFrame,
    *,
    text: str,
    id: str | None,
    kind: FrameKind,
    model: str | None,
    batch_size: int,
) -> pd.DataFrame:
    import pandas as pd

    texts = part[text].tolist()
    # a missing id (None, NaN, pd.NA: a JSON Lines file read by pandas where some lines
    # have no id) is None, as in pipe(), not its str() "nan" or "<NA>"
    ids = [
        None if pd.api.types.is_scalar(doc_id) and pd.isna(doc_id) else doc_id
        for doc_id in (part[id].tolist() if id is not None else part.index.tolist())
    ]
    items = [
        {"id": None if doc_id is None else str(doc_id), "text": t}
        for doc_id, t in zip(ids, texts, strict=True)
    ]
    results = extract_partition(items, model=model, batch_size=batch_size)
    if kind == "extractions":
        return typed_frame(extractions_frame(results, ids), kind)
    return typed_frame(to_dataframe(results, kind=kind), kind)


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
