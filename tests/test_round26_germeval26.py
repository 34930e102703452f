"""Round 26 (helper germeval26): PER and LOC spans against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order); each case failed before its change."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 2097 (its tokenisation undone)
        (
            "Vom Michaelkirchplatz zur Spree über die seit dem 16. Jahrhundert bestehende "
            "Köpenicker Straße verläuft die Michaelkirchstraße.",
            "Köpenicker Straße",
        ),
        # GermEval 2014 test 3076 (its tokenisation undone)
        (
            "Das Gebiet zwischen dem Ohio River und den Großen Seen war damit endgültig für "
            "die weiße Besiedelung frei.",
            "Ohio River",
        ),
    ],
)
def test_place_trim_cuts_off_german_nouns_only(
    extractor: claimex.Extractor, text: str, place: str
) -> None:
    # name_repair._trim_place: a place derivation in -er is no noun before the name, and
    # a word German does not know is no common noun after a known place
    assert (place, "LOC") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # GermEval 2014 test 3347, as GermEval writes it: the parser ends a sentence at
        # "Dr ."
        (
            "Nach kurzer Konzerttätigkeit bekam er 1867 ein Lehramt am Musical-College in "
            "Chicago , wo es Dr . Ziegfeld bis zum Präsidenten dieser ehrwürdigen Anstalt "
            "brachte .",
            "Ziegfeld",
        ),
        # GermEval 2014 test 800, as GermEval writes it
        (
            "Roman Melchinger Dr . Roman Melchinger ist der ehemalige Arzt aus Ellmau , der "
            "Martin schon von klein auf als dessen Hausarzt begleitet hat .",
            "Roman Melchinger",
        ),
    ],
)
def test_entity_check_leaves_a_text_of_two_sentences(
    extractor: claimex.Extractor, text: str, person: str
) -> None:
    # entity_check.check_entities: two sentences hold no more of the document evidence the
    # model learned from than one
    doc = extractor.nlp(text)
    assert len(list(doc.sents)) == 2
    assert (person, "PER") in entities_found(extractor, text)


@pytest.mark.parametrize(
    ("text", "compound"),
    [
        # GermEval 2014 test 1033 (its tokenisation undone)
        (
            "Sie überzeugte als Psychiatrie-Ärztin Dr. Hildegard Heinemann im Rolf "
            "Hochhuth-Stück Heil Hitler unter der Regie von Lutz Blochberger im Akademie "
            "Theater in Berlin und als Maria/Maschinenmaria in METROPOLIS am Schauspielhaus "
            "Zürich.",
            "Rolf Hochhuth-Stück",
        ),
        # GermEval 2014 test 2192 (its tokenisation undone)
        ("Wie in einem Jackie Chan-Film, bemerkt jemand im Publikum.", "Jackie Chan-Film"),
    ],
)
def test_first_name_before_a_name_compound(
    extractor: claimex.Extractor, text: str, compound: str
) -> None:
    # person_repairs.given_names: a hyphenated word whose last part is a German word is a
    # compound that contains a name (FORMAT.md: no entity), not a surname
    assert compound not in [name for name, _ in entities_found(extractor, text)]
