"""MISC names, round 29 (misc29, issue 14): a name in the two apostrophes of wiki italics
that Wikinews texts keep (``''…''``) and no rule tagged is a MISC (`italic_names`). Errors
read on the Wikinews train split's half train_a. The sentences are from German Wikinews
(CC BY 2.5, "Wikinews contributors"), doc ids as cited, read from train_a; the first test
failed before the change (6684939), the other two are the rule's boundary, unchanged.
"""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_an_untagged_name_in_wiki_italics_is_a_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-58108: the NER's ORG on the plan's name was dropped; nothing was left
    text = (
        "Die Nationalsozialisten hatten zur Durchführung des ''Reinhard-Plans'', der die "
        "Vernichtung der europäischen Juden vorsah, Wachmannschaften aus dem Ausland, "
        "sogenannte Trawniki, zusammengestellt."
    )
    assert ("Reinhard-Plans", "MISC") in entities_found(extractor, text)


def test_a_german_noun_in_wiki_italics_stays_no_entity(extractor: claimex.Extractor) -> None:
    # spkatt-news-5882: a common noun set in italics, no name (the gold has no entity)
    text = (
        "Ebenso prägend wie so manche Stimme oder Szene der Hörspiele war für viele "
        "''Kassettenkinder'' die verwendete Hintergrundmusik."
    )
    found = entities_found(extractor, text)
    assert not any(name == "Kassettenkinder" for name, _ in found), found


def test_a_noun_before_the_italics_leaves_the_label_to_it(extractor: claimex.Extractor) -> None:
    # spkatt-news-82411: "Mall" names the kind; the gold calls the mall a LOC, never a MISC
    text = (
        "Wie das Polizeipräsidium Westpfalz bekannt gab, wird es künftig rund um die Mall "
        "''K-in-Lautern'' in Kaiserslautern mehr Polizeikontrollen geben."
    )
    found = entities_found(extractor, text)
    assert ("K-in-Lautern", "MISC") not in found, found
