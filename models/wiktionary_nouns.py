"""Build ``src/claimex/lexicon/wiktionary_nouns.txt``: forms of German common nouns from
Wiktionary that the pipeline's lemma lookup table does not know.

The lemma table of spacy-lookups-data misses many plain nouns ("Polizei", "Presse",
"Justiz", "Verteidigung"), so the German-word check of the entity rules
(``components/word_checks.py``) took them for names. The PyPI package ``german-nouns``
1.2.5 (Gregor Weichbrodt, github.com/gambolputty/german-nouns) compiles about 100,000
German nouns with all case and number forms from de.wiktionary.org (``german_nouns/nouns.csv``;
CC BY-SA 4.0, credit "Wiktionary contributors, via german-nouns"). Kept are the one-word
forms of entries whose part of speech is ``Substantiv`` (also with ``adjektivische
Deklination``) and no name type (``Toponym``, ``Vorname``, ``Nachname``, ``Eigenname``,
``Straßenname``, ``Abkürzung``, ...), left out:

- lemmas that another entry of the source lists with a name type ("Weber" the surname,
  "Welt" the newspaper);
- forms the lemma table knows, as they stand or by a compound head
  (``models.convert.common_word``: the check finds those there), and compounds whose head
  of ``word_checks.WIKTIONARY_HEAD`` letters or more is itself a kept form
  ("Raketenverteidigung" -> "Verteidigung": the check's compound test finds them);
- entries one of whose forms claimex's name lists hold: ``lemma_table_names.txt``,
  ``known_names.txt``, ``first_names.txt``, ``misc_names.txt``, ``towns.txt`` and the
  one-word names of ``gazetteer.txt`` ("Bundespolizei", "Amazon", "Borussia");
- entries with a form that annotated text uses as a person or place name more often than
  as a common noun (the counts of ``models.lemma_names``: UD German PROPN, inside
  PER/LOC names of GermEval 2014 test, German LER, SmartData, MobIE, Europeana; "Bosporus").

    python -m models.wiktionary_nouns [--wheel-dir DIR | --wheel FILE] [--shared ../shared]

Without either, the wheel is fetched with ``pip download german-nouns==1.2.5 --no-deps``
into a temporary folder. The list is shipped under CC BY-SA 4.0.
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimex.components.word_checks import WIKTIONARY_HEAD
from claimex.gold import find_shared
from models.convert import common_word
from models.lemma_names import name_and_noun_counts

ROOT = Path(__file__).resolve().parent.parent
LEXICON = ROOT / "src" / "claimex" / "lexicon"
TARGET = LEXICON / "wiktionary_nouns.txt"
VERSION = "1.2.5"
CSV_MEMBER = "german_nouns/nouns.csv"
NOUN = "Substantiv"
# Part-of-speech labels that leave a common noun a common noun; every other label of the
# source marks a name, an abbreviation, an affix or a phrase.
PLAIN = frozenset({NOUN, "adjektivische Deklination"})
NAME_LISTS = ("lemma_table_names", "known_names", "first_names", "misc_names", "towns")
MIN_NAME = 1  # uses as a name that make a noun of the source a name (round 20)
MIN_LENGTH = 4  # shorter forms are letters, abbreviations and interjections
HEADER = """\
# Forms of German common nouns that the lemma table of spacy-lookups-data does not know,
# nor by a compound head: all case and number forms of the Wiktionary entries with part of
# speech "Substantiv" and no name type, from german-nouns {version} (Gregor Weichbrodt,
# https://github.com/gambolputty/german-nouns, compiled from de.wiktionary.org).
# Licence CC BY-SA 4.0, credit "Wiktionary contributors, via german-nouns".
# Left out: lemmas the source also lists as a name; compounds of a listed form (head of at
# least {head} letters); entries with a form that claimex's name lists hold or that
# annotated text (UD German, GermEval 2014 test, German LER, SmartData, MobIE, Europeana
# NER) uses as a person or place name more often than as a noun.
# {lemmas} entries read, {count} forms.
# Built by `python -m models.wiktionary_nouns`; do not edit by hand.
"""


def fetch_wheel(target: Path) -> Path:
    """Download the german-nouns wheel into ``target`` with pip."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            f"german-nouns=={VERSION}",
            "--no-deps",
            *("--only-binary", ":all:", "-d", str(target)),
        ],
        check=True,
    )
    return next(target.glob("german_nouns-*.whl"))


