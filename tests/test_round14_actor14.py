"""Person spans of the Wikinews train split (round 14, helper actor14), on sentences of the
article they were found in: German Wikinews (CC BY 2.5, "Wikinews contributors"), read
from /tmp/s6/train_b.jsonl (the even lines of the train split). The first case failed
before the fix; the fix is general (components/entity_spans.py ``common_word_persons``,
by the lemma table's word forms), measured on train_b and checked on train_a, dev and
dev_news."""

from __future__ import annotations

import claimex


def test_one_word_person_that_is_a_german_word_form_is_no_name(
    extractor: claimex.Extractor,
) -> None:
    # common_word_persons. German Wikinews (CC BY 2.5), spkatt-news-34728
    text = (
        "Neben der Familie und der Schule sind es auch Heime und Gefängnisse sowie die Arbeitswelt."
    )
    assert [(e.text, e.label) for e in extractor.extract(text).entities] == []


def test_name_after_its_title_stays_a_person(extractor: claimex.Extractor) -> None:
    # common_word_persons keeps a one-word name after a capitalised word (its title).
    # German Wikinews (CC BY 2.5), spkatt-news-68535
    text = (
        "Verteidiger Schwenn, der am Anfang des Urteils noch sehr zufrieden lächelte, "
        "verließ den Saal."
    )
    found = {(e.text, e.label) for e in extractor.extract(text).entities}
    assert ("Schwenn", "PER") in found
