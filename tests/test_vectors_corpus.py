"""The raw-text reader of the vectors study (``models/vectors.py``): UD sentences as their
surface words, a multiword token ("zum") once and never as its parts ("zu dem")."""

from __future__ import annotations

from models.vectors import _conllu_words

from tests.conftest import shared_path


def test_conllu_words_are_the_sentence_text() -> None:
    path = shared_path("data", "ud", "UD_German-GSD", "de_gsd-ud-test.conllu")
    texts = [
        line.removeprefix("# text = ")
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("# text = ")
    ]
    sentences = list(_conllu_words(path))
    assert len(sentences) == len(texts)
    for words, text in zip(sentences, texts, strict=True):
        assert "".join(words) == text.replace(" ", "")
