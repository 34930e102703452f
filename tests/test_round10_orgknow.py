"""Issue 14 (ORG is the worst label), round 10: the knowledge lists gained the organisations
German-language news names often, by type (federal, Austrian and Swiss bodies, state
governments, foreign agencies and central banks, UN agencies and missions, EU agencies,
parties of Austria, Switzerland and other European countries, unions, associations, NGOs,
institutes and universities, foreign news agencies and papers, German regional papers,
companies). The rows were written from general knowledge, not from evaluation text (their
source column names the German Wikipedia article); each is looked up with its type, and the
entity stage tags it as an ORG."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimex.components.knowledge import TYPES, lookup

KNOWLEDGE = Path(__file__).resolve().parents[1] / "models" / "knowledge"
_MARK = "# Issue 14 (ORG recall), added by type"

ADDED = [
    ("Bundesamt für Wirtschaft und Ausfuhrkontrolle", "federal_body"),
    ("Eidgenössisches Departement für auswärtige Angelegenheiten", "ministry"),
    ("Landesregierung Schleswig-Holstein", "state_body"),
    ("Bayerische Staatskanzlei", "state_body"),
    ("Food and Drug Administration", "federal_body"),
    ("Europäische Arzneimittel-Agentur", "international_body"),
    ("OPCW", "international_body"),
    ("Internationaler Seegerichtshof", "court"),
    ("Christlichdemokratische Volkspartei", "party"),
    ("Schwedendemokraten", "party"),
    ("Schweizerischer Gewerkschaftsbund", "union"),
    ("Deutscher Journalisten-Verband", "union"),
    ("Deutscher Richterbund", "association"),
    ("Kindernothilfe", "ngo"),
    ("Karlsruher Institut für Technologie", "research_institute"),
    ("Polnische Nachrichtenagentur", "news_agency"),
    ("Gazeta Wyborcza", "media"),
    ("Schwäbische Zeitung", "media"),
    ("Jungheinrich", "company"),
    ("Swiss International Air Lines", "company"),
]


def _added_rows() -> list[list[str]]:
    rows = []
    for path in sorted(KNOWLEDGE.glob("*.tsv")):
        added = False
        for line in path.read_text(encoding="utf-8").splitlines():
            added = added or line.startswith(_MARK)
            if added and line.strip() and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def test_added_rows_are_typed_org_rows_with_a_source() -> None:
    rows = _added_rows()
    assert len(rows) > 400
    for row in rows:
        assert len(row) == 5, row
        label, kind, name, _aliases, source = row
        assert label == "ORG", row
        assert kind in TYPES["ORG"], row
        assert name, row
        assert source.startswith("general knowledge; Wikipedia: "), row


@pytest.mark.parametrize(("name", "kind"), ADDED, ids=[name for name, _ in ADDED])
def test_added_organisation_is_known_with_its_type(name: str, kind: str) -> None:
    entry = lookup(name)
    assert entry is not None
    assert entry.type == kind
