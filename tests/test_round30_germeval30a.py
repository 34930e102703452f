"""Round 30 (helper germeval30a): places that claimex's ORG and PER rules relabelled at
sentence level, against GermEval 2014 test (CC BY 4.0,
/work/shared/data/ner/germeval2014/NER-de-test.tsv; sentence numbers count from 0 in file
order, their tokenisation undone); each case failed at eb5b551."""

from __future__ import annotations

import pytest

import claimex

from .entity_docs import entities_found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # GermEval 2014 test 4911: org_description_before made the genitive place after
        # "Landesregierung" an ORG (described_org already leaves "Regierung Indonesiens")
        (
            "Mit der Konstituierung der Landesregierung Mecklenburgs am 4. Juli 1945 musste "
            "Grünberg das Warener Amt abgeben.",
            "Mecklenburgs",
        ),
        # GermEval 2014 test 4117: described_org_mentions made a town of lexicon/towns.txt
        # after "Landgerichte" an ORG (the court's seat, not its name)
        (
            "1803 wurden die Landgerichte Pfarrkirchen und Simbach am Inn sowie Eggenfelden "
            "errichtet.",
            "Pfarrkirchen",
        ),
        # GermEval 2014 test 486: role_names made the genitive place after a role noun a
        # person ("Regisseuren Hollywoods")
        (
            "Da Wilder nach seinen Erfolgen mit Frau ohne Gewissen und Das verlorene "
            "Wochenende zu den meistgefragten und renommiertesten Regisseuren Hollywoods "
            "zählte, ließ Paramount ihm weitgehend freie Hand.",
            "Hollywoods",
        ),
        # GermEval 2014 test 1482 and 292: person_evidence read the subject of a passive
        # of "erheben" (a cue verb) as its speaker
        (
            "1984 wurde Birnbach zur Marktgemeinde erhoben, 1987 das Prädikat Bad verliehen.",
            "Birnbach",
        ),
        (
            "Im Zuge der Neuorganisation der Pfarrstruktur durch Joseph II. wurde Lainz 1783 "
            "zu einer Lokalkaplanei von Speising erhoben und aus Penzing ausgepfarrt.",
            "Lainz",
        ),
    ],
)
def test_place_stays_a_place(extractor: claimex.Extractor, text: str, place: str) -> None:
    assert (place, "LOC") in entities_found(extractor, text)
