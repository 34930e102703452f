"""Repairs of person-name spans that follow from how personal names are written.

Run by ``claimex_entities`` after the repairs of :mod:`~claimex.components.name_repair`.
Each rule is one function over the doc's spans (sorted, non-overlapping), named in
:data:`PERSON_REPAIRS` (id, one line, function):

- a listed first name, initials and a surname are one name ("George D. Warrington"), and
  so are a first name and an abbreviated surname ("Heidi K.");
- a first name, lower-case name particles and a surname are one name ("Hartmut von
  Hentig", "Gilles de Robien");
- a regnal number keeps its ordinal point ("Benedikt XVI.");
- proper nouns German does not know right after a title or function are a person's name
  ("Innenminister Usman Ngom"), see :func:`role_names`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from claimex.components.common_nouns import unknown_word
from claimex.components.doctokens import lemmas, token_texts, token_view
from claimex.components.name_repair import Repair, Rule, without_word_check
from claimex.components.namewords import (
    gazetteer_organisations,
    gazetteer_places,
    genitive_place,
    is_org_description,
    is_role_form,
    is_role_word,
    without_name_particle,
)
from claimex.components.word_checks import WordCheck
from claimex.lexicon import words

_INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_MAX_PARTICLES = 2
_MAX_NAME = 3


def _surname(token: Token) -> bool:
    """A capitalised word that can be a surname: no function word, role, organisation word
    or known place."""
    text = without_name_particle(token.text)
    parts = [p for p in text.split("-") if p]
    return (
        bool(parts)
        and all(p[:1].isupper() and p[1:].isalpha() and not p.isupper() for p in parts)
        and token.lower_ not in words("german_function_words")
        and not is_role_word(text)
        and not is_org_description(text)
        and text not in gazetteer_places()
    )


def _given(token: Token) -> bool:
    """A listed first name written as a name (capitalised, not a function word)."""
    return (
        token.text in words("first_names")
        and token.text[:1].isupper()
        and token.lower_ not in words("german_function_words")
    )


def _replace(doc: Doc, spans: list[Span], start: int, end: int) -> list[Span] | None:
    """``spans`` with a PER span ``start:end`` in place of the spans inside it; None where a
    span reaches out of it or one inside is no person."""
    inside = [s for s in spans if s.start < end and start < s.end]
    if any(s.start < start or s.end > end or s.label_ != "PER" for s in inside):
        return None
    if any((s.start, s.end) == (start, end) for s in inside):
        return None
    kept = [s for s in spans if s not in inside]
    return sorted([*kept, Span(doc, start, end, label="PER")], key=lambda s: s.start)


def initialled_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A listed first name and one or more initials are one person's name with the surname
    after them ("George D. Warrington") or, with none after them, an abbreviated surname
    ("Heidi K.", as news write suspects and victims)."""
    view = token_view(doc)
    texts = view.texts
    passed = 0  # the tokens before this one belong to a name found already
    for k in view.capitalised():  # (an initial is a capital letter and a full stop)
        i = k - 1
        if i < passed or not _INITIAL.match(texts[k]) or not _given(doc[i]):
            continue
        end = k + 1
        while end < len(doc) and _INITIAL.match(texts[end]):
            end += 1
        if end < len(doc) and _surname(doc[end]) and not doc[end].is_sent_start:
            end += 1
        fixed = _replace(doc, spans, i, end)
        if fixed is not None:
            spans = fixed
        passed = end
    return spans


def particle_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """A listed first name that is (or ends) a PER span or is an untagged proper noun,
    name particles in lower case (lexicon/surname_particles.txt) and a surname are one
    name ("Hartmut von Hentig", "Gilles de Robien")."""
    texts = token_texts(doc)
    particles = words("surname_particles")
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    for i in range(len(doc) - 2):
        if texts[i + 1] not in particles or not _given(doc[i]):
            continue
        span = owner.get(i)
        if span is None and doc[i].pos_ != "PROPN":
            continue
        if span is not None and (span.label_ != "PER" or span.end != i + 1):
            continue
        end = i + 1
        while end < len(doc) and end - i <= _MAX_PARTICLES and texts[end] in particles:
            end += 1
        if end >= len(doc) or not _surname(doc[end]):
            continue
        fixed = _replace(doc, spans, i if span is None else span.start, end + 1)
        if fixed is not None:
            spans = fixed
            owner = {k: s for s in spans for k in range(s.start, s.end)}
    return spans


_MIN_TITLED_NAME = 3  # words of a PER whose last one can be a title after the name


def trailing_titles(doc: Doc, spans: list[Span]) -> list[Span]:
    """A title or function (lexicon/roles.txt, also inflected) or a kinship noun
    (lexicon/kinship_nouns.txt) that the tagger calls a common noun stands outside a PER
    that it ends: one of three words or more ("Johannes Rau Kanzlerkandidat" -> "Johannes
    Rau"), or one of two words whose first is a name in the genitive -s ("Gaddafis
    Schwager" -> "Gaddafis"; a known place is a LOC: "Brandenburgs Ministerpräsident" ->
    "Brandenburgs"). A two-word name keeps a surname that is a title ("Gerhard Richter"),
    and so does a name of listed first names only ("Hans Peter Richter")."""
    result: list[Span] = []
    for span in spans:
        last = doc[span.end - 1]
        first = doc[span.start].text
        genitive = len(span) == 2 and first.endswith("s") and not _given(doc[span.start])
        if (
            span.label_ == "PER"
            and (len(span) >= _MIN_TITLED_NAME or genitive)
            and last.pos_ == "NOUN"
            and last.tag_ != "NE"
            and (is_role_form(last.text, last.lemma_) or last.text in words("kinship_nouns"))
            and not all(_given(t) for t in span[:-1])
        ):
            label = "LOC" if genitive and first[:-1] in gazetteer_places() else "PER"
            span = Span(doc, span.start, span.end - 1, label=label)
        result.append(span)
    return result


