"""Round 21 (helper misc21): a capitalised word alone in quotation marks that German does
not know is a name, a MISC, with or without a capital inside it (``quoted_camel_names``);
scare-quoted German words stay untagged (the word check knows them). Sentences from German
Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl); the first failed before the change."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_quoted_unknown_word_is_a_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-56533: a cyclone's name in quotation marks
    text = (
        "Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane, wies darauf hin, dass "
        "sich „Larry“ vor dem Landfall abgeschwächt habe und „Hamish“ sich auf einer anderen "
        "Zugbahn entlang der Küste befinde."
    )
    assert ("Hamish", "MISC") in entities_found(extractor, text)


def test_scare_quoted_german_word_stays_untagged(extractor: claimex.Extractor) -> None:
    # spkatt-news-64095: "Ländle" is a German word (Wiktionary), no name
    text = (
        "Die SPD im „Ländle“ steht zwar für das Projekt, will ihr Schicksal aber angesichts "
        "der zunehmend eskalierenden Proteste von einem Plebiszit abhängig machen."
    )
    assert "Ländle" not in [name for name, _ in entities_found(extractor, text)]
