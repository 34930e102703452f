"""Round 18 (helper misc18): news, talk and sports programmes in models/knowledge/misc.tsv, and
ORGs in a list of names with a MISC (``coordinated_miscs``). Sentences from German Wikinews
(CC BY 2.5, "Wikinews contributors", the train_b half of models/gold/wikinews/train.jsonl);
each case failed before its change."""

from __future__ import annotations

import claimex
from claimex.components.namewords import gazetteer_entries

from .entity_docs import entities_found


def test_programme_is_misc(extractor: claimex.Extractor) -> None:
    # misc.tsv: programmes; spkatt-news-64617
    text = (
        "Da Frankfurt die letzten sieben Spiele in Serie gewann, war Trainer Thomas Schaaf "
        "zufrieden: „Ein guter Start“, sagte er zur Sportschau."
    )
    assert ("Sportschau", "MISC") in entities_found(extractor, text)


def test_programme_with_its_broadcaster(extractor: claimex.Extractor) -> None:
    # misc.tsv: the alias with the broadcaster's name; spkatt-news-64617
    text = (
        "Das gehört nicht auf den Platz“, sagte Schweinsteiger nach dem Spiel zur ARD Sportschau."
    )
    assert ("ARD Sportschau", "MISC") in entities_found(extractor, text)


def test_host_named_programmes_not_listed() -> None:
    """Programmes named after their host and common words alone stay unlisted."""
    names = {name for _, name in gazetteer_entries()}
    assert "Hart aber fair" in names
    assert "Anne Will" not in names
    assert "Monitor" not in names


def test_services_listed_with_a_service(extractor: claimex.Extractor) -> None:
    # coordinated_miscs; spkatt-news-81009
    text = (
        "In der Vergangenheit wurden beispielweise mehrfach soziale Netzwerke wie Facebook, "
        "Twitter und YouTube gesperrt."
    )
    entities = entities_found(extractor, text)
    assert ("Facebook", "MISC") in entities
    assert ("Twitter", "MISC") in entities


def test_common_word_misc_dropped(extractor: claimex.Extractor) -> None:
    # drop_common_word_miscs; spkatt-news-83346
    text = (
        "Die 47-Jährige gilt als begeisterte Anhängerin der „Eisernen Lady“ Margaret Thatcher "
        "und ist Tochter einer Familie indischstämmiger Ugander, die seit den 1960er Jahren im "
        "Vereinigten Königreich lebt."
    )
    entities = entities_found(extractor, text)
    assert ("Eisernen Lady", "MISC") not in entities
    assert ("Margaret Thatcher", "PER") in entities


def test_common_word_misc_after_place_adjective(extractor: claimex.Extractor) -> None:
    # drop_common_word_miscs; spkatt-news-50736
    text = (
        "Bei seinen Berichten über das Treffen berufen sich das Onlineangebot CNN.com und "
        "andere Quellen dabei auf eine Aussage der US-Senatorin und ehemaligen "
        "Bürgermeisterin von San Francisco Dianne Feinstein, in deren Washingtoner Haus das "
        "Treffen stattgefunden habe."
    )
    assert ("Washingtoner Haus", "MISC") not in entities_found(extractor, text)
