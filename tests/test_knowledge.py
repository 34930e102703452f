"""The knowledge lists (models/knowledge/*.tsv -> lexicon/gazetteer.txt, lexicon/knowledge.tsv):
they load, every entry has a type and a source, no name is listed twice, and known names are
tagged in real German sentences."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import claimex
from claimex.components.knowledge import TYPES, knowledge_entries, lookup
from claimex.lexicon import words

KNOWLEDGE = Path(__file__).resolve().parents[1] / "models" / "knowledge"


def _curated_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for path in sorted(KNOWLEDGE.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append((path.name, line.split("\t")))
    return rows


def test_curated_lists_have_label_type_and_source() -> None:
    rows = _curated_rows()
    assert len(rows) > 900
    for filename, cols in rows:
        assert len(cols) == 5, (filename, cols)
        label, kind, name, _aliases, source = cols
        assert kind in TYPES[label], (filename, name, kind)
        assert name, (filename, cols)
        assert name.strip() == name, (filename, cols)
        assert source.strip(), (filename, name)


def test_curated_names_are_unique() -> None:
    names: Counter[str] = Counter()
    for _, cols in _curated_rows():
        names[cols[2]] += 1
        names.update(alias.strip() for alias in cols[3].split(";") if alias.strip())
    assert [name for name, n in names.items() if n > 1] == []


def test_curated_organisations_are_many() -> None:
    organisations = {cols[2] for _, cols in _curated_rows() if cols[0] == "ORG"}
    assert len(organisations) >= 600


def test_each_file_has_a_provenance_header() -> None:
    for path in sorted(KNOWLEDGE.glob("*.tsv")):
        assert path.read_text(encoding="utf-8").startswith("#"), path.name


def test_gazetteer_and_knowledge_agree() -> None:
    gazetteer = {tuple(line.split("\t")) for line in words("gazetteer")}
    typed = {(e.label, e.name) for e in knowledge_entries().values()}
    assert gazetteer == typed


@pytest.mark.parametrize(
    ("name", "label", "kind", "canonical"),
    [
        ("Destatis", "ORG", "federal_body", "Statistisches Bundesamt"),
        ("Statistischen Bundesamtes", "ORG", "federal_body", "Statistisches Bundesamt"),
        ("Auswärtigen Amt", "ORG", "ministry", "Auswärtiges Amt"),
        ("dts", "ORG", "news_agency", "dts Nachrichtenagentur"),
        (
            "Kassenärztliche Bundesvereinigung",
            "ORG",
            "association",
            "Kassenärztliche Bundesvereinigung",
        ),
        ("Rewe", "ORG", "company", "Rewe"),
        ("Bundestages", "ORG", "federal_body", "Bundestag"),
        ("Graubünden", "LOC", "canton", "Graubünden"),
        ("Niedersachsen", "LOC", "state", "Niedersachsen"),
        ("Südostasien", "LOC", "world_region", "Südostasien"),
        ("Wikinews", "ORG", "media", "Wikinews"),
        ("Stasi", "ORG", "government", "Ministerium für Staatssicherheit"),
        ("Welternährungsorganisation", "ORG", "international_body", "FAO"),
        ("Fünf-Sterne-Bewegung", "ORG", "party", "Fünf-Sterne-Bewegung"),
        ("Norddeutschland", "LOC", "region", "Norddeutschland"),
        ("Olympischen Spielen", "MISC", "event", "Olympische Spiele"),
        ("Lissabon-Vertrag", "MISC", "treaty", "Vertrag von Lissabon"),
    ],
)
def test_lookup_knows_types(name: str, label: str, kind: str, canonical: str) -> None:
    entry = lookup(name)
    assert entry is not None
    assert (entry.label, entry.type, entry.canonical) == (label, kind, canonical)


def test_common_words_and_given_names_are_no_places() -> None:
    for word in ("Zug", "Jura", "Welt", "Santiago", "Virginia"):
        assert lookup(word) is None, word


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Das Statistische Bundesamt teilte am Dienstag in Wiesbaden mit, die Zahl der "
            "Erwerbstätigen sei im dritten Quartal leicht gestiegen.",
            ("Statistische Bundesamt", "ORG"),
            id="destatis",
        ),
        pytest.param(
            "Laut dem Robert Koch-Institut stieg die Zahl der Neuinfektionen auf 1200.",
            ("Robert Koch-Institut", "ORG"),
            id="rki",
        ),
        pytest.param(
            "Das Kraftfahrt-Bundesamt hat den Rückruf von 80.000 Fahrzeugen angeordnet.",
            ("Kraftfahrt-Bundesamt", "ORG"),
            id="kba",
        ),
        pytest.param(
            "Die Handelskette Rewe will ihr Filialnetz in Ostdeutschland ausbauen.",
            ("Rewe", "ORG"),
            id="company-not-place",
        ),
        pytest.param(
            "Der Verband der Automobilindustrie erwartet für das kommende Jahr einen Rückgang "
            "der Produktion.",
            ("Verband der Automobilindustrie", "ORG"),
            id="vda",
        ),
        pytest.param(
            "Die Ständige Impfkommission empfiehlt die Auffrischung für alle über 60-Jährigen.",
            ("Ständige Impfkommission", "ORG"),
            id="stiko-inflected",
        ),
        pytest.param(
            "Das Technische Hilfswerk war mit 400 Helfern im Einsatz.",
            ("Technische Hilfswerk", "ORG"),
            id="thw-inflected",
        ),
        # Wikinews (train split), CC BY 2.5, Wikinews contributors: compass-point regions
        pytest.param(
            "Spezialeinheiten aus Nordbayern wurden zugezogen und die Verhandlungsgruppe aus "
            "Regensburg alarmiert.",
            ("Nordbayern", "LOC"),
            id="compass-state",
        ),
        pytest.param(
            "In Zentralvietnam wurden 41 Personen getötet, 44 entfallen auf die nördlichen "
            "Provinzen einschließlich der Hauptstadt.",
            ("Zentralvietnam", "LOC"),
            id="compass-country",
        ),
    ],
)
def test_known_names_are_tagged(text: str, expected: tuple[str, str]) -> None:
    result = claimex.extract(text)
    assert expected in {(ent.text, ent.label) for ent in result.entities}


# Sentences from German Wikinews (train split), CC BY 2.5, Wikinews contributors: MISC names
# of models/knowledge/misc.tsv that the NER tags as ORG or not at all (gold FORMAT.md: events,
# laws and treaties, products are MISC).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # German Wikinews (CC BY 2.5), spkatt-news-60990
            "Am Montagmorgen (10:14 Uhr MEZ) hob das Space Shuttle „Endeavour“ planmäßig vom "
            "Kennedy-Raumfahrtzentrum in der Nähe von Cape Canaveral (Florida) zu einer "
            "13-tägigen Mission zur Internationalen Raumstation (ISS) ab.",
            ("Internationalen Raumstation", "MISC"),
            id="space-station-inflected",
        ),
        pytest.param(  # German Wikinews (CC BY 2.5), spkatt-news-64840
            "In Brasilien sollen im Jahr 2014 die Fußball-Weltmeisterschaft und im Jahr 2016 "
            "die Olympischen Sommerspiele stattfinden.",
            ("Olympischen Sommerspiele", "MISC"),
            id="event-inflected",
        ),
        pytest.param(  # German Wikinews (CC BY 2.5), spkatt-news-64840
            "In Brasilien sollen im Jahr 2014 die Fußball-Weltmeisterschaft und im Jahr 2016 "
            "die Olympischen Sommerspiele stattfinden.",
            ("Fußball-Weltmeisterschaft", "MISC"),
            id="event",
        ),
        pytest.param(  # German Wikinews (CC BY 2.5), spkatt-news-2464
            "Im Rahmen des Kyoto-Protokolls hat die EU zugesagt, die Kohlendioxid-Emissionen im "
            "Zeitraum zwischen 2008 und 2012 um acht Prozent gegenüber 1990 zu veringern.",
            ("Kyoto-Protokolls", "MISC"),
            id="treaty-genitive",
        ),
    ],
)
def test_known_misc_names_are_tagged(text: str, expected: tuple[str, str]) -> None:
    result = claimex.extract(text)
    assert expected in {(ent.text, ent.label) for ent in result.entities}


# Sentences from German Wikinews (train split), CC BY 2.5, Wikinews contributors.
@pytest.mark.parametrize(
    ("text", "word"),
    [
        pytest.param(
            "Im Lager Sucy-en-Brie südöstlich von Lyon wurden 800 Roma aus ihren Unterkünften "
            "vertrieben.",
            "Roma",
            id="people",
        ),
        pytest.param(
            "Der Jugendliche befuhr mit zwei Freunden eine Landstraße zwischen Göttscheid und "
            "Birkenfeld.",
            "Landstraße",
            id="road",
        ),
    ],
)
def test_listed_common_words_are_no_entities(text: str, word: str) -> None:
    result = claimex.extract(text)
    assert word not in {ent.text for ent in result.entities}
