"""Figure errors of the Wikinews train split read on train_b (round 28, figures28b), each on
a sentence of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"). Each case failed before its fix. The fix is general: a bare number after a
word the tagger reads as a noun or name is part of a name ("Windows 11") also at the start of
a sentence or a quotation, where the capital letter alone said nothing. The gold of both train
halves: a number closing a quotation after a word ("„Christoph 29“") is no figure 6 of 6 in
train_a and 14 of 14 in train_b; a capitalised sentence-initial word, a number and a
lower-case word is no figure 64 of 65 and 52 of 53."""

from __future__ import annotations

import spacy

import claimex
from claimex.components.figures import get_figures


def _figures(extractor: claimex.Extractor, text: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in extractor.extract(text).figures]


def test_number_closing_a_quoted_name_is_no_figure(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-20089 (train_b): the rescue helicopter's name
    text = (
        "Die Bundeswehr stellt jedoch weiterhin für den Hamburger Rettungshubschrauber, der "
        "ab dem 20.01.2006 „Christoph 29“ heißen wird, den Stützpunkt am "
        "Bundeswehrkrankenhaus sowie das sanitätsdienstliche Personal zur Verfügung."
    )
    assert _figures(extractor, text) == []


def test_version_number_after_a_name_opening_the_sentence(
    extractor: claimex.Extractor,
) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-33855 (train_b): a product and its version
    text = (
        "Das Softwarepaket ging aus der Version 5.2 von StarOffice hervor und wird seitdem "
        "ständig weiterentwickelt. OpenOffice 1.0 wurde im Mai 2002 veröffentlicht."
    )
    assert ("1.0", 1.0) not in _figures(extractor, text)


def test_sentence_initial_word_without_tags_does_not_make_a_name() -> None:
    # without a tagger every sentence-initial word is capitalised, so the guard stays:
    # German Wikinews (CC BY 2.5), spkatt-news-33855 (train_b), the same sentence
    nlp = spacy.blank("de")
    nlp.add_pipe("claimex_figures")
    doc = nlp("OpenOffice 1.0 wurde im Mai 2002 veröffentlicht.")
    assert [(f.text, f.value) for f in get_figures(doc)] == [("1.0", 1.0)]
