"""A new user's rough edges (round 21, first hour from a fresh clone): the bundled pipeline
can be chosen by the name its results report (``de_claimex_news``), which is the way to keep
it where a ``de_core_news_*`` package is installed; a pipeline that cannot be loaded gets a
remedy that fits how it was chosen (argument, ``CLAIMEX_MODEL``, installed package); a
misspelt ``--encoding`` is a usage error, not a traceback; and UTF-16 input (what Windows
tools write) is named as such, and a UTF-16 corpus reads with ``--encoding utf-16``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import spacy

import claimex
from claimex import corpus, models
from claimex.cli import main
from claimex.errors import ModelNotFoundError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

# spkatt-news-3814 (German Wikinews, CC BY 2.5)
TEXT = (
    "Am Jahresbeginn wurde ein Umsatzrückgang von zehn Prozent verzeichnet. Das teilte der "
    "Vorstandsvorsitzende Klaus Kleinfeld in Pittsburgh mit."
)


def test_bundled_pipeline_by_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """``Extraction.model.name`` says de_claimex_news, but load("de_claimex_news"),
    CLAIMEX_MODEL=de_claimex_news and --model de_claimex_news failed with E050 (no such
    package): the bundled pipeline could be had only by the default order, so not at all
    where a de_core_news_* package is installed."""
    monkeypatch.delenv(models.ENV_VAR, raising=False)
    bundled = str(models.bundled_path())
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name.startswith("de_core"))
    assert models.resolve().model == "de_core_news_lg"
    assert models.resolve("de_claimex_news") == models.ModelChoice(bundled, "argument")
    monkeypatch.setenv(models.ENV_VAR, "de_claimex_news")
    assert models.resolve() == models.ModelChoice(bundled, "environment")
    # a package of that name, where one is installed, is what the name means
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "de_claimex_news")
    assert models.resolve() == models.ModelChoice("de_claimex_news", "environment")


def test_load_by_name_gives_the_bundled_results(
    extractor: claimex.Extractor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(models.ENV_VAR, raising=False)
    if extractor.info.source != "bundled":
        pytest.skip(f"the default pipeline here is {extractor.info.name}, not the bundled one")
    named = claimex.load("de_claimex_news")
    assert (named.info.name, named.info.source) == ("de_claimex_news", "argument")
    assert named.model == extractor.model
    result, default = named.extract(TEXT), extractor.extract(TEXT)
    assert result.model_dump(exclude={"model"}) == default.model_dump(exclude={"model"})
    assert [a.name for a in result.actors] == ["Klaus Kleinfeld"]


def test_missing_pipeline_by_argument_names_the_bundled_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The E010 remedy was the same for every origin: 'pass another model=..., or unset
    CLAIMEX_MODEL', which does nothing for a pipeline named by the argument or --model."""
    monkeypatch.delenv(models.ENV_VAR, raising=False)
    with pytest.raises(ModelNotFoundError, match="E010") as info:
        claimex.load("de_no_such_pipeline")
    message = str(info.value)
    assert "(chosen by argument)" in message
    assert "unset" not in message
    assert "--model on the command line" in message
    assert "de_claimex_news for the pipeline bundled with claimex" in message


def test_missing_pipeline_by_environment_says_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(models.ENV_VAR, "de_no_such_pipeline")
    with pytest.raises(ModelNotFoundError, match=r"\(chosen by environment\)") as info:
        models.load_pipeline(models.resolve())
    assert "set CLAIMEX_MODEL to another pipeline (de_claimex_news" in str(info.value)
    assert str(info.value).endswith("or unset it.")


def test_broken_installed_package_names_the_way_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """An installed de_core_news_lg that does not load (built for another spaCy) is taken
    before the bundled pipeline; the message now says how to choose the bundled one."""
    monkeypatch.delenv(models.ENV_VAR, raising=False)
    monkeypatch.setattr(spacy.util, "is_package", lambda name: name == "de_core_news_lg")
    choice = models.resolve()
    assert choice == models.ModelChoice("de_core_news_lg", "installed")

    def broken(name: str) -> spacy.language.Language:
        raise OSError(f"[E050] Can't find model '{name}'.")

    monkeypatch.setattr(spacy, "load", broken)
    with pytest.raises(ModelNotFoundError, match=r"\(chosen by installed\)") as info:
        models.load_pipeline(choice)
    message = str(info.value)
    assert "model='de_claimex_news', --model de_claimex_news or CLAIMEX_MODEL=de_claimex_news" in (
        message
    )
    assert "unset" not in message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("utf8x", "argument --encoding: unknown encoding 'utf8x'"),
        ("rot13", "argument --encoding: 'rot13' is no text encoding"),
    ],
)
def test_cli_unknown_encoding_is_a_usage_error(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    value: str,
    message: str,
) -> None:
    """`--encoding utf8x` over a .jsonl corpus loaded the pipeline, then ended in a
    LookupError traceback from the first line (exit 1); on standard input it failed the
    same way before reading. Now argparse refuses it (exit 2) before anything loads."""

    def no_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr("claimex.cli.load", no_load)
    out = tmp_path / "out.jsonl"
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(EXAMPLES / "articles.jsonl"), "-o", str(out), "--encoding", value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


@pytest.fixture
def utf16_corpus(tmp_path: Path) -> Path:
    """examples/articles.jsonl as Windows PowerShell 5 writes it (`> file`): UTF-16 LE with a
    byte order mark, CRLF line ends."""
    text = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8")
    path = tmp_path / "articles16.jsonl"
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    return path


