"""Round 22 (helper places22): a gazetteer name that the NER split into several pieces
replaces them ("Girondins" LOC + "Bordeaux" LOC -> "Girondins Bordeaux" ORG, a listed
sports club), so the pieces make no false places; two listed organisations side by side
stay two names (``merge_org_neighbours``); an unknown name after "von" and a word of
position ("in der Nähe von") is a place (``locative_places``). Sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl); each failed before the change."""

from __future__ import annotations

import claimex


def test_listed_name_over_several_ner_pieces(extractor: claimex.Extractor) -> None:
    # spkatt-news-35999: a table of Champions League results
    text = (
        "PSV Eindhoven - Girondins Bordeaux 1:3 (0:3) Galatasaray Istanbul - FC Liverpool "
        "3:2 (2:1) Sporting Lissabon - Spartak Moskau 1:3 (1:2) Bayern München - Inter "
        "Mailand 1:1 (0:0)"
    )
    result = extractor.extract(text)
    entities = [(e.text, e.label) for e in result.entities]
    assert ("Girondins Bordeaux", "ORG") in entities
    assert ("Spartak Moskau", "ORG") in entities
    places = [p.name for p in result.places]
    assert not {"Girondins", "Bordeaux", "Spartak"} & set(places)


def test_two_listed_organisations_side_by_side_stay_two(
    extractor: claimex.Extractor,
) -> None:
    # spkatt-news-15578: a fixture list of the Bundesliga without punctuation between games
    text = (
        "Schalke 04 - MSV Duisburg VfL Wolfsburg - 1. FC Köln Bayern München - Werder "
        "Bremen Eintracht Frankfurt - Arminia Bielefeld Hannover 96 - 1. FSV Mainz 05"
    )
    entities = [(e.text, e.label) for e in extractor.extract(text).entities]
    for name in ("MSV Duisburg", "VfL Wolfsburg", "Werder Bremen", "Eintracht Frankfurt"):
        assert (name, "ORG") in entities


def test_name_after_a_locative_von_is_a_place(extractor: claimex.Extractor) -> None:
    # spkatt-news-47722: a village in southern Lebanon the NER tags as a person's name
    text = (
        "Der letzte größere Zusammenstoß ereignete sich im Februar 2007 in der Nähe von "
        "Marun ar-Ras."
    )
    result = extractor.extract(text)
    assert ("Marun ar-Ras", "LOC") in [(e.text, e.label) for e in result.entities]
    assert [p.name for p in result.places] == ["Marun ar-Ras"]
