"""Round 29 (helper org29): organisations of kinds German news names abroad that the
knowledge lists lacked, rows of ``models/knowledge/{government,companies,media}.tsv`` built
into the gazetteer by ``python -m models.gazetteer``: national police and gendarmerie forces
of other European countries, state railways and power utilities abroad, public
broadcasters of other European countries. The sentences are from German Wikinews (CC BY
2.5, "Wikinews contributors", the train_a half of models/gold/wikinews/train.jsonl); before
the rows the NER tagged the name MISC or PER or not at all."""

from __future__ import annotations

import claimex
from claimex.components.knowledge import lookup

from .entity_docs import entities_found


def test_foreign_police_force_in_quotation_marks(extractor: claimex.Extractor) -> None:
    # spkatt-news-20929, its last sentence (the NER tagged the name MISC)
    text = (
        "Das Flugzeug verschwand kurz nach zwölf Uhr mittags über der Stadt Burguillos del "
        "Cerro. Ein Bergungsteam der „Guardia Civil“ hatte die beiden Leichen dann auch in "
        "der Nähe gefunden."
    )
    assert ("Guardia Civil", "ORG") in entities_found(extractor, text)


def test_power_utility_abroad_as_speaker(extractor: claimex.Extractor) -> None:
    # spkatt-news-67374, its first and third sentences (the NER tagged the second
    # "TEPCO" PER)
    text = (
        "Der Betreiber des havarierten Kernkraftwerks Fukushima I in Japan, der "
        "Energieversorger TEPCO, begann heute damit, 11.500 Tonnen radioaktiv verseuchtes "
        "Wasser in den Pazifischen Ozean einzuleiten. Die Strahlung des Wassers betrage 100 "
        "mal mehr als die zulässigen Grenzwerte, erklärte TEPCO."
    )
    entities = entities_found(extractor, text)
    assert ("TEPCO", "PER") not in entities
    assert entities.count(("TEPCO", "ORG")) == 2


def test_public_broadcaster_abroad_by_its_acronym(extractor: claimex.Extractor) -> None:
    # spkatt-news-68514 (the NER left "RNE" untagged)
    text = (
        "Zapatero wollte sich in einem Interview mit dem spanischen Rundfunk RNE nicht "
        "festlegen, ob der Schaden bei einem deutschen oder bei einem spanischen Gericht "
        "eingeklagt werden solle."
    )
    assert ("RNE", "ORG") in entities_found(extractor, text)


def test_rows_and_their_kinds() -> None:
    for name, kind in (
        ("Gendarmerie", "federal_body"),
        ("Carabinieri", "federal_body"),
        ("Tepco", "company"),
        ("Trenitalia", "company"),
        ("Radio Nacional de España", "media"),
    ):
        entry = lookup(name)
        assert entry is not None, name
        assert (entry.label, entry.type) == ("ORG", kind)
