"""Entity span repairs (components/name_repair.py) on real German news sentences.

Each case gives the NER's spans as input (what the statistical model produced, or a typical
mistake of it) and the spans claimex must make of them. The bundled pipeline supplies the
tags and parses the rules read; the input spans are set by hand so the rules are tested,
not the NER.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

import claimex
from claimex.components.linking import Linker
from claimex.components.name_repair import repair_spans

Ent = tuple[str, str]

CASES: list[tuple[str, list[Ent], list[Ent]]] = [
    (
        "Die Registrierung übernimmt die luxemburgische Firma EuroDNS SA.",
        [("SA", "ORG")],
        [("EuroDNS SA", "ORG")],
    ),
    (
        "Über die Domain .asia wacht die Registrierungsstelle Dotalliance Inc. in Hongkong.",
        [("Dotalliance Inc.", "LOC"), ("Hongkong", "LOC")],
        [("Dotalliance Inc.", "ORG"), ("Hongkong", "LOC")],
    ),
    (
        "Das sagte Andreas Schoo, Chef der Bauer Media Group, dem Branchendienst.",
        [("Andreas Schoo", "PER"), ("Media Group", "ORG")],
        [("Andreas Schoo", "PER"), ("Bauer Media Group", "ORG")],
    ),
    (
        "Der Prozess gegen den Mann fand am Landesgericht Innsbruck statt.",
        [("Innsbruck", "LOC")],
        [("Landesgericht Innsbruck", "ORG")],
    ),
    (
        "Der Oberste Gerichtshof Saudi-Arabiens hat das Urteil bestätigt.",
        [("Saudi-Arabiens", "LOC")],
        [("Saudi-Arabiens", "LOC")],
    ),
    (
        "Die Bank Austria will ihre Pensionisten in das staatliche System übertragen.",
        [("Bank", "ORG"), ("Austria", "ORG")],
        [("Bank Austria", "ORG")],
    ),
    (
        "Kritik kam auch vom Abdullah-Zentrum für interreligiösen Dialog in Wien.",
        [("Abdullah-Zentrum", "PER"), ("Wien", "LOC")],
        [("Abdullah-Zentrum für interreligiösen Dialog", "ORG"), ("Wien", "LOC")],
    ),
    (
        "Das Bundesamt für Migration und Flüchtlinge prüft die Anträge.",
        [("Bundesamt", "ORG")],
        [("Bundesamt für Migration und Flüchtlinge", "ORG")],
    ),
    (
        "Das Institut für seine Studie befragte 1.000 Menschen.",
        [("Institut", "ORG")],
        [("Institut", "ORG")],
    ),
    (
        "Die Medienbehörde KommAustria hatte die Beschwerde abgewiesen.",
        [("KommAustria", "PER")],
        [("KommAustria", "ORG")],
    ),
    (
        "Der Schauspieler Matthew McConaughey kommt nach Berlin.",
        [("Matthew McConaughey", "PER"), ("Berlin", "LOC")],
        [("Matthew McConaughey", "PER"), ("Berlin", "LOC")],
    ),
    (
        "Das sei völlig überflüssig, sagte Musiker Heino am Freitag.",
        [("Heino", "LOC")],
        [("Heino", "PER")],
    ),
    (
        "Der Tatort sei überflüssig, erklärte Heino. Heino hatte den Film nicht gesehen.",
        [("Heino", "LOC"), ("Heino", "LOC")],
        [("Heino", "PER"), ("Heino", "PER")],
    ),
    (
        "Riad - Der Oberste Gerichtshof hat das Urteil gegen den Blogger bestätigt.",
        [("Riad", "LOC")],
        [("Riad", "LOC")],
    ),
    (
        "Das sagte EU-Migrationskommissar Dimitris Avramopoulos am Montag in Athen.",
        [("Dimitris Avramopoulos", "MISC"), ("Athen", "LOC")],
        [("Dimitris Avramopoulos", "PER"), ("Athen", "LOC")],
    ),
]


def _doc(extractor: claimex.Extractor, text: str, ents: list[Ent]) -> Doc:
    nlp = extractor.nlp
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name in ("ner", "entity_ruler") or name.startswith("claimex_"):
            break
        doc = proc(doc)
    spans: list[Span] = []
    seen: dict[str, int] = {}
    for surface, label in ents:
        start = text.index(surface, seen.get(surface, 0))
        seen[surface] = start + len(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


@pytest.mark.parametrize(("text", "ner", "expected"), CASES, ids=[c[2][0][0] for c in CASES])
def test_repair(
    extractor: claimex.Extractor, text: str, ner: list[Ent], expected: list[Ent]
) -> None:
    doc = _doc(extractor, text, ner)
    repaired = repair_spans(doc, doc.ents)
    assert [(span.text, span.label_) for span in repaired] == expected


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Europäischen Gerichtshofs", "EuGH"),
        ("Verwaltungsgerichtshof", "VwGH"),
        ("Verband Österreichischer Zeitungen", "VÖZ"),
    ],
)
def test_mixed_case_acronyms_link(extractor: claimex.Extractor, long: str, short: str) -> None:
    text = f"Der {long} hat entschieden. Der {short} wies die Klage ab."
    doc = _doc(extractor, text, [(long, "ORG"), (short, "ORG")])
    referents = Linker().link(list(doc.ents))
    assert len(referents) == 1
    assert {span.text for span in referents[0].spans} == {long, short}


def test_unrelated_acronym_stays_apart(extractor: claimex.Extractor) -> None:
    text = "Die Sozialdemokratische Partei Österreichs verliert. Die ÖVP gewinnt."
    doc = _doc(extractor, text, [("Sozialdemokratische Partei Österreichs", "ORG"), ("ÖVP", "ORG")])
    assert len(Linker().link(list(doc.ents))) == 2
