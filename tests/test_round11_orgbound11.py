"""ORG span boundaries (issue 14), round 11: an organisation named with its seat stays one
ORG where the gazetteer knows the place ("LC Hansa Stuhr"), and a name in quotation marks of
which the NER tagged only a part as an ORG is one ORG ("„Ener1 Group Inc.“"). Each sentence
is from the article of the Wikinews train split the error was found in (German Wikinews,
CC BY 2.5, "Wikinews contributors"); each case failed before its fix."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-76253: a club named with its seat
    pytest.param(
        "Oliver Sebrantke von LC Hansa Stuhr lief nach einer Zeit von 2:31:37 ins Ziel und "
        "wurde damit zum dritten Mal Sieger.",
        ("LC Hansa Stuhr", "ORG"),
        id="org_with_seat",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-52151: an airport named with its city
    pytest.param(
        "Die Zahl der Fluggäste entwickelte sich am Flughafen Bremen in den letzten Jahren "
        "sehr positiv.",
        ("Flughafen Bremen", "ORG"),
        id="facility_with_seat",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-55265: a quoted company name
    pytest.param(
        "Die Unternehmensgruppe „Ener1 Group Inc.“, zu der auch der Batteriehersteller "
        "„EnerDel“ sowie weitere Investoren gehören, hat dem vor dem Konkurs stehenden "
        "Autobauer „Think Global“ eine Finanzspritze gegeben.",
        ("Ener1 Group Inc.", "ORG"),
        id="quoted_company",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-64897: a quoted alliance name
    pytest.param(
        "Das Bündnis aus Liberaldemokraten (PLDM), Demokratischer Partei (PDM) und Liberalen "
        "(PL), das sich selbst „Allianz zur Europäischen Integration“ (AIE) nennt, kam mit "
        "zusammen 48 Prozent auf 57 Sitze.",
        ("Allianz zur Europäischen Integration", "ORG"),
        id="quoted_alliance",
    ),
]


@pytest.mark.parametrize(("text", "entity"), CASES)
def test_org_span_boundaries(
    extractor: claimex.Extractor, text: str, entity: tuple[str, str]
) -> None:
    assert entity in entities_found(extractor, text)
