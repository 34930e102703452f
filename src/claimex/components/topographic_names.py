"""Foreign place names that begin with a topographic word ("Cape Canaveral", "Pulau
Laki"), which the NER tends to take for an organisation or a person.

Run by ``claimex_entities`` after the name repairs (rule ``topographic_names``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from claimex.lexicon import words


def topographic_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG or PER of two words or more that begins with a foreign topographic word
    (lexicon/topographic_words.txt) is a LOC ("Cape Canaveral", "Vila Cruzeiro"); so is an
    ORG or MISC of two words or more that ends in an English word for a kind of place or
    site (lexicon/topographic_tails.txt: "Hard Rock Stadium", "Camden Road")."""
    begins = words("topographic_words")
    ends = words("topographic_tails")
    result: list[Span] = []
    for span in spans:
        if len(span) > 1 and (
            (span.label_ in ("ORG", "PER") and span[0].text in begins)
            or (span.label_ in ("ORG", "MISC") and span[-1].text in ends)
        ):
            span = Span(doc, span.start, span.end, label="LOC")
        result.append(span)
    return result
