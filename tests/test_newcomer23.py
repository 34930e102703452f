"""A new user's rough edges (round 23, a platform engineer embedding claimex in a web
service and running a corpus through the command line): a saved web page's JavaScript was
read as text (a name in a script became an actor and a quote); a long single text written
with ``-o`` ran for minutes without the note that standard output gets, and that note said
"tens of seconds per million characters" where it takes one to two minutes; a ``.csv``
table (the 10kGNAD corpus's format) ran silently as one text of 2.7 million characters."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import claimex
from claimex.cli import main
from claimex.markup import code_elements, stripped

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SEED = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
PARAGRAPHS = [part for part in SEED.split("\n\n") if part.strip()][:3]
SCRIPT = (
    '<script type="text/javascript">var teaser = \'Angela Merkel sagte, sie komme nach '
    "Hamburg.'; window.dataLayer = [];</script>"
)
STYLE = "<STYLE>.artikel p { font-family: Georgia; }</STYLE>"


def _page(code: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    return f"<html><head><title>Nachrichten</title>{code}</head><body>{body}{code}</body></html>"


def test_script_and_style_elements_are_read_out_with_their_code(
    extractor: claimex.Extractor,
) -> None:
    with_code = extractor.extract(_page(SCRIPT + STYLE))
    without = extractor.extract(_page(""))
    names = [actor.name for actor in with_code.actors]
    assert "Angela Merkel" not in names
    assert "Hamburg" not in [place.name for place in with_code.places]
    assert names == [actor.name for actor in without.actors]
    assert [q.text for q in with_code.quotes] == [q.text for q in without.quotes]
    assert "W002" in [w.code for w in with_code.warnings]
    for quote in with_code.quotes:  # offsets are the page's, as given
        assert with_code.text[quote.start : quote.end] == quote.text


def test_code_elements_are_whole_and_found_in_linear_time() -> None:
    text = f"<p>Merz</p>{SCRIPT}<p>Scholz</p>"
    assert code_elements(text) == [(11, 11 + len(SCRIPT))]
    assert stripped(text)[0] == "Merz\nScholz"
    # without its end tag an element is no code element: only its tags are markup
    assert code_elements("<script>Merz sagte") == []
    assert stripped("<p>Merz</p><script>x <b>y</b>")[0] == "Merz\nx y"
    # many openings without an end tag after the last one: each is looked at once
    assert code_elements("<script>" * 50_000 + "x</script>" + "<style>" * 50_000) == [
        (0, 8 * 50_000 + 10)
    ]


def test_a_csv_table_is_one_text_with_a_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "articles.csv"
    table.write_text(
        "".join(f"Politik;'{paragraph}'\n" for paragraph in PARAGRAPHS), encoding="utf-8"
    )
    out = io.StringIO()
    assert main(["extract", str(table), "--format", "jsonl"], out=out) == 0
    assert json.loads(out.getvalue())["text"].startswith("Politik;'")
    err = capsys.readouterr().err
    assert "is read as one plain text, a table is no corpus" in err
    assert ".jsonl" in err


def test_a_long_single_text_is_announced_also_with_an_output_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("claimex.cli._LONG_TEXT_CHARS", 1_000)  # the article is longer
    output = tmp_path / "seed.jsonl"
    assert main(["extract", str(EXAMPLES / "seed_article.txt"), "-o", str(output)]) == 0
    err = capsys.readouterr().err
    assert "a long text" in err
    assert "one to two minutes per million characters" in err
    assert len(output.read_text(encoding="utf-8").splitlines()) == 1


def test_a_failure_keeps_its_input_index_after_resume(tmp_path: Path) -> None:
    """After ``--resume`` a failure's ``index`` counted from where the run went on (2),
    not the document's position in the input (4), as in the uninterrupted run."""
    corpus = tmp_path / "corpus.jsonl"
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    corpus.write_text("\n".join([*lines, '{"id": "bad", "body": "kein Text"}', ""]), "utf-8")
    whole = tmp_path / "whole.jsonl"
    assert main(["extract", str(corpus), "-o", str(whole), "--no-progress"]) == 1
    resumed = tmp_path / "resumed.jsonl"
    written = whole.read_text(encoding="utf-8").splitlines()
    resumed.write_text("\n".join(written[:2]) + "\n", encoding="utf-8")  # then interrupted
    args = ["extract", str(corpus), "-o", str(resumed), "--resume", "--no-progress"]
    assert main(args) == 1
    again = resumed.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in again] == [
        json.loads(line)["id"] for line in written
    ]
    assert json.loads(again[-1])["index"] == json.loads(written[-1])["index"] == 4
    assert again[-1] == written[-1]
