"""Round 15 (misc15): an online service whose company bears its name is the service, a
MISC, after a preposition of use (``service_uses``, lexicon/service_names.txt; gold
convention W12 in models/gold/README.md); a name a noun for a work or vehicle introduces is
a MISC in its other mentions too (``work_mentions``); sports events held in editions,
treaties and laws (models/knowledge/misc.tsv, German Wikipedia article titles).

Sentences from the Wikinews train split (German Wikinews (CC BY 2.5), Wikinews
contributors; the doc id stands beside each). The NER's spans are the ones the bundled
pipeline's NER made, set by hand so the rule is tested, not the NER.
"""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import Ent, stage_entities

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-83589: "auf Twitter"
        "Das teilten die beiden Sängerinnen auf Twitter mit.",
        [("Twitter", "ORG")],
        [("Twitter", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-63107: the list the preposition opens
        "Viel Kritik wurde an der Leistung des spanischen Schiedsrichters auch in Facebook "
        "und Twitter geübt.",
        [("Facebook", "ORG"), ("Twitter", "ORG")],
        [("Facebook", "MISC"), ("Twitter", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-80950: "bei Facebook hochgeladen"
        "Er soll ein Video der Tat bei Facebook hochgeladen haben.",
        [("Facebook", "ORG")],
        [("Facebook", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-9996: the shuttle's later mention
        "Die Raumfähre Discovery kann wie geplant am kommenden Montag zur Erde zurückkehren. "
        "Die NASA befürchtete daraufhin, dass sich ein größeres Stück bei Wiedereintritt in "
        "die Erdatmosphäre lösen könnte, um so die Discovery zu beschädigen.",
        [("Discovery", "ORG"), ("Erde", "LOC"), ("NASA", "ORG"), ("Discovery", "ORG")],
        [("Discovery", "MISC"), ("NASA", "ORG"), ("Discovery", "MISC")],  # "Erde": not_entities
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-10535: a championship in misc.tsv
        "Bei den Leichtathletik-Weltmeisterschaften in Helsinki hat die kubanische Sportlerin "
        "Osleidys Menéndez mit 71,70 Metern einen neuen Weltrekord im Speerwerfen aufgestellt.",
        [("Helsinki", "LOC"), ("Osleidys Menéndez", "PER")],
        [
            ("Leichtathletik-Weltmeisterschaften", "MISC"),
            ("Helsinki", "LOC"),
            ("Osleidys Menéndez", "PER"),
        ],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-82489: a law in misc.tsv
        "Die notwendige Barrierefreiheit wird in Deutschland bereits seit Jahren durch das "
        "Behindertengleichstellungsgesetz staatlich gefördert.",
        [("Deutschland", "LOC")],
        [("Deutschland", "LOC"), ("Behindertengleichstellungsgesetz", "MISC")],
    ),
    (  # the company acts: it stays an organisation (W12)
        "Twitter darf die Existenz der Anfrage nicht bestätigen.",
        [("Twitter", "ORG")],
        [("Twitter", "ORG")],
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[0][:24] for c in CASES])
def test_entity_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    assert stage_entities(extractor, text, ner) == expected
