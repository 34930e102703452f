"""``claimex extract`` on corpora: JSON Lines and folders in, JSON Lines out, resume."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimex.cli import main

TEXTS = [
    "Angela Merkel reiste nach Paris.",
    "",
    "Der Kreml in Moskau schweigt.",
    "In Wien sagte Bundeskanzler Karl Nehammer, die Lage sei ernst.",
]


def write_corpus(path: Path, *, bad: bool = True) -> list[str]:
    lines = [
        json.dumps({"id": f"d{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(TEXTS)
    ]
    if bad:
        lines.insert(2, "{not json")
        lines.append(json.dumps({"id": "none", "text": None}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def read_jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_corpus_to_output_with_failures_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out" / "out.jsonl"
    write_corpus(corpus)
    assert main(["extract", str(corpus), "-o", str(output), "--batch-size", "2"]) == 0
    rows = read_jsonl(output)
    assert [row["id"] for row in rows] == ["d0", "d1", None, "d2", "d3", "none"]
    assert rows[2]["error"].startswith("E030 line 3")  # type: ignore[union-attr]
    assert rows[5]["error"].startswith("E001")  # type: ignore[union-attr]
    assert rows[4]["text"] == TEXTS[3]
    err = capsys.readouterr().err
    assert "6 documents" in err
    assert "2 failed" in err
    assert "failed none: E001" in err
    assert "failed #2: E030" in err


def test_folder_of_text_files(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(TEXTS[2], encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00 not utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(output)]) == 0
    rows = read_jsonl(output)
    assert [row["id"] for row in rows] == ["b", "broken", "sub/a"]
    assert rows[0]["text"] == TEXTS[0]
    assert rows[1]["error"].startswith("E031")  # type: ignore[union-attr]


def test_resume_skips_done_ids_and_repairs_a_cut_line(tmp_path: Path) -> None:
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    write_corpus(corpus, bad=False)
    assert main(["extract", str(corpus), "-o", str(output)]) == 0
    full = output.read_text(encoding="utf-8").splitlines(keepends=True)
    # a run killed while writing its third line
    output.write_text("".join(full[:2]) + full[2][:25], encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(output), "--resume"]) == 0
    rows = read_jsonl(output)
    assert [row["id"] for row in rows] == ["d0", "d1", "d2", "d3"]
    assert output.read_text(encoding="utf-8").splitlines(keepends=True) == full
    # nothing left to do
    assert main(["extract", str(corpus), "-o", str(output), "--resume"]) == 0
    assert len(read_jsonl(output)) == 4


def test_progress_bar_shows_docs_per_second(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus, bad=False)
    out = io.StringIO()
    assert main(["extract", str(corpus), "--progress"], out=out) == 0
    assert len(out.getvalue().splitlines()) == 4
    assert "doc/s" in capsys.readouterr().err


def test_run_level_errors_exit_non_zero(tmp_path: Path) -> None:
    assert main(["extract", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "o")]) == 2
    assert main(["extract", str(tmp_path / "missing.jsonl"), "--resume"]) == 2


def test_single_text_with_output_file_writes_one_line(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text(TEXTS[0], encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(text), "-o", str(output)]) == 0
    assert [row["text"] for row in read_jsonl(output)] == [TEXTS[0]]
