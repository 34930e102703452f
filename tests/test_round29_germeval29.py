"""Round 29 (helper germeval29): MISC names that the bare NER gets right and claimex lost
at sentence level, against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed at 6684939."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 830: a stock market index (models/knowledge/misc.tsv, type
        # "index"); drop_common_nouns dropped it, the tagger calling it a common noun
        (
            "Der DAX hat auch den dritten Handelstag des neuen Jahres mit Gewinnen beendet.",
            "DAX",
        ),
        # GermEval 2014 test 1834: the index as news writes it ("Dax", an alias)
        (
            "Der Dax ist gestern mit minus 1,8 Prozent aus dem Handel gegangen - also einem "
            "noch vergleichsweise moderaten Abschlag.",
            "Dax",
        ),
        # GermEval 2014 test 170
        (
            "Die im Tec-Dax versammelten Technologiewerte lagen am Mittag leicht im Minus.",
            "Tec-Dax",
        ),
        # GermEval 2014 test 3952
        (
            "Der Dow-Jones-Index legte um 0,4 Prozent zu auf 11.838 Punkte.",
            "Dow-Jones-Index",
        ),
        # GermEval 2014 test 1717 (its second clause): a scripture (type "scripture");
        # drop_common_word_miscs dropped it, the lemma table knowing "bibel"
        (
            "Karen Clementina Theodora Danielsen, Tochter eines Kapitäns und Tyrannen, der "
            "seiner Frau gern die Bibel an den Kopf warf, damit sie ihren Inhalt besser "
            "behalte.",
            "Bibel",
        ),
    ],
)
def test_listed_misc_names(extractor: claimex.Extractor, text: str, name: str) -> None:
    assert (name, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 1033 (shortened): a play's title in capitals;
        # drop_common_nouns dropped the MISC, the tagger calling it a common noun
        (
            "Sie überzeugte als Maria/Maschinenmaria in METROPOLIS am Schauspielhaus Zürich.",
            "METROPOLIS",
        ),
        # GermEval 2014 test 611: a product's name in capitals
        ("Das Spielprinzip wurde den Vorzügen des DS angepasst.", "DS"),
    ],
)
def test_misc_in_capitals(extractor: claimex.Extractor, text: str, name: str) -> None:
    assert (name, "MISC") in entities_found(extractor, text)


def test_place_genitive_after_work_noun(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 109: work_names made the place in the genitive after "Serien" a
    # MISC, as if it were the series' name
    text = "Den Sieg in einer der wichtigsten Nachwuchsserien Europas sicherte sich Oliver Turvey."
    assert ("Europas", "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # GermEval 2014 test 2613: strip_titles took the English article "A" that opens a
        # film's title for a determiner and cut it off ("Time for Justice")
        (
            "Mit drei Oscars \u2013 zusätzlich zu den beiden bereits erwähnten Goldstatuen "
            "wurde er 1995 auch für seinen Kurzfilm A Time for Justice geehrt \u2013 wurde er "
            "zuletzt ausgezeichnet.",
            "A Time for Justice",
        ),
        # GermEval 2014 test 4898: the English pronoun "I" that opens an album's title
        (
            '"I Learned The Hard Way": kein Retro, kein Vintage, sondern der Original-Soul der '
            "ewig jungen Königin des Funk.",
            "I Learned The Hard Way",
        ),
    ],
)
def test_one_letter_opens_a_title(extractor: claimex.Extractor, text: str, title: str) -> None:
    assert (title, "MISC") in entities_found(extractor, text)
