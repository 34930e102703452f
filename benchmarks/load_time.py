"""Load time of claimex (a script, not a test): ``import claimex``, ``claimex.load()`` and
the bare ``spacy.load`` of the same pipeline, measured in the same run.

Each measurement runs in a fresh Python subprocess (nothing cached from an earlier run,
apart from the operating system's file cache, which a first untimed round fills), and
the settings take turns, ``--runs`` rounds of them, so that a machine whose load drifts
slows them alike. Each run reports the wall-clock and the process's CPU time
(``time.process_time``) of its step; the table gives medians. Other jobs on a shared
machine stretch the wall clock more than the CPU time: compare CPU times, and note
``uptime`` (printed first).

Settings:

* ``import``: ``import claimex``;
* ``load``: ``claimex.load()`` after ``import claimex`` (not counted);
* ``spacy``: ``spacy.load(path)`` of the pipeline ``claimex.load()`` picks, after
  ``import spacy`` (not counted);
* ``total``: ``import claimex`` and ``claimex.load()`` together;
* ``first``: ``claimex.load()`` and the first ``extract`` of one sentence, after ``import
  claimex`` (not counted): what a process pays before its first result, the tokenizer
  warm-up of :mod:`claimex.warmup` included.

``--trees`` compares source trees (a checkout's ``src`` before and after a change) in the
same run: each setting runs with each tree first on ``PYTHONPATH``, in turns.

Usage::

    python benchmarks/load_time.py               # 7 rounds
    python benchmarks/load_time.py --runs 11 --json out.json
    python benchmarks/load_time.py --trees /tmp/before/src,src --settings load,first
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

# Each snippet prints "wall cpu" (seconds) of its timed step.
_TIMER = "import time\nw0, c0 = time.perf_counter(), time.process_time()\n"
_REPORT = "print(time.perf_counter() - w0, time.process_time() - c0)\n"

SNIPPETS = {
    "import": _TIMER + "import claimex\n" + _REPORT,
    "load": "import claimex\n" + _TIMER + "claimex.load()\n" + _REPORT,
    "spacy": (
        "import spacy\nfrom claimex.models import resolve\npath = resolve(None).model\n"
        + _TIMER
        + "spacy.load(path)\n"
        + _REPORT
    ),
    "total": _TIMER + "import claimex\nclaimex.load()\n" + _REPORT,
    "first": "import claimex\n" + _TIMER + "claimex.load().extract(SENTENCE)\n" + _REPORT,
}

# German Wikinews (CC BY 2.5, "Wikinews contributors"), an article of the dev split
SENTENCE = (
    "Im Schweizer Kanton Solothurn wird heute eine neue Regierung und ein neues Parlament gewählt."
)


def run_once(setting: str, tree: str = "") -> tuple[float, float]:
    """(wall, cpu) seconds of one setting in a fresh subprocess, ``tree`` first on the path."""
    env = dict(os.environ)
    if tree:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (tree, env.get("PYTHONPATH")) if p)
    code = f"SENTENCE = {SENTENCE!r}\n" + SNIPPETS[setting]
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env
    ).stdout.split()
    return float(out[-2]), float(out[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument(
        "--settings", default="import,load,spacy,total,first", help="comma-separated settings"
    )
    parser.add_argument(
        "--trees", default="", help="comma-separated source trees to compare (default: none)"
    )
    parser.add_argument("--json", type=Path, help="write the medians and runs here")
    args = parser.parse_args()
    settings = [s for s in args.settings.split(",") if s]
    trees = [str(Path(t).resolve()) for t in args.trees.split(",") if t] or [""]
    cases = [(s, t) for s in settings for t in trees]
    uptime = subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    print(f"uptime: {uptime}")
    for setting, tree in cases:  # untimed: fills the file cache
        run_once(setting, tree)
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {c: [] for c in cases}
    for _ in range(args.runs):
        for case in cases:
            runs[case].append(run_once(*case))
    print(f"{'setting':<8} {'wall s':>8} {'cpu s':>8}   (median of {args.runs} fresh processes)")
    summary = {}
    for setting, tree in cases:
        wall = statistics.median(w for w, _ in runs[setting, tree])
        cpu = statistics.median(c for _, c in runs[setting, tree])
        key = f"{setting} {tree}".strip()
        summary[key] = {"wall": wall, "cpu": cpu, "runs": runs[setting, tree]}
        print(f"{setting:<8} {wall:8.3f} {cpu:8.3f}   {tree}")
    if args.json:
        args.json.write_text(json.dumps({"uptime": uptime, "settings": summary}, indent=1))


if __name__ == "__main__":
    main()
