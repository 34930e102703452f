"""A new user's rough edges (round 22, a researcher scoring claimex on gold files of their
own): a hand-written gold file with a missing field, a label, kind or qualifier outside the
format, a record that is no object or a misspelled record list stopped ``claimex evaluate``
with a KeyError traceback or, worse, was scored silently (an unknown label or ``"entites"``
counted as errors of claimex); a wrong offset named neither the record nor where the text
is; the error came only after the pipeline had loaded; and the gold-corpus validator refused
every document that carries its text, which a gold file for one's own articles does."""

from __future__ import annotations

import copy
import io
import json
from pathlib import Path
from typing import Any

import pytest
from models.gold.validate import validate_file

import claimex
from claimex.cli import main
from claimex.errors import GoldFormatError
from claimex.gold import check_document, hydrate, read_gold

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# spkatt-news-80937 (German Wikinews, CC BY 2.5)
TEXT = (
    "Vor einigen Monaten hatte Tesla die Firma Grohmann Automation in der Stadt Prüm in "
    "Rheinland-Pfalz übernommen. Jetzt droht ein Streik. Der Lohn der Arbeiter liege derzeit "
    "25 bis 30 Prozent unter dem Tariflohn."
)


def _span(text: str, label: str | None = None) -> dict[str, Any]:
    start = TEXT.index(text)
    record: dict[str, Any] = {"start": start, "end": start + len(text), "text": text}
    if label:
        record["label"] = label
    return record


GOLD: dict[str, Any] = {
    "id": "tesla-pruem",
    "text": TEXT,
    "entities": [
        _span("Tesla", "ORG"),
        _span("Grohmann Automation", "ORG"),
        _span("Prüm", "LOC"),
        _span("Rheinland-Pfalz", "LOC"),
    ],
    "actors": [
        {"name": "Tesla", "type": "ORG", "mentions": ["Tesla"]},
        {"name": "Grohmann Automation", "type": "ORG", "mentions": ["Grohmann Automation"]},
    ],
    "places": [{"name": "Prüm"}, {"name": "Rheinland-Pfalz"}],
    "figures": [
        {**_span("25 bis 30 Prozent"), "value": 25, "unit": "%", "qualifier": None},
    ],
    "quotes": [
        {
            **_span("Der Lohn der Arbeiter liege derzeit 25 bis 30 Prozent unter dem Tariflohn"),
            "kind": "indirect",
            "speaker": None,
            "cue": None,
        }
    ],
}


def _broken(change: str) -> dict[str, Any]:
    doc = copy.deepcopy(GOLD)
    if change == "missing end":
        del doc["entities"][1]["end"]
    elif change == "missing value":
        del doc["figures"][0]["value"]
    elif change == "unknown label":
        doc["entities"][2]["label"] = "GPE"
    elif change == "lower-case label":
        doc["entities"][2]["label"] = "loc"
    elif change == "unknown kind":
        doc["quotes"][0]["kind"] = "Indirect"
    elif change == "unknown qualifier":
        doc["figures"][0]["qualifier"] = "about"
    elif change == "actor as string":
        doc["actors"][0] = "Tesla"
    elif change == "misspelled list":
        doc["entites"] = doc.pop("entities")
    elif change == "offset by one":
        doc["entities"][2]["start"] += 1
    return doc


def test_the_gold_file_is_well_formed() -> None:
    check_document(GOLD)
    assert hydrate(GOLD, shared=None)["entities"][2]["text"] == "Prüm"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("missing end", r"entities\[1\] of 'tesla-pruem' has no 'end' .*start, end, label"),
        ("missing value", r"figures\[0\] of 'tesla-pruem' has no 'value'"),
        ("unknown label", r"entities\[2\] of 'tesla-pruem': label 'GPE' is not one of LOC, MISC"),
        ("lower-case label", r"label 'loc' is not one of"),
        ("unknown kind", r"quotes\[0\] of 'tesla-pruem': kind 'Indirect' is not one of"),
        ("unknown qualifier", r"qualifier 'about' is not one of approx, .*null"),
        ("actor as string", r"actors\[0\] of 'tesla-pruem' is 'Tesla', not an object"),
        ("misspelled list", r"field 'entites': did you mean 'entities'\?"),
        (
            "offset by one",
            r"entities\[2\] of 'tesla-pruem': text 'Prüm' != text\[76:79\] 'rüm' "
            r"\(offsets are code points, end exclusive; first found at 75:79\)",
        ),
    ],
)
def test_a_malformed_gold_record_is_named(change: str, message: str) -> None:
    """Before: KeyError 'end'/'value', TypeError (string indices), or no error at all."""
    with pytest.raises(GoldFormatError, match="E020 .*" + message):
        hydrate(_broken(change), shared=None)


def _write(folder: Path, doc: dict[str, Any]) -> Path:
    path = folder / "tesla.gold.jsonl"
    path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_evaluate_reports_a_malformed_gold_file_before_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2 with the coded message, and the pipeline is not loaded for it."""

    def no_load(*args: object, **kwargs: object) -> claimex.Extractor:
        raise AssertionError("the pipeline was loaded before the gold file was checked")

    monkeypatch.setattr("claimex.cli.load", no_load)
    path = _write(tmp_path, _broken("unknown label"))
    assert main(["evaluate", str(path)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "E020 entities[2] of 'tesla-pruem': label 'GPE'" in err
    assert "Traceback" not in err


def test_a_broken_jsonl_line_is_named(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(GOLD, ensure_ascii=False) + '\n{"id": 2,\n', encoding="utf-8")
    with pytest.raises(GoldFormatError, match=r"E020 .*gold\.jsonl line 2 is not valid JSON"):
        list(read_gold(path))


def test_validator_accepts_own_gold_with_text(tmp_path: Path) -> None:
    """The validator refused every document that carries its text, with no way around."""
    path = _write(tmp_path, GOLD)
    n, errors, _ = validate_file(path, shared=None)
    assert (n, len(errors)) == (1, 1)
    assert "--with-text" in errors[0]
    assert validate_file(path, shared=None, with_text=True) == (1, [], [])
    assert validate_file(EXAMPLES / "seed_article.gold.json", shared=None, with_text=True)[1] == []


def test_validator_reports_malformed_records(tmp_path: Path) -> None:
    path = _write(tmp_path, _broken("missing end"))
    _, errors, _ = validate_file(path, shared=None, with_text=True)
    assert errors == [
        "tesla.gold.jsonl:1 tesla-pruem: E020 entities[1] of 'tesla-pruem' has no 'end' "
        "(a gold entities record needs start, end, label; docs/evaluation.md)"
    ]


def test_a_folder_run_names_the_files_it_does_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder of .html pages (or .TXT files) gave "0 documents", exit 0, and no hint."""
    folder = tmp_path / "news"
    (folder / "seite").mkdir(parents=True)
    (folder / "tesla.txt").write_text(TEXT, encoding="utf-8")
    (folder / "seite" / "tesla.html").write_text(f"<p>{TEXT}</p>", encoding="utf-8")
    (folder / "STREIK.TXT").write_text(TEXT, encoding="utf-8")
    (folder / ".DS_Store").write_bytes(b"\0")
    out = io.StringIO()
    assert main(["extract", str(folder), "--format", "jsonl"], out=out) == 0
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == ["tesla"]
    err = capsys.readouterr().err
    assert "note: 2 file(s) under" in err
    assert "not read, only .txt files are: STREIK.TXT, seite/tesla.html (" in err
    assert ".DS_Store" not in err
