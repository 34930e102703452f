"""MISC names, round 30 (misc30, issue 14): a feast of lexicon/misc_names.txt as the first
part of a compound on "Fest" (lexicon/feast_heads.txt) is a MISC as the feast's name alone
is. Errors read on the Wikinews train split's half train_b. The sentence is from German
Wikinews (CC BY 2.5, "Wikinews contributors"), doc id as cited, read from train_b; the test
failed before the change (eb5b551).
"""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_a_feast_compound_in_the_genitive_is_a_misc(extractor: claimex.Extractor) -> None:
    # spkatt-news-60160: "Aschura" is listed now, "-Festes" is the head's genitive
    text = (
        "Offenbar nutzten die Demonstranten die Feierlichkeiten aus Anlass des schiitischen "
        "Aschura-Festes zu Kundgebungen."
    )
    assert ("Aschura-Festes", "MISC") in entities_found(extractor, text)
