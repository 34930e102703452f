"""Knowledge batches of round 14 (helper know14): rows of models/knowledge/*.tsv taken from
Wikipedia articles, and the genitive of a listed name whose head has a complement
(models/gazetteer.py). A case on a sentence of German Wikinews (CC BY 2.5, "Wikinews
contributors") comes from the train_b half of models/gold/wikinews/train.jsonl; a batch that
changed no train_b sentence is tested on its generated gazetteer entries. Every case failed
before its batch."""

from __future__ import annotations

import pytest

import claimex
from claimex.components.namewords import gazetteer_organisations

from .entity_docs import entities_found

# Batches whose rows changed no train_b sentence: their names (and a generated form) are
# gazetteer organisations.
LISTED_CASES = [
    # government.tsv: state criminal police offices, Swiss and Austrian federal authorities
    pytest.param("Landeskriminalamt Niedersachsen", id="lka-niedersachsen"),
    pytest.param("Landesamt für Verfassungsschutz Hessen", id="lfv-hessen"),
    pytest.param("Bundesamt für Fremdenwesen und Asyl", id="bfa-oesterreich"),
    pytest.param("Bundesamt für Zivilluftfahrt", id="bazl"),
    # society.tsv: aid organisations and NGOs
    pytest.param("Diakonie Katastrophenhilfe", id="diakonie-katastrophenhilfe"),
    pytest.param("Internationale Gesellschaft für Menschenrechte", id="igfm"),
    # media.tsv: foreign broadcasters
    pytest.param("China Central Television", id="cctv"),
    pytest.param("Radio France Internationale", id="rfi"),
    # government.tsv: national parliaments by their own names
    pytest.param("Storting", id="storting"),
    pytest.param("Nationalen Volkskongresses", id="nationaler-volkskongress"),
    pytest.param("Loja Dschirga", id="loja-dschirga"),
]


@pytest.mark.parametrize("name", LISTED_CASES)
def test_listed_organisations(name: str) -> None:
    assert name in gazetteer_organisations()


# society.tsv: research institutes (think tanks) the NER cuts short or misses.
INSTITUTE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-75280
    pytest.param(
        "Interviewt wurden Dr. Robert Kelly von der Universität Busan (Südkorea) und Scott "
        "Snyder vom Council on Foreign Relations (CFR), einem US-amerikanischen Think-Tank.",
        ("Council on Foreign Relations", "ORG"),
        id="council-on-foreign-relations",
    ),
]


@pytest.mark.parametrize(("text", "entity"), INSTITUTE_CASES)
def test_institutes(extractor: claimex.Extractor, text: str, entity: tuple[str, str]) -> None:
    assert entity in entities_found(extractor, text)


# models/gazetteer.py: the genitive of a listed name whose head noun has a complement
# ("Sicherheitsrat der Vereinten Nationen" -> "Sicherheitsrates der Vereinten Nationen").
COMPLEMENT_GENITIVE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-68296
    pytest.param(
        "Der Informationsminister des Südsudans sagte in Juba der Presse, die SPLA werde nicht "
        "vergelten, es sei die Aufgabe des Sicherheitsrates der Vereinten Nationen, das Gebiet "
        "um Abyei zu entmilitarisieren.",
        ("Sicherheitsrates der Vereinten Nationen", "ORG"),
        id="sicherheitsrates-der-vereinten-nationen",
    ),
]


@pytest.mark.parametrize(("text", "entity"), COMPLEMENT_GENITIVE_CASES)
def test_complement_genitive(
    extractor: claimex.Extractor, text: str, entity: tuple[str, str]
) -> None:
    assert entity in entities_found(extractor, text)


def test_complement_genitive_forms() -> None:
    from models.gazetteer import inflections

    assert inflections("Bundesamt für Migration") == [
        "Bundesamt für Migration",
        "Bundesamtes für Migration",
        "Bundesamts für Migration",
    ]
    assert "Bundesministeriums der Justiz" in inflections("Bundesministerium der Justiz")
    assert inflections("Partei der Arbeit") == ["Partei der Arbeit"]
