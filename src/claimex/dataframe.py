"""Extractions as pandas DataFrames: one row per quote, figure, actor, place or entity.

Needs the optional extra ``claimex[pandas]``. Each row starts with ``doc_id`` and
``doc_index`` (the extraction's id and position), then the record's fields; nested records
(mentions, speaker) stay as lists of dicts. Quote rows also carry ``speaker_name``, the
speakers' names joined with "; " (the gold format's ``speaker``). Failures have no rows.

Example:
    >>> from claimex.records import Extraction, Entity
    >>> ents = [Entity(text="Wien", start=3, end=7, label="LOC")]
    >>> df = to_dataframe([Extraction(id="a", text="In Wien.", entities=ents)], kind="entities")
    >>> df[["doc_id", "text", "label"]].values.tolist()
    [['a', 'Wien', 'LOC']]
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Iterator, Mapping
from enum import Enum
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from claimex.records import (
    RESULT_ADAPTER,
    Actor,
    Entity,
    Extraction,
    ExtractionFailure,
    Figure,
    Place,
    Quote,
)

if TYPE_CHECKING:
    import pandas as pd

Kind = Literal["quotes", "figures", "actors", "places", "entities"]
FrameKind = Kind | Literal["extractions"]

RECORDS: dict[str, type[BaseModel]] = {
    "quotes": Quote,
    "figures": Figure,
    "actors": Actor,
    "places": Place,
    "entities": Entity,
}


def columns(kind: Kind) -> list[str]:
    """The columns of ``to_dataframe(..., kind=kind)``, also when there are no rows."""
    if kind not in RECORDS:
        raise ValueError(f"kind must be one of {', '.join(RECORDS)}, not {kind!r}")
    extra = ["speaker_name"] if kind == "quotes" else []
    return ["doc_id", "doc_index", *RECORDS[kind].model_fields, *extra]


def _results(
    extractions: Iterable[Extraction | ExtractionFailure | Mapping[str, Any]]
    | Extraction
    | ExtractionFailure,
) -> Iterator[Extraction | ExtractionFailure]:
    """The results ``to_dataframe`` was given, one record at a time.

    A single record counts as a list of one (iterating a pydantic model would give its
    fields, and an empty frame); mappings are results read back from JSON (``claimex
    extract -o out.jsonl``) and are validated as such; anything else is refused rather
    than silently giving no rows.
    """
    if isinstance(extractions, Extraction | ExtractionFailure):
        yield extractions
        return
    for index, item in enumerate(extractions):
        if isinstance(item, Extraction | ExtractionFailure):
            yield item
        elif isinstance(item, Mapping):
            yield RESULT_ADAPTER.validate_python(item)
        else:
            raise TypeError(
                "to_dataframe takes Extraction or ExtractionFailure records, or their "
                f"JSON objects as dicts; item {index} is a {type(item).__name__}"
            )


def to_dataframe(
    extractions: Iterable[Extraction | ExtractionFailure | Mapping[str, Any]]
    | Extraction
    | ExtractionFailure,
    *,
    kind: Kind = "quotes",
) -> pd.DataFrame:
    """One row per ``kind`` record over all ``extractions``.

    ``extractions`` are results of :meth:`~claimex.Extractor.pipe` or
    :func:`~claimex.extract` (one alone is fine), or their JSON objects as dicts, e.g.
    ``[json.loads(line) for line in open("out.jsonl")]`` for the output of ``claimex
    extract``. Failures give no rows.

    Raises:
        ValueError: ``kind`` is not one of quotes, figures, actors, places, entities; a
            dict is not an extraction or failure (pydantic's ``ValidationError``).
        TypeError: an item is neither a record nor a dict (a str, say).
        ImportError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    names = columns(kind)
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "claimex.to_dataframe needs pandas: pip install 'claimex[pandas]' "
            "(in a clone of claimex: pip install '.[pandas]')"
        ) from exc
    rows: list[dict[str, Any]] = []
    for index, extraction in enumerate(_results(extractions)):
        if not isinstance(extraction, Extraction):
            continue
        records: list[BaseModel] = list(getattr(extraction, kind))
        for record in records:
            row = {"doc_id": extraction.id, "doc_index": index, **record.model_dump(mode="json")}
            if isinstance(record, Quote):
                row["speaker_name"] = record.speaker_name
            rows.append(row)
    return pd.DataFrame(rows, columns=names)


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
    """Column -> dtype of a flat table of ``kind`` ("json": JSON text in a string column).

    The same for every partition or batch, so that Parquet and CSV get one schema
    (:func:`claimex.dask.extract_dataframe`, ``claimex extract --format csv|parquet``).
    """
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


def typed_frame(frame: pd.DataFrame, kind: FrameKind) -> pd.DataFrame:
    """``frame`` with the dtypes of :func:`column_dtypes`, nested values as JSON text."""
    frame = frame.copy()
    for name, dtype in column_dtypes(kind).items():
        if dtype == "json":
            frame[name] = [
                None if v is None else json.dumps(v, ensure_ascii=False) for v in frame[name]
            ]
            dtype = "string"
        frame[name] = frame[name].astype(dtype)
    return frame[list(column_dtypes(kind))]


def extractions_frame(
    results: Iterable[Extraction | ExtractionFailure], ids: list[Any] | None = None
) -> pd.DataFrame:
    """One row per document: ``id``, ``extraction`` (its JSON) and ``error`` (failures)."""
    import pandas as pd

    results = list(results)
    if ids is None:
        ids = [r.id for r in results]
    return pd.DataFrame(
        {
            "id": [None if i is None else str(i) for i in ids],
            "extraction": [
                r.model_dump_json() if isinstance(r, Extraction) else None for r in results
            ],
            "error": [r.error if isinstance(r, ExtractionFailure) else None for r in results],
        }
    )


def flat_rows(
    extractions: Iterable[Extraction | ExtractionFailure], kind: FrameKind
) -> Iterator[dict[str, Any]]:
    """The rows of a flat table of ``kind`` without pandas (CSV output): the columns of
    :func:`column_dtypes`, nested values as JSON text, missing values as None."""
    names = column_dtypes(kind)
    for index, result in enumerate(extractions):
        if kind == "extractions":
            yield {
                "id": result.id,
                "extraction": result.model_dump_json() if isinstance(result, Extraction) else None,
                "error": result.error if isinstance(result, ExtractionFailure) else None,
            }
            continue
        if not isinstance(result, Extraction):
            continue
        for record in getattr(result, kind):
            row: dict[str, Any] = {"doc_id": result.id, "doc_index": index}
            row.update(record.model_dump(mode="json"))
            if isinstance(record, Quote):
                row["speaker_name"] = record.speaker_name
            yield {
                name: (
                    json.dumps(row.get(name), ensure_ascii=False)
                    if dtype == "json" and row.get(name) is not None
                    else row.get(name)
                )
                for name, dtype in names.items()
            }
