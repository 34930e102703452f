"""A new user's rough edges (round 16): one text given to pipe(), results given to
to_dataframe() alone or read back from JSON, a .json file given to `claimex extract`."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pydantic import ValidationError

import claimex
from claimex.cli import main
from claimex.records import Extraction, ExtractionFailure

# spkatt-news-9093 (German Wikinews, CC BY 2.5)
STRUCK = (
    "„Ziele des militärischen Widerstands sind nach wie vor verpflichtend und daher eine der "
    "entscheidenden Traditionslinien der Bundeswehr“, betonte Struck."
)


@pytest.mark.parametrize(
    "items",
    [STRUCK, STRUCK.encode("utf-8"), {"id": "spkatt-news-9093", "text": STRUCK}],
    ids=["str", "bytes", "mapping"],
)
def test_pipe_refuses_one_document(extractor: claimex.Extractor, items: object) -> None:
    """A str given to pipe() was read one character at a time (one Extraction per letter,
    "Z" a place); a mapping key by key. Now the call itself says what to pass."""
    with pytest.raises(claimex.InputError, match=r"^E001 pipe\(\) takes an iterable"):
        extractor.pipe(items)  # type: ignore[call-overload]
    with pytest.raises(TypeError):  # InputError is a TypeError, as for extract()
        extractor.pipe(items, as_tuples=True)  # type: ignore[call-overload]


def test_pipe_of_a_list_of_one(extractor: claimex.Extractor) -> None:
    results = list(extractor.pipe([{"id": "spkatt-news-9093", "text": STRUCK}]))
    assert [type(r) for r in results] == [Extraction]
    assert results[0] == extractor.extract(STRUCK, id="spkatt-news-9093")


def test_to_dataframe_one_result_and_json_dicts(extractor: claimex.Extractor) -> None:
    pytest.importorskip("pandas", reason="pandas is not installed: pip install -e '.[pandas]'")
    result = extractor.extract(STRUCK, id="spkatt-news-9093")
    assert result.quotes  # the frames below are not trivially empty
    listed = claimex.to_dataframe([result], kind="quotes")
    # one Extraction alone was iterated as pydantic fields: an empty frame, silently
    assert claimex.to_dataframe(result, kind="quotes").equals(listed)
    # the JSON Lines that `claimex extract -o out.jsonl` writes, read back as dicts
    failure = ExtractionFailure(id="x", index=1, error="E001 text is None", error_type="InputError")
    lines = [result.model_dump_json(), failure.model_dump_json()]
    from_json = claimex.to_dataframe([json.loads(line) for line in lines], kind="quotes")
    assert from_json.equals(listed)
    for kind in ("figures", "actors", "places", "entities"):
        assert claimex.to_dataframe([json.loads(lines[0])], kind=kind).equals(
            claimex.to_dataframe([result], kind=kind)
        )
    with pytest.raises(TypeError, match="item 0 is a str"):
        claimex.to_dataframe([STRUCK], kind="quotes")  # type: ignore[list-item]
    with pytest.raises(ValidationError):  # a dict that is no result (also a ValueError)
        claimex.to_dataframe([{"text": STRUCK, "quotes": "none"}], kind="quotes")


def test_cli_json_file_is_one_text_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer's articles.json (a JSON array) ran as one long text of JSON syntax,
    silently; now standard error says so and names the corpus formats."""
    articles = tmp_path / "articles.json"
    articles.write_text(json.dumps([{"id": "spkatt-news-9093", "text": STRUCK}]), "utf-8")
    out = io.StringIO()
    assert main(["extract", str(articles)], out=out) == 0
    assert json.loads(out.getvalue())["text"].startswith('[{"id"')
    assert "is read as one plain text, JSON syntax included" in capsys.readouterr().err


def test_cli_jsonl_suffix_in_capitals_is_a_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "ARTICLES.JSONL"
    lines = [{"id": "spkatt-news-9093", "text": STRUCK}, {"id": "b", "text": STRUCK}]
    corpus.write_text("".join(json.dumps(line) + "\n" for line in lines), "utf-8")
    out = io.StringIO()
    assert main(["extract", str(corpus)], out=out) == 0
    ids = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert ids == ["spkatt-news-9093", "b"]
