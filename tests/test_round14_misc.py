"""Round 14 (misc14): named weather systems (``storm_names``, lexicon/storm_nouns.txt), a
model number the parser hangs on a later noun (``product_models``) and quoted names with a
capital inside (``quoted_camel_names``).

Sentences from the Wikinews train split (German Wikinews (CC BY 2.5), Wikinews
contributors; the doc id stands beside each). The NER's spans are the ones the bundled
pipeline's NER made, set by hand so the rule is tested, not the NER.
"""

from __future__ import annotations

import pytest

import claimex
from claimex.components.entity_titles import _quoted_name_word, is_storm_noun

from .entity_docs import Ent, stage_entities

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (  # German Wikinews (CC BY 2.5), spkatt-news-12706: a given name after a storm noun
        "Der Tropensturm Rita hat sich in den letzten Stunden wie erwartet zu einem Hurrikan "
        "entwickelt.",
        [("Rita", "PER")],
        [("Rita", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-56533: the name's other mention too
        "Die Meteorologen warnten davor, Hamish könnte ähnlich katastrophale Auswirkungen "
        "haben wie Zyklon Larry, der 2006 in Innisfail große Verwüstungen angerichtet hatte. "
        "Tony Auden, ein Sprecher des Zyklonwarnzentrums in Brisbane, wies darauf hin, dass "
        "sich „Larry“ vor dem Landfall abgeschwächt habe.",
        [
            ("Zyklon Larry", "PER"),
            ("Innisfail", "LOC"),
            ("Tony Auden", "PER"),
            ("Brisbane", "LOC"),
            ("Larry", "PER"),
        ],
        [
            ("Larry", "MISC"),
            ("Innisfail", "LOC"),
            ("Tony Auden", "PER"),
            ("Brisbane", "LOC"),
            ("Larry", "MISC"),
        ],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-62691: the NER's span holds the noun
        "In Polen fielen dem durch Dauerregen im Zusammenhang mit Tiefdruckgebiet Yolanthe "
        "ausgelöste Hochwasser bereits 16 Menschen zum Opfer.",
        [("Polen", "LOC"), ("Tiefdruckgebiet Yolanthe", "PER")],
        [("Polen", "LOC"), ("Yolanthe", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-71448: a quoted name after "Hoch"
        "Das sibirische Hoch „Cooper“ beschert Mittel- und Osteuropa eine extreme Kältewelle.",
        [("Osteuropa", "LOC")],
        [("Cooper", "MISC"), ("Mittel- und Osteuropa", "LOC")],  # loc14: place_truncated_pair
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-33855: quoted names with a capital inside
        "Am gestrigen 13. Oktober feierte das Projekt OpenOffice.org, kurz: „OpenOffice“ oder "
        "„OOo“, seinen sechsten Geburtstag.",
        [],
        [("OpenOffice", "MISC"), ("OOo", "MISC")],
    ),
    (  # German Wikinews (CC BY 2.5), spkatt-news-4566: "747" hangs on "Gesellschaft"
        "Die Boeing 747 der niederländischen Gesellschaft KLM kam aus Amsterdam und war auf "
        "dem Flug nach Mexiko.",
        [("Boeing", "ORG"), ("KLM", "ORG"), ("Amsterdam", "LOC"), ("Mexiko", "LOC")],
        [("Boeing 747", "MISC"), ("KLM", "ORG"), ("Amsterdam", "LOC"), ("Mexiko", "LOC")],
    ),
]


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[2][0][0] for c in CASES])
def test_entity_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    assert stage_entities(extractor, text, ner) == expected


def test_quoted_words_that_are_no_names() -> None:
    assert not _quoted_name_word("PACs")  # an acronym's plural
    assert not _quoted_name_word("Schatten-CIA")  # a hyphenated compound
    assert _quoted_name_word("OOo")


def test_storm_nouns_take_endings() -> None:
    assert is_storm_noun("Hurrikans")
    assert is_storm_noun("Tiefdruckgebiet")
    assert not is_storm_noun("Sturm")
    assert not is_storm_noun("hoch")
