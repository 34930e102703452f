"""Other names a text gives an organisation right after its name, in parentheses: an
acronym ("Institute for the Study of War (ISW)": :func:`introduced_acronyms`) or a
translation ("Linksfront (Front de Gauche)": :func:`bracketed_org_names`). The actor
linker (:mod:`claimex.components.linking`) merges the names of each pair."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Span

from claimex.components.acronyms import abbreviates, is_acronym
from claimex.components.known_orgs import listed_form_of
from claimex.components.name_forms import cited_form
from claimex.lexicon import words


def introduced_acronyms(spans: Iterable[Span]) -> dict[str, str]:
    """Map acronyms introduced in parentheses right after a name to that name.

    "Institute for the Study of War (ISW)" -> {"ISW": "Institute for the Study of War"}.
    Not after a person's name, even one the recogniser tagged ORG: a name that starts with
    a given name of ``lexicon/first_names.txt`` ("Heiko Maas (SPD)").
    """
    found: dict[str, str] = {}
    given = words("first_names")
    spans = list(spans)
    org_starts = {span.start for span in spans if span.label_ == "ORG" and len(span) == 1}
    for span in spans:
        if span.label_ != "ORG" or span[0].text in given:
            continue  # "Sebastian Kurz (ÖVP)" gives a person's party, not his initials
        doc = span.doc
        if span.end in org_starts and _listed_acronym(doc[span.end].text, span.text):
            # a listed acronym of the name right after it, as an apposition ("der
            # Internationalen Atomenergiebehörde IAEA")
            candidate = doc[span.end].text
            found[candidate.lower()] = cited_form(span.text, span.label_) or span.text
            continue
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            candidate = doc[span.end + 1].text
            if is_acronym(candidate) or abbreviates(candidate, span.text):
                # the name as its base form cites it ("Europäischen Weltraumorganisation (ESA)")
                found[candidate.lower()] = cited_form(span.text, span.label_) or span.text
    return found


def _listed_acronym(acronym: str, name: str) -> bool:
    """An acronym that the knowledge list holds as a form of the organisation ``name``."""
    return is_acronym(acronym) and listed_form_of(acronym, name)


def bracketed_org_names(spans: Sequence[Span]) -> dict[str, str]:
    """Map an organisation's name and another name of it in parentheses right after it (a
    translation: "Linksfront (Front de Gauche)"), lower-cased, to each other's text. Not
    an acronym in parentheses: :func:`introduced_acronyms` maps those."""
    orgs = [span for span in spans if span.label_ == "ORG"]
    by_start = {span.start: span for span in orgs}
    found: dict[str, str] = {}
    for span in orgs:
        doc = span.doc
        other = by_start.get(span.end + 1)
        if (
            other is None
            or doc[span.end].text != "("
            or other.end >= len(doc)
            or doc[other.end].text != ")"
            or is_acronym(other.text)
            or other.text == span.text
        ):
            continue
        found.setdefault(other.text.lower(), span.text)
        found.setdefault(span.text.lower(), other.text)
    return found
