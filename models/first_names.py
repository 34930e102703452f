"""Build ``src/claimex/lexicon/first_names.txt``: given names seen in annotated German text
and in the Berlin register of given names.

Two sources:

- The first word of a multi-word person name in the openly licensed NER corpora that the
  bundled pipeline is trained on (GermEval 2014 *test* — never its dev split, which is the
  held-out NER test —, WikiANN German, German LER, SmartData). A word is kept when it opens
  a person name at least ``--min-count`` times (default 1) and does so more often than it
  opens other names or stands capitalised outside names. A word that is also a common German
  word (the lemma table of spacy-lookups-data: "Franz", "Thomas", "Albert") needs at least
  five person names and five times as many as other uses.
- ``models/first_names_berlin.tsv``: the given names of the children born in Berlin
  2012-2023 (Berlin open data, CC BY 3.0 DE), each given at least ``--berlin-min`` times
  (default 3): "Karin", "Henriette", "Joschka". A name the NER corpora use more often outside
  person names than as a first name ("Leon", "Sofia"), or a common German word without the
  evidence above ("Rose", "August"), is left out.

Neither keeps a title or function ("Präsident") or a gazetteer place.

claimex uses the list to find person names that the NER missed or cut short: "Gertraud
Jahn" where the NER saw only "Jahn", "Bettina Lancester" where it saw nothing.

    python -m models.first_names [--shared ../shared] [--min-count 1] [--berlin-min 3]
                                 [--berlin-repo CLONE]

The list is derived from CC BY 4.0 and CC BY-SA 4.0 data (WikiANN: Wikipedia text) and CC
BY 3.0 DE data (Berlin: "Berliner Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) /
BerlinOnline Stadtportal GmbH & Co. KG", github.com/berlinonline/haeufige-vornamen-berlin) and
is shipped under CC BY-SA 4.0 with the same attribution as the pipeline (models/README.md).
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import subprocess
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import Doc

from claimex.components.namewords import gazetteer_places, is_role_word
from models.convert import _lemma_table, german_ler, germeval, smartdata_news, wikiann

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "first_names.txt"
BERLIN = ROOT / "models" / "first_names_berlin.tsv"
KNOWN_TARGET = ROOT / "src" / "claimex" / "lexicon" / "known_names.txt"
BERLIN_COMMIT = "e8760a76ae719468e7a3804d3e679763085c734d"
BERLIN_HEADER = f"""\
# Given names of the children born in Berlin 2012-2023, summed over the years, the districts and
# the name positions (first, second, ... given name): "Liste der häufigen Vornamen" of the Berlin
# open data portal, cleaned data (data/cleaned/*/*.csv) of
# https://github.com/berlinonline/haeufige-vornamen-berlin at commit
# {BERLIN_COMMIT}. Licence: CC BY 3.0 DE; attribution: "Berliner
# Landesamt für Bürger- und Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co.
# KG", https://github.com/berlinonline/haeufige-vornamen-berlin.
# Kept: names given at least 3 times in all that look like a name (capitalised letters, optional
# hyphen). Columns (tab-separated): name, count. Read by `python -m models.first_names`;
# rebuilt from a clone of the repository by `python -m models.first_names --berlin-repo PATH`.
"""
KNOWN_HEADER = """\
# Words that stand inside names far more often than outside them in GermEval 2014 (test
# split), WikiANN German, German LER and SmartData (CC BY 4.0 / CC BY-SA 4.0; this list is
# shipped under CC BY-SA 4.0): a one-word name the tagger calls a common noun is kept when
# it is listed here ("Müller", "Brandenburg"). Built by `python -m models.first_names`.
"""
HEADER = """\
# Given names: the first word of multi-word person names in GermEval 2014 (test split),
# WikiANN German, German LER and SmartData (CC BY 4.0 / CC BY-SA 4.0), and the given names of
# children born in Berlin 2012-2023 (CC BY 3.0 DE: Berliner Landesamt für Bürger- und
# Ordnungsangelegenheiten (LABO) / BerlinOnline Stadtportal GmbH & Co. KG,
# github.com/berlinonline/haeufige-vornamen-berlin). This list is shipped under CC BY-SA 4.0.
# Built by `python -m models.first_names`; do not edit by hand.
"""


def looks_like_name(word: str) -> bool:
    """A capitalised word of 2-20 letters, hyphenated parts each capitalised ("Jean-Luc")."""
    parts = word.split("-")
    return 2 <= len(word) <= 20 and all(
        p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts
    )


def count(docs: list[Doc]) -> tuple[Counter[str], Counter[str]]:
    """(opens a person name, opens another name or stands capitalised outside names)."""
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for doc in docs:
        starts = {ent.start: ent for ent in doc.ents}
        inside = {i for ent in doc.ents for i in range(ent.start + 1, ent.end)}
        for i, token in enumerate(doc):
            if i in inside or not looks_like_name(token.text):
                continue
            ent = starts.get(i)
            if ent is not None and ent.label_ == "PER" and len(ent) >= 2:
                person[token.text] += 1
            elif (ent is not None and ent.label_ != "PER") or (ent is None and i > 0):
                other[token.text] += 1
    return person, other


def count_known(docs: list[Doc]) -> tuple[Counter[str], Counter[str]]:
    """(inside a name, capitalised outside names and not sentence-initial)."""
    inside: Counter[str] = Counter()
    outside: Counter[str] = Counter()
    for doc in docs:
        in_ent = {i for ent in doc.ents for i in range(ent.start, ent.end)}
        for i, token in enumerate(doc):
            if not looks_like_name(token.text):
                continue
            if i in in_ent:
                inside[token.text] += 1
            elif i > 0:
                outside[token.text] += 1
    return inside, outside


def corpora(shared: Path) -> list[Doc]:
    """The training corpora's sentences (never GermEval dev)."""
    nlp = spacy.blank("de")
    vocab = nlp.vocab
    ner = shared / "data" / "ner"
    rng = random.Random(0)
    docs: list[Doc] = list(germeval(ner / "germeval2014/NER-de-test.tsv", vocab))
    docs += wikiann(
        [ner / "wikiann-panx-de/train-de.tsv", ner / "wikiann-panx-de/dev-de.tsv"],
        vocab,
        10**9,
        rng,
    )
    docs += german_ler(
        [ner / "german-ler/ler_dev.conll", ner / "german-ler/ler_test.conll"], vocab, 10**9, rng
    )
    docs += smartdata_news(
        [ner / "smartdata/v1_20180119_train.json", ner / "smartdata/v1_20180119_test.json"], nlp
    )
    return docs


