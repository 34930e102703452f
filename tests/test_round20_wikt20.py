"""Round 20 (wikt20): the forms of Wiktionary's German common nouns that the lemma table
lacks (lexicon/wiktionary_nouns.txt, built by ``python -m models.wiktionary_nouns`` from
german-nouns 1.2.5, CC BY-SA 4.0, "Wiktionary contributors, via german-nouns") are German
words for the entity rules (``word_checks.german_word_check``), and a one-word PER or LOC
that is one of them is no name (``drop_common_compounds``).

The sentences are from German Wikinews (CC BY 2.5, "Wikinews contributors"), read from the
train_b half of the Wikinews train split; each case failed before the change."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.word_checks import german_word_check, wiktionary_nouns

from .entity_docs import entities_found


def test_plain_nouns_are_german_words(extractor: claimex.Extractor) -> None:
    known = german_word_check(extractor.nlp)
    if known is None:
        pytest.skip("a pipeline without the lemma table knows no words")
    # nouns the lemma table lacks
    for word in ("Polizei", "Justiz", "Verteidigung", "Presse"):
        assert known(word), word
    # and compounds ending in one of eight letters or more
    assert known("Raketenverteidigung")
    # a short Wiktionary noun is no compound head: "Sangatte" does not end in "Gatte"
    assert not known("Sangatte")


def test_names_are_left_out() -> None:
    nouns = wiktionary_nouns()
    assert "Polizei" in nouns
    # the source's toponyms, words the name lists hold, and words annotated text uses as
    # names more often than as nouns ("Bosporus" in the NER corpora) are not listed
    assert not {"Vatikan", "Vatikans", "Bosporus"} & nouns


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-83589: drop_common_nouns
        pytest.param(
            "Für Shakira, so schrieb diese in einer Stellungnahme, sei es eine Ehre, gemeinsam "
            "mit Lopez auf einer der größten Bühnen des Showbusiness weltweit aufzutreten, "
            "stellvertretend für Latinos und Latinas aus den USA und der Welt.",
            "Latinos",
            "LOC",
            id="latinos",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-3659: drop_common_compounds
        pytest.param(
            "Seine Instrumente reichen vom Schlagzeug, Triangel, Bongos und Glockenspiel bis "
            "hin zum Strohhalm und umgedrehten Kochtopf.",
            "Bongos",
            "PER",
            id="bongos",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-34485: drop_common_compounds
        pytest.param(
            "Im Zuge des Superturniers nehmen zehn Großmeister am Turnier teil: Peter Swidler "
            "(Russland, Rating: 2.750) Alexander Morosewitsch (Russland, 2.747) Levon Aronian "
            "(Armenien, 2.741).",
            "Rating",
            "LOC",
            id="rating",
        ),
    ],
)
def test_common_nouns_are_no_names(
    extractor: claimex.Extractor, text: str, word: str, label: str
) -> None:
    assert (word, label) not in entities_found(extractor, text)
