"""Round 29 (helper germeval29b): one-word persons that the bare NER gets right and
``drop_common_nouns`` dropped at sentence level, against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed at 1e99d61. The UD tagger calls the
surname NOUN, the STTS tagger a proper noun (NE): in a text too short for the learned
entity check the fine tag's reading stands."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 3889 (shortened after "Engagement")
        (
            "Aus der Perspektive der Gleichberechtigung hingegen begrüsst Onken männliches "
            "Engagement.",
            "Onken",
        ),
        # GermEval 2014 test 2041
        (
            "Er klagte Leonidas an, er verstoße gegen ein altes Gesetz, das Nachkommen des "
            "Herakles untersage, Fremde zu heiraten.",
            "Leonidas",
        ),
        # GermEval 2014 test 4296 (shortened after "entlocken")
        (
            "Als Orchesterkomponist weiß Halffter seinem Apparat einen an- und abschwellenden "
            "Strom atmosphärisch dichter Musik zu entlocken.",
            "Halffter",
        ),
        # GermEval 2014 test 1644 (shortened after "Weltcuprennen")
        (
            "Zum Ende der Saison gewann Södergren mit der Staffel in Falun sein erstes "
            "Weltcuprennen.",
            "Södergren",
        ),
    ],
)
def test_proper_noun_tag_keeps_a_one_word_person(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    assert (name, "PER") in entities_found(extractor, text)
