"""MISC entities of the Wikinews train split (round 13, misc13): the year of an event held in
editions belongs to its name ("Olympischen Spiele 2008"; lexicon/edition_heads.txt), and a
version number after a product stays with it when the parser hangs it on a later noun
("Playstation 3 über eine Festplatte"). The sentences are from German Wikinews (CC BY 2.5,
"Wikinews contributors"), read from the train split."""

from __future__ import annotations

from spacy.tokens import Span

import claimex
from claimex.components.entity_events import edition_years

from .entity_docs import entities_found


def test_edition_year_joins_the_event(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-52082
    text = (
        "Die Eröffnungsfeier der Olympischen Spiele 2008, die am Freitag in Peking "
        "stattfand, war offenbar manipuliert."
    )
    found = entities_found(extractor, text)
    assert ("Olympischen Spiele 2008", "MISC") in found
    assert ("Olympischen Spiele", "MISC") not in found


def test_a_war_keeps_its_year_outside(extractor: claimex.Extractor) -> None:
    # German Wikinews (CC BY 2.5), spkatt-news-52796: a war is no edition
    text = (
        "Unterdessen ist die konservative georgische Partei „Neue Rechte“ aus dem "
        "Burgfrieden ausgeschert, der seit dem Kaukasus-Konflikt 2008 in der georgischen "
        "Politik geherrscht hat."
    )
    assert ("Kaukasus-Konflikt", "MISC") in entities_found(extractor, text)


def test_edition_years_leaves_other_labels(extractor: claimex.Extractor) -> None:
    doc = extractor.nlp.make_doc("Die Spiele 2008 waren teuer.")
    spans = [Span(doc, 1, 2, label="ORG")]
    assert [(s.text, s.label_) for s in edition_years(doc, spans)] == [("Spiele", "ORG")]
