"""How much of the REDEWIEDERGABE corpus's introducing expressions claimex's cue lexicon knows.

A study, not a training step: Corpus REDEWIEDERGABE (Brunner et al., LREC 2020; historical
German 1840-1919, CC BY-NC-SA 4.0) is read from ``../shared/data/quotes/redewiedergabe/``
at run time and never copied. For every speech representation (direct, indirect,
reported; medium ``speech``) that has an annotated introducing expression (``intexpr``),
the lemmas of its verbs and nouns are looked up in ``lexicon/cues.json`` (cue verbs by
lemma, the nouns of its phrases and according-to markers). Prints coverage per type, for
the newspaper and magazine samples (the closest to news) and for all, and the most
frequent introducing lemmas the lexicon lacks: candidates to study, not to copy blindly
(the corpus is historical and half fiction).

Usage::

    python benchmarks/redewiedergabe_cues.py [--top 25]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

from claimex.components.quotes import cue_lexicon

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared/data/quotes/redewiedergabe/main/tsv"
CORPUS = Path(os.environ.get("CLAIMEX_REDEWIEDERGABE", str(DEFAULT_DIR)))
TYPES = ("direct", "indirect", "reported")
NEWS_SOURCES = ("mkhz", "grenz")  # Die Grenzboten and magazine/newspaper samples


def instances(path: Path) -> tuple[dict[str, str], dict[str, list[tuple[str, str]]]]:
    """Speech-representation types by ID, and (lemma, POS) of each ID's introducing words."""
    types: dict[str, str] = {}
    intro: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for level in (row.get("stwr") or "-").split("|"):
                parts = level.split(".")
                if len(parts) >= 3 and parts[0] in TYPES and parts[1] == "speech":
                    types.setdefault(parts[2], parts[0])
            for ref in (row.get("intexpr") or "-").split("|"):
                if ref.startswith("intexpr."):
                    ident = ref.split(".")[1]
                    intro[ident].append((row.get("lemma") or "", row.get("pos") or ""))
    return types, intro


def known_words() -> tuple[set[str], set[str]]:
    lex = cue_lexicon()
    verbs = set(lex.frames) | set(lex.split_lemmas) | set(lex.forms.values())
    nouns = {w for seq in lex.phrases for w in seq} | set(lex.speech_nouns) | set(lex.angaben)
    nouns |= lex.before_source | lex.after_source
    return verbs, {n.lower() for n in nouns}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    files = sorted(p for p in CORPUS.glob("*.tsv") if p.name != "metadata.tsv")
    if not files:
        sys.exit(f"no REDEWIEDERGABE samples under {CORPUS}")
    verbs, nouns = known_words()
    counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    missing: Counter[str] = Counter()
    for path in files:
        scope = "news" if any(f"_{s}_" in path.name for s in NEWS_SOURCES) else "fiction"
        types, intro = instances(path)
        for ident, kind in types.items():
            words = intro.get(ident)
            if not words:
                continue
            lemmas = [(lemma, pos) for lemma, pos in words if pos.startswith(("V", "N"))]
            known = any(
                lemma in verbs if pos.startswith("V") else lemma.lower() in nouns
                for lemma, pos in lemmas
            )
            for scope_name in (scope, "all"):
                counts[(scope_name, kind)]["known" if known else "unknown"] += 1
            if not known and scope == "news":
                missing.update(lemma for lemma, pos in lemmas if pos.startswith("VV"))
    print(f"{len(files)} samples from {CORPUS}")
    print("| samples | type | instances with an introducing expression | cue known | coverage |")
    print("|---|---|---|---|---|")
    for scope_name in ("news", "all"):
        for kind in TYPES:
            c = counts[(scope_name, kind)]
            total = c["known"] + c["unknown"]
            share = c["known"] / total if total else 0.0
            print(f"| {scope_name} | {kind} | {total} | {c['known']} | {share:.3f} |")
    print(f"\nmost frequent introducing verbs (news samples) the lexicon lacks, top {args.top}:")
    print(", ".join(f"{lemma} {n}" for lemma, n in missing.most_common(args.top)))


if __name__ == "__main__":
    main()
