"""Person and place entity errors of the Wikinews train split (issue 14, round 10), each on a
sentence of the article it was found in: German Wikinews (CC BY 2.5, "Wikinews
contributors"), read from the train split's first half. The fixes are general: a one-word PER
that is a compound ending in a long German base form, and a one-word PER or LOC that the
common-noun list holds, are no names."""

from __future__ import annotations

import pytest

import claimex

NOT_PERSONS = [
    # German Wikinews (CC BY 2.5), spkatt-news-77429: "-ergebnis" is a base form of the lemma
    # table, not one of its inflected forms
    pytest.param(
        "Das genaue Wahlergebnis könnte einen neuen Bürgerkrieg auslösen, ist die "
        "unausgesprochene Angst aller Beobachter und der Beteiligten selbst.",
        "Wahlergebnis",
        id="compound-base-form",
    ),
    # German Wikinews (CC BY 2.5), spkatt-news-69856: a word lexicon/common_nouns.tsv lists
    # as a common noun, which the NER tagged LOC after "in"
    pytest.param(
        "Nach einem EU-Dokument leben sie in Armut, leiden unter sozialer Ausgrenzung und "
        "werden diskriminiert.",
        "Armut",
        id="listed-common-noun",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOT_PERSONS)
def test_no_person(extractor: claimex.Extractor, text: str, word: str) -> None:
    assert word not in {e.text for e in extractor.extract(text).entities}
