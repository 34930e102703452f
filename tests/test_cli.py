"""Command line: extract and evaluate."""

from __future__ import annotations

import io
import json
from pathlib import Path

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
