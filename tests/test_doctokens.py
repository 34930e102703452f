"""The per-doc token texts shared by claimex's stages (claimex.components.doctokens)."""

from __future__ import annotations

import pytest
import spacy

import claimex
from claimex.components import doctokens
from claimex.components.doctokens import (
    doc_text,
    feature_values_at,
    fine_tags,
    lemmas,
    pos_tags,
    strings_of,
    token_texts,
    token_view,
)
from claimex.components.quotes.tokens import Tokens
from claimex.components.speakers.agreement import is_personal_pronoun, is_personal_pronoun_word
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


def test_capitalised_tokens_as_the_scans_test_them() -> None:
    doc = spacy.blank("de")(TEXT)
    view = token_view(doc)
    assert view.capitalised() == [t.i for t in doc if t.text[:1].isupper()]
    assert view.capitalised() is view.capitalised()  # found once per doc
    assert token_view(spacy.blank("de")("")).capitalised() == []


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


# A sentence of German Wikinews (CC BY 2.5, "Wikinews contributors"), from an article of
# the train split (spkatt-news-9019 in models/gold/wikinews/train.jsonl).
WIKINEWS = "Zu dieser Einschätzung des Kanzlers sehe er, Köhler, keine Alternative."


def test_feature_values_at_read_the_morph_column(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(WIKINEWS)
    for token in doc:
        for field in ("Case", "Gender", "Number", "Mood", "Person"):
            assert feature_values_at(doc, token.i, field) == tuple(token.morph.get(field))
    # an analysis seen before comes from the per-process table, the same answer
    assert feature_values_at(doc, 3, "Case") == feature_values_at(doc, 3, "Case")


def test_string_columns_equal_the_tokens_attributes(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(WIKINEWS)
    assert pos_tags(doc) == [t.pos_ for t in doc]
    assert fine_tags(doc) == [t.tag_ for t in doc]
    assert lemmas(doc) == [t.lemma_ for t in doc]
    assert pos_tags(doc) is pos_tags(doc)  # read once per doc
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert pos_tags(doc) == [t.pos_ for t in doc]  # rebuilt after retokenising
    release(doc)
    assert not [key for key in doc.user_data if "claimex" in str(key)]


def test_string_columns_without_a_parse() -> None:
    doc = spacy.blank("de")(TEXT)
    assert pos_tags(doc) == fine_tags(doc) == lemmas(doc) == [""] * len(doc)
    assert pos_tags(spacy.blank("de")("")) == []


def test_personal_pronoun_by_its_lowercase_word(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(WIKINEWS)
    assert [t.text for t in doc if is_personal_pronoun_word(token_view(doc).lowers[t.i])] == ["er"]
    assert all(is_personal_pronoun_word(t.lower_) == is_personal_pronoun(t) for t in doc)


def test_quote_tokens_share_the_view_s_lexical_flags(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp(WIKINEWS + "\n\nEr sagte 3 Sätze.")
    tokens = Tokens(doc, [], {})
    assert tokens.is_space == [t.is_space for t in doc]
    assert tokens.is_alpha == [t.is_alpha for t in doc]
    assert tokens.like_num == [t.like_num for t in doc]
    assert tokens.line_breaks == [t.i for t in doc if t.is_space and "\n" in t.text]


def test_strings_of_decodes_through_a_bounded_table(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = spacy.blank("de")(TEXT)
    ids = [doc.vocab.strings[t.text] for t in doc]
    assert strings_of(doc, ids) == [t.text for t in doc]
    # once the table is full, new strings are decoded per call and not kept
    monkeypatch.setattr(doctokens, "_STRINGS", {})
    monkeypatch.setattr(doctokens, "_MAX_STRINGS", 0)
    assert strings_of(doc, ids) == [t.text for t in doc]
    assert doctokens._STRINGS == {}
