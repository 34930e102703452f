"""Throughput, overhead, scaling and memory of ``Extractor.pipe`` (a script, not a test).

Reads German news articles from the 10kGNAD test split at run time (CC BY-NC-SA: never copy
it into the repository) and prints a table:

* model load time of ``claimex.load()`` and of the bare ``spacy.load(extractor.model)``;
* docs/s and words/s of ``Extractor.pipe`` and of bare ``nlp.pipe`` on the same underlying
  pipeline, in the same run, for n_process = 1 and 2, totals over ``--repeat``
  interleaved runs (with one process the settings take turns every ``--chunk`` documents,
  so that a machine whose speed drifts slows them alike); the overhead ratio is claimex
  time / bare time (1.00 = no overhead), by wall clock and (n_process=1) by this
  process's CPU time, which other jobs on a shared machine disturb less; optionally also
  against bare ``nlp.pipe`` in the same memory zones and for claimex without zones
  (``--settings``); with one process also the garbage collector's CPU seconds and full
  collections by the setting running when they happened, and the CPU ratio without them
  (where the few full collections of a run fall moves the ratio by a few hundredths);
* RSS over a long run (``--rss-docs``, default 20,000) in a fresh process per setting,
  with memory zones (the default window) and without (``window=0``). Repeated articles get
  a unique reference number and name each, as a real news stream brings new strings.

Check ``uptime`` first: with ``n_process=2`` on a 2-core machine the speed-up only shows
when nothing else runs.

Like with like: every setting sees each article for the first time, as a news stream
brings new ones. The warm-up takes its own articles, and each repeat (each n_process
value too) takes the next ``--docs`` articles of the split, the same for all settings. A
second pass over the same texts flatters bare ``nlp.pipe`` alone: its tokenizer then
finds every chunk in its cache and every lexeme in its vocab (1-3 ms of tokenising per
article instead of 10-14), while ``Extractor.pipe`` frees both with its memory zones.
The best of two passes over the same 300 articles (this script until 2026-12-03) gave
CPU ratios 0.02-0.08 higher than new articles do (1.30-1.38 against 1.27-1.30, three
pairs of runs on one shared machine). Where the warm-up and ``docs x repeat x
processes`` need more than the split's 1,028 articles they wrap around and the table
says so; such a ratio is too high. What claimex's zones really cost (no cache for chunks
beyond ``claimex.warmup``'s frequent ones) stays in the ratio; the ``bare_zones``
setting gives the ratio against bare spaCy held to the same memory bound. ``claimex.load``
puts faster drop-ins with the same annotations in place of spaCy's sentencizer, lookup
lemmatizer and entity ruler (``claimex.components.spacy_pipes``); the ``bare_dropins``
setting runs bare ``nlp.pipe`` with the same drop-ins, so claimex against it is the cost
of claimex's own stages alone.

Usage::

    python benchmarks/bench_pipe.py                       # everything, ~2,000 articles
    python benchmarks/bench_pipe.py --docs 500 --rss-docs 2000 --json out.json
    python benchmarks/bench_pipe.py --docs 2000 --settings bare,claimex --skip-rss
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_SHARED = os.environ.get("CLAIMEX_SHARED")
DEFAULT_CORPUS = (
    Path(_SHARED) if _SHARED else Path(__file__).resolve().parents[2] / "shared"
) / "data/news/10kgnad/test.csv"
# $CLAIMEX_BENCH_CORPUS, else the 10kGNAD test split under $CLAIMEX_SHARED or ../shared
CORPUS = Path(os.environ.get("CLAIMEX_BENCH_CORPUS", str(DEFAULT_CORPUS)))


def articles(path: Path = CORPUS) -> list[str]:
    """The article texts of the 10kGNAD test split (row[1] of ``label;'text'`` lines)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]


def corpus(n: int, start: int = 0) -> list[str]:
    """``n`` articles from the ``start``-th on, wrapping around at the end of the split."""
    texts = articles()
    return [texts[(start + i) % len(texts)] for i in range(n)]


