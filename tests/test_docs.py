"""Every code block of README.md and docs/*.md runs, on a fresh clone too.

Rules (what a block in the docs must be):

* ```python blocks run in a subprocess, cwd = a mirror of the repository root (every
  top-level entry linked, so files the snippet writes land in a temporary folder), with a
  temporary HOME. The python blocks of one markdown file run in order in one process and
  one namespace, like the cells of a notebook.
* ```bash blocks run line by line: ``claimex ...`` lines through the command line's entry
  point (``claimex.cli.main``, in the same process, which loads the German pipeline once
  per file; ``>``, ``>>`` and ``<`` redirections work), ``python ...`` lines in a
  subprocess (bash). ``pip install`` lines are not run: CI installs the project itself.
  Any other command fails the test. A command must exit 0.
* ```json blocks must parse; ```text blocks are shown output, not code.
* A block that cannot run on a fresh clone carries a marker comment on the line right
  before its fence: ``<!-- docs-test: skip: REASON -->`` (never run),
  ``<!-- docs-test: needs: pandas, dask -->`` (run only where the optional extra's modules
  are installed), or
  ``<!-- docs-test: needs-shared -->`` (run only where ``../shared`` exists, found by
  :func:`claimex.gold.find_shared`), optionally with ``slow`` (``<!-- docs-test: slow -->``
  marks a block ``@pytest.mark.slow``).

Each block is one test, id ``FILE:LINE`` (the line of its opening fence).
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from claimex.gold import find_shared

ROOT = Path(__file__).resolve().parent.parent
DOC_FILES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SHARED = find_shared(ROOT)

FENCE = re.compile(r"^```\s*([\w+-]*)\s*$")
MARKER = re.compile(r"^<!--\s*docs-test:\s*(.*?)\s*-->$")
RUN_LANGS = {"python", "bash"}
NOT_CODE = {"text"}
SESSION_TIMEOUT_S = 900


@dataclass
class Block:
    """One fenced code block of a markdown file."""

    file: str
    line: int
    lang: str
    code: str
    skip: str | None = None
    needs_shared: bool = False
    needs: tuple[str, ...] = ()
    slow: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return f"{self.file}:{self.line}"


def parse_marker(text: str, block: Block) -> None:
    """Apply a ``docs-test:`` marker's options (``;``-separated) to ``block``."""
    for option in (o.strip() for o in text.split(";")):
        if option.startswith("skip:") and option[5:].strip():
            block.skip = option[5:].strip()
        elif option == "needs-shared":
            block.needs_shared = True
        elif option.startswith("needs:") and option[6:].strip():
            block.needs = tuple(m.strip() for m in option[6:].split(",") if m.strip())
        elif option == "slow":
            block.slow = True
        else:
            block.problems.append(
                f"unknown docs-test marker option {option!r} "
                "(skip: REASON, needs-shared, needs: MODULES, slow)"
            )


def bash_commands(code: str) -> list[str]:
    """The commands of a bash block: continuation lines joined, comments and blanks out."""
    commands: list[str] = []
    pending = ""
    for raw in code.splitlines():
        line = pending + raw.strip()
        if line.endswith("\\"):
            pending = line[:-1].rstrip() + " "
            continue
        pending = ""
        if line and not line.startswith("#"):
            commands.append(line)
    if pending.strip():
        commands.append(pending.strip())
    return commands


def command_kind(command: str) -> str:
    """``claimex``, ``python``, ``pip`` (not run) or ``other`` (not runnable here)."""
    first = command.split(maxsplit=1)[0] if command.split() else ""
    if first == "claimex":
        return "claimex"
    if first in {"python", "python3"}:
        return "python"
    if command.startswith(("pip install", "python -m pip install")):
        return "pip"
    return "other"


