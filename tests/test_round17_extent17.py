"""Round 17 (helper extent17): name extents. Sentences from German Wikinews (CC BY 2.5,
"Wikinews contributors"), the train_b half of models/gold/wikinews/train.jsonl, doc ids in
the comments. Each case failed before its rule."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # spkatt-news-82340: a first name the tagger read as a common noun, at a sentence start
    pytest.param(
        "Mirej Taloş, Vize-Präsident des Rumänischen Kulturinstituts, stellte mit "
        "Buchmessedirektor Oliver Zille das rumänische Programm bereits am Mittwoch vor.",
        "Mirej Taloş",
        "PER",
        id="sentence-start",
    ),
    # spkatt-news-64617: after a colon
    pytest.param(
        "Nach einem ausgeglichenen Start vergaben die Gastgeber ihre wohl größte Torchance "
        "des Spiels: Gylfi Sigurdsson schoss den Ball in Richtung Tor \N{EN DASH} traf "
        "allerdings nur die Latte.",
        "Gylfi Sigurdsson",
        "PER",
        id="colon",
    ),
    # spkatt-news-38180: after the comma of an apposition
    pytest.param(
        "Das 47 Jahre alte VW-Gesetz, das der Verhinderung feindlicher Übernahmen dienen "
        "soll, verstößt nach Ansicht des Generalanwalts des Europäischen Gerichtshofes, "
        "Damazo Ruiz-Jarabo Colomer, gegen europäisches Recht.",
        "Damazo Ruiz-Jarabo Colomer",
        "PER",
        id="apposition",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.mark.parametrize(("text", "name", "label"), CASES)
def test_name_extent(extractor: claimex.Extractor, text: str, name: str, label: str) -> None:
    result = extractor.extract(text)
    assert (name, label) in {(e.text, e.label) for e in result.entities}
    assert name in {a.name for a in result.actors}


def test_known_word_before_person_stays_outside(extractor: claimex.Extractor) -> None:
    # a German word before the name is no first name
    result = extractor.extract("Gestern, Polizisten Müller und Schmidt waren da.")
    assert all(not e.text.startswith("Polizisten") for e in result.entities)


def test_person_cut_in_two_is_joined(extractor: claimex.Extractor) -> None:
    # spkatt-news-37511: the NER tags "Gabriel" PER and "Entcha-Ebia" ORG where the
    # document writes the full name as one person before
    text = (
        "Gabriel Entcha-Ebia, der Justizminister des Landes, sagte, dass sich durch den "
        "Ausbruch der Gefangenen ein Sicherheitsproblem ergeben könne. Heute bestätigte "
        "Gabriel Entcha-Ebia laut Nachrichtenagentur Reuters, dass es im Gefängnis ein "
        "Problem mit der Nahrungsversorgung gibt."
    )
    result = extractor.extract(text)
    persons = [e.text for e in result.entities if e.label == "PER"]
    assert persons == ["Gabriel Entcha-Ebia", "Gabriel Entcha-Ebia"]


def test_card_colour_ends_no_name(extractor: claimex.Extractor) -> None:
    # spkatt-news-64617: a listed non-name word after a person's name stays outside it
    result = extractor.extract(
        "In der 39. Minute sah dann der Leverkusener Stefan Reinartz Gelb. Das Spiel ging "
        "0:0 in die Pause."
    )
    assert [e.text for e in result.entities if e.label == "PER"] == ["Stefan Reinartz"]
