"""Write ``models/knowledge/sports_clubs.tsv``: the football clubs of Germany, Austria and
Switzerland from openfootball's club lists, with the short names German match reports use.

Source: https://github.com/openfootball/clubs at commit ``COMMIT`` (files ``FILES``),
released under CC0 1.0 (public domain dedication; the repository's ``LICENSE.md``).
Each club line of those files gives the club's name; the ``|`` lines below it give its other
names ("FC Schalke 04" | "Schalke" | "Schalke 04"). Kept:

- the club's name and every other name of two or more words that is no place of the
  knowledge list (``lexicon/knowledge.tsv``) nor of GeoNames cities500, except abbreviated forms
  ("Bor. M'gladbach", "B. München II", "Ein Frankfurt": ``_clipped``), names marked with a
  language ("Bayern Munich [en]"),
  sponsors' names (``$$…$$``), dated or bracketed forms ("1. FC Frankfurt (Oder)"), names
  with a slash, and reserve teams (``ii)`` lines and names ending in "II");
- a one-word name ("HSV", "BVB") only where the NER training corpora tag it as an
  organisation at least twice and more often than as anything else, where it is none of the
  club's town words, no German word or given name
  (``models.gazetteer._word_or_given_name``), and where it names one club of the files only
  and begins no other club's name ("TSV", "Austria" of "Austria Wien" and "Austria Lustenau").

The town alone ("Augsburg" for FC Augsburg) stays a place: claimex's ``club_places`` makes
it the club where a document names the club. A name the other curated lists hold stays
theirs (each curated name is unique): of a club they list, this file adds the other names
only, as a row of their own ("1899 Hoffenheim" beside the listed "TSG 1899 Hoffenheim").

Run: ``python -m models.sports_clubs --repo CLONE [--shared ../shared]`` with a clone of
openfootball/clubs checked out at ``COMMIT``, then ``python -m models.gazetteer``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
from collections import Counter
from collections.abc import Iterator
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "knowledge" / "sports_clubs.tsv"
COMMIT = "ae3800227c449447b3a337fc0aac79a8f02f4c8b"
FILES = (
    "europe/germany/de.clubs.txt",
    "europe/austria/at.clubs.txt",
    "europe/switzerland/ch.clubs.txt",
)
SOURCE = "openfootball/clubs {path} ({commit}; CC0 1.0)"
_RESERVE = "\0"
_ABBREVIATED = re.compile(r"(^|\s)[^\W\d]+\.|'")  # "Bor.", "M'gladbach"; not "1. FC"


class Club:
    """One club of an openfootball file: its name, its town words and its other names."""

    def __init__(self, name: str, towns: set[str], path: str) -> None:
        self.name = name
        self.towns = towns
        self.path = path
        self.aliases: list[str] = []


def read_clubs(text: str, path: str) -> Iterator[Club]:
    """The clubs of one openfootball ``*.clubs.txt`` file, reserve teams left out."""
    club: Club | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if line.startswith("ii)"):
            if club is not None:
                club.aliases.append(_RESERVE)  # the names after it are the reserve team's
            continue
        if not line.strip() or line.startswith("="):
            continue
        if line.startswith(" "):
            if club is not None and line.lstrip().startswith("|"):
                club.aliases.extend(a.strip() for a in line.split("|") if a.strip())
            continue  # an address line
        if club is not None:
            yield club
        fields = [f.strip() for f in line.split(",")]
        towns = {w for f in fields[1:] if not f.startswith("@") for w in re.findall(r"\w+", f)}
        club = Club(fields[0], towns, path)
    if club is not None:
        yield club


def rows(
    clubs: list[Club], shared: Path | None, listed: frozenset[str] = frozenset()
) -> Iterator[tuple[str, str, str, str, str]]:
    """The TSV rows (label, type, name, aliases, source) of the clubs' kept names; a name
    that ``listed`` (the other curated lists) or an earlier club holds is left out, so that
    each curated name stays unique."""
    one_word = Counter(
        a for c in clubs for a in {c.name, *c.aliases} if " " not in a and a != _RESERVE
    )
    one_word.update({c.name.split()[0] for c in clubs if " " in c.name})  # "TSV", "Austria"
    seen = set(listed)
    for club in clubs:
        names = [club.name, *club.aliases[: _end(club.aliases)]]
        kept = [
            n for n in dict.fromkeys(names) if n not in seen and _keep(n, club, one_word, shared)
        ]
        if not kept:
            continue
        seen.update(kept)
        source = SOURCE.format(path=club.path, commit=COMMIT[:7])
        yield "ORG", "sports_club", kept[0], "; ".join(kept[1:]), source


def pinned_file(repo: Path, commit: str, path: str) -> str:
    """The text of ``path`` at ``commit`` in the git clone ``repo`` (a source pinned to one
    commit, so that a rebuild reads what the shipped file was built from)."""
    return subprocess.run(
        ["git", "-C", str(repo), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def listed_names(folder: Path = TARGET.parent) -> frozenset[str]:
    """The names and aliases of the other curated lists (``models/knowledge/*.tsv``)."""
    from models.gazetteer import read_rows

    names = set()
    for path in sorted(folder.glob("*.tsv")):
        if path.name == TARGET.name:
            continue
        for _, _, name, aliases, _ in read_rows(path):
            names.add(name)
            names.update(a.strip() for a in aliases.split(";") if a.strip())
    return frozenset(names)


def _end(aliases: list[str]) -> int:
    return aliases.index(_RESERVE) if _RESERVE in aliases else len(aliases)


def _keep(name: str, club: Club, one_word: Counter[str], shared: Path | None) -> bool:
    if (
        any(mark in name for mark in "[($/")
        or _ABBREVIATED.search(name)
        or name.endswith((" II", " III", " Am."))
        or _clipped(name, club)
    ):
        return False
    if _listed_place(name) or name in _geonames_towns():
        return False  # "Wiener Neustadt" of "SC Wiener Neustadt" stays the town
    if " " in name:
        return True
    return name not in club.towns and one_word[name] == 1 and _organisation_name(name, shared)


_WORD_ENDINGS = ("", "e", "n", "en", "s", "es", "er", "scher")
"""What may follow a word in a longer word of the same club without the word being cut
short: inflections and town adjectives ("Berlin" of "Berliner", "Hannover" of
"Hannoverscher", "Sport" of "Sports")."""


def _clipped(name: str, club: Club) -> bool:
    """Whether a word of ``name`` is another word of the club's names cut short without a
    dot ("Ein Frankfurt", "Eint Frankfurt" of "Eintracht Frankfurt", "Stuttgarter K"): an
    abbreviated form, no name German text writes. Acronyms ("SC" of "SCR") and German words
    ("Lok" of "Lokomotive": "1. FC Lok Leipzig") are no cuts."""
    from models.gazetteer import _word_or_given_name

    words = {w for n in (club.name, *club.aliases) for w in n.split() if w.isalpha()}
    for word in name.split():
        if not word.isalpha() or (len(word) > 1 and word.isupper()) or _word_or_given_name(word):
            continue
        if len(word) == 1 or any(
            v.startswith(word) and v[len(word) :] not in _WORD_ENDINGS for v in words
        ):
            return True
    return False


@cache
def _geonames_towns() -> frozenset[str]:
    """The names of GeoNames cities500 (``models.towns.source_file``): "Buchbach" of "TSV
    Buchbach" is its village."""
    import json

    from models.towns import source_file

    data = json.loads(source_file().read_text(encoding="utf-8"))
    return frozenset(city["name"] for city in data.values())


def _listed_place(name: str) -> bool:
    from claimex.components.knowledge import lookup

    entry = lookup(name)
    return entry is not None and entry.label == "LOC"


def _organisation_name(name: str, shared: Path | None) -> bool:
    """A name the NER training corpora tag as an organisation at least twice and more often
    than as anything else ("HSV", "BVB"), and no German word or given name."""
    from models.gazetteer import _name_uses, _word_or_given_name

    if shared is None or _word_or_given_name(name):
        return False
    uses = _name_uses(shared).get(name, Counter())
    return uses["ORG"] >= 2 and uses["ORG"] > sum(uses.values()) - uses["ORG"]


def main() -> None:
    """Write ``models/knowledge/sports_clubs.tsv`` from a clone of openfootball/clubs."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", type=Path, required=True, help="git clone of openfootball/clubs")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    args = parser.parse_args()
    clubs: list[Club] = []
    for path in FILES:
        text = pinned_file(args.repo, COMMIT, path)
        clubs.extend(read_clubs(text, path))
    out = list(rows(clubs, args.shared, listed_names()))
    header = (
        "# Football clubs of Germany, Austria and Switzerland with their short names, from\n"
        f"# openfootball/clubs (https://github.com/openfootball/clubs, commit {COMMIT},\n"
        "# CC0 1.0 public domain dedication). Generated by models/sports_clubs.py\n"
        "# (python -m models.sports_clubs --repo CLONE); do not edit.\n"
        "# Columns (tab-separated): label, type, name, aliases, source\n"
    )
    TARGET.write_text(header + "".join("\t".join(r) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} clubs -> {TARGET}")


if __name__ == "__main__":
    main()
