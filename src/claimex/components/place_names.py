"""Place names written as a hyphenated compound of a name and a word for a kind of place
("Karl-Marx-Straße", "Awash-Fluss", "Ernst-Abbe-Stadion", "Irrawaddy-Delta"): the hyphen
joins the name to the place word, so the whole compound names one place (LOC), unlike a
compound that merely contains a name ("Aldi-Filialen", "EU-Beamte").

Capitalised attributive adjectives before such a word name one place too ("die Rote
Moschee", "der Rote Fluss"): :func:`adjective_places`, run by
``claimex_label_consistency`` after its learned check.

A common noun before a listed place ("zum Flughafen Rotterdam") that the learned check
drops as a whole still holds the place: :func:`dropped_noun_places`."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimex.components.doctokens import token_view
from claimex.components.labels import ATTRIBUTIVE_ADJECTIVE, COMMON_NOUN_TAGS
from claimex.components.namewords import gazetteer_places
from claimex.lexicon import words

_ENDINGS = ("es", "s")


def _place_word(text: str) -> bool:
    """An entry of lexicon/place_compound_heads.txt, also in the genitive ("Flusses")."""
    heads = words("place_compound_heads")
    return text in heads or any(
        text.endswith(ending) and text[: -len(ending)] in heads for ending in _ENDINGS
    )


def is_place_head(text: str) -> bool:
    """A word for a kind of place that names one after a place adjective on -er
    (lexicon/place_adjective_heads.txt and place_compound_heads.txt): "Hafen", "Platz",
    also in the genitive ("Hafens") or ending a compound of five letters or more
    ("Hauptbahnhof"); not a facility with a name of its own
    (lexicon/place_adjective_non_heads.txt: "der Hamburger Flughafen")."""
    if _ends_in(text, words("place_adjective_non_heads")):
        return False
    heads = words("place_adjective_heads") | words("place_compound_heads")
    if text in heads or any(text == head + ending for head in heads for ending in _ENDINGS):
        return True
    return any(len(head) >= 5 and text.endswith(head.lower()) for head in heads)


def is_place_compound(text: str) -> bool:
    """A hyphenated compound of capitalised name parts and a place word.

    Example:
        >>> is_place_compound("Karl-Marx-Straße"), is_place_compound("Nord-Süd-Straße")
        (True, False)
    """
    parts = text.split("-")
    if len(parts) < 2 or not _place_word(parts[-1]):
        return False
    first = parts[0]
    return first[:1].isupper() and first not in words("place_compound_non_names")


def place_compounds(doc: Doc, ents: list[Span]) -> list[Span]:
    """Untagged hyphenated place compounds ("der Awash-Fluss") -> LOC spans."""
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    return [
        Span(doc, i, i + 1, label="LOC")
        for i, text in enumerate(token_view(doc).texts)
        if "-" in text and i not in taken and is_place_compound(text)
    ]


def dropped_noun_places(doc: Doc, before: list[Span], after: list[Span]) -> list[Span]:
    """``after`` with the places the learned check dropped inside a longer span: where a
    span of ``before`` overlaps nothing of ``after`` and is one common noun (STTS ``NN``)
    and a name of the gazetteer's places (lexicon/gazetteer.txt, with its genitive
    forms), that name is a LOC: the NER's ORG "Flughafen Rotterdam" ("zum Flughafen
    Rotterdam transportiert", spkatt-news-29108), which the check drops, keeps
    "Rotterdam". The noun and the name form a close apposition (enge Apposition: a kind noun
    before a proper name, "die Stadt Rom"; Duden, Die Grammatik), whose name part names
    the place itself; the gold tags that name LOC (FORMAT.md: cities are LOC)."""
    if len(before) == len(after):
        return after
    taken = {i for span in after for i in range(span.start, span.end)}
    places = gazetteer_places()
    added = [
        Span(doc, span.start + 1, span.end, label="LOC")
        for span in before
        if len(span) >= 2
        and not any(i in taken for i in range(span.start, span.end))
        and doc[span.start].tag_ in COMMON_NOUN_TAGS
        and doc[span.start + 1 : span.end].text in places
    ]
    if not added:
        return after
    return sorted([*after, *added], key=lambda span: span.start)


def adjective_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """An ORG or MISC of capitalised attributive adjectives (STTS ``ADJA``) and a word for a
    kind of place (:func:`is_place_head`, also in the genitive) is a LOC: "der Roten
    Moschee", "des Roten Flusses" (tagged ORG), "der Zentralafrikanischen Republik"; not a
    head that after an adjective names an organisation (lexicon/adjective_org_heads.txt:
    "das Rote Kreuz", "die Evangelische Kirche"). In the gold of the Wikinews train halves
    the names of this shape (tagger tags) are LOC 10 of 10 and 8 of 8 ("Hamburger Hafen",
    "Weimarer Republik"); beside "Kreuz" they are ORG 7 times, LOC once ("Bremer Kreuz").
    Run after the learned check: a span it dropped as an ORG is not brought back."""
    return [
        Span(doc, ent.start, ent.end, label="LOC")
        if len(ent) > 1 and ent.label_ in _ADJECTIVE_PLACE_LABELS and _adjective_place(ent)
        else ent
        for ent in ents
    ]


_ADJECTIVE_PLACE_LABELS = frozenset({"ORG", "MISC"})


def _adjective_place(span: Span) -> bool:
    last = span[-1].text
    if not is_place_head(last) or _organisation_head(last):
        return False
    return all(
        token.tag_ in ATTRIBUTIVE_ADJECTIVE and token.text[:1].isupper() for token in span[:-1]
    )


def _organisation_head(text: str) -> bool:
    """An entry of lexicon/adjective_org_heads.txt, also in the genitive ("Kreuzes") or
    ending a compound ("der Lippischen Landeskirche")."""
    return _ends_in(text, words("adjective_org_heads"))


def _ends_in(text: str, heads: frozenset[str]) -> bool:
    """Whether ``text`` ends in one of ``heads``, bare or with a genitive ending, compared
    in lower case: the word itself ("Kreuz", "Kreuzes") or a compound ending in it
    ("Landeskirche", "Hauptflughafen")."""
    lowered = text.lower()
    return any(
        lowered.endswith(head.lower() + ending) for head in heads for ending in ("", *_ENDINGS)
    )
