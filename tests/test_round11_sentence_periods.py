"""A sentence-final period glued to a year or code (claimex_sentence_periods, round 11).

spaCy's German tokenizer keeps "1933." and "A400M." whole, so the sentence ran on into the
next one. The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"),
doc ids as cited, read from the train split of models/gold/wikinews.
"""

from __future__ import annotations

import pytest
import spacy

import claimex
from claimex.components.sentence_periods import ends_sentence
from claimex.lexicon import words

# German Wikinews (CC BY 2.5), spkatt-news-21450
MERKEL = (
    "Die Entwicklung im Iran verglich Merkel mit dem Erstarken des Nationalsozialismus in "
    "Deutschland vor 1933. Dabei griff sie auch direkt den iranischen Präsidenten Mahmud "
    "Ahmadinedschad an."
)
# German Wikinews (CC BY 2.5), spkatt-news-60304
AIRBUS = (
    "Angeblich plant der Airbus-Vorstandsvorsitzende Thomas Enders den Ausstieg aus der "
    "Produktion des Großraum-Militärtransporters A400M. Es sollen sogar bereits "
    "Personalplanungen existieren, um Ingenieure vom A400M-Projekt zugunsten der "
    "Produktlinien A380 und A350 abzuziehen."
)


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_sentence_periods")
    return nlp


@pytest.mark.parametrize(
    ("text", "token"),
    [(MERKEL, "1933"), (AIRBUS, "A400M")],
    ids=["year", "code"],
)
def test_period_split_off(blank: spacy.language.Language, text: str, token: str) -> None:
    tokens = [t.text for t in blank(text)]
    i = tokens.index(token)
    assert tokens[i + 1] == "."


def test_ordinals_initials_and_regnal_numbers_keep_their_period(
    blank: spacy.language.Language,
) -> None:
    # German Wikinews (CC BY 2.5): spkatt-news-833, spkatt-news-27811, spkatt-news-49225
    ordinal = (
        "Nach ihrer Gründung am 4. Dezember 1964 durch die Bundesregierung, gelang es ihr, "
        "in den 1970-er Jahren mehr und mehr ins Bewusstsein der Verbraucher vorzurücken."
    )
    initial = "Zum gleichen Thema äußerte sich heute auch US-Präsident George W. Bush."
    regnal = (
        "mit einem Empfang bei Königin Elisabeth II. Am Nachmittag hielt Sarkozy dann eine "
        "Rede vor dem Britischen Ober- und Unterhaus."
    )
    assert "4." in [t.text for t in blank(ordinal)]
    assert "W." in [t.text for t in blank(initial)]
    assert "II." in [t.text for t in blank(regnal)]


def test_the_next_word_decides() -> None:
    openers = words("sentence_openers")
    assert ends_sentence("2014", " Die Bank", openers)
    assert ends_sentence("1933", " Merkel", openers)  # any capital after a year
    assert not ends_sentence("9", " Mai", openers)  # an ordinal before a noun
    assert not ends_sentence("22", " „europäische Filmfest“", openers)
    assert ends_sentence("4", ' "Vielfalt', openers)
    assert ends_sentence("F-5", "", openers)
    assert ends_sentence("9", "\nAm", openers)


def test_offsets_stay_true_and_sentences_split(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(MERKEL)
    assert doc.text == MERKEL
    assert len(list(doc.sents)) == 2
    assert extractor.nlp.pipe_names[0] == "claimex_sentence_periods"


def test_regnal_number_keeps_its_period_inside_a_sentence(blank: spacy.language.Language) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-56063: the tokenizer splits "XVI." and the
    # sentence ended there, so the quote after "gebeten" lost its speaker
    text = (
        "Der erst kürzlich ernannte Weihbischof der Diözese Linz, Gerhard Maria Wagner hat "
        "Papst Benedikt XVI. gebeten, seine Ernennung zurückzunehmen."
    )
    tokens = [t.text for t in blank(text)]
    assert "XVI." in tokens
    assert "XVI" not in tokens
