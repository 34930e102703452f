"""A new user's rough edges (round 19, first hour from a fresh clone): the HTML warning says
what claimex did with the markup instead of asking the user to strip it, ``extract`` given a
list points to ``pipe``, and ``--model``'s help names the default order."""

from __future__ import annotations

import pytest

import claimex
from claimex.cli import build_parser
from claimex.inputs import check_text

# spkatt-news-3814 (German Wikinews, CC BY 2.5), in paragraphs
HTML = (
    "<p>Am Jahresbeginn wurde ein <b>Umsatzrückgang</b> von zehn Prozent verzeichnet.</p>"
    "<p>Das teilte das Unternehmen mit.</p>"
)


def test_html_warning_says_the_markup_was_read_out() -> None:
    """W002 once told the user to strip the markup, though the pipeline already reads a copy
    without it (docs/index.md, Bad input)."""
    (warning,) = [w for w in claimex.extract(HTML).warnings if w.code == "W002"]
    assert "strip it" not in warning.message
    assert "read a copy without the tags" in warning.message
    assert "offsets and texts refer to the text as given" in warning.message


@pytest.mark.parametrize("texts", [["Merz reiste nach Paris."], ("a", "b")])
def test_extract_of_many_texts_points_to_pipe(texts: object) -> None:
    with pytest.raises(claimex.InputError, match=r"^E001 .*not (list|tuple): .*\.pipe\(texts\)"):
        claimex.extract(texts)


def test_pipe_item_that_is_a_list_gets_no_pipe_hint() -> None:
    """Inside pipe() the hint would point where the user already is."""
    (failure,) = claimex.load().pipe([["Merz"]])
    assert isinstance(failure, claimex.ExtractionFailure)
    assert failure.error == "E001 text must be a str, not list."
    with pytest.raises(claimex.InputError, match=r"^E001 text must be a str, not list\.$"):
        check_text(["Merz"])


@pytest.mark.parametrize("command", ["extract", "evaluate"])
def test_model_help_names_the_default_order(command: str) -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command]  # type: ignore[union-attr]
    (action,) = [a for a in sub._actions if a.dest == "model"]
    assert action.help is not None
    for name in ("CLAIMEX_MODEL", "de_core_news_lg", "de_claimex_news"):
        assert name in action.help
