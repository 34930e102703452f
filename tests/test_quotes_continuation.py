"""Konjunktiv continuation sentences: reported speech that goes on without a new cue."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.quotes import _konjunktiv_1_form


@pytest.mark.parametrize(
    ("text", "n_continued"),
    [
        pytest.param(
            "Der Minister erklärte, die Lage sei ernst. Die Entscheidung liege nun beim "
            "Parlament. Am Abend regnete es in Wien.",
            1,
            id="liege-after-indirect",
        ),
        pytest.param(
            "Die Anwältin sagte, ihr Mandant sei unschuldig. Er habe nie Geld genommen. "
            "Eine Verurteilung wäre ein Skandal.",
            2,
            id="habe-and-waere-after-indirect",
        ),
        pytest.param(
            "Die Anwältin sagte, ihr Mandant sei unschuldig. Das Gericht tagt am Montag. "
            "Der Saal ist klein.",
            0,
            id="indicative-does-not-continue",
        ),
    ],
)
def test_continuation_sentences(extractor: claimex.Extractor, text: str, n_continued: int) -> None:
    quotes = extractor.extract(text).quotes
    assert quotes[0].cue in {"erklären", "sagen"}
    continued = [q for q in quotes[1:] if q.cue is None and q.kind == "indirect"]
    assert len(continued) == n_continued
    for quote in continued:
        assert quote.speaker_name == quotes[0].speaker_name


def test_konjunktiv_1_form_by_tag_and_lemma(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp.make_doc("obliege obliegt regle sagte stamme")
    tags = ["VVFIN"] * 5
    lemmas = ["obliegen", "obliegen", "regeln", "sagen", "stamme"]
    for token, tag, lemma in zip(doc, tags, lemmas, strict=True):
        token.tag_ = tag
        token.lemma_ = lemma
    assert [_konjunktiv_1_form(t) for t in doc] == [True, False, True, False, True]