def berlin_names(path: Path = BERLIN) -> Counter[str]:
    """Given names of the Berlin register (``models/first_names_berlin.tsv``) with counts."""
    counts: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, n = line.split("\t")
            counts[name] = int(n)
    return counts


def read_berlin_repo(repo: Path, *, commit: str = BERLIN_COMMIT) -> Counter[str]:
    """Children per given name in the cleaned CSV files (``data/cleaned/<year>/*.csv``,
    columns vorname, anzahl, ...) of a clone of
    github.com/berlinonline/haeufige-vornamen-berlin at ``commit``, read with git."""

    def git(*args: str) -> str:
        return subprocess.run(
            ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
        ).stdout

    counts: Counter[str] = Counter()
    for path in git("ls-tree", "-r", "--name-only", commit, "data/cleaned").split():
        if path.endswith(".csv"):
            for row in csv.DictReader(io.StringIO(git("show", f"{commit}:{path}"))):
                counts[row["vorname"]] += int(row["anzahl"])
    return counts


def write_berlin(counts: Counter[str], path: Path = BERLIN, *, min_count: int = 3) -> int:
    """Write ``models/first_names_berlin.tsv`` from :func:`read_berlin_repo`'s counts: the
    names given at least ``min_count`` times that look like a name."""
    lines = [
        f"{name}\t{n}"
        for name, n in sorted(counts.items())
        if n >= min_count and looks_like_name(name)
    ]
    path.write_text(BERLIN_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def build(
    docs: list[Doc],
    *,
    min_count: int = 1,
    berlin: Counter[str] | None = None,
    berlin_min: int = 3,
    common_min: int = 5,
) -> list[str]:
    """Given names: words that open multi-word person names more often than not, and
    Berlin given names (``berlin``, at least ``berlin_min`` children) that the corpora do
    not use more often otherwise. A common German word needs ``common_min`` person names and
    ``common_min`` times as many as other uses."""
    person, other = count(docs)
    table, _ = _lemma_table()
    places = gazetteer_places()

    def allowed(word: str) -> bool:
        if is_role_word(word) or word in places:
            return False
        if word in table or word.lower() in table:
            n = person[word]
            return n >= common_min and n >= common_min * other[word]
        return True

    names = {
        word for word, n in person.items() if n >= min_count and n > other[word] and allowed(word)
    }
    for word, n in (berlin or Counter()).items():
        if (
            n >= berlin_min
            and looks_like_name(word)
            and other[word] <= person[word]
            and allowed(word)
        ):
            names.add(word)
    return sorted(names)


def build_known(docs: list[Doc], *, min_count: int = 2, ratio: float = 4.0) -> list[str]:
    """Words inside names at least ``min_count`` times and ``ratio`` times as often as
    capitalised outside them, and no common German word."""
    inside, outside = count_known(docs)
    table, _ = _lemma_table()
    return sorted(
        word
        for word, n in inside.items()
        if n >= min_count
        and n >= ratio * outside[word]
        and word not in table
        and word.lower() not in table
        and not is_role_word(word)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--min-count", type=int, default=1)
    parser.add_argument("--berlin-min", type=int, default=3)
    parser.add_argument("--out", type=Path, default=TARGET)
    parser.add_argument(
        "--berlin-repo",
        type=Path,
        help="a clone of github.com/berlinonline/haeufige-vornamen-berlin: rewrite "
        "models/first_names_berlin.tsv from it first",
    )
    args = parser.parse_args()
    if args.berlin_repo is not None:
        n = write_berlin(read_berlin_repo(args.berlin_repo))
        print(f"{n} Berlin given names -> {BERLIN}")
    docs = corpora(args.shared)
    names = build(docs, min_count=args.min_count, berlin=berlin_names(), berlin_min=args.berlin_min)
    args.out.write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} given names -> {args.out}")
    known = build_known(docs)
    KNOWN_TARGET.write_text(KNOWN_HEADER + "\n".join(known) + "\n", encoding="utf-8")
    print(f"{len(known)} known name words -> {KNOWN_TARGET}")


if __name__ == "__main__":
    main()
