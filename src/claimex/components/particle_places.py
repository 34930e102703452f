"""Place names in several words joined by a particle ("Mühlheim an der Ruhr", "Palma de
Mallorca"): the NER tends to tag only the first part, or the two parts apart.

Run by ``claimex_entities`` after the name repairs (rule ``particle_places``); a LOC that
the NER cut before an unknown proper noun ("Fukushima I") is rule ``continued_places``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import token_texts
from claimex.components.namewords import gazetteer_places, is_org_description, is_role_word
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words


def _particles() -> list[tuple[str, ...]]:
    """The particle sequences of lexicon/place_particles.txt, longest first."""
    return sorted((tuple(p.split()) for p in words("place_particles")), key=len, reverse=True)


def particle_places(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """A LOC, a place particle (lexicon/place_particles.txt) and a capitalised name that
    German does not know or that is a known place are one LOC ("Landsberg an der Warthe",
    "Palma de Mallorca"); the second part may be untagged or a one-word span of the NER.
    Without the lemma table (``known``) nothing changes."""
    if known is None:
        return spans
    texts = token_texts(doc)
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = list(spans)
    for span in spans:
        if span.label_ != "LOC" or span not in result:
            continue
        name = _name_after(doc, texts, span.end, known)
        if name is None:
            continue
        other = owner.get(name)
        if other is not None and (len(other) != 1 or other.label_ == "ORG"):
            continue
        result = [s for s in result if s is not span and s is not other]
        result.append(Span(doc, span.start, name + 1, label="LOC"))
    return sorted(result, key=lambda s: s.start)


def _name_after(doc: Doc, texts: list[str], end: int, known: WordCheck) -> int | None:
    """The position of the name after a particle sequence starting at ``end``."""
    for particle in _particles():
        after = end + len(particle)
        if (
            tuple(texts[end:after]) == particle
            and after < len(doc)
            and _place_word(doc[after], known)
        ):
            return after
    return None


def _place_word(token: Token, known: WordCheck) -> bool:
    text = token.text
    return (
        text[:1].isupper()
        and token.is_alpha
        and not is_role_word(text)
        and not is_org_description(text)
        and (text in gazetteer_places() or not known(text))
    )


def continued_places(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """A one-word LOC right before an untagged proper noun (STTS ``NE``) in the same
    sentence that German does not know is the first word of a longer name, which the NER
    cut ("Fukushima I", "Dresden I"): the LOC takes the word in.
    Without the lemma table (``known``) nothing changes."""
    if known is None:
        return spans
    taken = {i for span in spans for i in range(span.start, span.end)}
    result = []
    for span in spans:
        after = span.end
        if (
            span.label_ == "LOC"
            and len(span) == 1
            and after < len(doc)
            and after not in taken
            and _name_continues(doc[after], known)
        ):
            span = Span(doc, span.start, after + 1, label="LOC")
        result.append(span)
    return result


def _name_continues(token: Token, known: WordCheck) -> bool:
    """A capitalised proper noun that is no German word and no function."""
    return (
        token.tag_ == "NE"
        and not token.is_sent_start
        and token.text[:1].isupper()
        and token.is_alpha
        and not known(token.text)
        and not is_role_word(token.text)
    )
