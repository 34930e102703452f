"""Write ``models/knowledge/courts.tsv``: Germany's courts and public prosecutors' offices by
their seat, in the forms news names them ("Landgericht Bremen", "Staatsanwaltschaft
Braunschweig").

Source: the XJustiz code list GDS.Gerichte (the courts, prosecutors' offices and other
bodies of the German judiciary with their codes, kept by the Bund-Länder-Kommission für
Informationstechnik in der Justiz and published on xrepository.de), as written out in the
Java SDK of https://github.com/l-pagel/X.Justiz.Core at commit ``COMMIT`` (file ``FILE``,
MIT license; the code list itself is an official list of public bodies). Each entry's
name is the bold text of its comment (``<b>Landgericht Bremen</b>``). Kept:

- the courts of the ordinary, labour, social, administrative, finance and constitutional
  jurisdictions (``KINDS``) with their seat ("Amtsgericht Wolfsburg", "Oberlandesgericht
  Stuttgart", "Verwaltungsgericht der Freien Hansestadt Bremen"), with a dissolved court's
  "aufgelöst-" mark dropped (the news of earlier years names them);
- a public prosecutor's office attached to a Landgericht under the name news uses, its
  seat: "Staatsanwaltschaft beim Landgericht Hechingen" -> "Staatsanwaltschaft Hechingen";
- not: land registries, prisons, lawyers' courts, test entries, branch offices
  ("Zwst.", "Außenstelle"), the part of a court after a comma ("Amtsgericht Stuttgart,
  Zentrales Mahngericht ...") or in brackets, the divisions of a court
  ("Landgericht Berlin Zivilgerichtsbarkeit" -> "Landgericht Berlin").

A name the other curated lists hold stays theirs ("Bundesgerichtshof"). Label ORG, type
``court`` (gold FORMAT.md: courts are organisations).

Run: ``python -m models.courts --repo CLONE`` with a clone of l-pagel/X.Justiz.Core that has
``COMMIT``, then ``python -m models.gazetteer``.
"""

from __future__ import annotations

import argparse
import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "knowledge" / "courts.tsv"
COMMIT = "f1369b9"
FILE = "sdk/java/src/main/java/de/xjustiz/core/models/GerichtCode.java"
SOURCE = "XJustiz code list GDS.Gerichte (l-pagel/X.Justiz.Core {commit}, MIT)"
# The courts named by their kind and seat (the ordinary, labour, social, administrative,
# finance and state constitutional jurisdictions).
KINDS = (
    "Amtsgericht",
    "Landgericht",
    "Oberlandesgericht",
    "Kammergericht",
    "Arbeitsgericht",
    "Landesarbeitsgericht",
    "Sozialgericht",
    "Landessozialgericht",
    "Verwaltungsgericht",
    "Oberverwaltungsgericht",
    "Verwaltungsgerichtshof",
    "Finanzgericht",
    "Verfassungsgerichtshof",
    "Staatsgerichtshof",
    "Landesverfassungsgericht",
    "Generalstaatsanwaltschaft",
)
PROSECUTOR = re.compile(r"^Staatsanwaltschaft beim Landgericht (?P<seat>.+)$")
# A court's division or branch after its seat ("Landgericht Berlin Zivilgerichtsbarkeit").
DIVISION = re.compile(
    r"\s+-?(\S*(gerichtsbarkeit|instanz)|Auswärtige|\S*[Kk]ammer\w*|\S*[Ss]enat\w*)\b.*$"
)
BRANCH = ("Zwst.", "Außenstelle", "Zweigstelle")


def court_names(text: str) -> list[str]:
    """The bold names of the code list's entries in the Java source ``text``."""
    return [html.unescape(m) for m in re.findall(r"<b>(.*?)</b>", text)]


def news_name(name: str) -> str | None:
    """The form news uses for a code-list name, or None for a body left out.

    Example:
        >>> news_name("Staatsanwaltschaft beim Landgericht Hechingen")
        'Staatsanwaltschaft Hechingen'
        >>> news_name("aufgelöst-Amtsgericht Haigerloch")
        'Amtsgericht Haigerloch'
        >>> news_name("Grundbuchamt Heilbronn") is None
        True
    """
    name = name.removeprefix("aufgelöst-").strip()
    if any(mark in name for mark in BRANCH):
        return None
    name = name.split(",")[0].split(" (")[0].strip()
    name = DIVISION.sub("", name)
    prosecutor = PROSECUTOR.match(name)
    if prosecutor:
        return f"Staatsanwaltschaft {prosecutor['seat']}"
    kind, _, seat = name.partition(" ")
    if kind not in KINDS or not seat or (not seat[0].isupper() and not seat.startswith("der ")):
        return None
    return name


def rows(names: Iterable[str], listed: frozenset[str] = frozenset()) -> Iterator[tuple[str, ...]]:
    """The TSV rows (label, type, name, aliases, source) of the kept names, each once, none
    that ``listed`` (the other curated lists) holds."""
    seen = set(listed)
    source = SOURCE.format(commit=COMMIT)
    for raw in names:
        name = news_name(raw)
        if name is None or name in seen:
            continue
        seen.add(name)
        yield "ORG", "court", name, "", source


def main() -> None:
    """Write ``models/knowledge/courts.tsv`` from a clone of l-pagel/X.Justiz.Core."""
    from models.sports_clubs import listed_names, pinned_file

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repo", type=Path, required=True, help="git clone of X.Justiz.Core")
    args = parser.parse_args()
    text = pinned_file(args.repo, COMMIT, FILE)
    listed = listed_names() - _own_names()
    out = list(rows(court_names(text), listed))
    header = (
        "# Courts and public prosecutors' offices of Germany by their seat, from the XJustiz\n"
        "# code list GDS.Gerichte as written out in l-pagel/X.Justiz.Core\n"
        f"# (https://github.com/l-pagel/X.Justiz.Core, commit {COMMIT}, {FILE}, MIT).\n"
        "# Generated by models/courts.py (python -m models.courts --repo CLONE); do not edit.\n"
        "# Columns (tab-separated): label, type, name, aliases, source\n"
    )
    TARGET.write_text(header + "".join("\t".join(r) + "\n" for r in out), encoding="utf-8")
    print(f"{len(out)} courts -> {TARGET}")


def _own_names() -> frozenset[str]:
    """The names of the current ``courts.tsv`` (``listed_names`` reads every file)."""
    from models.gazetteer import read_rows

    if not TARGET.exists():
        return frozenset()
    return frozenset(name for _, _, name, _, _ in read_rows(TARGET))


if __name__ == "__main__":
    main()