WARMUP_DOCS = 64


def stream(n: int, chars: int = 0) -> Iterator[str]:
    """``n`` articles (cut to ``chars`` if > 0); repetitions carry new strings, as news do."""
    texts = [t[:chars] for t in articles()] if chars > 0 else articles()
    for i in range(n):
        text = texts[i % len(texts)]
        if i >= len(texts):
            text = f"{text} (Meldung APA-{i:07d}, Redaktion: Kollegin Weber{i % 9973}x{i})"
        yield text


def rss_mib() -> float:
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mib() -> float:
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def timed(fn: Any) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of ``fn()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def load_average() -> float:
    return os.getloadavg()[0]


class GcClock:
    """Seconds this process's garbage collector ran, and its full (generation-2)
    collections, by the setting that was running when each collection happened
    (``gc.callbacks``). A full collection walks every object of the process, the loaded
    pipelines' included, and falls in whichever setting's turn allocates past the
    threshold: it moves a few hundred articles' ratio by a few hundredths."""

    def __init__(self) -> None:
        self.current: str | None = None
        self.seconds: dict[str, float] = {}
        self.full: dict[str, int] = {}
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.process_time()
        elif self.current is not None:
            name = self.current
            self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - self._started
            if info.get("generation") == 2:
                self.full[name] = self.full.get(name, 0) + 1


SETTINGS = ("bare", "claimex", "bare_zones", "claimex_no_zones", "bare_dropins")


