"""The column sentencizer and lemmatizer (claimex.components.spacy_pipes) give exactly what
spaCy's own pipes give, and claimex.load puts them in their place."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer, Sentencizer
from spacy.tokens import Doc

import claimex
from claimex.components.spacy_pipes import ColumnLemmatizer, ColumnSentencizer, install
from claimex.models import _load, bundled_path

from .conftest import SEED_TEXT

TEXTS = (
    "Er kam... Sie ging?! „Ja.“ Dann: nichts. (So.) Ende",
    "Am 9. Mai 2014. Die Bank sagte, sie habe 3,5 Mio. Euro verloren!!! Und?",
    "ohne Satzzeichen am Ende",
    ". . ! Anfang mit Zeichen",
)


@pytest.fixture(scope="module")
def plain() -> Language:
    return _load(str(bundled_path()))


@pytest.fixture(scope="module")
def column() -> Language:
    return install(_load(str(bundled_path())))


def test_install_replaces_the_pipes_in_place(column: Language, plain: Language) -> None:
    assert column.pipe_names == plain.pipe_names
    assert type(column.get_pipe("sentencizer")) is ColumnSentencizer
    lemmatizer = column.get_pipe("lemmatizer")
    assert type(lemmatizer) is ColumnLemmatizer
    assert lemmatizer.lookups.to_bytes() == plain.get_pipe("lemmatizer").lookups.to_bytes()  # type: ignore[attr-defined]
    assert claimex.load().nlp.get_pipe("lemmatizer").__class__ is ColumnLemmatizer


def test_same_docs_as_spacys_pipes(column: Language, plain: Language) -> None:
    texts = [*TEXTS, SEED_TEXT.read_text(encoding="utf-8")]
    for ours, theirs in zip(column.pipe(texts), plain.pipe(texts), strict=True):
        assert ours.to_bytes() == theirs.to_bytes()
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]
        assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]


@pytest.mark.parametrize("overwrite", [False, True])
def test_sentencizer_keeps_preset_starts_unless_overwriting(overwrite: bool) -> None:
    nlp = spacy.blank("de")
    for text in (*TEXTS, "", "Nur ein Satz"):
        ours, theirs = nlp.make_doc(text), nlp.make_doc(text)
        for doc in (ours, theirs):
            if len(doc) > 3:
                doc[2].is_sent_start = True
                doc[3].is_sent_start = False
        ColumnSentencizer(overwrite=overwrite)(ours)
        Sentencizer(overwrite=overwrite)(theirs)
        assert ours.to_bytes() == theirs.to_bytes()


def test_sentencizer_reads_its_characters_after_from_bytes() -> None:
    nlp = spacy.blank("de")
    ours = ColumnSentencizer().from_bytes(Sentencizer(punct_chars=["|"]).to_bytes())
    doc = ours(nlp.make_doc("eins | zwei. drei"))
    assert [t.text for t in doc if t.is_sent_start] == ["eins", "zwei"]


@pytest.mark.parametrize("overwrite", [False, True])
def test_lemmatizer_as_spacys_lookup_mode(overwrite: bool) -> None:
    nlp = spacy.blank("de")
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"Häuser": "Haus", "sagte": ["sagen", "sägen"], "ADJ": "x"})
    pipes = [
        cls(nlp.vocab, None, "lemmatizer", mode="lookup", overwrite=overwrite)
        for cls in (ColumnLemmatizer, Lemmatizer)
    ]
    docs = [nlp.make_doc("Er sagte: Häuser ADJ sagte.") for _ in pipes]
    for pipe, doc in zip(pipes, docs, strict=True):
        pipe.lookups = lookups
        doc[1].lemma_ = "gesagt"
        pipe(doc)
        assert pipe(nlp.make_doc("")).to_bytes() == Doc(nlp.vocab).to_bytes()
    assert [t.lemma_ for t in docs[0]] == [t.lemma_ for t in docs[1]]
    assert docs[0].to_bytes() == docs[1].to_bytes()


def test_rule_mode_lemmatizer_stays() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    assert type(install(nlp).get_pipe("lemmatizer")) is not ColumnLemmatizer


def test_installed_pipeline_saves_and_loads(tmp_path: Path) -> None:
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer", config={"punct_chars": [".", "|"]})
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    lookups = Lookups()
    lookups.add_table("lemma_lookup", {"Häuser": "Haus"})
    lemmatizer.lookups = lookups  # type: ignore[attr-defined]
    install(nlp).to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert [type(pipe) for _, pipe in loaded.pipeline] == [ColumnSentencizer, ColumnLemmatizer]
    doc = loaded("Häuser | Häuser.")
    assert [t.lemma_ for t in doc] == ["Haus", "|", "Haus", "."]
    assert [t.text for t in doc if t.is_sent_start] == ["Häuser", "Häuser"]
