"""Round 17 (helper records17): places as records. Sentences from German Wikinews (CC BY
2.5, "Wikinews contributors"), the train_b half of models/gold/wikinews/train.jsonl, doc ids
in the comments. Each case failed before its rule."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # spkatt-news-56533: the division with its designator and the bare name are one place
    pytest.param(
        "Ein außergewöhnlich intensiver tropischer Zyklon bedroht im nordöstlichen Teil "
        "Australiens den Bundesstaat Queensland. Anna Bligh, die Premierministerin des "
        "Bundesstaates Queensland, erwog unterdessen die Unterbrechung des Wahlkampfs für die "
        "bevorstehenden Parlamentswahlen.",
        "Bundesstaat Queensland",
        {"Bundesstaat Queensland", "Queensland"},
        id="queensland",
    ),
    # spkatt-news-55554: named with the designator, as the gold names a division
    pytest.param(
        "Der Bundesstaat New York hat allerdings eines der strengsten Waffengesetze in den "
        "Vereinigten Staaten. New Yorks Bürgermeister Michael Bloomberg kritisierte "
        "Gillibrand offen.",
        "Bundesstaat New York",
        {"Bundesstaat New York", "New Yorks"},
        id="new-york",
    ),
]


@pytest.fixture(scope="module")
def extractor() -> claimex.Extractor:
    return claimex.load()


@pytest.mark.parametrize(("text", "name", "mentions"), CASES)
def test_division_designator_joins_place(
    extractor: claimex.Extractor, text: str, name: str, mentions: set[str]
) -> None:
    places = extractor.extract(text).places
    named = [p for p in places if name.split()[-1] in p.name]
    assert len(named) == 1
    assert named[0].name == name
    assert {m.text for m in named[0].mentions} == mentions


def test_bare_name_most_frequent_keeps_division_name(extractor: claimex.Extractor) -> None:
    """The division's form names the record even where the bare name is more frequent
    (spkatt-news-56533, the first sentence with the bare name repeated)."""
    text = (
        "Ein außergewöhnlich intensiver tropischer Zyklon bedroht im nordöstlichen Teil "
        "Australiens den Bundesstaat Queensland. In Queensland regnet es. Die Schulen in "
        "Queensland bleiben geschlossen."
    )
    names = [p.name for p in extractor.extract(text).places]
    assert "Bundesstaat Queensland" in names
    assert "Queensland" not in names
