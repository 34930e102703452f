"""Actor names of the Wikinews train split (round 10, issue 14), each on a sentence of the
article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read from
the train split's first half. Each case failed before its fix; the fixes are general: a
common noun that a name in the Saxon genitive owns is no part of the name
(``actors.trim_mention``), and an untagged name before an organisation acronym in
parentheses is the acronym's name (``actors.long_forms``)."""

from __future__ import annotations

import pytest

import claimex


def _actor_names(extractor: claimex.Extractor, text: str) -> list[str]:
    return [actor.name for actor in extractor.extract(text).actors]


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-28493
        pytest.param(
            "Der Komponist schrieb einige Titel zu Stanley Kubricks Film "
            "\N{DOUBLE LOW-9 QUOTATION MARK}2001: Odyssee im "
            "Weltraum\N{LEFT DOUBLE QUOTATION MARK}.",
            "Stanley Kubricks",
            "Stanley Kubricks Film",
            id="kubricks-film",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-83332
        pytest.param(
            "Juli) ging in Bregenz (Österreich) die Premiere von Giuseppe Verdis Oper "
            "\N{DOUBLE LOW-9 QUOTATION MARK}Rigoletto\N{LEFT DOUBLE QUOTATION MARK} bei "
            "trockenem Wetter über die Bühne.",
            "Giuseppe Verdi",
            "Giuseppe Verdis Oper",
            id="verdis-oper",
        ),
    ],
)
def test_owned_noun_is_no_part_of_the_name(
    extractor: claimex.Extractor, text: str, name: str, not_name: str
) -> None:
    names = _actor_names(extractor, text)
    assert not_name not in names
    assert any(n.startswith(name) for n in names)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        # German Wikinews (CC BY 2.5), spkatt-news-52796
        pytest.param(
            "Insbesondere wird kritisiert, dass das neue Wahlrecht Elemente enthalte, die die "
            "regierende Partei, die Vereinte Nationale Bewegung (ENM) von Präsident Micheil "
            "Saakaschwili, begünstigten.",
            "Vereinte Nationale Bewegung",
            "ENM",
            id="enm",
        ),
        # German Wikinews (CC BY 2.5), spkatt-news-64897
        pytest.param(
            "Das Bündnis aus Liberaldemokraten (PLDM), Demokratischer Partei (PDM) und "
            "Liberalen (PL), das sich selbst \N{DOUBLE LOW-9 QUOTATION MARK}Allianz zur "
            "Europäischen Integration\N{LEFT DOUBLE QUOTATION MARK} (AIE) nennt, kam mit "
            "zusammen 48 Prozent auf 57 Sitze.",
            "Liberaldemokraten",
            "PLDM",
            id="pldm",
        ),
    ],
)
def test_untagged_name_before_acronym(
    extractor: claimex.Extractor, text: str, name: str, acronym: str
) -> None:
    actors = {actor.name: actor for actor in extractor.extract(text).actors}
    assert name in actors
    assert acronym in {m.text for m in actors[name].mentions}
    assert acronym not in actors
