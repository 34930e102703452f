"""Build ``src/claimex/lexicon/sentence_openers.txt``: closed-class German words that,
capitalised after a period, show that the period ended a sentence.

spaCy's German tokenizer keeps a period on a number ("am 9. Mai": an ordinal), and so
also on a year that ends a sentence ("seit 2014. Die Bank ..."): the chunk alone cannot
tell them apart. The next word can: an ordinal is followed by a noun or adjective, never by
an article, pronoun, preposition, conjunction or adverb. The list holds the forms that UD
German GSD (dev, test) and PUD (CC BY-SA 4.0 / 3.0) tag as such a word (UPOS ``DET``,
``PRON``, ``ADP``, ``CCONJ``, ``SCONJ``, ``ADV``, ``AUX``, ``PART``) at least
``--min-count`` times (default 2), or write as a contraction of such words ("am", "zur"),
lower-cased, leaving out every form the treebanks also
tag as a noun, proper noun, adjective or numeral ("Dank", "Kraft", "Trotz").
It is shipped under CC BY-SA 4.0 with the same attribution as the pipeline.

    python -m models.sentence_openers [--shared ../shared] [--min-count 2]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from claimex.gold import find_shared
from models.common_nouns import UD_FILES

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "sentence_openers.txt"
CLOSED = frozenset({"DET", "PRON", "ADP", "CCONJ", "SCONJ", "ADV", "AUX", "PART"})
OPEN = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "X"})
HEADER = """\
# Closed-class German words: UPOS DET, PRON, ADP, CCONJ, SCONJ, ADV, AUX or PART at least
# twice in UD German GSD dev/test and PUD test (CC BY-SA 4.0 / 3.0), and contractions of
# such words ("am"); never NOUN, PROPN, ADJ, NUM or X there. Lower-cased. Capitalised right
# after "2014." they show that the period ended a sentence
# (claimex.components.sentence_periods). This list is shipped under CC BY-SA 4.0.
# Built by `python -m models.sentence_openers`; do not edit by hand.
"""


def openers(paths: list[Path], min_count: int) -> list[str]:
    """The closed-class forms of the CoNLL-U files, lower-cased, in alphabetical order."""
    closed: Counter[str] = Counter()
    other: set[str] = set()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].replace("-", "").isdigit():
                continue
            form = cols[1].lower()
            if "-" in cols[0] or (cols[3] in CLOSED and form.isalpha()):  # "am" = "an dem"
                closed[form] += 1
            elif cols[3] in OPEN:
                other.add(form)
    return sorted(w for w, n in closed.items() if n >= min_count and w not in other)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()
    shared = args.shared or find_shared(ROOT)
    if shared is None:
        raise SystemExit("../shared not found (pass --shared or set CLAIMEX_SHARED)")
    words = openers([shared / "data" / "ud" / name for name in UD_FILES], args.min_count)
    TARGET.write_text(HEADER + "".join(w + "\n" for w in words), encoding="utf-8")
    print(f"{len(words)} words -> {TARGET}")


if __name__ == "__main__":
    main()
