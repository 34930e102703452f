"""Organisation spans and German capitalisation: an ORG of common nouns the lemma table
knows is an ordinary phrase ("Elektroautos Mangelware", "Parlament Änderungen"), and
capitalised adjectives inside a sentence belong to the name after them ("Kurdischen
Demokratischen Partei")."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import fine_tags, token_view
from claimex.components.entity_drops import drop_place_derivation, strip_genitive
from claimex.components.entity_orgs import org_word
from claimex.components.name_repair import is_institution_head
from claimex.components.namewords import gazetteer_places
from claimex.components.quotemarks import CLOSERS
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words

_OPENING_QUOTES = frozenset(CLOSERS)


def _common_word(token: Token, known: WordCheck) -> bool:
    """A word of the phrase: a capitalised common noun the lemma table knows, not
    hyphenated and neither a known name nor an organisation word ("Mangelware"); a
    capitalised adjective only at a sentence start ("Jegliche"), since
    elsewhere its capital marks a name ("Deutsche Judobund")."""
    text = token.text
    return (
        text[:1].isupper()
        and token.pos_ != "PROPN"
        and (token.tag_ == "NN" or token.is_sent_start is True)
        and "-" not in text
        and not text.isupper()
        and known(text)
        and not _name_word(text)
        and not org_word(text)
        and not is_institution_head(text)
    )


def _name_word(text: str) -> bool:
    """A known place (the gazetteer, also in the genitive), a listed first name or a word
    that stands inside names (lexicon/known_names.txt)."""
    places = gazetteer_places()
    return (
        text in places
        or strip_genitive(text) in places
        or text in words("first_names")
        or text in words("known_names")
    )


def drop_common_phrase(
    doc: Doc, start: int, end: int, label: str, known: WordCheck | None = None
) -> tuple[int, int] | None:
    """An ORG of two or more capitalised words, all of them common nouns the lemma table
    knows (``known``) and none a known name or an organisation word, is an ordinary phrase
    the recogniser took for a name ("Elektroautos Mangelware", "Parlament Änderungen",
    "Bund Steuergelder"); the gazetteer restores listed names, a title in quotation marks
    stays ("„Neue Rechte“"), and so does a name with a lower-case word inside ("Brot für
    die Welt"; measured: dropping those cost a correct ORG on Wikinews dev)."""
    if known is None or label != "ORG" or end - start < 2:
        return start, end
    texts = token_view(doc).texts
    if start > 0 and texts[start - 1] in _OPENING_QUOTES:
        return start, end
    if all(_common_word(doc[i], known) for i in range(start, end)):
        return None
    return start, end


def _capital_adjective(doc: Doc, i: int) -> bool:
    """A capitalised attributive adjective inside a sentence, not a place derivation
    ("Kölner"): German writes such adjectives in lower case unless they belong to a name."""
    token = doc[i]
    return (
        token.tag_ == "ADJA"
        and token.text[:1].isupper()
        and token.is_sent_start is not True
        and token.is_alpha
        and drop_place_derivation(doc, i, i + 1, "ORG") is not None
    )


def adjective_org_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """An ORG that begins with capitalised adjectives takes in the capitalised adjectives
    right before it: they belong to the same name ("der Kurdischen Demokratischen Partei"
    with "Demokratischen Partei" tagged), replacing a LOC over one of them; where a person
    or MISC span or an ORG that begins earlier holds one of them, nothing changes."""
    if not any(span.label_ == "ORG" for span in spans):
        return sorted(spans, key=lambda s: s.start)
    view = token_view(doc)
    texts, tags = view.texts, fine_tags(doc)
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    result = list(spans)

    def capital_adjective(i: int) -> bool:  # the columns first: no Token for most words
        return texts[i][:1].isupper() and tags[i] == "ADJA" and _capital_adjective(doc, i)

    # the only words capital_adjective may accept: the loop goes from one to the next
    adjectives = [i for i in view.capitalised() if tags[i] == "ADJA"]
    i = k = 0
    while (k := bisect_left(adjectives, i, k)) < len(adjectives):
        i = adjectives[k]
        if not capital_adjective(i) or (i in owner and owner[i].label_ in ("PER", "MISC")):
            i += 1
            continue
        j = i
        while j < len(doc) and capital_adjective(j):
            j += 1
        span = owner.get(j)
        if span is not None and span.label_ == "ORG" and i < span.start < j:
            inside = [s for s in result if s.start < span.end and s.end > i]
            if all(s.start >= i and s.label_ in ("ORG", "LOC") for s in inside):
                result = [s for s in result if s not in inside]
                result.append(Span(doc, i, span.end, label="ORG"))
        i = j
    return sorted(result, key=lambda s: s.start)
