"""Round 26 (helper germeval26b): entity spans against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order); each case failed before its change (66e1962)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entity_drops import place_name_ending, street_name

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 566 (its tokenisation undone)
        (
            "Neben den Räumen im Stammhaus am Philosophenweg und den Räumen in der "
            "Kirchenstraße sind einige Klassen ins Gebäude der Realschule am "
            "Philosophenweg ausgelagert.",
            "Kirchenstraße",
        ),
        # GermEval 2014 test 1320 (its tokenisation undone): a genitive
        (
            "Bereits 14 Jahre später entwarf Erwin Albert Barth neue Pläne zur Umgestaltung "
            "des Dönhoffplatzes in einen Schmuckplatz: eine Grünanlage mit Wasserfontänen in "
            "einer achteckigen Rasenfläche und kleine trapezförmige Beete mit niedrigem "
            "Gebüsch entstanden.",
            "Dönhoffplatzes",
        ),
        # GermEval 2014 test 2214 (its tokenisation undone)
        (
            "1935 wurde sein erstes Denkmal für den Dichter Gotthold Ephraim Lessing am "
            "Wiener Judenplatz enthüllt, eine Auftragsarbeit, die Charoux 1930 gegen eine "
            "Konkurrenz von zweiundachzig Bildhauern gewann und 1931/32 vollendet wurde.",
            "Judenplatz",
        ),
    ],
)
def test_street_names_written_together_stay(
    extractor: claimex.Extractor, text: str, place: str
) -> None:
    # entity_drops.street_name: a one-word LOC of the NER ending in a street or square word
    # (lexicon/street_heads.txt) is not dropped as a common noun or compound
    assert (place, "LOC") in entities_found(extractor, text)


def test_street_name_needs_a_first_member() -> None:
    # the street word alone, or after a member of fewer than three letters, is no name
    assert not street_name("Platz")
    assert not street_name("Plätze")
    assert street_name("Heugasse")


def test_gazetteer_town_keeps_its_name_addition(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 59 (its tokenisation undone): entity_spans.fit_name cut the NER's
    # "Frankfurt an der Oder" to the listed "Frankfurt" as if "an der Oder" were words
    # after the name ("Moskau von Nutzen"); a Namenszusatz of lexicon/
    # town_name_additions.txt belongs to the name
    text = (
        'Schon beim Wort "Ode" glauben Nachgeborene bestenfalls, es handele sich um '
        "irgendwas zwischen Mode und dem bedauernswerten Ort Frankfurt an der Oder."
    )
    assert ("Frankfurt an der Oder", "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 4726 (its tokenisation undone): "UdSSR" read as a CamelCase
        # company name (name_repair._relabel) before
        (
            "Mit dem abzusehenden Ende der UdSSR nahm der turkmenische Kultusminister 1990 "
            "an einem Turkgipfel in der Türkei teil.",
            "UdSSR",
        ),
        # Wikinews train_a, spkatt-news-38651: the former state, ORG before
        (
            "Demnach ist die damalige Regierung Jugoslawiens zwar nicht direkt "
            "verantwortlich; sie hätte aber versuchen müssen, den Völkermord zu verhindern.",
            "Jugoslawiens",
        ),
    ],
)
def test_former_states_are_places(extractor: claimex.Extractor, text: str, place: str) -> None:
    # models/knowledge/places.tsv: former states (Sowjetunion/UdSSR, DDR, Jugoslawien,
    # Tschechoslowakei) in the gazetteer; a listed place is no CamelCase company
    assert (place, "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 58 (its tokenisation undone)
        (
            "Im Nordosten ist Geichlingen und im Osten Hüttingen bei Lahr jeweils etwa 3km "
            "entfernt.",
            "Geichlingen",
        ),
        # GermEval 2014 test 3456 (its tokenisation undone)
        (
            "Die zahlreichen Übungen und Lehrgangsbesuche sowie der Ausbildungsstand der "
            "Abteilung Bettringen seien gut und lobenswert.",
            "Bettringen",
        ),
        # GermEval 2014 test 4013 (its tokenisation undone): "-hausen"
        (
            "(Deutsche Organisation nichtkommerzieller Anhänger des lauteren Donaldismus), "
            "die sich mit der Erforschung des (fiktiven) Lebens in Entenhausen beschäftigt.",
            "Entenhausen",
        ),
    ],
)
def test_place_names_on_listed_endings_stay(
    extractor: claimex.Extractor, text: str, place: str
) -> None:
    # entity_drops.place_name_ending (lexicon/place_name_endings.txt): a LOC of the NER on
    # "-ingen" or "-hausen" is not dropped as a common noun or a compound ("Bett" + "Ringen")
    assert (place, "LOC") in entities_found(extractor, text)


def test_place_name_ending_needs_eight_letters() -> None:
    assert place_name_ending("Baltringen")
    assert not place_name_ending("Dingen")
