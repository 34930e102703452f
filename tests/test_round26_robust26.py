"""Round 26 (robust26): claimex in a service and over a corpus. A name said many times in
one text (a live ticker, a page of agency datelines or bylines) costs the entity check
linear, not quadratic, time. Sentences from train_a (credited by document id)."""

from __future__ import annotations

import cProfile
import json
import os
import pstats
import threading
from pathlib import Path
from typing import Any

import pytest

import claimex
from claimex.components.entity_check import DocContext
from claimex.corpus import Origin, folder_records
from claimex.records import ExtractionFailure

# spkatt-news-12491 (a live ticker of the 2005 federal election; two of its sentences)
TICKER = (
    "Die um ein Jahr vorgezogene Wahl kam zustande, nachdem Bundeskanzler Gerhard Schröder "
    "die Vertrauensfrage verloren hatte. Stoiber sagte, die Union benötige entweder die SPD "
    "oder die Grünen um eine Regierung zu bilden. "
)


def _brute_force(ctx: DocContext, k: int) -> tuple[set[str], set[str]]:
    """The evidence of span ``k`` as defined: the flags of every other occurrence of its
    text and of its last word, and this occurrence's own."""
    occurrences = ctx._collect()
    start, end = ctx.bounds[k]
    found: set[str] = set()
    here: set[str] = set()
    for key, own in ((ctx.texts[k], start), (ctx.view.texts[end - 1], end - 1)):
        for at, flags in occurrences.get(key, ()):
            (here if at == own else found).update(flags)
    return found, here


def _set_updates(ctx: DocContext) -> int:
    profile = cProfile.Profile()
    profile.runcall(lambda: [ctx.evidence(k) for k in range(len(ctx.bounds))])
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    return sum(
        calls
        for (_, _, name), (calls, *_) in stats.items()
        if name == "<method 'update' of 'set' objects>"
    )


def test_the_evidence_of_a_name_said_many_times_costs_linear_time(
    extractor: claimex.Extractor,
) -> None:
    # the ticker's two sentences 40 times (each name 40 times): every span's evidence was
    # gathered by walking all the occurrences of its text and its last word, 2 x 40 set
    # updates per span (a page of 3,200 "BERLIN (dpa)" datelines in one piece spent
    # 6.6 s there); the per-text tallies answer in at most four, with the same evidence
    doc = extractor.nlp(TICKER * 40)
    spans = list(doc.ents)
    assert len({span.text for span in spans}) < len(spans) / 20
    ctx = DocContext(doc, spans)
    for k in range(len(spans)):
        assert ctx.evidence(k) == _brute_force(ctx, k)
    assert _set_updates(DocContext(doc, spans)) <= 4 * len(spans)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_corpus_folder_is_a_failure_not_a_hang(tmp_path: Path) -> None:
    # `claimex extract FOLDER`: a named pipe called *.txt among the articles (a
    # process-substitution or log pipe left in an export folder) was opened like a file,
    # and opening a pipe that no process writes to waits for ever: the whole corpus
    # stopped at it (found with `timeout 120 claimex extract`: 0 documents, exit 124)
    (tmp_path / "a.txt").write_text(TICKER, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    (tmp_path / "c.txt").write_text(TICKER, encoding="utf-8")
    records: list[tuple[dict[str, Any], Origin]] = []
    reader = threading.Thread(target=lambda: records.extend(folder_records(tmp_path)), daemon=True)
    reader.start()
    reader.join(timeout=20)
    if reader.is_alive():  # release the blocked open() so the thread ends
        os.close(os.open(tmp_path / "b.txt", os.O_WRONLY | os.O_NONBLOCK))
        reader.join(timeout=5)
        pytest.fail("reading the folder hung at the named pipe")
    assert [payload["id"] for payload, _ in records] == ["a", "b", "c"]
    assert [payload["text"] is None for payload, _ in records] == [False, True, False]
    assert (records[1][1].problem or "").startswith("E031 cannot read")
    assert "not a regular file" in (records[1][1].problem or "")


def test_an_id_with_a_lone_surrogate_leaves_the_record_writable(
    extractor: claimex.Extractor,
) -> None:
    # a JSON Lines corpus whose id holds an escaped lone surrogate ('"id":
    # "spkatt-news-12491\ud800"', valid JSON: a truncated UTF-16 export): the id was
    # copied as it was, the record's JSON could not be written, and `claimex extract`
    # stopped at that line with a traceback (PydanticSerializationError). The id's
    # surrogate is replaced one-for-one as the text's are (W001)
    line = json.loads('{"id": "spkatt-news-12491\\ud800", "text": ""}')
    line["text"] = TICKER
    (piped,) = extractor.pipe([line])
    alone = extractor.extract(TICKER, id=line["id"])
    for result in (piped, alone):
        assert result.id == "spkatt-news-12491\ufffd"
        assert json.loads(result.model_dump_json())["id"] == "spkatt-news-12491\ufffd"
    (failed,) = extractor.pipe([{"id": line["id"], "text": None}])
    assert isinstance(failed, ExtractionFailure)
    assert json.loads(failed.model_dump_json())["id"] == "spkatt-news-12491\ufffd"