def throughput(
    n_docs: int,
    batch_size: int,
    processes: list[int],
    repeat: int,
    window: int,
    settings_run: tuple[str, ...] = SETTINGS,
    chunk: int = 20,
) -> dict[str, Any]:
    """Totals of ``repeat`` interleaved runs of each setting (wall and CPU seconds).

    Every run takes new articles (the same for all settings): see the module docstring.
    """
    import spacy

    import claimex

    start = time.perf_counter()
    extractor = claimex.load()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    bare = spacy.load(extractor.model)
    bare_load_s = time.perf_counter() - start
    # the same pipeline with the drop-ins claimex.load puts in place of spaCy's sentencizer,
    # lemmatizer and entity ruler (same annotations): claimex against it is the cost of
    # claimex's own stages alone
    dropins = None
    if "bare_dropins" in settings_run:
        from claimex.components.spacy_pipes import install as install_dropins

        dropins = install_dropins(spacy.load(extractor.model))
    # warm up both (first batches pay for lazy initialisation) on articles not timed
    warmup = corpus(WARMUP_DOCS)
    list(bare.pipe(warmup, batch_size=batch_size))
    if dropins is not None:
        list(dropins.pipe(warmup, batch_size=batch_size))
    list(extractor.pipe(warmup, batch_size=batch_size))
    needed = WARMUP_DOCS + n_docs * repeat * len(processes)
    wraps = needed > len(articles())
    next_start = WARMUP_DOCS

    def bare_run(n: int, zones: bool, part: list[str], nlp: Any = bare) -> None:
        # zones: with one process the harness holds them open (see below)
        own = zones and n > 1
        for i in range(0, len(part), window):
            with nlp.memory_zone() if own else contextlib.nullcontext():
                for doc in nlp.pipe(part[i : i + window], batch_size=batch_size, n_process=n):
                    len(doc.ents)

    def claimex_run(n: int, zones: bool, part: list[str]) -> None:
        # Extractor.pipe opens no zone of its own inside one the harness holds
        for _ in extractor.pipe(
            part, batch_size=batch_size, n_process=n, window=window if zones else 0
        ):
            pass

    every = {
        "bare": lambda n, part: bare_run(n, zones=False, part=part),
        "claimex": lambda n, part: claimex_run(n, zones=True, part=part),
        "bare_zones": lambda n, part: bare_run(n, zones=True, part=part),
        "claimex_no_zones": lambda n, part: claimex_run(n, zones=False, part=part),
        "bare_dropins": lambda n, part: bare_run(n, zones=False, part=part, nlp=dropins),
    }
    vocab_of = {"claimex": extractor.nlp, "bare_zones": bare}
    settings = {name: every[name] for name in SETTINGS if name in settings_run}
    rows = []
    clock = GcClock()
    gc.callbacks.append(clock)
    for n_process in processes:
        clock.seconds.clear()
        clock.full.clear()
        spent_all = dict.fromkeys(settings, (0.0, 0.0))
        docs = words = 0
        turn_ratios: list[float] = []
        loads = [load_average()]
        # With one process the settings take turns every `chunk` documents (the order
        # rotating), so that a machine whose speed drifts, or a burst of other work, slows
        # them alike; a zoned setting's memory zone then spans `window` documents, across
        # turns, as in one long Extractor.pipe call. Worker processes start per nlp.pipe
        # call, so with more processes the settings take whole runs.
        step = (chunk if chunk > 0 else window) if n_process == 1 else n_docs
        for _ in range(repeat):
            texts = corpus(n_docs, next_start)  # new articles for every run
            next_start += n_docs
            docs += len(texts)
            words += sum(len(text.split()) for text in texts)
            with contextlib.ExitStack() as zones:
                for turn, start in enumerate(range(0, len(texts), step)):
                    if n_process == 1 and start % window < step:  # a new window starts
                        zones.close()
                        for name in settings:
                            if name in vocab_of:
                                zones.enter_context(vocab_of[name].memory_zone())
                    part = texts[start : start + step]
                    names = list(settings)
                    names = names[turn % len(names) :] + names[: turn % len(names)]
                    spent: dict[str, float] = {}
                    for name in names:
                        run = settings[name]
                        clock.current = name
                        wall, cpu = timed(lambda run=run, n=n_process, part=part: run(n, part))
                        clock.current = None
                        old = spent_all[name]
                        spent_all[name] = (old[0] + wall, old[1] + cpu)
                        spent[name] = cpu
                    if spent.get("bare"):
                        turn_ratios.append(spent["claimex"] / spent["bare"])
                    loads.append(load_average())
        row: dict[str, Any] = {"n_process": n_process, "docs": docs, "words": words}
        for name, (wall, cpu) in spent_all.items():
            row[f"{name}_s"] = wall
            row[f"{name}_cpu_s"] = cpu
            # this process's collector only (n_process=1: everything runs here)
            row[f"{name}_gc_cpu_s"] = clock.seconds.get(name, 0.0)
            row[f"{name}_full_gc"] = clock.full.get(name, 0)
        row.update(
            bare_docs_s=docs / row["bare_s"],
            claimex_docs_s=docs / row["claimex_s"],
            bare_words_s=words / row["bare_s"],
            claimex_words_s=words / row["claimex_s"],
            overhead_ratio=row["claimex_s"] / row["bare_s"],
            overhead_ratio_cpu=row["claimex_cpu_s"] / row["bare_cpu_s"],
            # n_process=1: the median of the turns' CPU ratios, which a burst of other
            # work during some turns moves less than the total
            overhead_ratio_turn_median=(
                statistics.median(turn_ratios) if n_process == 1 and turn_ratios else None
            ),
            load_average_max=max(loads),
            load_average_min=min(loads),
        )
        if n_process == 1:
            # the CPU ratio without the collector's pauses: claimex's own work against
            # bare spaCy's, whichever turn the full collections fell in
            row["overhead_ratio_cpu_no_gc"] = (row["claimex_cpu_s"] - row["claimex_gc_cpu_s"]) / (
                row["bare_cpu_s"] - row["bare_gc_cpu_s"]
            )
        rows.append(row)
    gc.callbacks.remove(clock)
    return {
        "model": extractor.model,
        "pipes": extractor.nlp.pipe_names,
        "claimex_load_s": load_s,
        "bare_load_s": bare_load_s,
        "batch_size": batch_size,
        "window": window,
        "repeat": repeat,
        "chunk": chunk,
        "articles_wrap": wraps,
        "rows": rows,
    }


