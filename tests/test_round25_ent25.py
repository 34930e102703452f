"""Round 25 (helper ent25): entity spans and labels. Sentences from GermEval 2014 test (CC BY
4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in
file order, GermEval's tokenisation undone); each case failed before its change."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.namewords import is_org_description

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # GermEval 2014 test 300
        (
            "Ein erster Gottesdienst wurde am 18. Oktober 1861, die tatsächliche Weihe durch "
            "Bischof Konrad Martin aus Paderborn am 7. August 1862 gefeiert.",
            "Konrad Martin",
        ),
        # GermEval 2014 test 350
        (
            "Um 1000 bezog Erzbischof Gebhard von Ravenna Einkünfte aus Jettenhausen, welche er "
            "an das Damenstift in Lindau weiterleitete.",
            "Gebhard von Ravenna",
        ),
        # GermEval 2014 test 5002
        (
            "Es konnte auch die Krypta, in der der Erzbischof Giorgios begraben worden ist, "
            "gefunden werden.",
            "Giorgios",
        ),
    ],
)
def test_bishop_is_no_organisation_word(
    extractor: claimex.Extractor, text: str, person: str
) -> None:
    # namewords.is_org_description: "Bischof" (roles.txt) heads "Erzbischof", not the
    # "-hof" of org_descriptions.txt, so described_org_mentions leaves the person a PER
    assert (person, "PER") in entities_found(extractor, text)


def test_listed_heads_decide_a_compound() -> None:
    # the longest listed ending names the compound: a title or a facility, not "-hof"
    assert is_org_description("Gerichtshof")
    assert not is_org_description("Landesbischof")
    assert not is_org_description("Betriebsbahnhof")