def read_rows(wheel_dir: Path | None, wheel: Path | None) -> list[dict[str, str]]:
    """The rows of ``nouns.csv`` from an unpacked wheel folder or a wheel file."""
    if wheel_dir is not None:
        text = (wheel_dir / CSV_MEMBER).read_text(encoding="utf-8")
    else:
        assert wheel is not None
        with zipfile.ZipFile(wheel) as archive:
            text = archive.read(CSV_MEMBER).decode("utf-8")
    return list(csv.DictReader(text.splitlines()))


def _labels(row: dict[str, str]) -> frozenset[str]:
    return frozenset(label.strip() for label in row["pos"].split(","))


def _forms(row: dict[str, str]) -> Iterator[str]:
    for column, value in row.items():
        if column in {"lemma", "pos"} or column.startswith("genus") or not value:
            continue
        yield value.strip()


def one_word(form: str) -> bool:
    """A capitalised word of letters (hyphens inside allowed) of four letters or more."""
    return (
        len(form) >= MIN_LENGTH
        and form[:1].isupper()
        and form.replace("-", "").isalpha()
        and not form.endswith("-")
    )


def name_words() -> frozenset[str]:
    """The words claimex's name lists hold (one-word gazetteer names too)."""
    names: set[str] = set()
    for name in NAME_LISTS:
        for line in (LEXICON / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            entry = line.split("#", 1)[0].strip()
            if entry:
                names.add(entry.split("\t")[0])
    for line in (LEXICON / "gazetteer.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "\t" not in line:
            continue
        surface = line.split("\t", 1)[1].strip()
        if " " not in surface:
            names.add(surface)
    return frozenset(names)


def _heads(form: str) -> Iterable[str]:
    """The compound heads the German-word check looks up in the list."""
    return (form[i:].capitalize() for i in range(1, len(form) - WIKTIONARY_HEAD + 1))


def used_as_names(counts: tuple[Counter[str], Counter[str]]) -> frozenset[str]:
    """Words the NER corpora and UD use as (part of) a person or place name at least
    ``MIN_NAME`` times and more often than as a common noun (``models.lemma_names``'s
    counts: "Bosporus", "Blatter", "Kubaner")."""
    names, nouns = counts
    return frozenset(word for word, n in names.items() if n >= MIN_NAME and n > nouns[word])


def build(rows: list[dict[str, str]], names: frozenset[str]) -> tuple[int, list[str]]:
    """The number of plain noun entries and their kept forms, sorted."""
    named = {row["lemma"] for row in rows if not _labels(row) <= PLAIN}
    plain = [row for row in rows if NOUN in _labels(row) and _labels(row) <= PLAIN]
    forms = {
        form
        for row in plain
        if row["lemma"] not in named and not names.intersection([row["lemma"], *_forms(row)])
        for form in _forms(row)
        if one_word(form) and form not in named
    }
    unknown = {form for form in forms if not common_word(form)}
    kept = sorted(form for form in unknown if not any(h in unknown for h in _heads(form)))
    return len(plain), kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--wheel-dir", type=Path, help="an unpacked german-nouns wheel")
    source.add_argument("--wheel", type=Path, help="a german-nouns wheel file")
    parser.add_argument("--shared", type=Path, default=find_shared(ROOT))
    parser.add_argument("--out", type=Path, default=TARGET)
    args = parser.parse_args()
    if args.shared is None:
        parser.error("../shared not found: pass --shared or set CLAIMEX_SHARED")
    names = name_words() | used_as_names(name_and_noun_counts(args.shared))
    wheel_dir, wheel = args.wheel_dir, args.wheel
    with tempfile.TemporaryDirectory() as tmp:
        if wheel_dir is None and wheel is None:
            wheel = fetch_wheel(Path(tmp))
        lemmas, kept = build(read_rows(wheel_dir, wheel), names)
    header = HEADER.format(version=VERSION, head=WIKTIONARY_HEAD, lemmas=lemmas, count=len(kept))
    args.out.write_text(header + "".join(f"{form}\n" for form in kept), encoding="utf-8")
    print(f"{len(kept)} forms of {lemmas} nouns -> {args.out}")


if __name__ == "__main__":
    main()
