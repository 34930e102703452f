"""A new user's rough edges (round 27, first hour from a fresh clone: a notebook, a corpus
of the 1,028 10kGNAD test articles through the command line, a service). ``extract`` given
a path, an open file or ``pipe``'s ``{"id": ..., "text": ...}`` item said only "text must
be a str"; E003 for a per-call ``max_chars`` pointed to ``claimex.load()`` alone; a broken
JSON line's reason was cut mid-phrase ("Invalid control character at"); a resumed run
whose output held an earlier run's failures said "0 failed" and exited 0; ``render_html``
over ``pipe``'s results stopped at the first failure with an AttributeError ('no attribute
text') and took no line read back from ``claimex extract``'s output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimex
from claimex.cli import main
from claimex.display import render_html, spans

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED_PATH = EXAMPLES / "seed_article.txt"
ARTICLES = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()


def test_a_path_is_refused_with_how_to_read_it() -> None:
    with pytest.raises(claimex.InputError, match=r"^E001 .*not (PosixPath|WindowsPath): ") as info:
        claimex.extract(SEED_PATH)  # type: ignore[arg-type]
    assert "read_text(encoding='utf-8')" in str(info.value)
    assert "claimex extract FILE" in str(info.value)


def test_an_open_file_is_refused_with_how_to_read_it() -> None:
    message = r"^E001 .*not TextIOWrapper: .*f\.read\(\)"
    with SEED_PATH.open(encoding="utf-8") as f, pytest.raises(claimex.InputError, match=message):
        claimex.extract(f)  # type: ignore[arg-type]


def test_a_pipe_item_given_to_extract_says_how_to_pass_its_fields(
    extractor: claimex.Extractor,
) -> None:
    item = json.loads(ARTICLES[1])  # examples/articles.jsonl, seed-2
    with pytest.raises(claimex.InputError, match=r"^E001 .*not dict: .*item\['text'\]"):
        extractor.extract(item)  # type: ignore[arg-type]
    # what the message says to do gives pipe()'s result
    told = extractor.extract(item["text"], id=item.get("id"), date=item.get("date"))
    (piped,) = extractor.pipe([item])
    assert told == piped


def test_too_long_for_this_call_names_the_calls_max_chars(extractor: claimex.Extractor) -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    with pytest.raises(claimex.TextTooLongError, match=r"^E003 ") as info:
        extractor.extract(text, max_chars=1000)
    assert "per call in extract()" in str(info.value)
    assert "claimex.load()" in str(info.value)


def test_a_broken_json_line_says_what_and_where(tmp_path: Path) -> None:
    """A writer that left a tab unescaped inside the text: the reason was cut at json's
    colon, "(Invalid control character at)"."""
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    tabbed = ARTICLES[2].replace("Denkfabrik", "Denk\tfabrik", 1)  # seed-3
    corpus.write_text("\n".join([ARTICLES[0], tabbed]) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(output), "--no-progress"]) == 1
    failure = json.loads(output.read_text(encoding="utf-8").splitlines()[1])
    column = tabbed.index("\t") + 1
    assert failure["error"] == (
        f"E030 line 2: not a JSON object (Invalid control character at column {column})"
    )


def test_a_resumed_run_reports_the_failures_already_in_its_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    lines = [*ARTICLES[:2], '{"id": "ohne-text", "body": "kein Text"}', *ARTICLES[2:]]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(output), "--no-progress"]) == 1
    written = output.read_text(encoding="utf-8").splitlines()
    output.write_text("\n".join(written[:3]) + "\n", encoding="utf-8")  # then interrupted
    capsys.readouterr()
    # the resumed run, as the run it continues: its output holds a failure
    assert main(["extract", str(corpus), "-o", str(output), "--resume", "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "2 extracted, 0 failed, 3 skipped" in err
    assert "1 of the skipped documents failed in an earlier run (ohne-text)" in err
    assert output.read_text(encoding="utf-8").splitlines() == written


def test_the_view_of_a_failure_says_what_it_is(extractor: claimex.Extractor) -> None:
    items = [json.loads(ARTICLES[3]), {"id": "leer", "text": None}]  # seed-4, then no text
    shown, failure = extractor.pipe(items)
    assert "Moldau" in render_html(shown)
    assert isinstance(failure, claimex.ExtractionFailure)
    with pytest.raises(TypeError, match=r"^document 'leer' \(#1\) is an ExtractionFailure.*E001"):
        render_html(failure)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"ExtractionFailure"):
        spans(json.loads(failure.model_dump_json()))


def test_the_view_takes_a_line_of_cli_output(tmp_path: Path) -> None:
    """``claimex extract corpus.jsonl -o out.jsonl``, then the lines read back as dicts,
    as ``claimex.to_dataframe`` takes them."""
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    corpus.write_text(ARTICLES[0] + "\n", encoding="utf-8")  # seed-1
    assert main(["extract", str(corpus), "-o", str(output), "--no-progress"]) == 0
    line = json.loads(output.read_text(encoding="utf-8"))
    result = claimex.Extraction.model_validate(line)
    assert render_html(line) == render_html(result)
    assert spans(line) == spans(result) != []
