"""``strip_titles`` (components/entities.py): what stands before a name and what begins it.

Sentences from the Wikinews train split (models/gold/wikinews/train.jsonl; texts CC BY 2.5,
Wikinews contributors). The NER's span is set by hand so the rule is tested, not the NER;
the bundled pipeline supplies the tags and parse the rule reads.
"""

from __future__ import annotations

import pytest

import claimex
from claimex.components.word_checks import german_word_check

from .entity_docs import Ent, doc_with_ents

CASES: list[tuple[str, Ent, Ent]] = [
    (  # a capitalised foreign article inside a sentence begins the name
        "Unter anderem soll das 24-Stunden-Rennen von Le Mans zur Präsentation genutzt werden.",
        ("Le Mans", "LOC"),
        ("Le Mans", "LOC"),
    ),
    (  # the seat of a court may be a district of a place
        "Das Amtsgericht Berlin-Tiergarten hat Lohfink am 22. August 2016 zu einer Geldstrafe "
        "wegen falscher Verdächtigung verurteilt.",
        ("Amtsgericht Berlin-Tiergarten", "ORG"),
        ("Amtsgericht Berlin-Tiergarten", "ORG"),
    ),
    (  # a first name German does not know is no title, even where the tagger calls it NN
        "Die Opposition wird angeführt von Hailu Shawe, dem Vorsitzenden der CUD.",
        ("Hailu Shawe", "PER"),
        ("Hailu Shawe", "PER"),
    ),
    (  # a German common noun before a person's name still stands outside it
        "Nach Angaben der Polizeidirektion Hannover ist Fussballnationaltorwart Robert Enke "
        "gestern am frühen Abend gestorben.",
        ("Fussballnationaltorwart Robert Enke", "PER"),
        ("Robert Enke", "PER"),
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[1][0] for c in CASES])
def test_strip_titles(extractor: claimex.Extractor, text: str, ner: Ent, expected: Ent) -> None:
    doc = doc_with_ents(extractor, text, [ner])
    doc = extractor.nlp.get_pipe("claimex_entities")(doc)
    assert expected in [(ent.text, ent.label_) for ent in doc.ents]


def test_german_words_by_the_lemma_table(extractor: claimex.Extractor) -> None:
    known = german_word_check(extractor.nlp)
    assert known is not None
    assert known("Schicksal")
    assert known("Fussballnationaltorwart")  # a compound ending in a known word
    assert not known("Hailu")


def test_german_word_check_keeps_a_bounded_memory(extractor: claimex.Extractor) -> None:
    known = german_word_check(extractor.nlp)
    assert known is not None
    assert [known(w) for w in ("Hailu", "Schicksal", "Hailu")] == [False, True, False]
    info = known.cache_info()  # type: ignore[attr-defined]
    assert info.hits >= 1
    assert info.maxsize is not None  # bounded: a stream of articles never grows it
