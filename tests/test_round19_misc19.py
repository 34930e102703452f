"""Round 19 (helper misc19): a number inside the NER's MISC is the version, model or edition
of the product, work or event and stays in the span (``cut_lowercase``). Sentence from German
Wikinews (CC BY 2.5, "Wikinews contributors", the train_b half of
models/gold/wikinews/train.jsonl); it failed before the change."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_misc_keeps_its_number(extractor: claimex.Extractor) -> None:
    # cut_lowercase; spkatt-news-4555
    text = (
        "Auf der Macromedia-Entwicklerkonferenz Flashforward 2005 in San Francisco hat der "
        "Chief Software Architect des Softwareunternehmens Kevin Lynch Anfang April erneut "
        "einen Einblick in die kommenden Versionen 8 des Flash-Players gegeben."
    )
    assert ("Flashforward 2005", "MISC") in entities_found(extractor, text)
