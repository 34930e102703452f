"""Bracketed acronyms and lists of persons."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex.components.acronyms import acronym_fits, is_acronym
from claimex.components.doctokens import token_view
from claimex.components.labels import COORDINATING
from claimex.components.namewords import gazetteer_places


def bracketed_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """An acronym in brackets right after a name it abbreviates takes the name's label:
    "Bundesverband der Pharmazeutischen Industrie (BPI)" ORG -> "BPI" ORG, "Large Hadron
    Collider (LHC)" MISC -> "LHC" MISC. A person's bracket names a party ("Angela Merkel
    (CDU)"), not the person, and an acronym that does not fit the name's initials
    (``acronyms.acronym_fits``) is left to the NER. An acronym the NER tagged keeps its
    label: where the two differ, the long name is as often the one the NER got wrong
    ("Vereinigten Saar-Elektrizitäts-AG (VSE)" tagged LOC, "VSE" ORG)."""
    view = token_view(doc)
    texts = view.texts
    owner = {i: k for k, ent in enumerate(ents) for i in range(ent.start, ent.end)}
    result = list(ents)
    for ent in ents:
        at = ent.end + 1
        if (
            ent.label_ == "PER"
            or at + 1 >= len(texts)
            or texts[at - 1] != "("
            or texts[at + 1] != ")"
            or not is_acronym(texts[at])
            or not acronym_fits(texts[at], view.span_text(ent.start, ent.end))
        ):
            continue
        if at not in owner:
            result.append(Span(doc, at, at + 1, label=ent.label_))
    return sorted(result, key=lambda s: s.start)


def _joint(doc: Doc, first: Span, second: Span) -> Token | None:
    """The comma or coordinating conjunction between two spans side by side in a list
    ("Schäuble, Beckstein oder Schönbohm"), or None."""
    if second.start - first.end != 1:
        return None
    between = doc[first.end]
    if between.pos_ in COORDINATING or (between.is_punct and between.text == ","):
        return between
    return None


def _lists(doc: Doc, ents: list[Span]) -> list[list[int]]:
    """The indices of ``ents`` that form lists: names joined by commas and closed by a
    coordinating conjunction ("Schäuble, Beckstein oder Schönbohm")."""
    lists: list[list[int]] = []
    run = [0] if ents else []
    closed = False
    for k in range(1, len(ents) + 1):
        joint = _joint(doc, ents[k - 1], ents[k]) if k < len(ents) else None
        if joint is not None:
            run.append(k)
            closed = joint.pos_ in COORDINATING
            continue
        if closed and len(run) >= 2:
            lists.append(run)
        run, closed = [k], False
    return lists


def coordinated_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """LOCs outside the gazetteer in a list of names with a person and no organisation or
    other name are persons too, and so are their other mentions: "wie Schäuble, Beckstein
    oder Schönbohm" with "Beckstein" and "Schönbohm" tagged LOC."""
    places = gazetteer_places()
    view = token_view(doc)
    result = list(ents)
    persons: set[str] = set()
    for members in _lists(doc, ents):
        labels = {ents[k].label_ for k in members}
        if labels != {"PER", "LOC"}:
            continue
        for k in members:
            ent = ents[k]
            if ent.label_ != "LOC" or any(
                view.texts[i] in places or doc[i].pos_ != "PROPN" for i in range(ent.start, ent.end)
            ):
                continue
            result[k] = Span(doc, ent.start, ent.end, label="PER")
            persons.add(view.span_text(ent.start, ent.end))
    if not persons:
        return result
    return [
        Span(doc, e.start, e.end, label="PER")
        if e.label_ == "LOC" and view.span_text(e.start, e.end) in persons
        else e
        for e in result
    ]


def coordinated_miscs(doc: Doc, ents: list[Span]) -> list[Span]:
    """ORGs in a list of names with a MISC and no person or place are MISCs too: "soziale
    Netzwerke wie Facebook, Twitter und YouTube" with "YouTube" a MISC."""
    result = list(ents)
    for members in _lists(doc, ents):
        labels = {ents[k].label_ for k in members}
        if labels != {"ORG", "MISC"}:
            continue
        for k in members:
            ent = ents[k]
            if ent.label_ == "ORG":
                result[k] = Span(doc, ent.start, ent.end, label="MISC")
    return result