def regnal_numbers(doc: Doc, spans: list[Span]) -> list[Span]:
    """A person's name ending in a Roman regnal number keeps the ordinal point written
    right after it ("Papst Benedikt XVI." -> "Benedikt XVI.")."""
    result: list[Span] = []
    for span in spans:
        end = span.end
        if (
            span.label_ == "PER"
            and len(span) > 1
            and end < len(doc)
            and _ROMAN.match(doc[end - 1].text)
            and doc[end].text == "."
            and not doc[end - 1].whitespace_
        ):
            span = Span(doc, span.start, end + 1, label="PER")
        result.append(span)
    return result


def role_names(doc: Doc, spans: list[Span], *, known: WordCheck | None) -> list[Span]:
    """Capitalised words right after a person's title or function (lexicon/roles.txt, also
    inflected) that the NER left untagged or tagged ORG or LOC are a person's name when
    each is a proper noun German does not know ("König Bhumibol Adulyadej", "Innenminister
    Usman Ngom", "des Priesters Samaan Ibrahim");
    a known place, an organisation word, a gazetteer name or a place of the NER in the
    genitive ("der renommiertesten Regisseure Hollywoods": the role's attribute,
    :func:`~claimex.components.namewords.genitive_place`) is no such name. Without the
    lemma table (``known``) nothing changes."""
    if known is None:
        return spans
    owner = {i: span for span in spans for i in range(span.start, span.end)}
    organisations = gazetteer_organisations()
    view = token_view(doc)
    texts, alpha, lemma = view.texts, view.is_alpha, lemmas(doc)
    for i in view.capitalised_before(len(doc) - 1):
        if not alpha[i] or not _role_before_name(texts[i], lemma[i]):
            continue
        end = i + 1
        while end < len(doc) and end - i <= _MAX_NAME and _unknown_name(doc[end], known):
            end += 1
        if end == i + 1 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
            continue
        inside = {id(owner[k]): owner[k] for k in range(i + 1, end) if k in owner}
        if len(inside) > 1:
            continue
        span = next(iter(inside.values()), None)
        if span is not None and (
            (span.start, span.end) != (i + 1, end)
            or span.label_ not in ("ORG", "LOC")
            or span.text in organisations
            or span.text in gazetteer_places()
            or genitive_place(span)
        ):
            continue
        fixed = _replace_any(doc, spans, span, i + 1, end)
        spans = fixed
        owner = {k: s for s in spans for k in range(s.start, s.end)}
    return spans


def _role_before_name(text: str, lemma: str) -> bool:
    """A title or function noun (a capitalised word), also inflected ("des Priesters" by
    its ``lemma``)."""
    return is_role_form(text, lemma) and not is_org_description(text)


def _unknown_name(token: Token, known: WordCheck) -> bool:
    """A surname-shaped word German does not know: a proper noun by the tagger, or a word
    without a hyphen that neither the lemma table nor lexicon/common_nouns.tsv knows (a
    common-noun tag on it is a guess: "der Blogger Zarganar")."""
    if not _surname(token):
        return False
    if token.pos_ == "PROPN" or token.tag_ == "NE":
        return token.text in words("first_names") or not known(token.text)
    return "-" not in token.text and unknown_word(token.text, known)


def _replace_any(doc: Doc, spans: list[Span], old: Span | None, start: int, end: int) -> list[Span]:
    kept = [s for s in spans if s is not old]
    return sorted([*kept, Span(doc, start, end, label="PER")], key=lambda s: s.start)


PERSON_REPAIRS: tuple[Rule[Repair], ...] = (
    Rule(
        "initialled_names",
        "a listed first name and initials are one PER with the surname after them, or "
        'alone as an abbreviated surname ("George D. Warrington", "Heidi K.")',
        without_word_check(initialled_names),
    ),
    Rule(
        "particle_names",
        "a listed first name, lower-case name particles and a surname are one PER "
        '("Hartmut von Hentig")',
        without_word_check(particle_names),
    ),
    Rule(
        "trailing_titles",
        "a title or kinship noun the tagger calls a common noun at the end of a PER of three "
        "words or more, or of a genitive name and it, stands outside it "
        '("Johannes Rau Kanzlerkandidat" -> "Johannes Rau", "Gaddafis Schwager" -> "Gaddafis")',
        without_word_check(trailing_titles),
    ),
    Rule(
        "regnal_numbers",
        'a PER ending in a Roman regnal number keeps its ordinal point ("Benedikt XVI.")',
        without_word_check(regnal_numbers),
    ),
)
"""The person-name repairs, in order (after the repairs of ``name_repair``)."""
