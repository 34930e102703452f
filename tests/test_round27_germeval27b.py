"""Round 27 (helper germeval27b): MISC titles against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case of
``test_title_keeps_its_lower_case_words`` failed before its change (700ebc5)."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entity_spans import cut_lowercase

from .entity_docs import doc_with_ents, entities_found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # GermEval 2014 test 1288
        (
            'Am Sonnabend las er im Gemeindesaal aus seinem Bestseller "Die Nacht der '
            'Zeitlosen" die Erzählung "Das verräterische Herz".',
            "Das verräterische Herz",
        ),
        # GermEval 2014 test 3244
        (
            "Im April 2006 veröffentlichte man eine Maxi-Single (Der letzte Countdown) und "
            "begann die erste Tour unter dem vorläufigen Bandnamen „K… !“.",
            "Der letzte Countdown",
        ),
        # GermEval 2014 test 5014
        ("vergl. etwa: Stefan Gorißen: Ein vergessenes Revier.", "Ein vergessenes Revier"),
    ],
)
def test_title_keeps_its_lower_case_words(
    extractor: claimex.Extractor, text: str, title: str
) -> None:
    # entity_spans.cut_lowercase -> _title_end: a MISC begun by a capitalised article inside
    # the sentence is a title; cut at its first lower-case word it kept the article alone,
    # which was then dropped
    assert (title, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "ner", "title"),
    [
        # GermEval 2014 test 793: the separable particle after the title stays outside it
        (
            "Das gleichfalls aus Dresden kommende Ehepaar Max und Ursula Kühne, das unter die "
            "puppen firmiert, bringt das Stück Der Königskuchen mit.",
            "Der Königskuchen mit",
            "Der Königskuchen",
        ),
        # GermEval 2014 test 1288 in German quotation marks: the NER runs one title on into
        # the next; the first ends at its closing mark
        (
            "Am Sonnabend las er im Gemeindesaal aus seinem Bestseller „Die Nacht der "
            "Zeitlosen“ die Erzählung „Das verräterische Herz“.",
            "Die Nacht der Zeitlosen“ die Erzählung „Das verräterische Herz",
            "Die Nacht der Zeitlosen",
        ),
    ],
)
def test_title_ends_before_its_closing_mark_or_a_function_word(
    extractor: claimex.Extractor, text: str, ner: str, title: str
) -> None:
    doc = doc_with_ents(extractor, text, [(ner, "MISC")])
    ent = doc.ents[0]
    bounds = cut_lowercase(doc, ent.start, ent.end, "MISC")
    assert bounds is not None
    assert doc[bounds[0] : bounds[1]].text == title


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # GermEval 2014 test 1076
        (
            "Seit 1946 spielte er in Frankfurt im Kleinen Theater im Zoo (heute "
            "Fritz-Rémond-Theater) erfolgreich Theater.",
            "Kleinen Theater im Zoo",
        ),
        # GermEval 2014 test 2697
        (
            "Unterbreiten Sie ihre wirtschaftlich sicher gut berechneten Fachvorschläge am "
            "besten bei Loxx am Alex oder in den Hamburger Miniaturwelten!",
            "Loxx am Alex",
        ),
    ],
)
def test_org_keeps_its_contracted_preposition(
    extractor: claimex.Extractor, text: str, org: str
) -> None:
    # entity_spans.cut_lowercase -> _inner_contraction: a preposition fused with an article
    # before a capitalised word of the NER's ORG is part of the name; cut there it left
    # "Kleinen Theater" (and "Loxx" dropped as a common noun)
    assert (org, "ORG") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 2060: the tagger calls "SWR3" an article
        (
            "In SWF3 Weltweit (später SWR3 Weltweit) begleitete er mit seinen Interviews "
            "Weltenbummler, Abenteurer und deutsche „Gastarbeiter“ auf allen Kontinenten.",
            "SWR3 Weltweit",
        ),
        # GermEval 2014 test 3607: and "AA-10" too
        (
            "Es entstanden so verschiedene Ausführungen der R-27: R-27R (NATO-Bezeichnung "
            "AA-10 Alamo A) mit halbaktiver Radarlenkung und R-27T (AA-10 Alamo B) mit "
            "Infrarotlenkung.",
            "AA-10 Alamo A",
        ),
    ],
)
def test_code_word_is_no_determiner(extractor: claimex.Extractor, text: str, name: str) -> None:
    # entity_spans.is_title: a word of letters and digits (entity_drops.code_word) is no
    # determiner or title, whatever the tagger calls it; strip_titles cut it off
    assert (name, "MISC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # GermEval 2014 test 1598
        (
            "Die Titelgeschichte „Letzte Nacht“ hat einen geradezu empörenden Kick und rührt "
            "gleich zwei Tabus.",
            "Letzte Nacht",
        ),
        # GermEval 2014 test 3176
        (
            "Er findet es im „Kleinen Hobbit“ in einer Trollhöhle, zusammen mit den "
            "„Schwesterklingen“ Orcrist und Stich.",
            "Kleinen Hobbit",
        ),
    ],
)
def test_quoted_title_with_capitalised_adjective(
    extractor: claimex.Extractor, text: str, title: str
) -> None:
    # entity_drops.drop_common_word_misc: a MISC in quotation marks that a capitalised
    # adjective opens inside the sentence is a title, though the lemma table knows its words
    assert (title, "MISC") in entities_found(extractor, text)
