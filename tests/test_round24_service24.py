"""Round 24, service24: reliability for services and batch users.

* a ``--n-process`` run that only its main process is signalled about (``kill PID``, a
  scheduler's SIGTERM) stops its workers, writes its summary, exits 130/143 and resumes;
* threads sharing one ``Extractor``;
* warning messages that name what the caller passed;
* the published schema's ``schema_version``;
* inputs a batch user meets.

Texts: the example article (examples/seed_article.txt, examples/articles.jsonl).
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import claimex

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SEED = (EXAMPLES / "seed_article.txt").read_text(encoding="utf-8")


def _seed_corpus(path: Path, copies: int) -> list[str]:
    ids = [f"seed-{i}" for i in range(copies)]
    lines = [json.dumps({"id": i, "text": SEED}, ensure_ascii=False) for i in ids]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ids


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # pragma: no cover - a process of another user took the id
        return False
    return True


def _reap_group(pgid: int) -> None:
    """Kill what is left of the run's own process group (a worker that hangs), so a failing
    test leaves nothing running."""
    if _group_alive(pgid):
        os.killpg(pgid, signal.SIGKILL)


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGTERM, 143, "stopped by SIGTERM"), (signal.SIGINT, 130, "interrupted")],
    ids=["SIGTERM", "SIGINT"],
)
def test_a_signal_to_the_main_process_stops_its_workers_and_resume_completes(
    tmp_path: Path, signum: int, code: int, said: str
) -> None:
    """SIGTERM killed the main process at once and left spaCy's workers hanging for ever
    (holding the output pipes); SIGINT made the main process wait for ever on workers
    blocked sending a batch bigger than a pipe's buffer (four seed articles, ~70 kB). Now
    the main process kills its workers, closes the output, prints the summary and exits
    with 143 (SIGTERM) or 130 (SIGINT); --resume then finishes the corpus, each id once."""
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    ids = _seed_corpus(corpus, 12)
    command = [sys.executable, "-m", "claimex", "extract", str(corpus), "-o", str(output)]
    run = subprocess.Popen(
        [*command, "--n-process", "2", "--batch-size", "4"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        start_new_session=True,  # its own process group: the test signals the main process
    )
    try:
        deadline = time.monotonic() + 120
        while not (output.exists() and output.stat().st_size) and run.poll() is None:
            assert time.monotonic() < deadline, "no document was written"
            time.sleep(0.05)
        run.send_signal(signum)
        _, err = run.communicate(timeout=30)
        assert run.returncode == code, err
        assert said in err
        assert "continue with --resume" in err
        assert "Traceback" not in err
        deadline = time.monotonic() + 5
        while _group_alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _group_alive(run.pid), "a worker process was left running"
    finally:
        _reap_group(run.pid)
        run.wait()
        if run.stderr is not None:
            run.stderr.close()
    written = [json.loads(line)["id"] for line in output.read_text("utf-8").splitlines()]
    assert written == ids[: len(written)]
    if signum == signal.SIGTERM:
        resumed = subprocess.run(
            [*command, "--resume"], capture_output=True, text=True, timeout=300, check=False
        )
        assert resumed.returncode == 0, resumed.stderr
        rows = [json.loads(line) for line in output.read_text("utf-8").splitlines()]
        assert [row["id"] for row in rows] == ids
        assert all("error" not in row for row in rows)


def test_a_closed_output_stops_the_workers_too(tmp_path: Path) -> None:
    """``claimex extract corpus.jsonl --n-process 2 | head``: the reader went away, the run
    stopped writing (141) but then waited for ever on its workers; now it stops them."""
    corpus = tmp_path / "corpus.jsonl"
    _seed_corpus(corpus, 12)
    command = [sys.executable, "-m", "claimex", "extract", str(corpus)]
    run = subprocess.Popen(
        [*command, "--n-process", "2", "--batch-size", "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        assert run.stdout is not None
        assert run.stdout.read(100)  # the first result came
        run.stdout.close()  # as head does
        _, err = run.communicate(timeout=60)
        assert run.returncode == 141, err
        assert "closed by its reader" in err
        assert "Traceback" not in err
        assert "W127" not in err
    finally:
        _reap_group(run.pid)
        run.wait()
        if run.stderr is not None:
            run.stderr.close()


def _article_texts() -> list[str]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def test_a_pipe_generator_read_from_several_threads(extractor: claimex.Extractor) -> None:
    """A thread pool that streams a response reads one generator from several threads (one
    ``next()`` per pool thread). The thread-bound lock raised "cannot release un-acquired
    lock" at the end of the first window and stopped the stream; now every result comes,
    in order, and the pipeline is free again after it (another thread's extract runs)."""
    texts = _article_texts()
    alone = [extractor.extract(text).model_dump_json() for text in texts]
    results = extractor.pipe(texts * 2, batch_size=2, window=3)
    with ThreadPoolExecutor(max_workers=1) as first, ThreadPoolExecutor(max_workers=1) as second:
        pools = [first, second]
        streamed = [
            pools[i % 2].submit(next, results).result(timeout=120).model_dump_json()
            for i in range(len(texts) * 2)
        ]
        assert streamed == alone * 2
        with pytest.raises(StopIteration):
            pools[0].submit(next, results).result(timeout=60)
        later = second.submit(lambda: extractor.extract(texts[0]).model_dump_json())
        assert later.result(timeout=60) == alone[0]


def test_a_window_keeps_other_threads_out_until_it_ends(extractor: claimex.Extractor) -> None:
    """While a window of ``pipe`` waits between results, another thread's ``extract`` waits
    for the window's end (one memory zone, documents not mixed); the reading thread itself
    may call ``extract`` in its loop (re-entrant, as before)."""
    texts = _article_texts()
    alone = extractor.extract(texts[1]).model_dump_json()
    results = extractor.pipe(texts, window=len(texts))
    next(results)
    assert extractor.extract(texts[1]).model_dump_json() == alone  # the reading thread
    with ThreadPoolExecutor(max_workers=1) as pool:
        waiting = pool.submit(lambda: extractor.extract(texts[1]).model_dump_json())
        time.sleep(0.5)
        assert not waiting.done()
        rest = list(results)
        assert len(rest) == len(texts) - 1
        assert waiting.result(timeout=60) == alone


def _with_stray_mark() -> str:
    """The second paragraph of the example article with an opening mark that no mark
    closes, after its first sentence."""
    text = _article_texts()[1]
    at = text.index(". ") + 2
    return text[:at] + "\u201e" + text[at:]


def _place_named(message: str) -> int:
    match = re.search(r"at offset (\d+) \(line (\d+)\)", message)
    assert match is not None, message
    return int(match[1])


def test_a_stray_quotation_mark_is_named_where_it_stands_in_the_text_as_given(
    extractor: claimex.Extractor,
) -> None:
    """W050 named the mark's offset in the copy the pipeline read: in an HTML page or a
    text with soft hyphens that offset pointed elsewhere in the text the caller passed,
    although W002 and W008 say that offsets refer to the text as given."""
    plain = _with_stray_mark()
    html = "<html><body><p>" + plain.replace(". ", ". <b></b>", 1) + "</p></body></html>"
    hyphenated = "Er\u00adklär\u00adung. " + plain
    for text in (plain, html, hyphenated):
        (warning,) = [w for w in extractor.extract(text).warnings if w.code == "W050"]
        assert text[_place_named(warning.message)] == "\u201e"
        assert "(line 1)" in warning.message


def test_w004_names_the_length_of_the_text_as_given(extractor: claimex.Extractor) -> None:
    """W004 gave the cleaned copy's length (HTML tags left out); now the input's first,
    the copy's beside it."""
    paragraphs = SEED.split("\n\n")
    page = "".join(f"<p>{p}</p>\n" for p in paragraphs) * 15
    result = extractor.extract(page)
    (warning,) = [w for w in result.warnings if w.code == "W004"]
    assert warning.message.startswith(f"text of {len(page)} characters (")
    assert "in the cleaned copy the pipeline read" in warning.message
    piped = next(iter(extractor.pipe([page])))
    assert [w.message for w in piped.warnings if w.code == "W004"] == [warning.message]


def test_schema_version_is_a_version_this_release_reads(tmp_path: Path) -> None:
    """The published schemas said only "string": a client validating against them took any
    version. Now they name the versions this release reads, and reading a record of
    another version says which ones it reads (a 1.0 record: where the migration is)."""
    from claimex.records import READ_VERSIONS, RESULT_ADAPTER, SCHEMA_VERSION, Extraction

    docs = ROOT / "docs"
    for name in ("extraction.schema.json", "result.schema.json"):
        schema = json.loads((docs / name).read_text(encoding="utf-8"))
        models = [schema, *schema.get("$defs", {}).values()]
        fields = [
            model["properties"]["schema_version"]
            for model in models
            if "schema_version" in model.get("properties", {})
        ]
        assert len(fields) == (2 if name == "result.schema.json" else 1)
        for field in fields:
            assert set(field.get("enum", [field.get("const")])) == set(READ_VERSIONS)
    stored = json.loads((EXAMPLES / "articles.jsonl").read_text("utf-8").splitlines()[0])
    line = Extraction(id=stored["id"], text=stored["text"]).model_dump_json()
    assert RESULT_ADAPTER.validate_json(line).schema_version == SCHEMA_VERSION
    for version, said in (("1.0", "Migration"), ("3.0", "reads ('2.0')")):
        older = line.replace('"schema_version":"2.0"', f'"schema_version":"{version}"')
        with pytest.raises(ValueError, match=re.escape(said)):
            Extraction.model_validate_json(older)


def test_a_line_without_the_text_field_names_the_fields_it_has(tmp_path: Path) -> None:
    """E030 said only that the text field is missing; a corpus exported with another field
    name ("body") now shows which fields the line has, so --text-field can be set."""
    from claimex.cli import main

    stored = json.loads((EXAMPLES / "articles.jsonl").read_text("utf-8").splitlines()[0])
    corpus, output = tmp_path / "corpus.jsonl", tmp_path / "out.jsonl"
    line = {"id": stored["id"], "body": stored["text"]}
    corpus.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["extract", str(corpus), "-o", str(output)]) == 1
    (failure,) = [json.loads(row) for row in output.read_text("utf-8").splitlines()]
    assert failure["error"] == (
        "E030 line 1: no 'text' field (see --text-field); its fields: 'id', 'body'"
    )
    assert main(["extract", str(corpus), "-o", str(output), "--text-field", "body"]) == 0
