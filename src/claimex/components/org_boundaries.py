"""ORG extents by the gold's own boundary conventions (round 22, ``org_edge_words``).

``lexicon/org_boundaries.json`` (written by ``python -m models.org_boundaries``) counts, over
the Wikinews gold's train split, each configuration of a word at the left and right edge of
an ORG: as its first or last word (``in``) or as the word right before or after it outside
every name (``out``). A configuration is the word's STTS tag and its word class
(:func:`word_class`). Where the gold takes such a word into the ORG in a clear majority (the
file's ``min_share`` of at least ``min_count`` occurrences), an untagged word of that
configuration next to an ORG belongs to it: "Initiativ" + "Roude Léiw", "Aga" + "Khan
University".
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from claimex.components.doctokens import fine_tags, token_view
from claimex.components.entity_check import ner_tokens
from claimex.components.genitive import genitive_stem
from claimex.components.namewords import is_org_description, is_place_derivation, is_role_word
from claimex.components.word_checks import WordCheck
from claimex.lexicon import table
from claimex.lexicon import words as lexicon_words


def word_class(text: str, known: WordCheck | None) -> str:
    """The class of a word at a name's edge: ``punct``, ``digit``, ``lower``, ``upper`` (an
    acronym), ``org`` (an organisation word), ``deriv`` (a place + -er), ``known`` (a German
    word) or ``unknown``; a hyphen compound takes its last part's case ("US-amerikanische":
    ``lower``).

    Example:
        >>> word_class("Initiativ", None), word_class("US-amerikanische", None)
        ('unknown', 'lower')
    """
    if not any(ch.isalnum() for ch in text):
        return "punct"
    if any(ch.isdigit() for ch in text):
        return "digit"
    head = text.rsplit("-", 1)[-1] or text
    if text[0].islower() or head[:1].islower():
        return "lower"
    if len(text) > 1 and text.isupper():
        return "upper"
    if is_org_description(text):
        return "org"
    if is_place_derivation(text):
        return "deriv"
    if known is not None and known(text):
        return "known"
    return "unknown"


@cache
def configurations(side: str) -> frozenset[str]:
    """The ``TAG class`` configurations the gold takes into an ORG at its ``side`` edge
    (``left``: the word before it or its first; ``right``: its last or the word after it)."""
    data = table("org_boundaries")
    min_share, min_count = float(data["min_share"]), int(data["min_count"])
    chosen = set()
    for key, (inside, outside) in data[side].items():
        total = inside + outside
        if total >= min_count and inside >= min_share * total:
            chosen.add(key)
    return frozenset(chosen)


def _genitive(doc: Doc, span: Span, texts: frozenset[str]) -> bool:
    """Whether ``span`` ends in a name in the genitive, which ends its noun phrase
    ("Microsofts ClearType"): a word on -s that the document (``texts``) also writes
    without it."""
    last = doc[span.end - 1]
    if len(last.text) < 3 or not last.text.endswith("s"):
        return False
    return genitive_stem(last.text, last.lemma_) in texts


def org_edge_words(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """ORG spans take in the untagged words right before and after them whose configuration
    the gold takes into an ORG at that edge (:func:`configurations`), within the sentence. A
    word that the NER had in a span stays out (a rule dropped it on purpose), so does one
    that opens its sentence (capitalised by its position), and nothing joins after a name
    in the genitive, nor a person's title or a noun for a kind of organisation before the
    name (:func:`_outside`)."""
    if all(span.label_ != "ORG" for span in spans):
        return spans  # no ORG: nothing to extend
    left, right = configurations("left"), configurations("right")
    owned = {i for span in spans for i in range(span.start, span.end)} | ner_tokens(doc)
    words, tags = token_view(doc).texts, fine_tags(doc)
    texts = frozenset(words)

    def joins(i: int, chosen: frozenset[str]) -> bool:
        return (
            i not in owned
            and not _outside(words[i], chosen is left)
            and f"{tags[i]} {word_class(words[i], known)}" in chosen
        )

    result = []
    for span in spans:
        start, end = span.start, span.end
        if span.label_ == "ORG":
            while (
                start > 0
                and not doc[start].is_sent_start
                and not doc[start - 1].is_sent_start
                and joins(start - 1, left)
            ):
                start -= 1
            if not _genitive(doc, span, texts):
                while end < len(doc) and not doc[end].is_sent_start and joins(end, right):
                    end += 1
        if (start, end) == (span.start, span.end):
            result.append(span)
            continue
        owned.update(range(start, end))
        result.append(Span(doc, start, end, label=span.label_))
    return result


def _outside(text: str, before: bool) -> bool:
    """A person's title or function (lexicon/roles.txt: "The9 CEO") stands outside an ORG,
    and so does a noun for a kind of organisation before it ("das Terrainunternehmen
    Berlinische Boden-Gesellschaft"), as ``strip_titles`` leaves it (gold FORMAT.md)."""
    return is_role_word(text) or (
        before and is_org_description(text) and text not in lexicon_words("org_name_heads")
    )
