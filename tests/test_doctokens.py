"""The per-doc token texts shared by claimex's stages (claimex.components.doctokens)."""

from __future__ import annotations

import spacy

from claimex.components.doctokens import doc_text, token_texts
from claimex.convert import release

TEXT = (
    "Der belarussische Machthaber Alexander Lukaschenko hat Russlands Präsidenten "
    "Wladimir Putin in Minsk empfangen.\n\n„Ich hoffe, dass wir einig bleiben“, sagte er."
)


def test_texts_and_text_equal_spacy_s() -> None:
    doc = spacy.blank("de")(TEXT)
    assert token_texts(doc) == [t.text for t in doc]
    assert doc_text(doc) == doc.text == TEXT


def test_cached_once_per_doc() -> None:
    doc = spacy.blank("de")(TEXT)
    assert token_texts(doc) is token_texts(doc)
    assert doc_text(doc) is doc_text(doc)


def test_rebuilt_after_retokenising() -> None:
    doc = spacy.blank("de")(TEXT)
    before = token_texts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[3:5])  # "Alexander Lukaschenko"
    after = token_texts(doc)
    assert after is not before
    assert after == [t.text for t in doc]
    assert "Alexander Lukaschenko" in after
    assert doc_text(doc) == TEXT


def test_empty_doc() -> None:
    doc = spacy.blank("de")("")
    assert token_texts(doc) == []
    assert doc_text(doc) == ""


def test_release_drops_the_cache() -> None:
    doc = spacy.blank("de")(TEXT)
    token_texts(doc)
    doc_text(doc)
    release(doc)
    assert not [key for key in doc.user_data if "claimex" in str(key)]
