"""Quote-stage source spans (issue 15 analysis of the Wikinews dev errors): where the
source of a statement is not the subject next to its cue. German news sentences written
for these tests in the style of the agency reports the analysis found, not corpus text."""

from __future__ import annotations

import pytest

import claimex

LOW = "\N{DOUBLE LOW-9 QUOTATION MARK}"
HIGH = "\N{LEFT DOUBLE QUOTATION MARK}"


def _speakers(extractor: claimex.Extractor, text: str) -> list[tuple[str, str | None]]:
    """(text, speaker) of each quote found in ``text``."""
    return [(q.text, q.speaker_name) for q in extractor.extract(text).quotes]


# "heißt es": the owner of the document noun is the source
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In der Pressemitteilung des WWF heißt es weiter, dass ein Nebeneinander von "
            "Mensch und Bär in den Alpen möglich sei.",
            "WWF",
        ),
        (
            "In einer Erklärung der Europäischen Kommission hieß es am Dienstag, dass die "
            "Verhandlungen mit Athen fortgesetzt würden.",
            "Europäischen Kommission",
        ),
    ],
)
def test_heisst_es_names_the_document_owner(
    extractor: claimex.Extractor, text: str, speaker: str
) -> None:
    found = _speakers(extractor, text)
    assert found
    assert found[0][1] is not None
    assert speaker.split()[-1] in found[0][1]


def test_heisst_es_without_owner_has_no_source(extractor: claimex.Extractor) -> None:
    text = (
        "In Berlin heißt es, dass die Koalition den Haushalt noch vor dem Sommer beschließen werde."
    )
    assert all(speaker is None for _, speaker in _speakers(extractor, text))


# "nach eigenen Angaben" opening the sentence: the clause's subject
def test_own_statement_marker_before_the_verb(extractor: claimex.Extractor) -> None:
    text = (
        "Nach eigenen Angaben erhielt das Bundesamt für Verfassungsschutz im vergangenen Jahr "
        "mehr als 3000 Hinweise aus der Bevölkerung."
    )
    found = _speakers(extractor, text)
    assert found
    assert found[0][1] == "Bundesamt für Verfassungsschutz"


# "zitierte man X": the object of zitieren is the source
def test_impersonal_zitieren_names_its_object(extractor: claimex.Extractor) -> None:
    text = (
        "Mehrere ausländische Journalisten mussten das Land am Montag verlassen. "
        f"{LOW}Wir sind hier nicht mehr erwünscht{HIGH}, zitierte man die Reporterin "
        "Yolanda Alvarez."
    )
    found = _speakers(extractor, text)
    assert ("Wir sind hier nicht mehr erwünscht", "Yolanda Alvarez") in found
