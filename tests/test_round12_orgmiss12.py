"""Organisation spans of round 12 (issue 14, helper orgmiss12), each on a sentence of the
train_a article it was found in: German Wikinews (CC BY 2.5, "Wikinews contributors"),
read from models/gold/wikinews/train.jsonl. Every case failed before its fix."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found

# drop_common_phrases: an ORG of capitalised common nouns the lemma table knows, none a
# name or an organisation word, is no name.
COMMON_PHRASE_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-56546
    pytest.param(
        "Auf dieser für die Automobilindustrie zentralen Messe im schweizerischen Genf sind "
        "die Elektroautos Mangelware, nur Opel stellt mit dem Opel Ampera ein neues "
        "massentaugliches Elektrofahrzeug vor und gehört damit zu den Hauptattraktionen der "
        "Messe.",
        "Elektroautos Mangelware",
        id="elektroautos-mangelware",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-64651
    pytest.param(
        "Dabei wird von der EU-Kommission ein Haushaltsentwurf vorgelegt, zu dem dann das "
        "Parlament Änderungen vorschlagen kann, denen der EU-Ministerrat zustimmen muss.",
        "Parlament Änderungen",
        id="parlament-aenderungen",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), COMMON_PHRASE_CASES)
def test_common_phrase_is_no_organisation(
    extractor: claimex.Extractor, text: str, phrase: str
) -> None:
    assert all(found != phrase for found, _ in entities_found(extractor, text))


# Planets of the Solar System in models/knowledge/places.tsv (type planet): the NER tags
# them ORG or PER; gold FORMAT.md makes places LOC.
PLANET_CASES = [
    # German Wikinews (CC BY 2.5), spkatt-news-48839
    pytest.param(
        "Auch Venus und Mars besitzen ein Magnetfeld, dieses ist jedoch wesentlich schwächer.",
        [("Venus", "LOC"), ("Mars", "LOC")],
        id="venus-und-mars",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-48839
    pytest.param(
        "Auch hinsichtlich der Dichte ihrer Atmosphäre unterscheiden sich beide Planeten; die "
        "Atmosphäre der Venus ist wesentlich massereicher als die eher flüchtige "
        "Marsatmosphäre.",
        [("Venus", "LOC")],
        id="atmosphaere-der-venus",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLANET_CASES)
def test_planet_is_a_place(
    extractor: claimex.Extractor, text: str, expected: list[tuple[str, str]]
) -> None:
    found = entities_found(extractor, text)
    assert all(entity in found for entity in expected), found


def test_capitalised_adjective_before_organisation_joins_it(
    extractor: claimex.Extractor,
) -> None:
    # adjective_org_names; German Wikinews (CC BY 2.5), spkatt-news-4430
    text = (
        "Erster Stellvertreter wurde der schiitische Wissenschaftler Husain "
        "asch-Schahristani, zweiter Stellvertreter wurde Arif Tajfur von der Kurdischen "
        "Demokratischen Partei."
    )
    assert ("Kurdischen Demokratischen Partei", "ORG") in entities_found(extractor, text)
