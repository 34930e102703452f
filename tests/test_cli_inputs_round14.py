"""Input edge cases a newcomer's try of the README found (round 14): byte order marks,
ids that repeat under --resume, binary files inside a folder, ids that are no strings."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimex
from claimex.cli import main
from claimex.records import Extraction

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
BOM = b"\xef\xbb\xbf"


def example_lines(n: int) -> list[str]:
    return (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:n]


def rows_of(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_a_bom_before_json_lines_on_stdin_keeps_it_a_corpus(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    raw = BOM + ("\n".join(example_lines(2)) + "\n").encode("utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    out = io.StringIO()
    assert main(["extract", "-"], out=out) == 0
    rows = rows_of(out.getvalue())
    assert [row["id"] for row in rows] == ["seed-1", "seed-2"]


def test_a_bom_opening_a_json_lines_file_or_a_text_file_is_no_text(tmp_path: Path) -> None:
    corpus = tmp_path / "bom.jsonl"
    corpus.write_bytes(BOM + ("\n".join(example_lines(2)) + "\n").encode("utf-8"))
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(corpus), "-o", str(output)]) == 0
    rows = rows_of(output.read_text(encoding="utf-8"))
    assert [row["id"] for row in rows] == ["seed-1", "seed-2"]
    article = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    single = tmp_path / "article.txt"
    single.write_bytes(BOM + article.encode("utf-8"))
    out = io.StringIO()
    assert main(["extract", str(single)], out=out) == 0
    assert json.loads(out.getvalue())["text"] == article  # offsets count from its first word


def test_resume_skips_each_done_document_once_where_ids_repeat(tmp_path: Path) -> None:
    first, second = example_lines(2)
    again = json.dumps({**json.loads(second), "id": json.loads(first)["id"]}, ensure_ascii=False)
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    corpus.write_text("\n".join([first, again, second]) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(output)]) == 0
    full = output.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(full) == 3
    output.write_text(full[0], encoding="utf-8")  # killed after its first document
    assert main(["extract", str(corpus), "-o", str(output), "--resume"]) == 0
    assert output.read_text(encoding="utf-8").splitlines(keepends=True) == full


def test_a_binary_file_in_a_folder_fails_with_e031_in_any_encoding(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "scan.txt").write_bytes(bytes(range(256)))
    for options in ([], ["--encoding", "latin-1"]):
        output = tmp_path / f"out{len(options)}.jsonl"
        assert main(["extract", str(folder), "-o", str(output), *options]) == 1
        rows = rows_of(output.read_text(encoding="utf-8"))
        assert [row["id"] for row in rows] == ["article", "scan"]
        assert str(rows[1]["error"]).startswith("E031")
        assert "NUL" in str(rows[1]["error"])


def test_an_id_that_is_no_string_becomes_its_str_as_in_pipe(
    extractor: claimex.Extractor,
) -> None:
    text = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8").split("\n\n")[1]
    result = extractor.extract(text, id=5)  # type: ignore[arg-type]
    assert result.id == "5"
    assert Extraction.model_validate_json(result.model_dump_json()) == result
    piped = next(iter(extractor.pipe([{"id": 5, "text": text}])))
    assert piped.id == result.id


def test_utf8_read_as_latin1_is_warned_about(tmp_path: Path, extractor: claimex.Extractor) -> None:
    article = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    garbled = article.encode("utf-8").decode("latin-1")
    codes = [w.code for w in extractor.extract(garbled).warnings]
    assert "W007" in codes
    assert "W007" not in [w.code for w in extractor.extract(article).warnings]
    # the newcomer's case: a folder of UTF-8 files read with --encoding latin-1
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "article.txt").write_text(article, encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(output), "--encoding", "latin-1"]) == 0
    (row,) = rows_of(output.read_text(encoding="utf-8"))
    assert "W007" in [w["code"] for w in row["warnings"]]  # type: ignore[union-attr]
