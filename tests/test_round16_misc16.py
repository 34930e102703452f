"""Knowledge batches of round 16 (helper misc16): rows of models/knowledge/*.tsv taken from
German Wikipedia articles and list articles (source column), written without reading any
split's errors. A batch that changed a train_b sentence is tested on it (German Wikinews,
CC BY 2.5, "Wikinews contributors", the train_b half of models/gold/wikinews/train.jsonl); a
batch that changed no train_b sentence is tested on its generated gazetteer entries. Every
case failed before its batch."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.namewords import gazetteer_organisations

# Batches whose rows changed no train_b sentence: their names (and an alias) are gazetteer
# organisations.
LISTED_CASES = [
    # companies.tsv: index members and Fortune Global 500 companies
    pytest.param("Carrefour", id="carrefour"),
    pytest.param("Électricité de France", id="edf"),
    pytest.param("Hewlett-Packard", id="hewlett-packard"),
    pytest.param("Thales Group", id="thales-group"),
    # government.tsv: police forces and security services
    pytest.param("Securitate", id="securitate"),
    pytest.param("Deutsche Volkspolizei", id="volkspolizei"),
    pytest.param("Royal Canadian Mounted Police", id="rcmp"),
]


@pytest.mark.parametrize("name", LISTED_CASES)
def test_listed_organisations(name: str) -> None:
    assert name in gazetteer_organisations()


def test_surname_companies_not_listed_alone() -> None:
    """Company names that are a surname or a common word alone stay unlisted."""
    listed = gazetteer_organisations()
    assert "Thales" not in listed
    assert "Quelle" not in listed


def test_space_programme(extractor: claimex.Extractor) -> None:
    # misc.tsv: space programmes and spacecraft; German Wikinews (CC BY 2.5),
    # spkatt-news-13741
    text = (
        "Zhai Zhigang und Nie Haisheng wurden nun offiziell als Astronauten für den zweiten "
        "bemannten Raumflug „Shenzhou 6“ benannt."
    )
    entities = [(e.text, e.label) for e in extractor.extract(text).entities]
    assert ("Shenzhou 6", "MISC") in entities
