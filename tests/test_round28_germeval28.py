"""Round 28 (helper germeval28): organisation names against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone) and one train_b passage; each case failed at 9fde736."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.known_orgs import club_without_place

from .entity_docs import entities_found, stage_entities


@pytest.mark.parametrize(
    ("text", "club"),
    [
        # GermEval 2014 test 323
        (
            "Morgen wird es bei der letzten Einheit etwas ruhiger, Standards stehen auf dem "
            "Programm, ehe es nach dem Mittagessen in Richtung Hamborn 07 geht.",
            "Hamborn 07",
        ),
        # GermEval 2014 test 2632
        (
            "Beim WSV 08 Lauscha trainieren heute in der Jugendabteilung etwa 50 Kinder "
            "nahezu täglich.",
            "WSV 08 Lauscha",
        ),
    ],
)
def test_club_keeps_its_founding_year(extractor: claimex.Extractor, text: str, club: str) -> None:
    # entity_spans.cut_lowercase -> _club_year: two digits with a leading zero are a club's
    # founding year, no score; the ORG was cut before them
    assert (club, "ORG") in entities_found(extractor, text)


# train_b spkatt-news-64617 (sentences 42-43): "Bayer 04" is the club of "Bayer 04
# Leverkusen" without its place word (known_orgs.club_without_place); once the founding year
# stays in the ORG it must join that actor, not stand as a second one
BAYER = (
    "Bayer 04 Leverkusen war Gast beim FC St. Pauli und gewann dort mit 0:1. Am Anfang des "
    "Spiels ereignete sich nicht viel Erwähnenswertes. In der 33. Minute erhielt Renato "
    "Augusto von Bayer 04 die erste von insgesamt sieben gelben Karten."
)


def test_club_without_its_place_joins_the_club() -> None:
    assert club_without_place("Bayer 04", "Bayer 04 Leverkusen")
    assert not club_without_place("Bayer", "Bayer 04 Leverkusen")  # not the name less its place
    assert not club_without_place("Renato Augusto", "Renato Augusto Leverkusen")  # no club


def test_short_club_name_is_a_mention_of_the_club(extractor: claimex.Extractor) -> None:
    actors = extractor.extract(BAYER).actors
    names = [actor.name for actor in actors]
    assert "Bayer 04" not in names
    bayer = next(actor for actor in actors if actor.name == "Bayer 04 Leverkusen")
    assert "Bayer 04" in [mention.text for mention in bayer.mentions]


def test_fused_preposition_inside_an_organisation(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 664: the tagger calls "unterm" ADJA, not APPRART; a preposition
    # fused with an article (lexicon/fused_prepositions.txt) before a capitalised word stays
    # inside the ORG (entity_spans._inner_contraction); cut there, "Theaters" was dropped
    text = (
        "Liesel Dechant, die heutige Leiterin des Theaters unterm Dach, arbeitete dort als "
        "Programmgestalterin, bis sie 1996 ans Theater unterm Dach wechselte."
    )
    found = stage_entities(
        extractor,
        text,
        [
            ("Liesel Dechant", "PER"),
            ("Theaters unterm Dach", "ORG"),
            ("Theater unterm Dach", "ORG"),
        ],
    )
    assert ("Theaters unterm Dach", "ORG") in found
    assert ("Theater unterm Dach", "ORG") in found


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # GermEval 2014 test 1390: "Bank" is a listed non-name word (lexicon/not_entities.txt)
        # but an organisation's head noun (org_name_heads.txt)
        (
            "Der Fall State Street Bank v. Signature Financial Group öffnete die Tür für "
            "Software-Patente und Patente auf Geschäftskonzepte.",
            "State Street Bank",
        ),
        # GermEval 2014 test 256: "Sohn" joined by "&" to a firm's name
        (
            "Die Kammgarnspinnerei Johann Wülfing & Sohn in den Jahren 1933 bis 1939, in: "
            "Romerike Berge 56 (2006), S. 17-26.",
            "Johann Wülfing & Sohn",
        ),
    ],
)
def test_listed_word_ending_an_organisation(
    extractor: claimex.Extractor, text: str, org: str
) -> None:
    # entity_drops.cut_listed_end cut the last word as the NER's run-on
    assert (org, "ORG") in stage_entities(extractor, text, [(org, "ORG")])
