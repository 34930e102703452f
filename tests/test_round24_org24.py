"""Round 24 (helper org24): Germany's courts and public prosecutors' offices by their seat,
from the XJustiz code list GDS.Gerichte (l-pagel/X.Justiz.Core, MIT) in
``models/knowledge/courts.tsv``, written by ``python -m models.courts``. The sentences are
from German Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl); the court was no entity before the change (the NER tags
it, the learned entity check dropped it: no list knew it)."""

from __future__ import annotations

from models.courts import court_names, news_name, rows

import claimex
from claimex.components.knowledge import lookup


def test_court_named_by_its_seat(extractor: claimex.Extractor) -> None:
    # spkatt-news-45074, its first two sentences
    text = (
        "Heute begann vor dem Landgericht Bremen der Prozess gegen den Ziehvater des "
        "zweijährigen Kevin aus Bremen, dessen qualvoller Tod im Jahr 2006 bundesweit für "
        "Aufregung gesorgt hatte. Die Leiche des Jungen war im Oktober 2006 in einem "
        "Kühlschrank der elterlichen Wohnung gefunden worden."
    )
    result = extractor.extract(text)
    entities = [(e.text, e.label) for e in result.entities]
    assert ("Landgericht Bremen", "ORG") in entities
    assert ("Bremen", "LOC") in entities  # "aus Bremen" stays the town
    assert "Landgericht Bremen" in [a.name for a in result.actors]


def test_listed_court_and_prosecutor() -> None:
    court = lookup("Landgericht Bremen")
    assert court is not None
    assert (court.label, court.type) == ("ORG", "court")
    prosecutor = lookup("Staatsanwaltschaft Braunschweig")
    assert prosecutor is not None
    assert prosecutor.type == "court"


def test_news_names_of_code_list_entries() -> None:
    """Entry names as the code list writes them (bold in the SDK's comments)."""
    source = (
        "/** <b>Staatsanwaltschaft beim Landgericht T&#252;bingen</b> */\n"
        "/** <b>aufgel&#246;st-Amtsgericht Haigerloch</b> */\n"
        "/** <b>Amtsgericht Stuttgart, Zentrales Mahngericht f&#252;r "
        "Baden-W&#252;rttemberg</b> */\n"
        "/** <b>Landgericht Berlin Zivilgerichtsbarkeit</b> */\n"
        "/** <b>Grundbuchamt Heilbronn</b> */\n"
        "/** <b>Staatsanwaltschaft beim Landgericht Calw, Au&#223;enstelle der StA "
        "T&#252;bingen</b> */\n"
        "/** <b>Verwaltungsgericht der Freien Hansestadt Bremen</b> */\n"
    )
    names = court_names(source)
    assert [news_name(n) for n in names] == [
        "Staatsanwaltschaft Tübingen",
        "Amtsgericht Haigerloch",
        "Amtsgericht Stuttgart",
        "Landgericht Berlin",
        None,  # a land registry
        None,  # a branch office
        "Verwaltungsgericht der Freien Hansestadt Bremen",
    ]


def test_rows_leave_names_of_other_lists_and_repeats_out() -> None:
    names = ["Landgericht Berlin Strafgerichtsbarkeit", "Landgericht Berlin Zivilgerichtsbarkeit"]
    assert [r[2] for r in rows(names)] == ["Landgericht Berlin"]
    assert list(rows(["Amtsgericht Wolfsburg"], frozenset({"Amtsgericht Wolfsburg"}))) == []
