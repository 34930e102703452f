"""Command line: extract and evaluate."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from claimex.cli import main

from .conftest import SEED_GOLD, SEED_TEXT


def test_extract_text_file_prints_extraction_json() -> None:
    out = io.StringIO()
    assert main(["extract", str(SEED_TEXT)], out=out) == 0
    result = json.loads(out.getvalue())
    assert {a["name"] for a in result["actors"]} >= {"Wladimir Putin", "Lukaschenko"}
    assert result["schema_version"] == "2.0"


def test_extract_jsonl_keeps_ids_and_order(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False)
            for i, t in [
                ("a", "Angela Merkel reiste nach Paris."),
                ("b", ""),
                ("c", "Der Kreml schweigt."),
            ]
        ),
        encoding="utf-8",
    )
    out = io.StringIO()
    assert main(["extract", str(corpus)], out=out) == 0
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["id"] for line in lines] == ["a", "b", "c"]


def test_evaluate_seed_gold_json() -> None:
    gold = SEED_GOLD
    out = io.StringIO()
    assert main(["evaluate", str(gold), "--json"], out=out) == 0
    report = json.loads(out.getvalue())
    assert report["documents"] == 1
    assert report["places"]["f1"] >= 0.9
    assert report["model"]["name"]


def test_schema_command_matches_docs() -> None:
    out = io.StringIO()
    assert main(["schema"], out=out) == 0
    docs = Path(__file__).parents[1] / "docs" / "extraction.schema.json"
    assert json.loads(out.getvalue()) == json.loads(docs.read_text(encoding="utf-8"))


def test_evaluate_missing_gold_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["evaluate", str(tmp_path / "seed_article.gold.json")]) == 2
    err = capsys.readouterr().err
    assert "E032" in err
    assert "examples/seed_article.gold.json" in err
    assert "Traceback" not in err


def test_evaluate_without_shared_texts_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Gold files that name licensed texts need ../shared: a coded message, no traceback."""
    monkeypatch.setenv("CLAIMEX_SHARED", "/nonexistent")
    dev = Path(__file__).parent / "data" / "dev_news.jsonl"
    assert main(["evaluate", str(dev), "--json"], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "E021" in err
    assert "CLAIMEX_SHARED" in err


def test_evaluate_help_points_to_docs_in_the_repo(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["evaluate", "--help"])
    help_text = capsys.readouterr().out
    assert "docs/evaluation.md" in help_text
    assert "shared/gold" not in help_text
    assert (Path(__file__).parents[1] / "docs" / "evaluation.md").is_file()


def test_evaluate_writes_each_documents_errors(tmp_path: Path) -> None:
    errors = tmp_path / "out" / "errors.jsonl"
    out = io.StringIO()
    assert main(["evaluate", str(SEED_GOLD), "--json", "--errors", str(errors)], out=out) == 0
    report = json.loads(out.getvalue())
    lines = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == report["documents"] == 1
    assert lines[0]["file"] == str(SEED_GOLD)
    for kind in ("entities", "actors", "places", "figures", "quotes"):
        assert len(lines[0][kind]["missed"]) == report[kind]["fn"], kind
        assert len(lines[0][kind]["spurious"]) == report[kind]["fp"], kind
