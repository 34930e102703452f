"""Source spans cut to their noun phrase, and descriptions put in the nominative.

A quote stage hands the resolver the span that stands as a source; the parse often makes it
too long (a relative clause, a second source marker, a verb) or leaves a genitive or dative
form ("des griechischen Stabs"). :func:`noun_phrase` cuts the span by the gold conventions
W7 and W15 of models/gold/README.md; :func:`nominative` names a description as the gold
format writes it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from claimex.components.labels import GENITIVE, RELATIVE
from claimex.components.speakers.agreement import lex_list, morph
from claimex.text import is_handle

# parts of speech that open no noun phrase: dropped from a source span's start
_LEADING = frozenset({"VERB", "AUX", "ADV", "SCONJ", "CCONJ", "PART", "ADP", "PUNCT"})


_STRONG_ENDINGS = {"Masc": "er", "Fem": "e", "Neut": "es", "Plur": "e"}
# after "der" a nominative singular adjective ends in -e ("der polnische"); in -en it is a
# genitive, dative or plural form ("der polnischen Marine")
_OBLIQUE_ENDING = "en"


def nominative(span: Span, head: Token, first: Token) -> str:
    """A genitive or dative description in the nominative, by its morphology and simple
    adjective endings: "(des) griechischen Stabs für …" -> "griechischer Stab für …",
    "(nach Berichten) griechischer Medien" -> "griechische Medien". The article is
    dropped, so adjectives take the strong ending; attributes after the head stay."""
    case = morph(first, "Case") or morph(head, "Case")
    if not case or case[0] not in ("Gen", "Dat") or not span.start <= head.i < span.end:
        return span.text
    source = first if first.i < head.i or first.i == span.start - 1 else head
    number = morph(source, "Number") or morph(head, "Number")
    gender = morph(source, "Gender") or morph(head, "Gender")
    key = "Plur" if number[:1] == ["Plur"] else (gender[0] if gender else "")
    ending = _STRONG_ENDINGS.get(key)
    words: list[str] = []
    for token in span:
        word = token.text
        if token.i < head.i and token.tag_ in ("ADJA",) and ending is not None:
            lemma = token.lemma_
            if lemma and word.startswith(lemma) and 0 < len(word) - len(lemma) <= 2:
                word = lemma + ending
        elif token.i == head.i and key != "Plur":
            lemma = token.lemma_
            if lemma and word != lemma and word.startswith(lemma) and len(word) - len(lemma) <= 2:
                word = lemma
            elif first.lower_ in ("des", "eines") and word.endswith("s") and len(word) > 4:
                # the genitive -s the lemma table does not know: "Ökologie-Instituts"
                word = (
                    word[:-2]
                    if word.endswith(("ses", "ßes", "zes", "xes"))
                    else (word if word.endswith("ss") else word[:-1])
                )
        words.append(word + token.whitespace_)
    return "".join(words).strip()


def _not_attribute(token: Token) -> bool:
    """A noun the parse hung on the source as an attribute without a preposition, whose
    determiner opens no genitive: "die", "das", "den", "dem", "ein"..., or "der" before a
    masculine or neuter singular ("laut Verfassung der Parlamentspräsident"), unless an
    adjective in -en stands between them: after "der" a nominative adjective ends in -e,
    so "Experten der polnischen Marine" keeps its genitive whatever gender the tagger
    gives the noun. Not after a comma or conjunction, where it is a conjunct the parse
    misattached ("…, die Grünen")."""
    if token.dep_ not in GENITIVE or token.pos_ != "NOUN":
        return False
    doc = token.doc
    det = doc[token.left_edge.i]
    if (
        det.pos_ != "DET"
        or det.i == 0
        or doc[det.i - 1].is_punct
        or doc[det.i - 1].pos_ in ("CCONJ", "ADP")
    ):
        return False
    if det.lower_ in lex_list("non_genitive_determiners"):
        return True
    if any(
        t.pos_ == "ADJ" and t.lower_.endswith(_OBLIQUE_ENDING) for t in doc[det.i + 1 : token.i]
    ):
        return False  # "der polnischen Marine": a genitive or dative
    genders = set(morph(token, "Gender"))
    return (
        det.lower_ == "der"
        and "Sing" in morph(token, "Number")
        and bool(genders & {"Masc", "Neut"})
    )


def _extended_attribute(span: Span) -> Span:
    """The noun after a span cut inside an extended attribute of measure: "Bericht" after
    "der 330 Seiten" of "der 330 Seiten starke Bericht", "Politiker" after "der 69 Jahre"
    of "der 69 Jahre alte Politiker" (parsers take the measure noun as the head; the
    description keeps no figure). The span itself where none follows."""
    doc = span.doc
    last = span[-1]
    if last.pos_ != "NOUN" or not any(t.like_num for t in span[:-1]):
        return span
    for k in range(span.end, min(span.end + 3, len(doc))):
        token = doc[k]
        if token.pos_ == "NOUN" and k > span.end:
            return doc[k : k + 1]
        if token.pos_ != "ADJ" or token.is_punct:
            return span
    return span


def _relative_pronoun(token: Token) -> bool:
    """A relative pronoun after a comma that opens a relative clause (by the parse where
    there is one: ", die Grünen" in a list is no relative clause)."""
    if token.tag_ not in lex_list("relative_tags") or token.doc[token.i - 1].text != ",":
        return False
    return not token.doc.has_annotation("DEP") or token.head.dep_ in RELATIVE


def _clause_word(token: Token) -> bool:
    """A word no noun phrase holds: a verb, or a bare noun in a case no attribute has."""
    if token.pos_ in ("VERB", "AUX") and not token.tag_.startswith("ADJ"):
        return True
    return token.doc.has_annotation("DEP") and _not_attribute(token)


def _finite_verb(token: Token) -> bool:
    """A lowercase word right after a sentence-initial pronoun: the finite verb of a
    main clause, which stands second (German verb-second order), whatever the tagger
    made of it ("Sie entstammen Zeitungsberichten zufolge …": "entstammen" as an
    adjective)."""
    if token.i == 0 or not token.is_lower or not token.is_alpha:
        return False
    before = token.doc[token.i - 1]
    return (
        bool(before.is_sent_start)
        and before.pos_ == "PRON"
        and before.lower_ in lex_list("subject_pronouns")
    )


def _name_side(tokens: Span) -> bool:
    """Whether a comma's side is a name: after its articles, capitalised words only
    (at most five), the first a proper noun by the tagger or a person or organisation
    by the NER ("Vincio Luna", "die Hamas")."""
    words = [t for t in tokens if t.pos_ != "DET"]
    return (
        0 < len(words) <= 5
        and all(t.text[:1].isupper() for t in words)
        and (
            words[0].pos_ == "PROPN"
            or words[0].tag_ == "NE"
            or words[0].ent_type_ in ("PER", "ORG")
        )
    )


def _apposition_side(span: Span) -> tuple[int, int]:
    """The side of an apposition in commas that names the source (models/gold/README.md,
    W7): the name where only one side is a name ("Der Manager der Nationalmannschaft,
    Vincio Luna" -> "Vincio Luna"), else the noun phrase before the comma ("Tegaye
    Mununhe, der Polizeichef der Region" -> "Tegaye Mununhe", "Die Unterstützer der
    Vorlage, darunter die Bürgerfraktion" -> "Die Unterstützer der Vorlage"). Two names
    stay whole, and so does a list of sources (a coordinator after the comma)."""
    doc = span.doc
    comma = next((t.i for t in span[1:-1] if t.text == ","), None)
    if comma is None or any(
        t.lower_ in lex_list("coordinators") for t in doc[comma + 1 : span.end]
    ):
        return span.start, span.end
    left, right = doc[span.start : comma], doc[comma + 1 : span.end]
    named = _name_side(left), _name_side(right)
    if named == (False, True):
        return right.start, right.end
    if named == (True, True):
        return span.start, span.end
    return left.start, left.end


def noun_phrase(span: Span) -> Span:
    """The source span cut to its noun phrase (models/gold/README.md, W7 and W15).

    A source marker inside the span ends it ("der Behörden des Landes laut taz"), and so
    do an opening parenthesis, a social-media handle ("Joschka Fischer @JoschkaFischer":
    an account's address, no part of the name), a relative clause ("C.Y. Leung, der am
    Montag … war"), a verb and a bare noun in the nominative or accusative that the parse
    hung on the source as an attribute ("laut Verfassung der Parlamentspräsident");
    leading verbs and adverbs go ("zwar Fehler"), and so does the finite verb after a
    sentence-initial pronoun ("Sie entstammen Zeitungsberichten"). Genitive and
    prepositional attributes stay ("Sprecher der Polizei", "Regierungssprecher in
    Berlin"). A span cut inside an extended attribute of measure gives the noun that
    follows ("der 330 Seiten starke Bericht" -> "Bericht").
    """
    if len(span) == 1:
        return span  # one word: no rule below cuts or extends it
    doc = span.doc
    start, end = span.start, span.end
    while end - start > 1 and (doc[start].pos_ in _LEADING or _finite_verb(doc[start])):
        start += 1
    breaks = lex_list("span_breaks")
    for token in Span(doc, start + 1, end):  # (start < end here)
        if token.lower_ in breaks or token.text == "(" or is_handle(token.text):
            # a parenthesis ends it too: "Ein Sprecher der Bundesagentur für Arbeit (BA)
            # in Nürnberg" (no gold speaker of the Wikinews splits holds one); so does a
            # social-media handle, an account's address, no part of a name ("Joschka
            # Fischer @JoschkaFischer sagte"; no gold text of the four files holds one)
            end = token.i
        elif _relative_pronoun(token):
            end = token.i - 1
        elif _clause_word(token):
            end = token.left_edge.i if start < token.left_edge.i < token.i else token.i
        else:
            continue
        break
    while end - start > 1 and doc[end - 1].is_punct:
        end -= 1
    start, end = _apposition_side(Span(doc, start, end))  # (start <= end here)
    cut = Span(doc, start, end)
    if end == span.end and doc.has_annotation("POS"):
        return _extended_attribute(cut)
    return cut
