"""Round 23 (helper org23): football clubs of Germany, Austria and Switzerland from
openfootball/clubs (CC0 1.0) in ``models/knowledge/sports_clubs.tsv``, written by
``python -m models.sports_clubs``; the spellings of listed organisations with the Arabic
article (``models.gazetteer.arabic_article_forms``). The sentences are from German Wikinews
(CC BY 2.5, "Wikinews contributors", the train_b half of models/gold/wikinews/train.jsonl);
both failed before the change ("Hoffenheim" a place and "1899" a figure; no entity in the
second)."""

from __future__ import annotations

from models.gazetteer import arabic_article_forms
from models.sports_clubs import Club, read_clubs, rows

import claimex
from claimex.components.knowledge import lookup


def test_club_named_with_its_founding_year(extractor: claimex.Extractor) -> None:
    # spkatt-news-64617
    text = (
        "1899 Hoffenheim rutscht auf Tabellenplatz acht ab und der SC Freiburg steigt auf "
        "den vierten Tabellenplatz auf."
    )
    result = extractor.extract(text)
    assert ("1899 Hoffenheim", "ORG") in [(e.text, e.label) for e in result.entities]
    assert "1899" not in [f.text for f in result.figures]


def test_listed_club_points_to_its_name() -> None:
    entry = lookup("1899 Hoffenheim")
    assert entry is not None
    assert entry.type == "sports_club"


def test_reader_keeps_names_not_towns_abbreviations_or_reserves() -> None:
    """A made-up entry in the openfootball format: club line, ``|`` names, an address line,
    a reserve team."""
    text = (
        "== Land ==\n"
        "\n"
        "SV Beispielstadt 09, 1909,  @ Arena,  Beispielstadt\n"
        "  | Beispielstadt | Beispielstadt 09 | Bsp. Stadt | SV Beispiel [en]\n"
        " Hauptstraße 1 // 12345 Beispielstadt\n"
        "ii) SV Beispielstadt 09 II\n"
        "  | Beispielstadt II | SV Beispielstadt Reserve\n"
    )
    clubs = list(read_clubs(text, "europe/x/x.clubs.txt"))
    assert [c.name for c in clubs] == ["SV Beispielstadt 09"]
    assert isinstance(clubs[0], Club)
    assert "Beispielstadt" in clubs[0].towns
    (row,) = rows(clubs, shared=None)
    assert row[:3] == ("ORG", "sports_club", "SV Beispielstadt 09")
    assert row[3] == "Beispielstadt 09"  # the town alone and the abbreviated forms stay out


def test_arabic_article_spelling_of_a_listed_outlet(extractor: claimex.Extractor) -> None:
    # "Al Arabiya" is listed; German also writes "al-Arabiya"; spkatt-news-67014
    text = (
        "18 Menschen sollen dabei getötet worden sein, berichtet das arabische "
        "Nachrichtenportal al-Arabiya unter Berufung auf einen Aufständischen."
    )
    result = extractor.extract(text)
    assert ("al-Arabiya", "ORG") in [(e.text, e.label) for e in result.entities]
    (quote,) = result.quotes
    assert [s.name for s in quote.speaker] == ["al-Arabiya"]


def test_arabic_article_forms() -> None:
    assert arabic_article_forms("Al Arabiya") == ["Al-Arabiya", "al-Arabiya"]
    assert arabic_article_forms("al-Qaida") == ["Al Qaida", "Al-Qaida"]
    assert arabic_article_forms("Alba Berlin") == []


def test_reader_leaves_out_names_cut_short_without_a_dot() -> None:
    """openfootball/clubs (CC0 1.0, ae38002) europe/germany/de.clubs.txt, lines 606-611:
    "Ein Frankfurt" and "Eint Frankfurt" are "Eintracht" cut short, no name German text
    writes (the words German knows, "Lok" of "1. FC Lok Leipzig", are no cuts)."""
    text = (
        "Eintracht Frankfurt, 1899,   @ Waldstadion,   Frankfurt am Main\n"
        "  | Frankfurt\n"
        "  | E. Frankfurt | Ein Frankfurt | Eint Frankfurt | Eintr. Frankfurt\n"
        "  | SG Eintracht Frankfurt\n"
        "  | Frankfurter SG Eintracht | Frankfurter Sportgemeinde Eintracht\n"
        " Mörfelder Landstraße 362 // 60528 Frankfurt am Main\n"
    )
    (row,) = rows(list(read_clubs(text, "europe/germany/de.clubs.txt")), shared=None)
    assert row[2] == "Eintracht Frankfurt"
    assert row[3].split("; ") == [
        "SG Eintracht Frankfurt",
        "Frankfurter SG Eintracht",
        "Frankfurter Sportgemeinde Eintracht",
    ]
