"""The subject field of a cue verb: which of two subjects the parse gives the verb speaks,
and whether an impersonal "heißt es" names any source at all."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from claimex.components.labels import SUBJECT
from claimex.components.quotes.lexicon import GENITIVE_ARTICLES
from claimex.lexicon import words

if TYPE_CHECKING:
    from claimex.components.quotes.state import Analysis


def fronted_subject(state: Analysis, cue: Token, lo: int, start: int) -> Span | None:
    """The cue's subject where it fills the field before the finite cue by itself, with an
    apposition set off by commas ("Der bayerische CSU-Vorsitzende, Edmund Stoiber, warf der
    SPD … vor"): a verb-second clause has one constituent before its verb, so a noun phrase
    after the cue that the parse also calls a subject is an object ("der SPD", dative).
    ``lo``: where the sentence starts; the commas make the cue open a clause of its own.
    None where no nominative subject of a person or a body starts the sentence.
    """
    if not state.has_dep or start - lo < 3 or state.doc[start - 1].text != ",":
        return None
    for child in cue.children:
        if (
            child.dep_ in SUBJECT
            and child.left_edge.i == lo
            and child.i < start
            and "Nom" in child.morph.get("Case", [])
        ):
            span = state.doc[lo : start - 1]  # with its apposition: the name in it speaks
            return span if state.animate(span) else None
    return None


def impersonal_heissen(state: Analysis, start: int, end: int) -> bool:
    """Whether the cue at tokens [start, end) is the impersonal "heißt es" / "hieß es"
    (``cues.json`` phrases "es heißt")."""
    doc = state.doc
    return (
        end > start + 1 and doc[end - 1].lower_ == "es" and doc[start].lower_ in ("heißt", "hieß")
    )


def impersonal_cue(
    state: Analysis, start: int, end: int, subject: Span | None, lo: int, hi: int
) -> bool:
    """Whether the cue at tokens [start, end) is the impersonal "heißt es" / "hieß es"
    that names no source in its sentence [lo, hi): no subject (no document owner), no
    source after a preposition of origin ("hieß es vom Sprecher Mark Toner", "aus
    Regierungskreisen") and no document noun of ``cues.json`` ``source_documents``, alone
    or as a compound's end ("im Abschlussbericht": the author named before speaks).
    "Eine Heilung der Krankheit sei jedoch ausgeschlossen, heißt es." reports a statement
    whose source the text does not name (:attr:`~.spans.QuoteSpan.unnamed_source`), like
    an agentless passive: no speaker is to be guessed from the sentences around it."""
    doc = state.doc
    if subject is not None or not impersonal_heissen(state, start, end):
        return False
    after = state.skip_adverbs(end, hi)
    if after < hi and doc[after].lower_ in words("origin_prepositions"):
        return False
    documents = tuple(word.lower() for word in state.lex.source_documents)
    return not any(doc[j].lower_.endswith(documents) for j in range(lo, hi) if not state.inside[j])


def source_phrase(
    state: Analysis, lo: int, hi: int, prepositions: frozenset[str], *, origin_places: bool = False
) -> tuple[bool, Span | None]:
    """The source of a verb whose source is a prepositional phrase ("wie aus einer
    Verlautbarung der ISAF hervorgeht"): whether tokens [lo, hi) hold a noun phrase after
    one of ``prepositions``, and its source: the owner named in its genitive or after
    "von" (the document speaks for its author), else the phrase ("aus dem Ministerium");
    a document without an owner ("wie es in der Erklärung heißt") or a place names no
    source, whose author the text named before. With ``origin_places`` a place after a
    preposition of origin (``origin_prepositions``) does: "Aus Paris hieß es, …" (its
    government speaks; the impersonal "heißt es", :meth:`.state.Analysis.impersonal_source`).
    """
    doc = state.doc
    origin = words("origin_prepositions") if origin_places else frozenset()
    for j in range(lo, hi - 1):
        if doc[j].lower_ not in prepositions or state.inside[j]:
            continue
        phrase = state.np_after(j + 1, hi)
        if phrase is None:
            return False, None
        k = phrase.start
        while k < phrase.end and not doc[k].text[:1].isupper():
            k += 1
        if k + 2 < phrase.end and (
            doc[k + 1].lower_ in GENITIVE_ARTICLES
            or doc[k + 1].lower_ in state.lex.owner_prepositions
        ):
            return True, doc[k + 2 : phrase.end]
        if k < phrase.end and (
            _document_noun(state, doc[k].text)
            or (doc[k].ent_type_ in ("LOC", "GPE") and doc[j].lower_ not in origin)
        ):
            return True, None  # (nor does a place: "wie es in Washington hieß")
        return True, phrase
    return False, None


def _document_noun(state: Analysis, word: str) -> bool:
    """Whether ``word`` names a document or a statement (``cues.json`` source_documents
    and angaben nouns, ``speakers.json`` document_nouns), also as a compound's end
    ("Pressemitteilung")."""
    lex = state.lex
    return word in lex.document_nouns or word.endswith(lex.document_endings)
