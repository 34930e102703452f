"""Place names after a noun for a kind of settlement (round 8, places claimex missed on the
Wikinews train split), each on a sentence of the article it was found in: German Wikinews
(CC BY 2.5, "Wikinews contributors"), read from /tmp/s6/train_a.jsonl (the odd lines of the
train split). Every case failed before its fix; the fix is general
(components/context_places.py, rule ``kind_noun_places``, lexicon/place_kind_nouns.txt),
measured on train_a and checked on train_b, dev and dev_news."""

from __future__ import annotations

import pytest

import claimex

CASES = [
    # kind_noun_places: untagged name after a settlement compound.
    # German Wikinews (CC BY 2.5), spkatt-news-62831
    pytest.param(
        "Begonnen hat die Tat in der Hafenstadt Whitehaven.",
        ("Whitehaven", "LOC"),
        id="compound-kind-noun",
    ),
    # kind_noun_places: the second of two coordinated names after a plural kind noun.
    # German Wikinews (CC BY 2.5), spkatt-news-15720
    pytest.param(
        "Am Freitag, den 4. November waren mehrere Jäger auf einer Fuchsjagd zwischen den "
        "Orten Görzig und Glauzig unterwegs.",
        ("Glauzig", "LOC"),
        id="coordinated-after-kind-noun",
    ),
    # kind_noun_places: a name the NER took for a person is relabelled.
    # German Wikinews (CC BY 2.5), spkatt-news-74210
    pytest.param(
        "Lord Moncrieff, dem gegenwärtig das Schloss Tullibole gehört, erteilte im Jahre 2003 "
        "den Auftrag zur Errichtung der Gedenkstätte, da es in dem nahegelegenen Ort Crook of "
        "Devon, der wegen der Hexenverbrennungen im 17. Jahrhundert bekannt geworden ist, "
        "bisher kein Denkmal gibt.",
        ("Crook of Devon", "LOC"),
        id="person-after-kind-noun",
    ),
    # kind_noun_places: an NER place that drop_common_nouns removed comes back.
    # German Wikinews (CC BY 2.5), spkatt-news-66791
    pytest.param(
        "Die Unruhen im Stadtteil Mokattam waren ausgebrochen, als etwa eintausend "
        "christliche Ägypter gegen den Brandanschlag auf eine Kairoer Kirche am 5. März "
        "protestierten.",
        ("Mokattam", "LOC"),
        id="dropped-place-after-kind-noun",
    ),
    # kind_noun_places: an administrative division's designator is part of the name.
    # German Wikinews (CC BY 2.5), spkatt-news-48618
    pytest.param(
        "Die Führung der britischen Armee hatte am 29. Februar beschlossen, ihn aus der "
        "afghanischen Provinz Helmand zurückzuholen, nachdem bekannt geworden war, dass er "
        "aktiv gegen die Taliban kämpfte.",
        ("Provinz Helmand", "LOC"),
        id="division-before-name",
    ),
]


@pytest.mark.parametrize(("text", "entity"), CASES)
def test_places_after_kind_nouns(
    extractor: claimex.Extractor, text: str, entity: tuple[str, str]
) -> None:
    result = extractor.extract(text)
    assert entity in [(e.text, e.label) for e in result.entities]