def read_blocks(markdown: str, name: str) -> tuple[list[Block], list[str]]:
    """The fenced blocks of ``markdown`` and problems with its markers (stray, unclosed)."""
    blocks: list[Block] = []
    problems: list[str] = []
    lines = markdown.splitlines()
    marker: tuple[int, str] | None = None
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        found = MARKER.match(line.strip())
        fence = FENCE.match(line)
        if found:
            if marker is not None:
                problems.append(f"{name}:{marker[0]}: docs-test marker not followed by a block")
            marker = (i + 1, found.group(1))
        elif fence:
            start = i
            i += 1
            body: list[str] = []
            while i < len(lines) and lines[i].rstrip() != "```":
                body.append(lines[i])
                i += 1
            if i == len(lines):
                problems.append(f"{name}:{start + 1}: code block never closed")
            block = Block(name, start + 1, fence.group(1).lower(), "\n".join(body) + "\n")
            if marker is not None:
                parse_marker(marker[1], block)
                marker = None
            blocks.append(block)
        elif line.strip() and marker is not None:
            problems.append(f"{name}:{marker[0]}: docs-test marker not right before a block")
            marker = None
        i += 1
    if marker is not None:
        problems.append(f"{name}:{marker[0]}: docs-test marker not followed by a block")
    for block in blocks:
        check_runnable(block)
    return blocks, problems


def check_runnable(block: Block) -> None:
    """Note on ``block`` why it cannot run, unless a marker says it is not run here."""
    if block.skip is not None:
        return
    if block.lang == "bash":
        for command in bash_commands(block.code):
            if command_kind(command) == "other":
                block.problems.append(
                    f"cannot run {command!r}: only claimex, python and pip install lines run; "
                    "add <!-- docs-test: skip: REASON --> before the block if it cannot run"
                )
    elif block.lang not in RUN_LANGS | NOT_CODE | {"json"}:
        block.problems.append(
            f"a ```{block.lang or '(no language)'} block is neither run nor checked: use "
            "python, bash, json or text, or add <!-- docs-test: skip: REASON -->"
        )


def _all_blocks() -> tuple[list[Block], list[str]]:
    blocks: list[Block] = []
    problems: list[str] = []
    for path in DOC_FILES:
        name = path.relative_to(ROOT).as_posix()
        found, bad = read_blocks(path.read_text(encoding="utf-8"), name)
        blocks += found
        problems += bad
    return blocks, problems


BLOCKS, MARKER_PROBLEMS = _all_blocks()


def _param(block: Block) -> Any:
    marks: list[Any] = []
    if block.skip is not None:
        marks.append(pytest.mark.skip(reason=f"docs-test marker: {block.skip}"))
    elif block.lang in NOT_CODE and not block.problems:
        marks.append(pytest.mark.skip(reason="a text block is shown output, not code"))
    elif block.needs_shared and SHARED is None:
        marks.append(
            pytest.mark.skip(reason="needs ../shared, which is absent (set CLAIMEX_SHARED)")
        )
    elif missing := [m for m in block.needs if importlib.util.find_spec(m) is None]:
        reason = f"needs {', '.join(missing)} (an optional extra of claimex) installed"
        marks.append(pytest.mark.skip(reason=reason))
    if block.slow:
        marks.append(pytest.mark.slow)
    return pytest.param(block, id=block.key, marks=marks)


# --- the subprocess that runs one markdown file's blocks ------------------------------

DRIVER = r"""
import contextlib, io, json, shlex, subprocess, sys, traceback

import claimex._api
import claimex.cli

# The CLI as the console script runs it, with the pipeline loaded once per process.
claimex.cli.load = claimex._api.default_extractor


def run_claimex(command):
    words = shlex.split(command, comments=True)[1:]
    argv, stdout, stdin, mode = [], None, None, "w"
    while words:
        word = words.pop(0)
        if word in (">", ">>", "<"):
            target = words.pop(0)
            if word == "<":
                stdin = target
            else:
                stdout, mode = target, "a" if word == ">>" else "w"
        else:
            argv.append(word)
    out = io.StringIO() if stdout is None else open(stdout, mode, encoding="utf-8")
    err = io.StringIO()
    old_stdin = sys.stdin
    try:
        if stdin is not None:
            sys.stdin = open(stdin, encoding="utf-8")
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            try:
                code = claimex.cli.main(argv, out=out)
            except SystemExit as exc:  # --help, --version, argparse errors
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    finally:
        if stdin is not None:
            sys.stdin.close()
        sys.stdin = old_stdin
        if stdout is not None:
            out.close()
    if code != 0:
        raise RuntimeError(f"`{command}` exited {code}:\n{err.getvalue()[-3000:]}")


def run_python(command):
    done = subprocess.run(command, shell=True, executable="/bin/bash", capture_output=True,
                          text=True)
    if done.returncode != 0:
        raise RuntimeError(f"`{command}` exited {done.returncode}:\n"
                           f"{done.stdout[-2000:]}\n{done.stderr[-3000:]}")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        blocks = json.load(f)
    namespace = {"__name__": "__main__"}
    with open(sys.argv[2], "w", encoding="utf-8") as report:
        for block in blocks:
            try:
                if block["lang"] == "python":
                    exec(compile(block["code"], block["key"], "exec"), namespace)
                else:
                    for command, kind in block["commands"]:
                        if kind == "claimex":
                            run_claimex(command)
                        elif kind == "python":
                            run_python(command)
                outcome = {"key": block["key"], "ok": True}
            except BaseException:
                outcome = {"key": block["key"], "ok": False, "error": traceback.format_exc()}
            report.write(json.dumps(outcome) + "\n")
            report.flush()


if __name__ == "__main__":
    main()
"""


