"""CPU time of each claimex stage per article, beside bare spaCy's (a script, not a test).

Parses ``--docs`` articles of the 10kGNAD test split (read at run time by path from
``$CLAIMEX_SHARED/data/news/10kgnad/test.csv``, else ``../shared``: CC BY-NC-SA, never
copied into the repository) with the German pipeline alone (claimex's ``claimex_*``
components disabled) and times that as ``bare spaCy``. Then, ``--repeat`` times, it
rebuilds the parsed docs from their bytes and runs claimex's stages stage by stage over
all docs (``claimex_entities`` on every doc, then ``claimex_label_consistency``, ...),
timing each stage's CPU time (this process's, which other jobs on a shared machine disturb
less than the wall clock). The input stage that :meth:`claimex.Extractor.extract` runs
before the pipeline (``inputs.prepare`` and ``markup.for_pipeline``: checks, markup,
normalisation) is timed on the raw texts too. The table gives ms per article for each
stage (least of the repeats), their sum (the input stage not in it), and the sum's share
of bare spaCy's time. ``--profile STAGE`` runs that stage once more under ``cProfile`` and
prints the top functions by cumulative and by own time.

Usage::

    python benchmarks/stage_times.py                          # 200 articles, 3 repeats
    python benchmarks/stage_times.py --docs 100 --repeat 1 --profile claimex_quotes
    python benchmarks/stage_times.py --start 64 --json stages.json
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import gc
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path

from spacy.tokens import Doc

import claimex
from claimex.inputs import prepare
from claimex.markup import for_pipeline


def corpus_path() -> Path:
    """The 10kGNAD test split: under ``$CLAIMEX_SHARED`` if set, else ``../shared``."""
    shared = os.environ.get("CLAIMEX_SHARED")
    root = Path(shared) if shared else Path(__file__).resolve().parents[2] / "shared"
    return root / "data/news/10kgnad/test.csv"


def articles(path: Path, n: int, start: int) -> list[str]:
    """``n`` article texts from the ``start``-th on (row[1] of ``label;'text'`` lines)."""
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]
    return texts[start : start + n]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=200, help="articles to time")
    parser.add_argument("--start", type=int, default=0, help="first article of the split")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the stages (least kept)")
    parser.add_argument("--profile", default="", help="a stage to run under cProfile")
    parser.add_argument("--top", type=int, default=40, help="functions the profile lists")
    parser.add_argument("--json", default="", help="also write the numbers to this file")
    args = parser.parse_args()

    texts = articles(corpus_path(), args.docs, args.start)
    extractor = claimex.load()
    nlp = extractor.nlp
    ours = [name for name in nlp.pipe_names if name.startswith("claimex_")]
    with nlp.select_pipes(disable=ours):
        list(nlp.pipe(texts[:8]))  # warm-up
        gc.collect()
        c0 = time.process_time()
        parsed = [doc.to_bytes() for doc in nlp.pipe(texts)]
        # to_bytes is not part of bare spaCy's work, but costs little against parsing
        bare_ms = (time.process_time() - c0) * 1000 / len(texts)

    def fresh() -> list[Doc]:
        return [Doc(nlp.vocab).from_bytes(data) for data in parsed]

    # The input stage of extract() (checks, markup, normalisation: claimex.inputs and
    # claimex.markup) on the raw texts, before any parse.
    input_ms = float("inf")
    for _ in range(args.repeat):
        c0 = time.process_time()
        for text in texts:
            source, warnings = prepare(text)
            for_pipeline(source, warnings)
        input_ms = min(input_ms, (time.process_time() - c0) * 1000 / len(texts))

    # The stages placed before spaCy's own components (claimex_sentence_periods) run on
    # the tokenised text: a parsed doc refuses their sentence starts.
    last_spacy = max(i for i, name in enumerate(nlp.pipe_names) if name not in ours)
    early = [name for name in nlp.pipe_names[:last_spacy] if name in ours]
    best = {name: float("inf") for name in ours}
    for _ in range(args.repeat):
        tokenised = [nlp.make_doc(text) for text in texts]
        for name in early:
            pipe = nlp.get_pipe(name)
            c0 = time.process_time()
            tokenised = [pipe(doc) for doc in tokenised]
            best[name] = min(best[name], (time.process_time() - c0) * 1000 / len(texts))
        docs = fresh()
        gc.collect()
        for name in ours:
            if name in early:
                continue
            pipe = nlp.get_pipe(name)
            c0 = time.process_time()
            docs = [pipe(doc) for doc in docs]
            best[name] = min(best[name], (time.process_time() - c0) * 1000 / len(texts))

    total = sum(best.values())
    print(f"{len(texts)} articles from #{args.start}, least of {args.repeat} runs, CPU ms/article")
    print(f"{'bare spaCy (parse)':28} {bare_ms:8.2f}")
    print(f"{'input (prepare, markup)':28} {input_ms:8.3f}")
    for name in ours:
        print(f"{name:28} {best[name]:8.2f}")
    print(f"{'claimex stages':28} {total:8.2f}  ({total / bare_ms:.3f} of bare spaCy)")
    if args.json:
        out = {
            "docs": len(texts),
            "start": args.start,
            "bare_ms": bare_ms,
            "input_ms": input_ms,
            "stages_ms": best,
        }
        Path(args.json).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")

    if args.profile:
        docs = [nlp.make_doc(text) for text in texts] if args.profile in early else fresh()
        for name in ours:
            if (name in early) != (args.profile in early):
                continue
            pipe = nlp.get_pipe(name)
            if name != args.profile:
                docs = [pipe(doc) for doc in docs]
                continue
            profiler = cProfile.Profile()
            profiler.enable()
            docs = [pipe(doc) for doc in docs]
            profiler.disable()
            for key in ("cumulative", "tottime"):
                stream = io.StringIO()
                pstats.Stats(profiler, stream=stream).sort_stats(key).print_stats(args.top)
                print(stream.getvalue())
            break


if __name__ == "__main__":
    main()
