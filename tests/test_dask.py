"""claimex.dask on a local cluster of two worker processes equals a single-process run."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimex

dask_bag = pytest.importorskip("dask.bag", reason="dask is not installed: pip install -e '.[dask]'")
dask_dataframe = pytest.importorskip(
    "dask.dataframe", reason="dask[dataframe] is not installed: pip install -e '.[dask]'"
)
distributed = pytest.importorskip(
    "distributed", reason="distributed is not installed: pip install -e '.[dask]'"
)
pd = pytest.importorskip("pandas", reason="pandas is not installed: pip install -e '.[pandas]'")

from claimex.dask import extract_bag, extract_dataframe, load_count  # noqa: E402

ITEMS = [
    {"id": f"n{i}", "text": text}
    for i, text in enumerate(
        [
            "Angela Merkel reiste nach Paris und traf Emmanuel Macron.",
            "",
            "Der Kreml in Moskau schweigt zu den Berichten.",
            "In Wien sagte Bundeskanzler Karl Nehammer, die Lage sei ernst.",
            None,
            "Wladimir Putin reiste nach Minsk zu Alexander Lukaschenko.",
        ]
        * 2
    )
]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def test_bag_equals_single_process(
    client: distributed.Client, extractor: claimex.Extractor
) -> None:
    bag = dask_bag.from_sequence(ITEMS, npartitions=4)
    results = extract_bag(bag, batch_size=2).compute()
    single = list(extractor.pipe(ITEMS))
    # a failure's index counts within its partition; everything else is identical
    assert [r.model_dump(exclude={"index"}) for r in results] == [
        r.model_dump(exclude={"index"}) for r in single
    ]
    assert [type(r) for r in results] == [type(r) for r in single]
    # every worker loaded the pipeline once, for all its partitions
    counts = client.run(load_count)
    assert len(counts) == 2
    assert len({pid for pid, _ in counts.values()}) == 2
    assert all(loads == 1 for _, loads in counts.values())


def test_dataframe_partitions(client: distributed.Client, extractor: claimex.Extractor) -> None:
    frame = pd.DataFrame([item for item in ITEMS if item["text"] is not None])
    ddf = dask_dataframe.from_pandas(frame, npartitions=3)
    rows = extract_dataframe(ddf).compute()
    assert rows["id"].tolist() == frame["id"].tolist()
    single = list(extractor.pipe(frame.to_dict("records")))
    assert rows["extraction"].tolist() == [r.model_dump_json() for r in single]
    places = extract_dataframe(ddf, kind="places").compute()
    expected = claimex.to_dataframe(single, kind="places")
    assert places["name"].tolist() == expected["name"].tolist()
    assert places["doc_id"].tolist() == expected["doc_id"].tolist()


@pytest.mark.parametrize("kind", ["extractions", "quotes", "actors", "figures"])
def test_dataframe_writes_and_reads_parquet(
    client: distributed.Client, extractor: claimex.Extractor, tmp_path: Path, kind: str
) -> None:
    """docs/dask.md's DataFrame path ends in to_parquet: every column has a fixed dtype."""
    pytest.importorskip("pyarrow", reason="Parquet needs pyarrow: pip install pyarrow")
    frame = pd.DataFrame([item for item in ITEMS if item["text"] is not None])
    ddf = dask_dataframe.from_pandas(frame, npartitions=3)
    target = tmp_path / f"{kind}.parquet"
    extract_dataframe(ddf, kind=kind).to_parquet(target)  # type: ignore[arg-type]
    back = pd.read_parquet(target)
    single = list(extractor.pipe(frame.to_dict("records")))
    if kind == "extractions":
        assert back["extraction"].tolist() == [r.model_dump_json() for r in single]
        return
    expected = claimex.to_dataframe(single, kind=kind)  # type: ignore[arg-type]
    assert len(back) == len(expected)
    assert back["doc_id"].tolist() == expected["doc_id"].tolist()
    nested = "speaker" if kind == "quotes" else "mentions" if kind == "actors" else None
    if nested:
        assert [json.loads(v) for v in back[nested]] == expected[nested].tolist()
