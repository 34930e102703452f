"""Round 29 (helper germeval29c): right spans of the bare NER that claimex's name rules
(strip_titles, work_names, given_names) lost or cut at sentence level, against GermEval
2014 test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers
count from 0 in file order, their tokenisation undone); each case failed at 1e99d61."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # GermEval 2014 test 2281: strip_titles cut the English article that opens a
        # title at the start of a sentence ("Asylum")
        (
            "The Asylum wurde zum Titel der offiziellen Website von Emilie Autumn, des "
            "hauptsächlichen Newsletters, außerdem zu einer Art Sammelbezeichnung für das "
            "Team um Emilie Autumn.",
            "The Asylum",
        ),
        # GermEval 2014 test 4468
        (
            "The Book of the Duchess (Das Buch der Herzogin) ist Chaucers erstes eigenes Gedicht.",
            "The Book of the Duchess",
        ),
        # GermEval 2014 test 152: a capitalised preposition inside a sentence opens a
        # ship's name; strip_titles cut it off with the article ("Tann")
        (
            "Die nächste Salve der Von der Tann schlug in das bereits sinkende Wrack ein.",
            "Von der Tann",
        ),
    ],
)
def test_title_keeps_its_first_word(extractor: claimex.Extractor, text: str, title: str) -> None:
    assert (title, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # GermEval 2014 test 1989: work_names took the run of capitals after "Film" up to
        # the English "to" for the film's name
        (
            "Des Weiteren erntete der Film Welcome to Sarajevo mit Woody Harrelson großes "
            "Kritikerlob.",
            "Welcome",
        ),
        # GermEval 2014 test 3004 (its second clause): a French title
        (
            "Zwei Jahre nach seinem Tod nahm sich der Brasilianer Alberto Cavalcanti "
            "(1897-1982) Dellucs 1919 veröffentlichten Roman Le train sans yeux an.",
            "Le",
        ),
        # GermEval 2014 test 1755: a type code and its number
        ("Als Speisewagenersatz wurde ein Barwagen des Typs ARDmz 106 verwendet.", "ARDmz"),
        # GermEval 2014 test 2829
        (
            "Auf das Verbot der Genmais-Sorte MON 810 des Konkurrenten Monsanto in "
            "Deutschland wollte Mack nicht näher eingehen.",
            "MON",
        ),
    ],
)
def test_work_name_is_no_fragment(extractor: claimex.Extractor, text: str, fragment: str) -> None:
    assert (fragment, "MISC") not in entities_found(extractor, text)


def test_two_people_side_by_side(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 3354 (shortened): given_names joined subject and object, two PER
    # spans of the NER, into one person
    text = (
        "Später beauftragte Jakob Meyer Hans Holbein erneut mit einem grossen "
        "repräsentativen Gemälde, der so genannten Darmstädter Madonna."
    )
    found = entities_found(extractor, text)
    assert ("Jakob Meyer", "PER") in found
    assert ("Hans Holbein", "PER") in found
