"""A new user's first hour, the frictions newcomer31 left (round 31, newcomer31b).

The first command after an install loaded the pipeline for about 12 s without a word; a
plain text named ``.jsonl`` gave one E030 failure per line and no hint of ``.txt``; the
Python ``evaluate_files`` scored a corpus of texts as all spurious where ``claimex
evaluate`` refuses it (E020); ``claimex evaluate article.txt`` said "not valid JSON" and
not that a gold file is wanted; a social-media handle after a name stood in the speaker's
mention. Each test fails on 6c82748."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import spacy

import claimex
from claimex import cli, cli_notes
from claimex.cli import evaluate_files, main
from claimex.components.entity_spans import trim_edges
from claimex.errors import GoldFormatError

# train_a spkatt-news-833 (the Stiftung Warentest's 40th birthday), its first sentence
WARENTEST = "Die Stiftung Warentest feiert ihren 40. Geburtstag."
# train_a spkatt-news-2096 (Hilde Gerg's World Cup win in St. Moritz), its first sentence
GERG = (
    "Hilde Gerg gewann den Skiweltcup in St. Moritz heute zum 20. Mal mit einer Zeit von "
    "1:14:95 Minuten, zwei Plätze vor ihrer deutschen Kollegin Maria Riesch (1:15:40)."
)
# train_a spkatt-news-12491 (the Greens after the 2005 election), a sentence with the
# foreign minister's account name after his name, as a post quoting him would write it
FISCHER = (
    "Bundesaußenminister Joschka Fischer @JoschkaFischer sagte, die Grünen seien nun in der "
    "Opposition und dass nun die großen Parteien am Zug seien."
)

LOADING = "claimex: loading the German pipeline"


def _loads_in(
    seconds: float, extractor: claimex.Extractor
) -> object:  # a stand-in for claimex.load taking ``seconds``
    def load(model: str | None = None) -> claimex.Extractor:
        time.sleep(seconds)
        return extractor

    return load


def test_a_slow_load_says_so_once_on_stderr(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extractor: claimex.Extractor,
) -> None:
    article = tmp_path / "spkatt-news-2096.txt"
    article.write_text(GERG, encoding="utf-8")
    monkeypatch.setattr(cli_notes, "LOADING_NOTE_AFTER", 0.05)
    monkeypatch.setattr(cli, "load", _loads_in(0.5, extractor))
    assert main(["extract", str(article)]) == 0
    captured = capsys.readouterr()
    assert captured.err.count(LOADING) == 1
    result = json.loads(captured.out)  # standard output is the result's JSON alone
    assert "Hilde Gerg" in [actor["name"] for actor in result["actors"]]


def test_a_warm_load_says_nothing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extractor: claimex.Extractor,
) -> None:
    article = tmp_path / "spkatt-news-2096.txt"
    article.write_text(GERG, encoding="utf-8")
    monkeypatch.setattr(cli, "load", _loads_in(0.0, extractor))
    assert cli_notes.LOADING_NOTE_AFTER > 3.6  # above the slowest warm load measured
    assert main(["extract", str(article)]) == 0
    time.sleep(0.1)
    assert LOADING not in capsys.readouterr().err


def test_a_plain_text_named_jsonl_is_refused_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    named = tmp_path / "artikel.jsonl"
    named.write_text(f"{WARENTEST}\n\n{GERG}\n", encoding="utf-8")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(named), "-o", str(output), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.count("E030") == 1
    assert "none of its 2 lines is a JSON object, it reads as a plain text" in err
    assert "name it .txt" in err
    assert f"claimex extract - < {named}" in err
    assert not output.exists()  # refused before anything is written


def test_a_corpus_with_one_bad_line_still_fails_that_line_alone(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    extractor: claimex.Extractor,
) -> None:
    mixed = tmp_path / "corpus.jsonl"
    line = json.dumps({"id": "spkatt-news-833", "text": WARENTEST}, ensure_ascii=False)
    mixed.write_text(f"{line}\n{GERG}\n", encoding="utf-8")
    monkeypatch.setattr(cli, "load", _loads_in(0.0, extractor))
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(mixed), "-o", str(output), "--no-progress"]) == 1
    assert "is no JSON Lines file" not in capsys.readouterr().err
    lines = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [doc["id"] for doc in lines] == ["spkatt-news-833", "line-2"]
    assert lines[1]["error"].startswith("E030 line 2: not a JSON object")


def test_evaluate_files_refuses_a_corpus_of_texts(
    tmp_path: Path, extractor: claimex.Extractor
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "spkatt-news-2096", "text": GERG}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    with pytest.raises(GoldFormatError, match="is no gold file: none of its 1 documents has"):
        evaluate_files([corpus], extractor)


def test_evaluate_on_a_text_says_that_a_gold_file_is_wanted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(WARENTEST, encoding="utf-8")
    assert main(["evaluate", str(article)]) == 2
    err = capsys.readouterr().err
    assert "E020" in err
    assert "it reads as a plain text; claimex evaluate scores against a gold file" in err
    assert f"to extract from a text, run claimex extract {article}" in err


def test_a_handle_after_a_name_is_no_part_of_the_speakers_mention(
    extractor: claimex.Extractor,
) -> None:
    result = extractor.extract(FISCHER)
    (quote,) = result.quotes
    (source,) = quote.speaker
    assert source.name == "Joschka Fischer"
    assert source.mention is not None
    assert source.mention.text == "Bundesaußenminister Joschka Fischer"
    assert FISCHER[source.mention.start : source.mention.end] == source.mention.text
    assert not any("@" in entity.text for entity in result.entities)


def test_a_handle_is_trimmed_from_an_entity_edge() -> None:
    doc = spacy.blank("de")(FISCHER)
    words = [token.text for token in doc]
    name, handle = words.index("Joschka"), words.index("@JoschkaFischer")
    assert trim_edges(doc, name, handle + 1) == (name, handle)
