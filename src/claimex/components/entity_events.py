"""Names of events, wars and prizes that the NER tagged as organisations or places."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span

from claimex.components.common_nouns import noun_stems
from claimex.components.doctokens import token_view
from claimex.components.figures.tokens import year_shaped
from claimex.components.labels import ATTRIBUTIVE_ADJECTIVE
from claimex.components.namewords import (
    gazetteer_organisations,
    gazetteer_places,
    in_lexicon,
    lexicon_entry,
)

_RELABELLED = frozenset({"ORG", "LOC"})


@lru_cache(maxsize=1 << 16)
def is_event_head(text: str) -> bool:
    """A capitalised last word of an event's or prize's name (lexicon/event_heads.txt), also
    inflected (lexicon/noun_inflections.txt: "Konflikts", "Krieges").

    Example:
        >>> is_event_head("Kaukasus-Konflikt"), is_event_head("Frühlings"), is_event_head("Bund")
        (True, True, False)
    """
    if not text[:1].isupper():
        return False
    return any(lexicon_entry(form, "event_heads") for form in noun_stems(text))


def event_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """An ORG or LOC whose last word names an event, war or prize (lexicon/event_heads.txt)
    is a MISC ("seit dem Kaukasus-Konflikt", "beim Arabischen Frühling", "den Polar Music
    Prize"); a name the gazetteer lists as an organisation or place keeps its label. An
    untagged capitalised adjective with an event head after it is one MISC too ("mit dem
    Frankfurter Musikpreis")."""
    view = token_view(doc)
    result: list[Span] = []
    for ent in ents:
        if (
            ent.label_ in _RELABELLED
            and is_event_head(view.texts[ent.end - 1])
            and not _listed(view.span_text(ent.start, ent.end))
        ):
            result.append(Span(doc, ent.start, ent.end, label="MISC"))
        else:
            result.append(ent)
    return sorted([*result, *_adjective_events(doc, ents)], key=lambda s: s.start)


def _adjective_events(doc: Doc, ents: list[Span]) -> list[Span]:
    """An untagged capitalised attributive adjective inside a sentence and an event head
    after it are one MISC: "mit dem Frankfurter Musikpreis", "im Zweiten Weltkrieg"."""
    view = token_view(doc)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    n = len(doc)
    return [
        Span(doc, i - 1, i + 1, label="MISC")
        # after each capitalised word (cheap tests first: most words are neither)
        for i in [k + 1 for k in view.capitalised_before(n - 1)]
        if is_event_head(view.texts[i])
        and i not in taken
        and i - 1 not in taken
        and doc[i - 1].tag_ in ATTRIBUTIVE_ADJECTIVE
        and not doc[i - 1].is_sent_start
    ]


def _listed(text: str) -> bool:
    """Whether the gazetteer lists ``text`` as an organisation or a place."""
    return text in gazetteer_organisations() or text in gazetteer_places()


def edition_years(doc: Doc, ents: list[Span]) -> list[Span]:
    """A MISC that ends in the name of an event held in editions (lexicon/edition_heads.txt)
    takes the year right after it: "der Olympischen Spiele 2008", "des DFB-Pokals 2006"
    (German Wikipedia names each edition with its year)."""
    texts = token_view(doc).texts
    starts = {ent.start for ent in ents}
    return [
        Span(doc, ent.start, ent.end + 1, label="MISC")
        if ent.label_ == "MISC"
        and ent.end < len(texts)
        and ent.end not in starts
        and doc[ent.end - 1].whitespace_
        and year_shaped(texts[ent.end])
        and any(in_lexicon(form, "edition_heads") for form in noun_stems(texts[ent.end - 1]))
        else ent
        for ent in ents
    ]