def _mirror(base: Path) -> Path:
    """A folder that looks like the repository root (its entries linked), ../shared beside."""
    work = base / "repo"
    work.mkdir()
    for entry in ROOT.iterdir():
        if entry.name != ".git":
            (work / entry.name).symlink_to(entry)
    if SHARED is not None:
        (base / "shared").symlink_to(SHARED)
    (base / "home").mkdir()
    return work


def block_env(base: Path) -> dict[str, str]:
    """The environment the doc blocks run in: a home of their own, this interpreter's
    scripts first on PATH, and the claimex this test run imported. Where that is the
    checkout's own ``src`` (a git worktree whose interpreter has another checkout installed
    in editable mode), PYTHONPATH names it, so the blocks test the code under test; else
    PYTHONPATH is dropped and the installed package is used."""
    import claimex

    env = dict(os.environ)
    env["HOME"] = str(base / "home")
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.pop("PYTHONPATH", None)
    package_root = Path(claimex.__file__).resolve().parents[1]
    if package_root == (ROOT / "src").resolve():
        env["PYTHONPATH"] = str(package_root)
    return env


def run_file(blocks: list[Block], base: Path) -> tuple[dict[str, dict[str, Any]], str]:
    """Run ``blocks`` (one file's, in order) in one subprocess: outcome per block key."""
    work = _mirror(base)
    payload = []
    for block in blocks:
        commands = [(c, command_kind(c)) for c in bash_commands(block.code)]
        payload.append(
            {"key": block.key, "lang": block.lang, "code": block.code, "commands": commands}
        )
    (base / "blocks.json").write_text(json.dumps(payload), encoding="utf-8")
    (base / "driver.py").write_text(DRIVER, encoding="utf-8")
    env = block_env(base)
    report = base / "report.jsonl"
    try:
        done = subprocess.run(
            [sys.executable, str(base / "driver.py"), str(base / "blocks.json"), str(report)],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=SESSION_TIMEOUT_S,
        )
        log = done.stdout[-4000:] + done.stderr[-4000:]
    except subprocess.TimeoutExpired:
        log = f"the file's blocks ran over {SESSION_TIMEOUT_S} s"
    outcomes: dict[str, dict[str, Any]] = {}
    if report.exists():
        for line in report.read_text(encoding="utf-8").splitlines():
            outcome = json.loads(line)
            outcomes[outcome["key"]] = outcome
    return outcomes, log


@pytest.fixture(scope="module")
def outcomes(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, Any]:
    """Run every selected runnable block, one subprocess per markdown file."""
    selected = {
        item.callspec.params["block"].key
        for item in request.session.items
        if item.originalname == "test_block"
        and hasattr(item, "callspec")
        and not item.get_closest_marker("skip")
    }
    by_file: dict[str, list[Block]] = {}
    for block in BLOCKS:
        if block.key in selected and block.lang in RUN_LANGS and not block.problems:
            by_file.setdefault(block.file, []).append(block)
    results: dict[str, Any] = {}
    for name, blocks in by_file.items():
        ran, log = run_file(blocks, tmp_path_factory.mktemp("docs"))
        for block in blocks:
            results[block.key] = ran.get(
                block.key, {"ok": False, "error": f"the block did not run:\n{log}"}
            )
        results[f"{name}#log"] = log
    return results


