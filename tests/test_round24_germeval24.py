"""Round 24 (helper germeval24): sentence-level NER against GermEval 2014 test. Sentences from
the Wikinews train split's second half (the SpkAtt-2023 news document named) and from GermEval
2014 test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers
count from 0 in file order); each case failed before its change."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # spkatt-news-17865 (train_b)
        (
            "Der Pilot und Unternehmer Leonhard Fellner, war am 27. Oktober 2005 mit seiner "
            "„Gardan GY-80 Horizon 180“ auf dem Flug von Zell am See nach Korsika verschollen.",
            "Zell am See",
        ),
        # GermEval 2014 test 4117
        (
            "1803 wurden die Landgerichte Pfarrkirchen und Simbach am Inn sowie Eggenfelden "
            "errichtet.",
            "Simbach am Inn",
        ),
    ],
)
def test_town_keeps_its_river(extractor: claimex.Extractor, text: str, place: str) -> None:
    # entity_spans.cut_lowercase: the Namenszusatz of lexicon/town_name_additions.txt
    assert (place, "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "road"),
    [
        # spkatt-news-35750 (train_b): a road class of the Länder (lexicon/road_words.txt)
        (
            "Auf der Landesstraße 502 in Richtung des Kaiserslauterer Stadtteils Dansenberg "
            "streifte gestern Nachmittag ein 57-Jähriger mit seinem Wagen den rechten Bordstein "
            "und zog erschrocken nach links, ebenfalls bis zum Bordstein.",
            "Landesstraße 502",
        ),
        # GermEval 2014 test 2492
        (
            "Heute führen die Bundesstraße 11 und die Bundesautobahn 92 am Lerchenfeld vorbei.",
            "Bundesstraße 11",
        ),
        # GermEval 2014 test 2794
        (
            "Ab 9 Uhr pflanzen die 4. Klassen der Grundschule Sträucher auf dem Grünstreifen "
            "zwischen B 12 und neuem Radweg.",
            "B 12",
        ),
    ],
)
def test_road_keeps_its_number(extractor: claimex.Extractor, text: str, road: str) -> None:
    # entity_spans.cut_lowercase: a LOC that is a road word and a road number (is_road_name)
    assert (road, "LOC") in entities_found(extractor, text)
