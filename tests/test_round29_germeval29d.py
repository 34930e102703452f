"""Round 29 (helper germeval29d): one-word persons that the bare NER gets right and
``common_word_persons`` or ``articled_persons`` dropped at sentence level, against GermEval
2014 test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers
count from 0 in file order, their tokenisation undone); each case failed at ff06b53. The
STTS tagger calls the word a proper noun (NE): in a text too short for the learned entity
check the fine tag's reading stands with the NER's."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # GermEval 2014 test 3987: a prenominal genitive, a word form of the lemma table
        # ("Schröders Pläne"; common_word_persons)
        (
            "Der grüne Koalitionspartner läuft Sturm gegen Schröders Pläne für eine "
            "Aufhebung des Waffenembargos gegen China.",
            "Schröders",
        ),
        # GermEval 2014 test 189 (common_word_persons)
        ("Daniels Cousine hat einen großen Kopf und häßliche Züge.", "Daniels"),
        # GermEval 2014 test 2905: a family by its plural after an article (articled_persons)
        (
            "Sie hielten die Titel bis zum 8. Mai 1977, verloren sie wieder an die Andersons, "
            "um sie am 30. Oktober des Jahres zurückzugewinnen.",
            "Andersons",
        ),
        # GermEval 2014 test 4411 (shortened: from "Aus der Regierungszeit"; articled_persons)
        (
            "Aus der Regierungszeit des Chephren sind sehr wenige hohe Beamte bekannt.",
            "Chephren",
        ),
    ],
)
def test_proper_noun_tag_keeps_a_person_in_a_short_text(
    extractor: claimex.Extractor, text: str, name: str
) -> None:
    assert (name, "PER") in entities_found(extractor, text)
