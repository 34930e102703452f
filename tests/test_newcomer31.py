"""A new user's rough edges (round 31, first hour from a fresh clone, no ``../shared``).

``claimex evaluate`` given a corpus of texts (``examples/articles.jsonl``: id, date, text)
loaded the pipeline, scored every prediction as spurious (P, R, F1 0.000) and exited 0;
``claimex extract`` over an empty folder, a folder of other files or an empty JSON Lines
file said only "0 documents ... 0 extracted, 0 failed" and exited 0, which a batch script
cannot tell from a wrong path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimex.cli import main

# train_a spkatt-news-833 (the Stiftung Warentest's 40th birthday), its first sentence
WARENTEST = "Die Stiftung Warentest feiert ihren 40. Geburtstag."
# train_a spkatt-news-2096 (Hilde Gerg's World Cup win in St. Moritz), its first sentence
GERG = (
    "Hilde Gerg gewann den Skiweltcup in St. Moritz heute zum 20. Mal mit einer Zeit von "
    "1:14:95 Minuten, zwei Plätze vor ihrer deutschen Kollegin Maria Riesch (1:15:40)."
)


def test_a_corpus_of_texts_is_no_gold_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "spkatt-news-2096", "text": GERG}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(corpus)]) == 2
    err = capsys.readouterr().err
    assert "E020" in err
    assert "is no gold file: none of its 1 documents has any of entities" in err
    assert f"claimex extract {corpus}" in err


def test_an_empty_gold_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "gold.jsonl"
    empty.write_text("\n", encoding="utf-8")
    assert main(["evaluate", str(empty)]) == 2
    assert "it holds no document with any of entities" in capsys.readouterr().err


def test_a_gold_document_with_an_empty_record_list_is_still_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An article annotated as holding no quotes (``"quotes": []``) is gold."""
    gold = tmp_path / "gold.jsonl"
    doc = {"id": "spkatt-news-2096", "text": GERG, "quotes": []}
    gold.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["evaluate", str(gold), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["quotes"]["fp"] == 0


@pytest.mark.parametrize(
    ("make", "said"),
    [
        (lambda root: root.mkdir(), "no .txt file under"),
        (lambda root: (root.mkdir(), (root / "gerg.html").write_text(GERG)), "no .txt file under"),
        (lambda root: root.with_suffix(".jsonl").write_text("\n\n"), "holds no JSON line"),
    ],
    ids=["empty folder", "folder of html", "blank jsonl"],
)
def test_a_corpus_without_documents_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make: object, said: str
) -> None:
    root = tmp_path / "corpus"
    make(root)  # type: ignore[operator]
    source = root if root.exists() else root.with_suffix(".jsonl")
    output = tmp_path / "out.jsonl"
    assert main(["extract", str(source), "-o", str(output), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert said in err
    assert "there is nothing to extract" in err
    assert "0 documents" in err


def test_several_files_say_to_pass_their_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "spkatt-news-833.txt").write_text(WARENTEST, encoding="utf-8")
    (folder / "spkatt-news-2096.txt").write_text(GERG, encoding="utf-8")
    files = sorted(str(path) for path in folder.glob("*.txt"))  # what articles/*.txt gives
    with pytest.raises(SystemExit) as info:
        main(["extract", *files, "-o", str(tmp_path / "out.jsonl")])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments" in err
    assert "claimex extract takes one input, not 2" in err
    assert f"claimex extract {folder} (every .txt file below it is read" in err
    # what it says to do reads both
    assert main(["extract", str(folder), "-o", str(tmp_path / "out.jsonl"), "--no-progress"]) == 0
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["spkatt-news-2096", "spkatt-news-833"]


def test_an_unknown_option_is_still_argparses_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", "examples/seed_article.txt", "--bogus"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "unrecognized arguments: --bogus" in err
    assert "takes one input" not in err
