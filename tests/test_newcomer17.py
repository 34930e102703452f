"""A new user's rough edges (round 17, a corpus run and a service): pipe() options that are
wrong are refused at the call, `claimex extract` refuses them as usage errors (exit 2)
before the pipeline loads, and pipe() reads its input a window at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

import claimex
from claimex.cli import main

# spkatt-news-3814 (German Wikinews, CC BY 2.5)
TEXT = "Am Jahresbeginn wurde ein Umsatzrückgang von zehn Prozent verzeichnet."


@pytest.mark.parametrize(
    ("options", "error", "message"),
    [
        ({"window": -1}, ValueError, r"^window must be >= 0, not -1$"),
        ({"window": 1.5}, TypeError, r"^window must be an int, not float \(1\.5\)$"),
        ({"batch_size": "32"}, TypeError, r"^batch_size must be an int, not str"),
        ({"batch_size": 0}, ValueError, r"^batch_size must be >= 1, not 0$"),
        ({"n_process": 0}, ValueError, r"^n_process must be >= 1 \(or -1: all CPUs\), not 0$"),
        ({"n_process": 2.0}, TypeError, r"^n_process must be an int, not float"),
    ],
)
def test_pipe_refuses_bad_options_at_the_call(
    extractor: claimex.Extractor, options: dict[str, object], error: type[Exception], message: str
) -> None:
    """window=-1 turned memory zones off without a word; window=1.5 and batch_size="32"
    failed only when the first result was read (inside islice, or '<' between str and
    int). Now the call names the option and its value."""
    with pytest.raises(error, match=message):
        extractor.pipe([TEXT], **options)  # type: ignore[call-overload]


def test_pipe_reads_its_input_a_window_at_a_time(extractor: claimex.Extractor) -> None:
    """What docs/performance.md and pipe()'s docstring now say: the input is read a window
    at a time, and the window's results come out one by one."""
    pulled = 0

    def items() -> Iterator[dict[str, str]]:
        nonlocal pulled
        for number in range(5):
            pulled += 1
            yield {"id": f"spkatt-news-3814-{number}", "text": TEXT}

    results = extractor.pipe(items(), window=3)
    first = next(results)
    assert (first.id, pulled) == ("spkatt-news-3814-0", 3)
    assert [result.id for result in results] == [f"spkatt-news-3814-{n}" for n in range(1, 5)]


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--window", "-1", "argument --window: must be >= 0, not -1"),
        ("--batch-size", "0", "argument --batch-size: must be >= 1, not 0"),
        ("--n-process", "0", "argument --n-process: must be >= 1 (or -1: all CPUs), not 0"),
        ("--n-process", "-2", "argument --n-process: must be >= 1 (or -1: all CPUs), not -2"),
        ("--batch-size", "x", "argument --batch-size: invalid int value: 'x'"),
    ],
)
def test_cli_bad_run_options_are_usage_errors(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: str,
    value: str,
    message: str,
) -> None:
    """`--batch-size 0` loaded the pipeline, then ended in a ValueError traceback with exit
    1 (docs/cli.md: "some documents failed"); `--window -1` ran without memory zones. Both
    are bad arguments: exit 2 with argparse's message, before anything loads."""
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(json.dumps({"id": "spkatt-news-3814", "text": TEXT}) + "\n", "utf-8")

    def no_load(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was loaded")

    monkeypatch.setattr("claimex.cli.load", no_load)
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(corpus), "-o", str(tmp_path / "out.jsonl"), option, value])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def test_cli_accepts_all_cpus_and_no_zones(tmp_path: Path) -> None:
    """The documented special values still pass: --n-process -1, --window 0."""
    from claimex.cli import build_parser

    args = build_parser().parse_args(
        ["extract", str(tmp_path), "--n-process", "-1", "--window", "0", "--batch-size", "1"]
    )
    assert (args.n_process, args.window, args.batch_size) == (-1, 0, 1)


def test_package_namespace_lists_no_helper_imports() -> None:
    """``dir(claimex)`` shows the API and the subpackages, not the names the package's
    own imports leave behind (``annotations``, ``logging``; found by newcomer17)."""
    import types

    leftovers = {
        name
        for name in dir(claimex)
        if not name.startswith("_")
        and name not in claimex.__all__
        and not isinstance(getattr(claimex, name), types.ModuleType)
    }
    assert leftovers == set()
