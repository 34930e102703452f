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
    # exit 1: the run finished, some documents failed
    assert main(["extract", str(corpus), "-o", str(output), "--batch-size", "2"]) == 1
    rows = read_jsonl(output)
    assert [row["id"] for row in rows] == ["d0", "d1", "line-3", "d2", "d3", "none"]
    assert rows[2]["error"].startswith("E030 line 3")  # type: ignore[union-attr]
    assert rows[5]["error"].startswith("E001")  # type: ignore[union-attr]
    assert rows[4]["text"] == TEXTS[3]
    err = capsys.readouterr().err
    assert "6 documents" in err
    assert "2 failed" in err
    assert "failed none: E001" in err
    assert "failed line-3: E030" in err


def test_folder_of_text_files(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(TEXTS[0], encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(TEXTS[2], encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\xff\xfe\x00 not utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(folder), "-o", str(output)]) == 1
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


def test_interrupt_keeps_finished_documents_and_resume_completes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C: every finished document is on disk, exit 130, a summary; --resume finishes
    the rest without duplicates (failure lines and documents without id included)."""
    import claimex.cli as cli

    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    lines = write_corpus(corpus)
    lines.append(json.dumps({"text": "Ohne Kennung sagte Merz, es gehe voran."}))
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    real_write = cli._Sink.write
    written: list[int] = []

    def write_then_interrupt(self: cli._Sink, result: object) -> None:
        if len(written) == 3:
            raise KeyboardInterrupt
        real_write(self, result)  # type: ignore[arg-type]
        written.append(1)

    monkeypatch.setattr(cli._Sink, "write", write_then_interrupt)
    assert main(["extract", str(corpus), "-o", str(output), "--batch-size", "2"]) == 130
    assert len(read_jsonl(output)) == 3
    assert "interrupted" in capsys.readouterr().err
    monkeypatch.setattr(cli._Sink, "write", real_write)
    assert main(["extract", str(corpus), "-o", str(output), "--resume"]) == 1
    ids = [row["id"] for row in read_jsonl(output)]
    assert ids == ["d0", "d1", "line-3", "d2", "d3", "none", "line-7"]
    # a second resume finds nothing to do and appends nothing; the output's failures
    # (line-3, none) are still reported, as by the run it continues (round 27)
    assert main(["extract", str(corpus), "-o", str(output), "--resume"]) == 1
    assert [row["id"] for row in read_jsonl(output)] == ids


def test_results_stream_before_the_window_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    """pipe yields each result when it is ready, not after its whole window (the CLI writes
    and flushes it at once, so a killed run keeps its finished documents)."""
    import claimex

    extractor = claimex.load()
    converted: list[int] = []
    real_convert = extractor._convert

    def counting_convert(*args: object, **kwargs: object) -> object:
        converted.append(1)
        return real_convert(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extractor, "_convert", counting_convert)
    results = extractor.pipe([TEXTS[0]] * 40, batch_size=2, window=1000)
    first = next(iter(results))
    assert first.text == TEXTS[0]
    assert len(converted) <= 4  # not 40: the rest of the window is still to do


def test_invalid_utf8_in_jsonl_gives_a_warning(tmp_path: Path) -> None:
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    good = json.dumps({"id": "ok", "text": "Merkel reiste nach Paris."}).encode()
    bad = b'{"id": "bad", "text": "M\xfcller reiste nach Wien."}'
    corpus.write_bytes(good + b"\n" + bad + b"\n")
    assert main(["extract", str(corpus), "-o", str(output)]) == 0
    rows = read_jsonl(output)
    assert rows[0]["warnings"] == []
    codes = [w["code"] for w in rows[1]["warnings"]]  # type: ignore[union-attr]
    assert codes == ["W005"]
    assert "\ufffd" in str(rows[1]["text"])


def test_latin1_text_file_is_a_clear_error_and_encoding_reads_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "alt.txt"
    text.write_bytes("Der Bürgermeister von Köln sagte, es gehe voran.".encode("latin-1"))
    assert main(["extract", str(text)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "E031" in err
    assert "--encoding" in err
    assert "Traceback" not in err
    out = io.StringIO()
    assert main(["extract", str(text), "--encoding", "latin-1"], out=out) == 0
    assert "Köln" in json.loads(out.getvalue())["text"]


def test_text_field_and_csv_and_parquet_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    rows = [{"key": f"k{i}", "body": t} for i, t in enumerate(TEXTS)]
    corpus.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    args = ["extract", str(corpus), "--text-field", "body", "--id-field", "key"]
    out_csv = tmp_path / "places.csv"
    assert main([*args, "--format", "csv", "--table", "places", "-o", str(out_csv)]) == 0
    import csv

    with out_csv.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert {row["name"] for row in table} >= {"Paris", "Moskau", "Wien"}
    assert {row["doc_id"] for row in table} <= {"k0", "k2", "k3"}
    pd = pytest.importorskip("pandas", reason="Parquet output needs pandas and pyarrow")
    pytest.importorskip("pyarrow", reason="Parquet output needs pyarrow")
    out_pq = tmp_path / "docs.parquet"
    assert main([*args, "--format", "parquet", "--table", "extractions", "-o", str(out_pq)]) == 0
    frame = pd.read_parquet(out_pq)
    assert frame["id"].tolist() == ["k0", "k1", "k2", "k3"]
    assert json.loads(frame["extraction"][0])["text"] == TEXTS[0]


def test_version_and_help_show_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    from claimex import __version__

    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    help_text = capsys.readouterr().out
    assert "(default: 32)" in help_text
    assert "exit codes" in help_text


EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_jsonl_on_stdin_is_a_corpus_and_plain_text_stays_one_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    # a blank first line and a line that is not JSON: the corpus still reads line by line
    monkeypatch.setattr("sys.stdin", io.StringIO("\n" + "\n".join([*lines, "{kaputt"]) + "\n"))
    out = io.StringIO()
    assert main(["extract", "-"], out=out) == 1  # one line failed
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [row["id"] for row in rows] == ["seed-1", "seed-2", "line-4"]
    assert rows[2]["error"].startswith("E030 line 4")
    assert "3 documents" in capsys.readouterr().err
    # the article itself on stdin is one text, one pretty JSON document
    text = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    out = io.StringIO()
    assert main(["extract", "-"], out=out) == 0
    assert json.loads(out.getvalue())["text"] == text


class _ClosedPipe(io.StringIO):
    """Standard output whose reader went away (``| head``)."""

    def write(self, s: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_output_pipe_stops_with_141_and_no_traceback(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["extract", str(EXAMPLES / "articles.jsonl")], out=_ClosedPipe()) == 141
    err = capsys.readouterr().err
    assert "closed by its reader" in err
    assert "Traceback" not in err


def test_binary_input_is_no_text_from_a_file_and_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = bytes(range(256)) * 8  # NUL and every other byte: no text in any encoding
    path = tmp_path / "scan.txt"
    path.write_bytes(raw)
    assert main(["extract", str(path)], out=io.StringIO()) == 2
    assert "E031" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(raw)))
    assert main(["extract", "-"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "E031 standard input is not a text file" in err
    # Windows-1252 bytes on stdin: decoded by --encoding, as a file's are
    text = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252"))))
    assert main(["extract", "-"], out=io.StringIO()) == 2
    assert "--encoding" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("cp1252"))))
    out = io.StringIO()
    assert main(["extract", "-", "--encoding", "cp1252"], out=out) == 0
    assert json.loads(out.getvalue())["text"] == text


def test_a_single_text_says_its_warnings_and_a_corpus_its_unused_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8").split("\n\n")[1]
    page = tmp_path / "page.txt"
    page.write_text(f"<html><body><p>{first}</p></body></html>", encoding="utf-8")
    out = io.StringIO()
    assert main(["extract", str(page)], out=out) == 0
    codes = [w["code"] for w in json.loads(out.getvalue())["warnings"]]
    err = capsys.readouterr().err
    assert "W002" in codes
    assert "claimex: warning W002" in err
    args = ["extract", str(EXAMPLES / "articles.jsonl"), "--id", "x", "--format", "json"]
    assert main(args, out=io.StringIO()) == 0
    err = capsys.readouterr().err
    assert "--id applies to a single text" in err
    assert "one JSON line per document" in err


def test_a_long_single_text_is_announced_before_it_runs(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("claimex.cli._LONG_TEXT_CHARS", 1_000)  # the article is longer
    assert main(["extract", str(EXAMPLES / "seed_article.txt")], out=io.StringIO()) == 0
    assert "a long text" in capsys.readouterr().err
    monkeypatch.setattr("claimex.cli._LONG_TEXT_CHARS", 1_000_000)
    assert main(["extract", str(EXAMPLES / "seed_article.txt")], out=io.StringIO()) == 0
    assert "a long text" not in capsys.readouterr().err


def test_stdin_sniffing_reads_each_line_once_and_utf16_is_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimex import corpus

    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    is_jsonl, again = corpus.sniff_stdin(["\n", *lines])  # a list, not a stream
    assert is_jsonl
    assert list(again) == ["\n", *lines]
    # UTF-16 holds NUL bytes, yet is text when --encoding names it
    text = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-16"))))
    out = io.StringIO()
    assert main(["extract", "-", "--encoding", "utf-16"], out=out) == 0
    assert json.loads(out.getvalue())["text"] == text