def test_utf16_corpus_reads_with_its_encoding(
    utf16_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --encoding utf-16 every line was a failure (E030, 'not a JSON object'): the
    lines were split at the byte 0x0A, half a UTF-16 line break. Now the file is read as
    text: the same records as from the UTF-8 file."""
    assert corpus.count(str(utf16_corpus), encoding="utf-16") == 4
    out16, out8 = tmp_path / "out16.jsonl", tmp_path / "out8.jsonl"
    assert main(["extract", str(utf16_corpus), "--encoding", "utf-16", "-o", str(out16)]) == 0
    assert main(["extract", str(EXAMPLES / "articles.jsonl"), "-o", str(out8)]) == 0
    rows = [json.loads(line) for line in out16.read_text(encoding="utf-8").splitlines()]
    assert [row["id"] for row in rows] == ["seed-1", "seed-2", "seed-3", "seed-4"]
    assert out16.read_text(encoding="utf-8") == out8.read_text(encoding="utf-8")
    # on standard input too: it was one text (its first line, split at 0x0A, no JSON)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(utf16_corpus.read_bytes())))
    out_stdin = tmp_path / "stdin16.jsonl"
    assert main(["extract", "-", "--encoding", "utf-16", "-o", str(out_stdin)]) == 0
    assert out_stdin.read_text(encoding="utf-8") == out8.read_text(encoding="utf-8")


def test_utf16_without_its_encoding_is_named(
    utf16_corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Read as UTF-8, a UTF-16 corpus gave five failures 'not a JSON object (Expecting
    value)' (exit 1), and a UTF-16 .txt file or standard input 'is not a text file (it holds
    NUL bytes)'. The byte order mark says what the file is: exit 2 with the option to pass."""
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(utf16_corpus), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"E031 {utf16_corpus} is UTF-16 text" in err
    assert err.rstrip().endswith("pass --encoding utf-16")
    assert not out.exists()
    article = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    page = tmp_path / "seed16.txt"
    page.write_bytes(article.encode("utf-16"))
    assert main(["extract", str(page)], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert "UTF-16 byte order mark" in err
    assert "NUL" not in err
    assert "latin-1" not in err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(article.encode("utf-16"))))
    assert main(["extract", "-"], out=io.StringIO()) == 2
    assert "E031 standard input is UTF-16 text" in capsys.readouterr().err
    # UTF-32 likewise; a UTF-8 byte order mark is no problem (docs/cli.md)
    assert corpus.wide_bom(article.encode("utf-32")) == "utf-32"
    assert corpus.bom_problem(article.encode("utf-8-sig"), "x", "utf-8") is None
    assert corpus.bom_problem(article.encode("utf-16-le"), "x", "utf-8") is None  # no mark


def test_w004_names_the_limit_the_text_is_over() -> None:
    """A text of 27,014 characters (a German sentence and runs of quotation marks) said it
    was 'long (over 50000 characters or 10000 tokens)': it is over the token limit only."""
    from claimex import guard

    marks = TEXT + " " + "„“" * 6_000
    size = guard.piece_size(marks)
    assert size is not None
    assert len(marks) < guard.PIECE_CHARS
    message = guard.chunked_warning(marks, size, guard.PIECE_CHARS).message
    assert message.startswith(f"text of {len(marks)} characters has over 10000 tokens")
    assert "50000" not in message
    article = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")
    long = "\n\n".join([article] * 15)
    size = guard.piece_size(long)
    assert size is not None
    message = guard.chunked_warning(long, size, guard.PIECE_CHARS).message
    assert message.startswith(f"text of {len(long)} characters is long (over 50000 characters)")


def test_every_code_is_in_the_table_of_codes() -> None:
    """E010, E020, E021, E032, E033, E035, E036 and E041 were in no page of the docs: a user
    who met one could look it up nowhere. docs/records.md now has a table of every code
    that claimex's sources raise or warn with."""
    import re

    root = Path(__file__).resolve().parents[1]
    used = set()
    for path in (root / "src" / "claimex").rglob("*.py"):
        used |= set(re.findall(r"\b[EW]0\d\d\b", path.read_text(encoding="utf-8")))
    page = (root / "docs" / "records.md").read_text(encoding="utf-8")
    table = page.split("## Error and warning codes", 1)[1].split("\n## ", 1)[0]
    listed = set()
    for row in re.findall(r"^\| ([EW]0\d\d(?:, [EW]0\d\d)*) \|", table, flags=re.M):
        listed |= set(row.split(", "))
    assert used - listed == set()
    assert listed - used == set()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-05-07", "2025-05-07"),
        ("2025-05-07T10:30:00+02:00", "2025-05-07"),
        ("2025-05-07 10:30", "2025-05-07"),
        ("", None),
        ("  ", None),
    ],
)
def test_dates_in_iso_form_and_blank_cells(value: str, expected: str | None) -> None:
    """An ISO date or date and time is read; a blank cell (a CSV export) is no date."""
    from claimex.inputs import check_date

    got = check_date(value)
    assert (got.isoformat() if got else None) == expected


@pytest.mark.parametrize("value", ["2025-05-07garbage", "2025-05-07, Berlin", "7. Mai 2025"])
def test_date_with_other_text_is_refused(value: str) -> None:
    """A date followed by other text was read by its first ten characters: now E002."""
    from claimex.errors import InputError
    from claimex.inputs import check_date

    with pytest.raises(InputError, match="E002"):
        check_date(value)
