"""Round 19 (helper org19): organisation names. A name of several words that ends in an
organisation word is an ORG (``org_words``); an organisation word with a "für" complement
without an article is one ORG (``complement_org_names``); a listed media outlet's word cited
in quotation marks or before "zufolge" is the outlet (``media_short_names``); abbreviations
of diseases and substances are no names (lexicon/not_entities.txt). Sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl); each case failed before its change."""

from __future__ import annotations

import claimex
from claimex.components.entity_orgs import articled_media

from .entity_docs import entities_found


def test_name_ending_in_an_organisation_word_is_an_org(extractor: claimex.Extractor) -> None:
    # org_words: "Nationalen Sicherheitsrat" was tagged LOC; spkatt-news-83346
    text = (
        "Theresa May hatte den damaligen Verteidigungsminister entlassen, weil Informationen "
        "aus dem Nationalen Sicherheitsrat über die Beteiligung von Huawei am britischen "
        "5G-Netzausbau vermutlich über sein Ministerium an die Öffentlichkeit gelangt waren."
    )
    assert ("Nationalen Sicherheitsrat", "ORG") in entities_found(extractor, text)


def test_seat_adjective_and_organisation_word_stays_no_org(
    extractor: claimex.Extractor,
) -> None:
    """A place derivation and one organisation word is a body named by its seat."""
    entities = entities_found(extractor, "Der Berliner Fahrgastverband IGEB kritisierte die Pläne.")
    assert ("Berliner Fahrgastverband IGEB", "ORG") not in entities


def test_remit_complement_makes_one_org(extractor: claimex.Extractor) -> None:
    # complement_org_names; spkatt-news-33262
    text = (
        "Dabei werde der Rat für nationale Sicherheit weder den Premierminister ersetzen "
        "noch diesem untergeordnet sein."
    )
    assert ("Rat für nationale Sicherheit", "ORG") in entities_found(extractor, text)


def test_remit_with_an_article_or_an_indefinite_body_is_no_name(
    extractor: claimex.Extractor,
) -> None:
    text = "Eine neue Behörde für Finanzaufsicht soll geschaffen werden."
    assert not any(label == "ORG" for _, label in entities_found(extractor, text))


def test_cited_media_word_is_the_outlet(extractor: claimex.Extractor) -> None:
    # media_short_names; spkatt-news-49225
    text = (
        "Zudem hob Sarkozy dem „Figaro“ zufolge in einem Interview mit der BBC die "
        "Wichtigkeit Englands besonders hervor."
    )
    assert ("Figaro", "ORG") in entities_found(extractor, text)


def test_articled_media_words() -> None:
    media = articled_media()
    assert {"Spiegel", "Figaro", "Guardian"} <= media
    assert "Bild" not in media


def test_disease_and_substance_abbreviations_are_no_names(
    extractor: claimex.Extractor,
) -> None:
    # not_entities.txt: spkatt-news-26203, spkatt-news-4174, spkatt-news-61550
    texts = [
        "Sie alle leiden unter ALS und wurden über ihre Ernährungsgewohnheiten gefragt.",
        "Zahlreiche Infektionen würden durch den gegen Methicillin resistenten "
        "„Staphylococcus Aureus“ (MRSA) ausgelöst.",
        "Durch die Konzentration und Beigabe von Mehl hätte daraus ein explosives Gemisch "
        "hergestellt worden können, das einer Menge von 410 Kilogramm des herkömmlichen "
        "Sprengstoffes TNT entspricht.",
    ]
    for text, word in zip(texts, ["ALS", "MRSA", "TNT"], strict=True):
        assert word not in [name for name, _ in entities_found(extractor, text)]