def rss_child(n_docs: int, window: int, batch_size: int, chars: int) -> dict[str, Any]:
    """Run in a fresh process: RSS samples over a long ``Extractor.pipe`` run."""
    import claimex

    extractor = claimex.load()
    samples: list[tuple[int, float]] = [(0, rss_mib())]
    start = time.perf_counter()
    failures = 0
    for i, result in enumerate(
        extractor.pipe(stream(n_docs, chars), batch_size=batch_size, window=window), start=1
    ):
        failures += isinstance(result, claimex.ExtractionFailure)
        if i % 500 == 0:
            samples.append((i, rss_mib()))
    seconds = time.perf_counter() - start
    after_1000 = next(rss for i, rss in samples if i >= 1000)
    after_2000 = next((rss for i, rss in samples if i >= 2000), after_1000)
    final = samples[-1][1]
    peak = max(rss for i, rss in samples if i >= 1000)
    return {
        "window": window,
        "docs": n_docs,
        "seconds": seconds,
        "failures": failures,
        "strings": len(extractor.nlp.vocab.strings),
        "rss_start_mib": samples[0][1],
        "rss_after_1000_mib": after_1000,
        "rss_final_mib": final,
        "rss_peak_after_1000_mib": peak,
        "vm_hwm_mib": peak_rss_mib(),
        "growth_after_1000": (peak - after_1000) / after_1000,
        "rss_after_2000_mib": after_2000,
        "growth_after_2000": (peak - after_2000) / after_2000,
        "samples": samples,
    }


