"""MISC names, round 28 (misc28, issue 14): the edition or line of a product named by a
capitalised word and an English product-line word (lexicon/product_line_words.txt). Errors
read on the Wikinews train split's half train_b. The sentences are from German Wikinews
(CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from train_b; each test failed
before the change (9fde736).
"""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_a_product_edition_is_a_misc_not_a_person(extractor: claimex.Extractor) -> None:
    # spkatt-news-925: the NER took the layout program for a person
    text = (
        "Das Layout-Programm, neu entwickelter Nachfolger von VivaPress Professional, soll in "
        "seinen Funktionen den bekannten Konkurrenten QuarkXpress und Indesign ebenbürtig "
        "sein und nutzt auf allen unterstützten Plattformen (Linux, Windows, Mac OS X) ein "
        "einheitliches Dateiformat."
    )
    result = extractor.extract(text)
    found = [(e.text, e.label) for e in result.entities]
    assert ("VivaPress Professional", "MISC") in found, found
    assert "VivaPress Professional" not in [a.name for a in result.actors]


def test_an_untagged_edition_is_a_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-925: the NER left the edition untagged
    text = (
        "Eine kostenpflichtige Personal Edition bietet mehr, ist allerdings ebenfalls auf den "
        "privaten Gebrauch beschränkt."
    )
    assert ("Personal Edition", "MISC") in entities_found(extractor, text)


def test_a_product_line_takes_its_version(extractor: claimex.Extractor) -> None:
    # spkatt-news-4555: the version number belongs to the name; the NER had nothing, or a
    # place "Standard ECMAScript" with the noun before it
    player = (
        "Außerdem spendiert Macromedia dem Flash Player 8 mit „Saffron“ eine neue "
        "Text-Rendering-Engine, die eine präzisere Kontrolle über das Anti-Aliasing "
        "ermöglicht und Microsofts ClearType Konkurrenz macht."
    )
    assert ("Flash Player 8", "MISC") in entities_found(extractor, player)
    standard = (
        "Außerdem soll die Leistungsfähigkeit von ActionScript durch die volle Kompatibilität "
        "zum Standard ECMAScript Edition 4 weiter verbessert werden."
    )
    found = entities_found(extractor, standard)
    assert ("ECMAScript Edition 4", "MISC") in found, found
    assert not any(label == "LOC" for _, label in found), found
