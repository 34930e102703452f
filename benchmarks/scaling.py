"""How ``Extractor.extract`` scales with the length of one document (a script, not a test).

Doubles the input ``--doublings`` times (1x, 2x, ... 64x by default) over three texts and
times ``Extractor.extract`` once per size, best of ``--repeat`` runs:

* ``real``: articles of the 10kGNAD test split joined by blank lines, cut at the last
  sentence end before ``--real-base`` characters times the size (so that each size
  doubles the text and brings new articles; read by path from ``../shared``: CC BY-NC-SA,
  never copied into the repository; skipped with a message where it is absent);
* ``synthetic``: one short paragraph (a speaker, a direct quote, a place, a figure)
  repeated;
* ``names``: a paragraph with many names, roles, pronouns, a coordination and a definite
  description ("Der Politiker"), repeated: the speaker resolver's and linker's
  look-ups.

For each size the table gives the characters, the tokens, the wall-clock and CPU time of
the whole call, and the time ratio to the size before; linear work doubles its time, so
every ratio should stay at or below ``--target`` (2.3). ``claimex`` is the CPU time of
claimex's own stages (``claimex_*``, run again on the parsed doc), so that the model's
share and claimex's share can be told apart; its ratio is given as well. CPU time is
this process's, which other jobs on a shared machine disturb less than the wall clock
(check ``uptime`` first); with several BLAS threads it can exceed the wall-clock time.

``extract`` runs texts over ``claimex.guard.PIECE_CHARS`` (50,000 characters) in pieces
(bounded memory, linear by construction); the ``claimex`` column still times claimex's
stages on the whole parsed text, so the stages' own scaling shows at every size. A size
over the pipeline's ``nlp.max_length`` is marked ``*`` (its ``claimex`` column is not
measured, its ratio not held to the target).

Usage::

    python benchmarks/scaling.py                         # all three texts, 1x..64x
    python benchmarks/scaling.py --texts synthetic,names --doublings 4
    python benchmarks/scaling.py --json scaling.json
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import json
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from spacy.tokens import Doc

import claimex
from claimex.gold import find_shared

SYNTHETIC_UNIT = (
    "Merkel sagte in Berlin: \N{DOUBLE LOW-9 QUOTATION MARK}Wir schaffen das."
    "\N{LEFT DOUBLE QUOTATION MARK} Es kostet 5 Millionen Euro.\n\n"
)
NAMES_UNIT = (
    "Bundeskanzlerin Angela Merkel traf am Montag den französischen Präsidenten Emmanuel "
    "Macron. Sie sagte, sie sei zufrieden. Er erklärte: \N{DOUBLE LOW-9 QUOTATION MARK}Wir "
    "arbeiten eng zusammen.\N{LEFT DOUBLE QUOTATION MARK} Laut Finanzminister Olaf Scholz "
    "kostet das Programm 3 Milliarden Euro. Die Ministerin Annalena Baerbock und ihr Kollege "
    "Robert Habeck betonten, dass sie die Pläne unterstützen. Der Politiker fügte hinzu, er "
    "rechne mit Zustimmung.\n\n"
)
CORPUS_PARTS = ("data", "news", "10kgnad", "test.csv")


@dataclass
class Row:
    """One size of one text."""

    text: str
    factor: int
    chars: int
    tokens: int
    wall_s: float
    cpu_s: float
    claimex_s: float
    over_max_length: bool


def _articles() -> list[str] | None:
    shared = find_shared(Path(__file__).resolve().parent)
    path = shared.joinpath(*CORPUS_PARTS) if shared is not None else None
    if path is None or not path.exists():
        return None
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]


def _best(repeat: int, call: Callable[[], object]) -> tuple[float, float]:
    """The least wall-clock and the least CPU time of ``repeat`` calls."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        call()
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def _claimex_stages(extractor: claimex.Extractor, text: str, repeat: int) -> tuple[int, float]:
    """Tokens of ``text`` and the least CPU time of claimex's own stages on it (single
    threaded Python: its CPU time is its work, whatever else the machine runs)."""
    nlp = extractor.nlp
    ours = [name for name in nlp.pipe_names if name.startswith("claimex_")]
    if len(text) > nlp.max_length:
        return len(nlp.make_doc(text)), float("nan")
    with nlp.select_pipes(disable=ours):
        parsed = nlp(text).to_bytes()
    best = float("inf")
    tokens = 0
    for _ in range(repeat):
        doc = Doc(nlp.vocab).from_bytes(parsed)
        tokens = len(doc)
        gc.collect()
        start = time.process_time()
        for name in ours:
            doc = nlp.get_pipe(name)(doc)
        best = min(best, time.process_time() - start)
    return tokens, best


