"""Place names that the NER cut before their last word ("Fukushima I", "Dresden I").

Run by ``claimex_entities`` after the name repairs (rule ``continued_places``): a LOC that
the NER cut before an unknown proper noun takes the noun in.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimex.components.namewords import is_role_word
from claimex.components.word_checks import WordCheck


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