def rss(n_docs: int, windows: list[int], batch_size: int, chars: int) -> list[dict[str, Any]]:
    out = []
    for window in windows:
        proc = subprocess.run(
            [
                sys.executable,
                __file__,
                "--rss-child",
                str(window),
                "--rss-docs",
                str(n_docs),
                "--batch-size",
                str(batch_size),
                "--rss-chars",
                str(chars),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        out.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    return out


def _ratio(row: dict[str, Any], top: str, bottom: str) -> str:
    return f"{row[top] / row[bottom]:.3f}" if top in row and bottom in row else "-"


def table(result: dict[str, Any]) -> str:
    lines = []
    if "throughput" in result:
        t = result["throughput"]
        lines.append(f"model: {t['model']}  pipes: {', '.join(t['pipes'])}")
        lines.append(
            f"load: claimex.load() {t['claimex_load_s']:.2f} s, "
            f"spacy.load() {t['bare_load_s']:.2f} s; batch_size {t['batch_size']}"
        )
        lines.append("")
        lines.append(
            f"totals of {t['repeat']} interleaved runs, new articles each; "
            f"memory-zone window {t['window']}; "
            f"n_process=1 settings take turns every {t.get('chunk', 0) or t['window']} documents"
        )
        if t.get("articles_wrap"):
            lines.append(
                "NOTE: the runs wrapped around the 10kGNAD test split: bare nlp.pipe saw some "
                "articles twice (tokenizer cache, lexemes), so the ratio is too high"
            )
        lines.append("")
        lines.append(
            "| n_process | docs | bare docs/s | claimex docs/s | bare words/s | "
            "claimex words/s | ratio (wall) | ratio (CPU) | ratio (CPU, median turn) | "
            "ratio, bare also zoned | ratio without zones | "
            "ratio (CPU), bare with claimex's drop-ins | load avg |"
        )
        lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for r in t["rows"]:
            cpu = f"{r['overhead_ratio_cpu']:.3f}" if r["n_process"] == 1 else "-"
            median = r.get("overhead_ratio_turn_median")
            turn = f"{median:.3f}" if median is not None else "-"
            lines.append(
                f"| {r['n_process']} | {r['docs']} | {r['bare_docs_s']:.1f} | "
                f"{r['claimex_docs_s']:.1f} | {r['bare_words_s']:.0f} | "
                f"{r['claimex_words_s']:.0f} | {r['overhead_ratio']:.3f} | {cpu} | {turn} | "
                f"{_ratio(r, 'claimex_s', 'bare_zones_s')} | "
                f"{_ratio(r, 'claimex_no_zones_s', 'bare_s')} | "
                f"{_ratio(r, 'claimex_cpu_s', 'bare_dropins_cpu_s')} | "
                f"{r['load_average_min']:.1f}-{r['load_average_max']:.1f} |"
            )
        rows = {r["n_process"]: r for r in t["rows"]}
        if 1 in rows and "overhead_ratio_cpu_no_gc" in rows[1]:
            r = rows[1]
            lines.append("")
            lines.append(
                "garbage collector (n_process=1, CPU s and full collections by the setting "
                "running): "
                + ", ".join(
                    f"{name} {r[f'{name}_gc_cpu_s']:.2f} s / {r[f'{name}_full_gc']}"
                    for name in SETTINGS
                    if f"{name}_gc_cpu_s" in r
                )
                + f"; ratio (CPU) without its pauses {r['overhead_ratio_cpu_no_gc']:.3f}"
            )
        if 1 in rows and 2 in rows:
            lines.append("")
            lines.append(
                # by words/s: the two rows ran on different articles
                f"speed-up n_process=2 vs 1: claimex "
                f"{rows[2]['claimex_words_s'] / rows[1]['claimex_words_s']:.2f}x, bare "
                f"{rows[2]['bare_words_s'] / rows[1]['bare_words_s']:.2f}x"
            )
    if "rss" in result:
        lines.append("")
        lines.append(
            "| memory zones | docs | s | RSS at 1,000 MiB | RSS at 2,000 MiB | peak after MiB | "
            "final MiB | growth after 1,000 | growth after 2,000 | strings at end |"
        )
        lines.append("|---|---|---|---|---|---|---|---|---|---|")
        for r in result["rss"]:
            zones = f"window={r['window']}" if r["window"] else "off (window=0)"
            lines.append(
                f"| {zones} | {r['docs']} | {r['seconds']:.0f} | {r['rss_after_1000_mib']:.0f} | "
                f"{r['rss_after_2000_mib']:.0f} | "
                f"{r['rss_peak_after_1000_mib']:.0f} | {r['rss_final_mib']:.0f} | "
                f"{100 * r['growth_after_1000']:.1f}% | {100 * r['growth_after_2000']:.1f}% | "
                f"{r['strings']} |"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="articles for throughput")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--processes", default="1,2", help="n_process values, comma-separated")
    parser.add_argument(
        "--repeat", type=int, default=2, help="runs per setting, new articles each (totals count)"
    )
    parser.add_argument("--window", type=int, default=1000, help="memory-zone window")
    parser.add_argument(
        "--chunk",
        type=int,
        default=20,
        help="n_process=1: settings take turns every CHUNK documents (0: every window)",
    )
    parser.add_argument(
        "--settings",
        default=",".join(SETTINGS),
        help="throughput settings to run (bare and claimex always)",
    )
    parser.add_argument("--rss-docs", type=int, default=20_000)
    parser.add_argument("--rss-windows", default="1000,0", help="windows to compare; 0 = off")
    parser.add_argument(
        "--rss-chars", type=int, default=0, help="cut articles to this many characters (0: whole)"
    )
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--rss-child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_child is not None:
        print(json.dumps(rss_child(args.rss_docs, args.rss_child, args.batch_size, args.rss_chars)))
        return
    result: dict[str, Any] = {"cpus": os.cpu_count()}
    if not args.skip_throughput:
        processes = [int(p) for p in args.processes.split(",")]
        result["throughput"] = throughput(
            args.docs,
            args.batch_size,
            processes,
            args.repeat,
            args.window,
            tuple({"bare", "claimex", *args.settings.split(",")}),
            args.chunk,
        )
        print(table({"throughput": result["throughput"]}), flush=True)
    if not args.skip_rss:
        windows = [int(w) for w in args.rss_windows.split(",")]
        result["rss"] = rss(args.rss_docs, windows, args.batch_size, args.rss_chars)
        print(table({"rss": result["rss"]}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
