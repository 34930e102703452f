"""Time and peak memory of claimex on very long and pathological inputs.

Each case runs in a fresh process (so that its peak RSS is its own), after the pipeline is
loaded and warmed on one short text:

* ``long N``: the 10kGNAD test articles joined with blank lines (repeated when shorter),
  cut at N characters: processed in pieces (:mod:`claimex.guard`, warning W004);
* ``marks N``: N quotation marks without a space (``„“"«»`` repeated): the tokenizer
  guard keeps this linear (spaCy alone needs minutes for 50,000);
* ``spaced N``: N quotation marks separated by spaces (2N characters).

Usage::

    python benchmarks/long_inputs.py                 # the default table
    python benchmarks/long_inputs.py long 5000000    # one case
    python benchmarks/long_inputs.py --doubling      # marks and spaced, n and 2n

The 10kGNAD data are read from ``../shared`` (``CLAIMEX_SHARED``), never copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from claimex.gold import find_shared
from claimex.text import LEFT_DOUBLE, LEFT_DOUBLE_LOW, LEFT_GUILLEMET, RIGHT_GUILLEMET

MARKS = f'{LEFT_DOUBLE_LOW}{LEFT_DOUBLE}"{LEFT_GUILLEMET}{RIGHT_GUILLEMET}'

DEFAULT_CASES = [("long", 5_000_000), ("marks", 50_000), ("spaced", 40_000)]
DOUBLING = [("marks", 25_000), ("marks", 50_000), ("spaced", 20_000), ("spaced", 40_000)]


def news_text(n_chars: int) -> str:
    """The 10kGNAD test articles joined with blank lines, repeated, cut at ``n_chars``."""
    shared = find_shared(Path(__file__).resolve().parent.parent)
    if shared is None:
        raise SystemExit("../shared is not available (set CLAIMEX_SHARED)")
    path = shared / "data" / "news" / "10kgnad" / "test.csv"
    with path.open(encoding="utf-8", newline="") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]
    joined = "\n\n".join(texts)
    return ("\n\n".join([joined] * (n_chars // len(joined) + 1)))[:n_chars]


def make_text(kind: str, n: int) -> str:
    if kind == "long":
        return news_text(n)
    marks = (MARKS * (n // len(MARKS) + 1))[:n]
    if kind == "marks":
        return marks
    if kind == "spaced":
        return " ".join(marks)
    raise SystemExit(f"unknown case {kind!r}")


def run_case(kind: str, n: int) -> dict[str, object]:
    """Run one case in this process; return its measurements."""
    import claimex

    text = make_text(kind, n)
    extractor = claimex.load()
    extractor.extract(f"Merkel sagte in Berlin: {LEFT_DOUBLE_LOW}Wir schaffen das.{LEFT_DOUBLE}")
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    result = extractor.extract(text)
    seconds = time.perf_counter() - start
    return {
        "case": kind,
        "n": n,
        "chars": len(text),
        "seconds": round(seconds, 2),
        "us_per_char": round(seconds / len(text) * 1e6, 1),
        "rss_loaded_mb": round(rss_loaded),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "actors": len(result.actors),
        "quotes": len(result.quotes),
        "warnings": {w.code: w.count for w in result.warnings},
    }


def in_subprocess(kind: str, n: int) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, __file__, "--json", kind, str(n)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    row: dict[str, object] = json.loads(out.strip().splitlines()[-1])
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("case", nargs="?", choices=["long", "marks", "spaced"])
    parser.add_argument("n", nargs="?", type=int)
    parser.add_argument("--doubling", action="store_true", help="n and 2n of marks, spaced")
    parser.add_argument("--json", action="store_true", help="run in this process, print JSON")
    args = parser.parse_args()
    if args.json:
        print(json.dumps(run_case(args.case, args.n)))
        return
    if args.case:
        cases = [(args.case, args.n or dict(DEFAULT_CASES)[args.case])]
    else:
        cases = DOUBLING if args.doubling else DEFAULT_CASES
    rows = []
    for kind, n in cases:
        row = in_subprocess(kind, n)
        rows.append(row)
        print(json.dumps(row), flush=True)
    if args.doubling:
        for kind in ("marks", "spaced"):
            times = [float(str(r["seconds"])) for r in rows if r["case"] == kind]
            print(f"{kind}: time ratio 2n / n = {times[1] / times[0]:.2f}")


if __name__ == "__main__":
    main()
