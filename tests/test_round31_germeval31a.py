"""Round 31 (helper germeval31a): ORG and LOC errors of claimex's own rules at sentence
level, against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed at b9094e3."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_compass_place_after_an_organisation_word(extractor: claimex.Extractor) -> None:
    # GermEval 2014 test 960: described_org_mentions made the place after "Zweigvereins"
    # an ORG in both its mentions (the branch is named after its village)
    text = (
        "Gute Laune und viel Freude hatten die Mitglieder des Zweigvereins Nordeck im "
        "Oberhessischen Gebirgsverein (OHGV) und ihre Gäste im Bürgerhaus Nordeck."
    )
    found = entities_found(extractor, text)
    assert found.count(("Nordeck", "LOC")) == 2
    assert ("Nordeck", "ORG") not in found
