"""Round 29 (robust29): bad input at the entry points, on real text. Sentences from
Wikinews train_a (credited by document id)."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimex
from claimex.cli import main
from claimex.corpus import count
from claimex.records import Extraction

# spkatt-news-833 (the Stiftung Warentest's 40th birthday), its first three sentences
WARENTEST = [
    "Die Stiftung Warentest feiert ihren 40. Geburtstag.",
    "Nach ihrer Gründung am 4. Dezember 1964 durch die Bundesregierung, gelang es ihr, in "
    "den 1970-er Jahren mehr und mehr ins Bewusstsein der Verbraucher vorzurücken.",
    "72.000 Produkte und 1.200 Dienstleistungen wurden bislang getestet.",
]


class _SourceGone(OSError):
    """What a caller's reader raises when its source fails midway (a database cursor, a
    network stream, a file on a lost mount)."""


def _articles(count: int) -> list[dict[str, str]]:
    return [
        {"id": f"spkatt-news-833-{n}", "text": WARENTEST[n % len(WARENTEST)]} for n in range(count)
    ]


def _articles_then_failure(count: int) -> Iterator[dict[str, str]]:
    yield from _articles(count)
    raise _SourceGone("the source went away")


@pytest.mark.parametrize("window", [1000, 0, 3])
def test_documents_read_before_a_failing_source_get_their_results(
    extractor: claimex.Extractor, window: int
) -> None:
    """A generator that raises after four documents: the four documents it handed over
    come out, in order, before its exception (as ``nlp.pipe`` gives them). On 8e5a8c7 the
    window they were read into was dropped with the exception: no result at all with the
    default window of 1,000 or none (0), three of four with a window of 3."""
    results: list[claimex.ExtractionResult] = []
    with pytest.raises(_SourceGone):
        results.extend(extractor.pipe(_articles_then_failure(4), batch_size=2, window=window))
    assert [result.id for result in results] == [f"spkatt-news-833-{n}" for n in range(4)]
    assert all(isinstance(result, Extraction) for result in results)
    # the same records as the documents get when the source does not fail
    whole = list(extractor.pipe(_articles(4)))
    assert [r.model_dump_json() for r in results] == [r.model_dump_json() for r in whole]


def _bom_file(doc_id: str, text: str) -> bytes:
    """A JSON Lines file as Windows tools write it: UTF-8 opening with a byte order mark."""
    line = json.dumps({"id": doc_id, "text": text}, ensure_ascii=False)
    return codecs.BOM_UTF8 + f"{line}\n".encode()


def test_joined_files_that_each_open_with_a_byte_order_mark_keep_every_record(
    tmp_path: Path,
) -> None:
    """Three exports joined into one corpus (``cat a.jsonl b.jsonl c.jsonl``), each opening
    with a byte order mark: every record is a document. On 8e5a8c7 only line 1's mark was
    left out: the second and third records were E030 failures ("Unexpected UTF-8 BOM"),
    their texts never read."""
    corpus, output = tmp_path / "joined.jsonl", tmp_path / "out.jsonl"
    corpus.write_bytes(
        b"".join(_bom_file(f"spkatt-news-833-{n}", text) for n, text in enumerate(WARENTEST))
    )
    assert main(["extract", str(corpus), "-o", str(output), "--no-progress"]) == 0
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == [f"spkatt-news-833-{n}" for n in range(3)]
    assert [row["text"] for row in rows] == WARENTEST
    assert not any("error" in row for row in rows)
    assert count(str(corpus)) == 3


def test_a_missing_id_in_a_dask_frame_is_no_id_not_nan() -> None:
    """A frame read from JSON Lines where one line has no id (pandas fills NaN): that
    document's rows carry no id, as ``pipe`` gives, not the string ``"nan"`` (8e5a8c7:
    ``"nan"``, one fake id shared by every document without one)."""
    pd = pytest.importorskip("pandas", reason="pandas is not installed")
    dask = pytest.importorskip("dask", reason="dask is not installed")
    dask_dataframe = pytest.importorskip("dask.dataframe", reason="dask is not installed")
    from claimex.dask import extract_dataframe

    # spkatt-news-833's first sentence names the Stiftung Warentest
    frame = pd.DataFrame({"id": ["spkatt-news-833", None], "text": WARENTEST[:2]})
    frame["id"] = frame["id"].astype(object).where(frame["id"].notna(), float("nan"))
    parts = dask_dataframe.from_pandas(frame, npartitions=1)
    with dask.config.set(scheduler="synchronous"):
        documents = extract_dataframe(parts).compute()
        entities = extract_dataframe(parts, kind="entities").compute()
    assert documents["id"].isna().tolist() == [False, True]
    assert json.loads(documents["extraction"].iloc[1])["id"] is None
    assert "nan" not in entities["doc_id"].dropna().tolist()
    assert entities["doc_id"].dropna().tolist()[0] == "spkatt-news-833"
