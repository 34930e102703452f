"""Other names a text gives an organisation right after its name, in parentheses: an
acronym ("Institute for the Study of War (ISW)": :func:`introduced_acronyms`) or a
translation ("Linksfront (Front de Gauche)": :func:`bracketed_org_names`); and the other
name of a person after a word for an alias ("Bounty Killer, der mit bürgerlichem Namen
Rodney Basil Price heißt": :func:`person_aliases`). The actor linker
(:mod:`claimex.components.linking`) merges the names of each pair."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import pairwise

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


_MAX_ALIAS_GAP = 6  # tokens between a person's name and an alias cue's other name at most
_ALIAS_BREAKS = frozenset({"CCONJ", "VERB", "AUX"})  # a list, or a clause of its own


def person_aliases(spans: Sequence[Span]) -> dict[str, str]:
    """Map two names that the text gives one person to each other's text, lower-cased: a
    person's name after a word of ``lexicon/name_alias_cues.txt`` ("alias", "eigentlich",
    "mit bürgerlichem Namen") that follows another person's name in the same sentence,
    with no other name, conjunction or verb between ("Bounty Killer, der mit bürgerlichen
    Namen Rodney Basil Price heißt"). Not a name in parentheses after a person's name:
    that is as often a rider's team the recogniser tags PER ("Robert Förster (Team
    Gerolsteiner)"; measured in round 24, train_b actor tp -2).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Span
        >>> doc = spacy.blank("de")("Bounty Killer , der mit bürgerlichen Namen Rodney Price")
        >>> person_aliases([Span(doc, 0, 2, "PER"), Span(doc, 7, 9, "PER")])
        {'rodney price': 'Bounty Killer', 'bounty killer': 'Rodney Price'}
    """
    persons = sorted((span for span in spans if span.label_ == "PER"), key=lambda s: s.start)
    found: dict[str, str] = {}
    if len(persons) < 2:
        return found
    cues = words("name_alias_cues")
    for first, other in pairwise(persons):
        if not 0 < other.start - first.end <= _MAX_ALIAS_GAP or other.text == first.text:
            continue
        gap = first.doc[first.end : other.start]
        named = (
            any(t.lower_ in cues or t.lemma_.lower() in cues for t in gap)
            and not any(t.ent_type_ or t.pos_ in _ALIAS_BREAKS or t.is_sent_start for t in gap)
            and not other[0].is_sent_start
        )
        if named:
            found.setdefault(other.text.lower(), first.text)
            found.setdefault(first.text.lower(), other.text)
    return found