def measure(
    extractor: claimex.Extractor, name: str, make: Callable[[int], str], args: argparse.Namespace
) -> list[Row]:
    rows: list[Row] = []
    for step in range(args.doublings + 1):
        factor = 2**step
        text = make(factor)
        wall, cpu = _best(args.repeat, lambda: extractor.extract(text))  # noqa: B023
        tokens, stages = _claimex_stages(extractor, text, args.repeat)
        row = Row(
            name, factor, len(text), tokens, wall, cpu, stages,
            len(text) > extractor.nlp.max_length,
        )  # fmt: skip
        rows.append(row)
        _print_row(row, rows[-2] if len(rows) > 1 else None)
    return rows


def _ratio(now: float, before: float | None) -> str:
    return f"{now / before:6.2f}" if before else "      "


def _print_row(row: Row, before: Row | None) -> None:
    star = "*" if row.over_max_length else " "
    print(
        f"{row.text:<10} {row.factor:>4}x{star} {row.chars:>9,} {row.tokens:>8,}"
        f" {row.wall_s:9.2f} {_ratio(row.wall_s, before.wall_s if before else None)}"
        f" {row.cpu_s:9.2f} {_ratio(row.cpu_s, before.cpu_s if before else None)}"
        f" {row.claimex_s:9.3f} {_ratio(row.claimex_s, before.claimex_s if before else None)}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", default="real,synthetic,names")
    parser.add_argument("--doublings", type=int, default=6)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--real-base", type=int, default=5000, help="characters per 1x")
    parser.add_argument("--synthetic-base", type=int, default=40, help="paragraphs per 1x")
    parser.add_argument("--names-base", type=int, default=8, help="paragraphs per 1x")
    parser.add_argument("--target", type=float, default=2.3)
    parser.add_argument("--json", type=Path, help="write the rows here")
    args = parser.parse_args(argv)

    extractor = claimex.load()
    extractor.extract(SYNTHETIC_UNIT + NAMES_UNIT)  # warm up
    makers: dict[str, Callable[[int], str] | None] = {
        "synthetic": lambda k: SYNTHETIC_UNIT * (args.synthetic_base * k),
        "names": lambda k: NAMES_UNIT * (args.names_base * k),
    }
    texts = _articles()
    if texts is None:
        makers["real"] = None
    else:
        joined = "\n\n".join(texts)
        if len(joined) < args.real_base * 2**args.doublings:
            print(f"note: the corpus has {len(joined):,} characters: the largest sizes repeat it")
            joined = "\n\n".join([joined] * (args.real_base * 2**args.doublings // len(joined) + 1))

        def real(k: int) -> str:
            # cut after the last sentence before the size (10kGNAD articles are one line)
            end = args.real_base * k
            cut = max(joined.rfind("\n\n", 0, end), joined.rfind(". ", 0, end) + 1)
            return joined[: cut if cut > 0 else end]

        makers["real"] = real
    print(f"max_length {extractor.nlp.max_length:,}; ratio = time / time of the size before")
    print(
        f"{'text':<10} {'size':>6} {'chars':>9} {'tokens':>8} {'wall s':>9} {'ratio':>6}"
        f" {'cpu s':>9} {'ratio':>6} {'claimex s':>9} {'ratio':>6}"
    )
    rows: list[Row] = []
    for name in args.texts.split(","):
        make = makers.get(name)
        if name not in makers:
            parser.error(f"unknown text {name!r}: choose from {', '.join(makers)}")
        if make is None:
            print(f"{name:<10} skipped: {'/'.join(CORPUS_PARTS)} not found under ../shared")
            continue
        rows.extend(measure(extractor, name, make, args))
    worst: dict[str, float] = {}
    for before, row in itertools.pairwise(rows):
        if row.text == before.text and not row.over_max_length:
            for clock in ("wall_s", "cpu_s", "claimex_s"):
                ratio = getattr(row, clock) / getattr(before, clock)
                worst[clock] = max(worst.get(clock, 0.0), ratio)
    for clock, ratio in worst.items():
        verdict = "ok" if ratio <= args.target else f"above the target {args.target}"
        print(f"largest ratio per doubling ({clock[:-2]}): {ratio:.2f} ({verdict})")
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
