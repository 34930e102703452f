"""Names and titles in quotation marks inside a noun phrase: "die „Aktion Deutschland
hilft“", "der Chefredakteur der „New York Times“", "die Online-Ausgabe des „Spiegel“".

Such marks enclose the head of a noun phrase after its article, no quotation; the clause
and the noun phrase run on over them."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from claimex.components.quotemarks import MARKS
from claimex.components.quotes.lexicon import CLAUSE_BREAK, SENT_END

DETERMINER_TAGS = frozenset({"ART", "APPRART", "APPR_ART"})
"""STTS tags of an article and a preposition fused with one ("die", "im", "zum"); the
bundled pipeline writes the fused one APPR_ART."""

MAX_NAME_TOKENS = 6
"""The most tokens a name in marks spans: "Aktion Deutschland hilft", "Rundschau am
Sonntag"; a longer stretch is a quotation."""


def after_determiner(doc: Doc, opener: int) -> bool:
    """Whether an article or a preposition with an article stands right before the
    opening mark at token ``opener``: the marks enclose the head of a noun phrase."""
    j = opener - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and doc[j].tag_ in DETERMINER_TAGS


def _name_inside(texts: Sequence[str], lo: int, hi: int) -> bool:
    """A name's shape between the marks: one to six tokens, a capital first letter, no
    comma and no clause or sentence break."""
    if not 0 < hi - lo <= MAX_NAME_TOKENS or not texts[lo][:1].isupper():
        return False
    return not any(
        texts[k] == "," or texts[k] in CLAUSE_BREAK or texts[k] in SENT_END for k in range(lo, hi)
    )


def named_in_marks(doc: Doc, texts: Sequence[str], opener: int, closer: int) -> bool:
    """Whether the marks at tokens ``opener`` and ``closer`` enclose a name after an
    article that holds a proper noun or a named entity ("die „Aktion Deutschland
    hilft“", "der „New York Times“"): a noun phrase's head, never a direct quote."""
    if not (after_determiner(doc, opener) and _name_inside(texts, opener + 1, closer)):
        return False
    return any(t.tag_ == "NE" or t.ent_type_ for t in doc[opener + 1 : closer])


def name_close(doc: Doc, texts: Sequence[str], opener: int, hi: int) -> int | None:
    """The closing mark of a name in marks opened at token ``opener`` (before ``hi``),
    or None where the marks hold no name after an article."""
    if not after_determiner(doc, opener):
        return None
    for k in range(opener + 1, min(hi, opener + MAX_NAME_TOKENS + 2)):
        if texts[k] in MARKS:
            return k if _name_inside(texts, opener + 1, k) else None
    return None


def name_open(doc: Doc, texts: Sequence[str], closer: int, lo: int) -> int | None:
    """The opening mark of a name in marks closed at token ``closer`` (not before
    ``lo``), or None where the marks hold no name after an article."""
    for k in range(closer - 1, max(lo, closer - MAX_NAME_TOKENS - 2) - 1, -1):
        if texts[k] in MARKS:
            if after_determiner(doc, k) and _name_inside(texts, k + 1, closer):
                return k
            return None
    return None