@pytest.mark.parametrize("block", [_param(b) for b in BLOCKS])
def test_block(block: Block, outcomes: dict[str, Any]) -> None:
    assert not block.problems, "\n".join(block.problems)
    if block.lang == "json":
        json.loads(block.code)
        return
    pips = [c for c in bash_commands(block.code) if command_kind(c) == "pip"]
    if block.lang == "bash" and len(pips) == len(bash_commands(block.code)):
        pytest.skip("pip install lines are not run: CI installs the project itself")
    for command in pips:
        print(f"not run: {command!r} (CI installs the project itself)")
    outcome = outcomes[block.key]
    assert outcome["ok"], f"{block.key} failed:\n{outcome['error']}"


def test_markers_sit_right_before_blocks() -> None:
    assert not MARKER_PROBLEMS, "\n".join(MARKER_PROBLEMS)


def test_every_doc_file_has_blocks() -> None:
    files = {block.file for block in BLOCKS}
    assert {"README.md", "docs/index.md", "docs/guide.md", "docs/cli.md"} <= files


@pytest.mark.parametrize(
    ("markdown", "problem"),
    [
        pytest.param("```toml\n[x]\n```\n", "neither run nor checked", id="unknown-language"),
        pytest.param("```bash\ncurl https://x\n```\n", "cannot run 'curl", id="other-command"),
        pytest.param("<!-- docs-test: maybe -->\n```bash\nclaimex x\n```\n", "unknown", id="bad"),
    ],
)
def test_unrunnable_block_without_marker_fails(markdown: str, problem: str) -> None:
    blocks, _ = read_blocks(markdown, "x.md")
    assert any(problem in p for p in blocks[0].problems)


def test_marker_makes_a_block_skip_or_need_shared() -> None:
    markdown = (
        "<!-- docs-test: skip: needs a Dask cluster at a real address -->\n"
        "```bash\ncurl https://x\n```\n\n"
        "<!-- docs-test: needs-shared; slow -->\n"
        "```bash\nclaimex evaluate ../shared/x.json\n```\n"
        "<!-- docs-test: needs-shared -->\n\ntext in between\n"
    )
    blocks, problems = read_blocks(markdown, "x.md")
    assert blocks[0].skip == "needs a Dask cluster at a real address"
    assert not blocks[0].problems
    assert blocks[1].needs_shared
    assert blocks[1].slow
    assert not blocks[1].problems
    assert [b.line for b in blocks] == [2, 7]
    assert problems == ["x.md:10: docs-test marker not right before a block"]


def test_bash_commands_join_continuations() -> None:
    code = "# comment\nclaimex extract a.txt \\\n    -o b.jsonl   # note\n\npip install .\n"
    commands = bash_commands(code)
    assert commands == ["claimex extract a.txt -o b.jsonl   # note", "pip install ."]
    assert [command_kind(c) for c in commands] == ["claimex", "pip"]
    assert shlex.split(commands[0], comments=True)[-1] == "b.jsonl"


def test_needs_marker_skips_without_the_optional_module() -> None:
    markdown = (
        "<!-- docs-test: needs: pandas, claimex_no_such_module -->\n```python\nprint(1)\n```\n"
    )
    [block], problems = read_blocks(markdown, "x.md")
    assert problems == []
    assert block.needs == ("pandas", "claimex_no_such_module")
    [mark] = [m for m in _param(block).marks if m.name == "skip"]
    assert "claimex_no_such_module" in mark.kwargs["reason"]


def test_blocks_import_the_claimex_under_test(tmp_path: Path) -> None:
    """The doc blocks' subprocess imports the same claimex as this test run (a worktree's
    own src, not another checkout's editable install)."""
    import claimex

    (tmp_path / "home").mkdir()
    done = subprocess.run(
        [sys.executable, "-c", "import claimex; print(claimex.__file__)"],
        cwd=tmp_path,
        env=block_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert Path(done.stdout.strip()).resolve() == Path(claimex.__file__).resolve()
