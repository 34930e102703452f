"""Build ``src/claimex/lexicon/lemma_table_names.txt``: entries of the pipeline's lemma
lookup table that annotated German text uses as names, not as words.

The lemma table of spacy-lookups-data lists many proper names among its forms ("Irak",
"Polen", "Herborn"), and its compound test makes names count as German ("Lohfink" ends
in "Fink"), so the rules that ask "is this a German word?" take them for words. This
list holds the words the table (or its compound test) knows that the sources use as a
name at least ``--min-name`` times and as a common noun at most ``--max-noun`` times:

- names: UPOS ``PROPN`` in UD German GSD (dev, test) and PUD (CC BY-SA 4.0 / 3.0);
  tokens inside person and place names of GermEval 2014 (test split), German LER,
  SmartData (CC BY 4.0), MobIE (CC BY 4.0; location, person) and the
  Europeana Newspapers NER corpora (CC0);
- nouns: the counts ``models.common_nouns`` takes (UPOS ``NOUN`` outside named entities
  in UD; capitalised words outside every name, not sentence-initial, in the NER corpora;
  ``NN`` outside names in MobIE).

WikiANN, whose data license is not stated, is not read.

    python -m models.lemma_names [--shared ../shared] [--min-name 2] [--max-noun 0]

Chosen on the German Wikinews train_a split (round 10): --min-name 1 or 2 with --max-noun
0 or 1 change the same entities there; 3 or more change none.

The list is shipped under CC BY-SA 4.0 with the attribution of models/README.md.
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc

from claimex.gold import find_shared
from models.common_nouns import (
    EUROPEANA_FILES,
    MOBIE_FILES,
    UD_FILES,
    europeana,
    mobie,
    ud_forms,
    ud_nouns,
)
from models.convert import common_word, german_ler, germeval, smartdata_news
from models.first_names import looks_like_name

NAME_LABELS = frozenset({"PER", "LOC"})

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "lemma_table_names.txt"
HEADER = """\
# Words of the lemma lookup table (spacy-lookups-data), or compounds its test calls German,
# that annotated text uses as names: at least {min_name} times as a name (UPOS PROPN in UD
# German GSD dev/test and PUD, CC BY-SA 4.0 / 3.0; inside a name in GermEval 2014 test,
# German LER, SmartData, MobIE, CC BY 4.0, and the Europeana Newspapers NER corpora, CC0)
# and at most {max_noun} times as a common noun (UD NOUN outside named entities; capitalised
# outside names, not sentence-initial, in the NER corpora; MobIE NN outside names).
# {count} entries. Built by `python -m models.lemma_names --min-name {min_name} --max-noun
# {max_noun}`; do not edit by hand. Shipped under CC BY-SA 4.0. word<TAB># names nouns
"""


def ud_proper_nouns(paths: Iterable[Path]) -> Counter[str]:
    """Forms tagged ``PROPN`` in CoNLL-U files."""
    return ud_forms(paths, lambda cols: cols[3] == "PROPN")


def licensed_corpora(shared: Path) -> list[Doc]:
    """GermEval 2014 test, German LER and SmartData news (no WikiANN, no GermEval dev)."""
    nlp = spacy.blank("de")
    ner = shared / "data" / "ner"
    docs: list[Doc] = list(germeval(ner / "germeval2014/NER-de-test.tsv", nlp.vocab))
    ler = [ner / "german-ler/ler_dev.conll", ner / "german-ler/ler_test.conll"]
    docs += german_ler(ler, nlp.vocab, 10**9, random.Random(0))
    smartdata = [ner / "smartdata/v1_20180119_train.json", ner / "smartdata/v1_20180119_test.json"]
    docs += smartdata_news(smartdata, nlp)
    return docs


def count_names(docs: list[Doc]) -> tuple[Counter[str], Counter[str]]:
    """(inside a person or place name, capitalised outside every name and not
    sentence-initial)."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for doc in docs:
        labels = {i: ent.label_ for ent in doc.ents for i in range(ent.start, ent.end)}
        for i, token in enumerate(doc):
            if not looks_like_name(token.text):
                continue
            if labels.get(i) in NAME_LABELS:
                inside[token.text] += 1
            elif i > 0 and i not in labels:
                outside[token.text] += 1
    return inside, outside


def tagged_names(lines: Iterable[str], sep: str, tag_column: int) -> Counter[str]:
    """Name-shaped tokens tagged as (part of) a person or place in BIO token lines."""
    counts: Counter[str] = Counter()
    for line in lines:
        fields = line.split(sep)
        if len(fields) > tag_column and looks_like_name(fields[0]):
            label = fields[tag_column][2:].upper()
            if label[:3] in ("PER", "LOC"):
                counts[fields[0]] += 1
    return counts


def read_lines(paths: Iterable[Path]) -> Iterable[str]:
    for path in paths:
        yield from path.read_text(encoding="utf-8").splitlines()


def name_and_noun_counts(shared: Path) -> tuple[Counter[str], Counter[str]]:
    """How often the sources use each name-shaped word as a name and as a common noun."""
    ner = shared / "data" / "ner"
    inside, outside = count_names(licensed_corpora(shared))
    old = [ner / "europeana-newspapers-de" / name for name in EUROPEANA_FILES]
    old_outside, _ = europeana(old)
    old_inside = tagged_names(read_lines(old), " ", 1)
    news = [ner / "mobie" / name for name in MOBIE_FILES]
    mobie_nouns, _ = mobie(news)
    mobie_inside = tagged_names(read_lines(news), "\t", 3)
    ud = [shared / "data" / "ud" / name for name in UD_FILES]
    names = ud_proper_nouns(ud) + inside + old_inside + mobie_inside
    nouns = ud_nouns(ud) + outside + old_outside + mobie_nouns
    return names, nouns


def build(
    names: Counter[str], nouns: Counter[str], *, min_name: int, max_noun: int
) -> dict[str, tuple[int, int]]:
    """Name-shaped words used as names ``min_name`` times or more and as nouns ``max_noun``
    times or fewer that the lemma table counts as German words."""
    return {
        word: (n, nouns[word])
        for word, n in sorted(names.items())
        if n >= min_name and nouns[word] <= max_noun and looks_like_name(word) and common_word(word)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=find_shared(ROOT))
    parser.add_argument("--min-name", type=int, default=2)
    parser.add_argument("--max-noun", type=int, default=0)
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    if args.shared is None:
        parser.error("../shared not found: pass --shared or set CLAIMEX_SHARED")
    names, nouns = name_and_noun_counts(args.shared)
    rows = build(names, nouns, min_name=args.min_name, max_noun=args.max_noun)
    header = HEADER.format(
        min_name=args.min_name,
        max_noun=args.max_noun,
        count=len(rows),
    )
    body = "".join(f"{word}\t# {n} {m}\n" for word, (n, m) in rows.items())
    args.out.write_text(header + body, encoding="utf-8")
    print(f"{len(rows)} names -> {args.out}")


if __name__ == "__main__":
    main()
