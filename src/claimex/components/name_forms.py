"""Name forms of entity mentions: the base form without a German genitive ending
(:func:`base_form`), the cited form of an inflected name that ``lexicon/knowledge.tsv``
lists (:func:`cited_form`), and where a mention stands as a genitive attribute."""

from __future__ import annotations

from spacy.tokens import Span

from claimex.components.doctokens import has_feature, token_view
from claimex.components.genitive import genitive_stem
from claimex.components.knowledge import lookup
from claimex.components.labels import ADJECTIVES
from claimex.components.namewords import gazetteer_places
from claimex.lexicon import words


def base_form(span: Span, known: frozenset[str], nominative: frozenset[str] = frozenset()) -> str:
    """Return the mention's name without a German genitive ending.

    A name that ``lexicon/knowledge.tsv`` lists as an inflected form of a name gives that
    name (:func:`cited_form`: "Weißen Hauses" -> "Weißes Haus", "Moldaus" -> "Moldau").

    ``known`` holds the (lower-cased) surface forms of the document's other mentions and
    the last words of its multi-word mentions: a final -s is stripped when the rest occurs
    so ("Rezais" after "Mohsen Rezai"), or when the morphology says genitive and the
    mention stands where a genitive stands (:func:`in_genitive_position`: "Obamas Politik",
    "die Niederlage Barack Obamas", "des Ministeriums"; -es where the lemma or the stem says
    so, :func:`genitive.genitive_stem`: "des Deutschen Bundestages" -> "Deutschen
    Bundestag", "Landeskriminalamtes" -> "Landeskriminalamt") -- unless the word with its -s also
    ends a mention the morphology does not call genitive (``nominative``): "Prokopis
    Pavlopoulos" keeps its -s where "Pavlopoulos" stands as a subject elsewhere, and
    "Michael Collins" keeps it after "Edwin Aldrin und".
    """
    view = token_view(span.doc)
    text = view.span_text(span.start, span.end).strip()
    cited = cited_form(text, span.label_)
    if cited is not None:
        return cited
    for suffix in ("\N{RIGHT SINGLE QUOTATION MARK}s", "'s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    if len(text) == 3 and text[1] == "." and text.endswith("s"):
        return text[:-1]  # an initial in the genitive: "M.s" (Husam M.'s)
    lowers = view.lowers
    articles = words("genitive_articles")
    if any(lowers[i] in articles for i in range(span.start + 1, span.end - 1)):
        return text  # "Hauptverband des Österreichischen Buchhandels": a genitive inside
    if len(text) > 3 and text.endswith("s") and not text.endswith("ss"):
        stem = text[:-1]
        last = span[-1]
        if stem.lower() in known:
            return stem
        if text.endswith("es") and text[:-2].lower() in known:
            return text[:-2]  # "Bundestages" after "Deutscher Bundestag"
        if (
            has_feature(last, "Case", "Gen")
            and last.lower_ not in nominative
            and in_genitive_position(span)
            and not (text.endswith("us") and stem not in gazetteer_places())
        ):
            # (a name in -us is no genitive of a name in -u by the morphology alone:
            # "des Airbus", "Markus"; a listed place is: "Perus")
            if not text.endswith(last.text):
                return stem
            return text[: -len(last.text)] + genitive_stem(last.text, last.lemma_)
    return text


_MAX_ENDING = 2  # letters an inflection adds to or changes at the end of a name word
_MIN_STEM = 3


def cited_form(text: str, label: str) -> str | None:
    """The name as it is cited, where ``lexicon/knowledge.tsv`` lists ``text`` (or ``text``
    without a genitive -s) with the NER ``label`` as an inflected form of a name: "Weißen
    Hauses" -> "Weißes Haus", "Vereinigten Staaten" -> "Vereinigte Staaten", "Moldaus" ->
    "Moldau". Not where the list's name is another name ("Birma" -> "Myanmar"): see
    :func:`is_inflection`. None where the list has no such entry.

    Example:
        >>> cited_form("Weißen Hauses", "ORG"), cited_form("Birma", "LOC")
        ('Weißes Haus', None)
    """
    entry = lookup(text)
    if entry is None or entry.label != label or entry.canonical == text:
        return None
    return entry.canonical if is_inflection(text, entry.canonical) else None


def is_inflection(form: str, name: str) -> bool:
    """Whether ``form`` is ``name`` with other endings: as many words, each the same or
    sharing all but its last ``_MAX_ENDING`` letters with the name's word ("Weißen Hauses"
    of "Weißes Haus"; not "Außenministerium" of "Auswärtiges Amt").

    Example:
        >>> is_inflection("Bayerischen Landtages", "Bayerischer Landtag")
        True
        >>> is_inflection("Kanzleramt", "Bundeskanzleramt")
        False
    """
    words_form, words_name = form.split(), name.split()
    if len(words_form) != len(words_name):
        return False
    for a, b in zip(words_form, words_name, strict=True):
        if a == b:
            continue
        shared = 0
        for x, y in zip(a, b, strict=False):
            if x != y:
                break
            shared += 1
        if shared < _MIN_STEM or shared < max(len(a), len(b)) - _MAX_ENDING:
            return False
    return True


def in_genitive_position(span: Span) -> bool:
    """Whether a mention stands where German puts a genitive attribute.

    Before a noun phrase ("Obamas Politik", "Rezais neue Helfer"), right after a noun
    without an article of its own ("die Niederlage Barack Obamas"), or after a genitive
    article with its adjectives ("des saudi-arabischen Gesundheitsministeriums"). Not after
    a conjunction, a preposition or a comma, nor before a verb: there a final -s belongs to
    the name ("und Michael Collins lenkte").
    """
    doc = span.doc
    if span.end < len(doc) and doc[span.end].pos_ in _NOUN_PHRASE_STARTS:
        return True
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in ADJECTIVES:
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    if before.lower_ in words("genitive_articles"):
        return True
    return i == span.start - 1 and before.pos_ == "NOUN" and not before.ent_type_


_NOUN_PHRASE_STARTS = frozenset({"NOUN", "ADJ"})
