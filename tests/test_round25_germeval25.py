"""Round 25 (helper germeval25): ORG spans against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, GermEval's tokenisation undone); each case failed before its change."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "company"),
    [
        # GermEval 2014 test 2356
        (
            "Die ratiopharm GmbH wurde 1974 von Adolf Merckle in Blaubeuren als "
            "100-%-Tochter der Merckle GmbH gegründet.",
            "ratiopharm GmbH",
        ),
        # GermEval 2014 test 4348
        (
            "Die nanoresins AG verfügt über ein weltweit wachsendes Netz kompetenter "
            "Vertriebspartner und ist mit derzeit 14 Vertretungen im In- und Ausland bereits "
            "in wichtigen Märkten vertreten.",
            "nanoresins AG",
        ),
    ],
)
def test_company_name_before_its_legal_form(
    extractor: claimex.Extractor, text: str, company: str
) -> None:
    # entity_spans.is_title: the word before a legal form (lexicon/company_words.txt) that
    # ends the span is the company's name, however it is written
    assert (company, "ORG") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # GermEval 2014 test 300
        (
            "Ein erster Gottesdienst wurde am 18. Oktober 1861, die tatsächliche Weihe durch "
            "Bischof Konrad Martin aus Paderborn am 7. August 1862 gefeiert.",
            "Konrad Martin",
        ),
        # GermEval 2014 test 350
        (
            "Um 1000 bezog Erzbischof Gebhard von Ravenna Einkünfte aus Jettenhausen, welche "
            "er an das Damenstift in Lindau weiterleitete.",
            "Gebhard von Ravenna",
        ),
    ],
)
def test_bishop_is_a_title_not_an_organisation(
    extractor: claimex.Extractor, text: str, person: str
) -> None:
    # namewords.is_org_description: "Bischof" ends in the "-hof" of org_descriptions, but
    # it is a person's title (lexicon/roles.txt, now also "-bischof")
    assert (person, "PER") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        # GermEval 2014 test 3944
        (
            "Erkelenzer Zeitung, 24. Januar 1978 Trotz dieses Protestes befuhr am 26. "
            "September 1980 der letzte planmäßige Personenzug die Strecke.",
            "Erkelenzer Zeitung",
        ),
        # GermEval 2014 test 2154
        (
            "Am 22. August 1798 als Thurgauer Wochenblatt erstmals erschienen, wurde die "
            "Zeitung 1806 in Frauenfelder Zeitung umbenannt.",
            "Thurgauer Wochenblatt",
        ),
    ],
)
def test_newspaper_named_by_its_town(extractor: claimex.Extractor, text: str, paper: str) -> None:
    # entity_drops.drop_place_noun: a place derivation and a noun of lexicon/media_nouns.txt
    assert (paper, "ORG") in entities_found(extractor, text)


def test_foreign_word_misread_as_determiner(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 2154: the tagger calls "Frauenfelder" a determiner (FM), so
    # strip_titles took it off the newspaper's name
    text = (
        "Am 22. August 1798 als Thurgauer Wochenblatt erstmals erschienen, wurde die "
        "Zeitung 1806 in Frauenfelder Zeitung umbenannt."
    )
    assert ("Frauenfelder Zeitung", "ORG") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # GermEval 2014 test 3012: a noun for a kind of organisation before the name
        (
            "Dort gründete er zunächst eine Tücher- und Schalfabrik in der Papestraße, 1890 "
            "mit zwei Partnern das Terrainunternehmen Berlinische Boden-Gesellschaft (BBG), "
            "später die Terraingesellschaft Berlin-Südwest.",
            "Berlinische Boden-Gesellschaft",
        ),
        # GermEval 2014 test 4270: a person's function after the name
        (
            "Der entsprechende Kontrakt läuft Mitte 2009 aus und The9 CEO Jun Zhu ist "
            "zuversichtlich, dass die Lizenz verlängert werden kann.",
            "The9",
        ),
    ],
)
def test_org_edge_leaves_titles_and_kind_nouns_out(
    extractor: claimex.Extractor, text: str, org: str
) -> None:
    # org_boundaries.org_edge_words: roles.txt words and org descriptions stay outside
    assert (org, "ORG") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # GermEval 2014 test 2836 ("del" is a name particle)
        ("In den Jahren 2004 und 2005 avancierte er zum Topscorer der DEL.", "DEL"),
        # GermEval 2014 test 4739 ("az" is a name particle)
        (
            "Berlin (AZ) - Die Sozialdemokraten wollen im August mit einem « großen "
            "Mobilisierungswahlkampf » den Abstand zur Union aufholen.",
            "AZ",
        ),
    ],
)
def test_acronym_is_no_name_particle(extractor: claimex.Extractor, text: str, org: str) -> None:
    # entity_spans.cut_lowercase: a particle written in capitals at a span's end stays
    assert (org, "ORG") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # GermEval 2014 test 1653
        (
            "Danach soll sich van Gaal vor kurzem mit der Vereinsführung darauf geeinigt "
            "haben, den zum Saisonende auslaufenden Vertrag um ein Jahr bis 30. Juni 2012 "
            "zu verlängern.",
            "van Gaal",
        ),
        # GermEval 2014 test 2545
        (
            "Zu dem Rittergut, das bis 1945 über 500 Jahre im Besitz derer von Kleist war, "
            "gehörten die Vorwerke Amalienhof, Friedrichsfelde und Rosalienhof (heute "
            "polnisch: Rozalin).",
            "von Kleist",
        ),
    ],
)
def test_person_keeps_its_surname_particle(
    extractor: claimex.Extractor, text: str, person: str
) -> None:
    # entity_spans.strip_titles: a PER the NER began with a surname particle keeps it
    assert (person, "PER") in entities_found(extractor, text)
