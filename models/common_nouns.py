"""Build ``src/claimex/lexicon/common_nouns.tsv``: German common nouns, with counts, that
the pipeline's lemma table does not know.

The tagger calls many one-word names common nouns (NN: "Tikrit", "Petrobaltic"), and the
lemma lookup table of spacy-lookups-data misses many common nouns ("Kerosin",
"Armut"), so neither tells a name from a word. This list holds what annotated German
text uses as a common noun, counted over two sources:

- UD German GSD (dev and test) and PUD (CC BY-SA 4.0 / 3.0): tokens with UPOS ``NOUN``
  that the treebank does not mark ``NamedEntity=Yes``.
- The openly licensed NER corpora that the bundled pipeline is trained on (GermEval 2014
  *test* — never its dev split, which is the held-out NER test —, WikiANN German, German
  LER, SmartData; :func:`models.first_names.corpora`) and the Europeana Newspapers German
  NER corpus (CC0; historical newspapers): capitalised words that stand outside every name
  and not at the start of a sentence (German writes nouns with a capital).
- MobIE (CC BY 4.0; German traffic and mobility news and tweets): tokens tagged ``NN``
  outside every location, organisation and person.

A word is listed when the sources together use it so at least ``--min-count`` times
(default 1) and at least ``--ratio`` times (default 4) as often as inside a name of the NER
corpora, and the lemma table does not know it, as it stands or by a compound head of four
letters or more (those the pipeline knows already).
Each row is ``word<TAB>count``; claimex decides with a count threshold of its own.

    python -m models.common_nouns [--shared ../shared] [--min-count 1] [--ratio 4]

The list is derived from CC BY 4.0, CC BY-SA and CC0 data (WikiANN, UD: Wikipedia and web
text; Europeana Newspapers NER corpora, Europeana Newspapers Project, 2012-2015) and is
shipped under CC BY-SA 4.0 with the same attribution as the pipeline (models/README.md).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from claimex.gold import find_shared
from models.convert import common_word
from models.first_names import corpora, count_known, looks_like_name

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "common_nouns.tsv"
EUROPEANA_FILES = ("enp_DE.lft.bio", "enp_DE.onb.bio", "enp_DE.sbb.bio")
MOBIE_FILES = ("train.conll2003", "dev.conll2003", "test.conll2003")
MOBIE_NAMES = ("location", "organization", "person")
SENTENCE_ENDS = frozenset({".", "!", "?", ":"})
UD_FILES = (
    "UD_German-GSD/de_gsd-ud-dev.conllu",
    "UD_German-GSD/de_gsd-ud-test.conllu",
    "UD_German-PUD/de_pud-ud-test.conllu",
)
HEADER = """\
# German common nouns that the lemma table of spacy-lookups-data does not know (nor their
# compound heads), with the number of times annotated text uses them as common nouns: UPOS
# NOUN outside named entities in UD German GSD (dev, test) and PUD (CC BY-SA 4.0 / 3.0), NN
# outside names in MobIE (CC BY 4.0), and capitalised words outside every name, not
# sentence-initial, in GermEval 2014 (test split), WikiANN German, German LER, SmartData
# (CC BY 4.0 / CC BY-SA) and the Europeana Newspapers NER corpora (CC0; Europeana
# Newspapers Project, 2012-2015). This list is shipped under CC BY-SA 4.0.
# Built by `python -m models.common_nouns`; do not edit by hand. word<TAB>count
"""


def ud_forms(paths: Iterable[Path], keep: Callable[[list[str]], bool]) -> Counter[str]:
    """Forms of the CoNLL-U token lines (ten columns, an integer id) that ``keep`` accepts."""
    counts: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit() and keep(cols):
                counts[cols[1]] += 1
    return counts


def _common_noun_line(cols: list[str]) -> bool:
    return cols[3] == "NOUN" and "NamedEntity=Yes" not in cols[9] and looks_like_name(cols[1])


def ud_nouns(paths: Iterable[Path]) -> Counter[str]:
    """Forms tagged ``NOUN`` and not marked ``NamedEntity=Yes`` in CoNLL-U files."""
    return ud_forms(paths, _common_noun_line)


def europeana(paths: Iterable[Path]) -> tuple[Counter[str], Counter[str]]:
    """(capitalised outside names and not after a sentence end, inside names) in the
    Europeana Newspapers token streams (``TOKEN TAG`` lines, no sentence boundaries)."""
    outside: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for path in paths:
        previous = "."
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split(" ")
            if len(fields) != 2 or line.startswith("# "):
                continue
            word, tag = fields
            if looks_like_name(word):
                if tag != "O":
                    inside[word] += 1
                elif previous not in SENTENCE_ENDS:
                    outside[word] += 1
            previous = word
    return outside, inside


def mobie(paths: Iterable[Path]) -> tuple[Counter[str], Counter[str]]:
    """(tagged NN outside names, inside names) in MobIE's CoNLL files; its names are the
    location, organization and person mentions (dates, triggers, causes are no names)."""
    nouns: Counter[str] = Counter()
    inside: Counter[str] = Counter()
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if len(fields) != 4 or not looks_like_name(fields[0]):
                continue
            if fields[3][2:].startswith(MOBIE_NAMES):
                inside[fields[0]] += 1
            elif fields[1] == "NN":
                nouns[fields[0]] += 1
    return nouns, inside


def build(
    nouns: Counter[str], inside: Counter[str], *, min_count: int = 1, ratio: float = 4.0
) -> dict[str, int]:
    """Words used as nouns ``min_count`` times and ``ratio`` times as often as in names
    that the lemma table does not know, neither as they stand nor by a compound head
    ("Autobahnpolizei" -> "Polizei": claimex finds those there)."""
    return {
        word: n
        for word, n in sorted(nouns.items())
        if n >= min_count and n >= ratio * inside[word] and not common_word(word)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=find_shared(ROOT))
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--ratio", type=float, default=4.0)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    if args.shared is None:
        parser.error("../shared not found: pass --shared or set CLAIMEX_SHARED")
    ner = args.shared / "data" / "ner"
    inside, outside = count_known(corpora(args.shared))
    old_outside, old_inside = europeana(
        ner / "europeana-newspapers-de" / name for name in EUROPEANA_FILES
    )
    mobie_nouns, mobie_inside = mobie(ner / "mobie" / name for name in MOBIE_FILES)
    nouns = ud_nouns(args.shared / "data" / "ud" / name for name in UD_FILES)
    nouns += outside + old_outside + mobie_nouns
    inside += old_inside + mobie_inside
    rows = build(nouns, inside, min_count=args.min_count, ratio=args.ratio)
    body = "".join(f"{word}\t{n}\n" for word, n in rows.items())
    args.out.write_text(HEADER + body, encoding="utf-8")
    print(f"{len(rows)} common nouns -> {args.out}")


if __name__ == "__main__":
    main()
