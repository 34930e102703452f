"""Round 28 (helper germeval28b): person names against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed at 9fde736."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # GermEval 2014 test 2005: the Dutch particle "ter" (lexicon/surname_particles.txt,
        # name_particles.txt) stands inside the name; cut_lowercase cut the NER's span to "Jan"
        (
            "Jan ter Horst, stellvertretender Bürgermeister der Gemeinde, sagte: "
            '"Das einzige Manko ist, daß die nächste Erdgas-Tankstelle in Dibbersen ist.',
            "Jan ter Horst",
            "Jan",
        ),
        # GermEval 2014 test 2339: the tagger calls "Gemälde" a common noun (NN), so
        # given_names does not run the surname on into it (person_repairs.given_names)
        (
            "63 x 50 Zentimeter misst Ferdinand Hodlers Gemälde.",
            "Ferdinand Hodlers",
            "Ferdinand Hodlers Gemälde",
        ),
        # GermEval 2014 test 4559 (a sentence end missing before "Seit"): a word the tagger
        # reads as a preposition is no surname (labels.FUNCTION_WORD_TAGS)
        (
            "Gefragt von Johann Seit Jahren sind nur Audi und Mercedes werksseitig in der DTM "
            "engagiert.",
            "Johann",
            "Johann Seit",
        ),
        # GermEval 2014 test 3474: a name word between a function and a full name is a
        # nickname (first_name_after_role; person_repairs._given_first: the PER opens with a
        # listed first name and the word before it is none)
        (
            "Aber auch Hollands Torwart Oldie Edwin van der Sar erwischte einen Sahnetag, "
            "parierte alles.",
            "Edwin van der Sar",
            "Oldie Edwin van der Sar",
        ),
        # GermEval 2014 test 3514: an unknown word after a comma before a full name is a
        # title (unknown_first_words)
        (
            "Sieber liegt inmitten weiterer bekannter Männer begraben, so zum Beispiel Phin "
            "Clanton, Sheriff Henry Thompsen, Ed Shanely und Frank A. Nash.",
            "Henry Thompsen",
            "Sheriff Henry Thompsen",
        ),
        # GermEval 2014 test 1520: the NER tags "Schäfer" PER; joined_persons joined it with
        # the full name after it (person_repairs._full_name_after)
        (
            "Picassos wichtigste Vertraute, der Wirt Josep Fondevila, der Schäfer Jaime Camps, "
            'Spitzname "El Tinent", den er als zwergenhafte Karikatur abbildete, oder der '
            "Schmied Joan Cardona - sie alle waren nicht nur im Nebenberuf Schmuggler und "
            "Wilderer.",
            "Jaime Camps",
            "Schäfer Jaime Camps",
        ),
    ],
)
def test_person_name_extent(
    extractor: claimex.Extractor, text: str, person: str, wrong: str
) -> None:
    found = entities_found(extractor, text)
    assert (person, "PER") in found
    assert (wrong, "PER") not in found
