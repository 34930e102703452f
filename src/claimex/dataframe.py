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

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel

from claimex.records import (
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


def to_dataframe(
    extractions: Iterable[Extraction | ExtractionFailure], *, kind: Kind = "quotes"
) -> pd.DataFrame:
    """One row per ``kind`` record over all ``extractions``.

    Raises:
        ValueError: ``kind`` is not one of quotes, figures, actors, places, entities.
        ImportError: pandas is not installed (``pip install 'claimex[pandas]'``).
    """
    names = columns(kind)
    try:
        import pandas as pd
    except ImportError as exc:
        raise ImportError(
            "claimex.to_dataframe needs pandas: pip install 'claimex[pandas]'"
        ) from exc
    rows: list[dict[str, Any]] = []
    for index, extraction in enumerate(extractions):
        if not isinstance(extraction, Extraction):
            continue
        records: list[BaseModel] = list(getattr(extraction, kind))
        for record in records:
            row = {"doc_id": extraction.id, "doc_index": index, **record.model_dump(mode="json")}
            if isinstance(record, Quote):
                row["speaker_name"] = record.speaker_name
            rows.append(row)
    return pd.DataFrame(rows, columns=names)
