"""Figure errors of the Wikinews train split read on train_b (round 28, figures28), each on a
sentence of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"). Each case failed before its fix. The fix is general: a number word followed
by an elliptical quantifier ("zwei weitere", lexicon/figure_grammar.json
elliptical_quantifiers) counts the noun of an earlier count left out, as the gold of both
train halves has it (3 of 3 in train_a, 3 of 3 in train_b)."""

from __future__ import annotations

import spacy

import claimex
from claimex.components.figures import get_figures


def _figures(extractor: claimex.Extractor, text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in extractor.extract(text).figures]


def test_number_word_before_weitere_after_an_adjective_count(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-61190 (train_b): the count before has an
    # adjective between number and noun, so the conjunction rule alone did not see it
    text = (
        "Wie aus einer Verlautbarung der Internationalen Sicherheitsunterstützungstruppe "
        "(ISAF) hervorgeht, wurden im Bezirk Zhari in der afghanischen Provinz Kandahar fünf "
        "unbeteiligte Zivilisten getötet und zwei weitere verletzt."
    )
    assert ("zwei", 2.0) in _figures(extractor, text)


def test_number_word_before_weitere_after_a_comma(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-38073 (train_b)
    text = (
        "Bei einem Brand im ersten Stock eines Wohnheims in Koblenz ist gestern am frühen "
        "Morgen ein Bewohner getötet worden. Ein weiterer erlitt eine lebensbedrohliche "
        "Rauchvergiftung, sechs weitere jeweils eine schwere Rauchvergiftung "
        "\N{EN DASH} sie alle wurden ins Krankenhaus gebracht."
    )
    assert _figures(extractor, text) == [("sechs", 6.0)]


def test_weitere_with_its_noun_still_counts_the_noun(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-61190 (train_b): "weitere zivile Opfer" with
    # its noun and no number stays no figure
    text = (
        "Der afghanische Innenminister Mohammad Hanif Atmar teilte am Montag mit, man werde "
        "bis auf weiteres auf den Einsatz schwerer Artillerie verzichten und die "
        "Einsatzplanung der Operation „Muschtarak“ mit den örtlichen Stammesältesten "
        "besprechen um weitere zivile Opfer zu vermeiden."
    )
    assert _figures(extractor, text) == []


def test_fraction_of_a_whole_is_no_figure(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-4174 (train_b): a proportion, which the gold
    # of both train halves leaves out (6 of 7 in train_a, 5 of 6 in train_b)
    text = "Drei Viertel dieser Todesfälle entfallen auf Südasien und Schwarzafrika, heißt es."
    assert _figures(extractor, text) == []


def test_fractions_on_request() -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-4174 (train_b): the component's `fractions`
    # setting reads a fraction of a whole as a figure again (value 0.75, its noun the unit)
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_figures", config={"fractions": True})
    text = "Drei Viertel dieser Todesfälle entfallen auf Südasien und Schwarzafrika, heißt es."
    figures = get_figures(nlp(text))
    assert [(f.text, f.value) for f in figures] == [("Drei Viertel", 0.75)]
