"""Round 31 (the lead): one test of "a place in the genitive" for the entity stage
(``namewords.genitive_place``: a LOC whose last word ends in the genitive -s after a
letter), where four tests of different strictness stood before (name_repair's, which also
trusted the tagger's Case=Gen on a word without -s; entity_titles' one-word, Case=Gen
test; namewords'; and an inline test in ``described_org``). A place the tagger calls
genitive without the -s ("Westpfalz") after an institution head is the institution's name.
Case from the Wikinews train split's odd lines (train_a), spkatt-news-82411, its first
sentence (German Wikinews, CC BY 2.5); it failed at b9094e3, where "Westpfalz" alone was a
place."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_institution_head_before_a_place_without_genitive_s(
    extractor: claimex.Extractor,
) -> None:
    text = (
        "Wie das Polizeipräsidium Westpfalz bekannt gab, wird es künftig rund um die Mall "
        "''K-in-Lautern'' in Kaiserslautern mehr Polizeikontrollen geben."
    )
    found = entities_found(extractor, text)
    assert ("Polizeipräsidium Westpfalz", "ORG") in found
    assert ("Westpfalz", "LOC") not in found
