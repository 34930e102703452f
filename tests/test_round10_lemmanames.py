"""Round 10 (lemmanames): lemma-table entries that annotated text uses as names
(lexicon/lemma_table_names.txt, built by ``python -m models.lemma_names``) are no German
words for the entity rules."""

from __future__ import annotations

import claimex
from claimex.components.namewords import lemma_forms
from claimex.components.word_checks import german_word_check


def test_names_are_no_german_words(extractor: claimex.Extractor) -> None:
    known = german_word_check(extractor.nlp)
    if known is None:  # a pipeline without the lemma table knows no words
        return
    # "Lohfink" is no compound of "Fink" (a surname in the corpora), "Irak" no word
    assert not known("Lohfink")
    assert not known("Irak")
    assert known("Nuklearanlage")
    assert known("Arbeitsrechtsexperte")
    assert "Irak" not in lemma_forms(extractor.nlp)
