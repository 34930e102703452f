"""Place names written as a hyphenated compound of a name and a word for a kind of place
("Karl-Marx-Straße", "Awash-Fluss", "Ernst-Abbe-Stadion", "Irrawaddy-Delta"): the hyphen
joins the name to the place word, so the whole compound names one place (LOC), unlike a
compound that merely contains a name ("Aldi-Filialen", "EU-Beamte")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimex.components.doctokens import token_view
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
    lowered = text.lower()
    if any(
        lowered.endswith(facility.lower() + ending)
        for facility in words("place_adjective_non_heads")
        for ending in ("", *_ENDINGS)
    ):
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
