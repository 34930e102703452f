"""Round 31 (helper germeval31b): two rules that stop a claimex step from undoing the NER's
person. An age adjective before a name ("der 32-jährige Holland") or a kinship noun after
it ("Trujillos Bruder") keeps the NER's PER where the gazetteer lists a place of the same
name (``entity_spans.fit_name``, ``person_context``; lexicon/age_adjective_stems.txt,
kinship_nouns.txt); a surname particle that opens a sentence, capitalised
("De Gaulle"), stays in the name as it does in lower case (``entity_spans._particle_name``).
Cases from GermEval 2014 test (CC BY 4.0, /work/shared/data/ner/germeval2014/NER-de-test.tsv;
sentence numbers count from 0 in file order, their tokenisation undone); each failed at
b9094e3, where the name became a LOC or lost its particle."""

from __future__ import annotations

import claimex

from .entity_docs import entities_found


def test_age_adjective_keeps_the_person_before_a_listed_place(
    extractor: claimex.Extractor,
) -> None:
    # GermEval 2014 test 2035: "Holland" is a gazetteer place; after "Der 32-jährige" it
    # is a player's surname (GermEval gold PER). At b9094e3 the gazetteer made it a LOC.
    text = (
        "Der 32-jährige Holland vom ERC Ingolstadt hatte 1996 für sein Heimatland Kanada "
        "an der Junioren-Weltmeisterschaft teilgenommen."
    )
    found = entities_found(extractor, text)
    assert ("Holland", "PER") in found
    assert ("Holland", "LOC") not in found
    assert ("Kanada", "LOC") in found


def test_kinship_noun_keeps_the_person_before_a_listed_place(
    extractor: claimex.Extractor,
) -> None:
    # GermEval 2014 test 487: "Trujillos" is the prenominal genitive of a person before
    # "Bruder" (GermEval gold PER). At b9094e3 the gazetteer made it a LOC.
    text = (
        "Unter dem Druck aus dem Ausland musste Trujillos Bruder Héctor von seinem "
        "Präsidentenamt zurücktreten."
    )
    found = entities_found(extractor, text)
    assert ("Trujillos", "PER") in found
    assert ("Trujillos", "LOC") not in found


def test_capitalised_particle_at_sentence_start_stays_in_the_name(
    extractor: claimex.Extractor,
) -> None:
    # GermEval 2014 test 3683: the particle "de" takes the sentence's capital. At b9094e3
    # strip_titles cut the span to "Gaulle".
    text = "De Gaulle wandelt das Urteil in eine lebenslange Haftstrafe um."
    found = entities_found(extractor, text)
    assert ("De Gaulle", "PER") in found
    assert ("Gaulle", "PER") not in found
