"""The per-document state of the quote rules: tokens, sentences, the speaker resolver,
and the helpers every pattern uses, in layers: noun phrases (:mod:`.noun_phrases`), cues
and clause bounds (:mod:`.cue_analysis`), and subjects and speakers (here)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from claimex.components.doctokens import token_view
from claimex.components.labels import ADVERBS, CONJUNCT, OBJECT, PREPOSITIONS, SUBJECT
from claimex.components.namewords import in_lexicon, is_org_description
from claimex.components.quotemarks import MARK_CHARS
from claimex.components.quotes.cue_analysis import CueAnalysis
from claimex.components.quotes.fields import fronted_subject, impersonal_heissen, source_phrase
from claimex.components.quotes.lexicon import (
    ACCUSATIVE,
    CLAUSE_BREAK,
    DATIVE,
    FINITE_TAGS,
    GENITIVE_ARTICLES,
)
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.speakers import (
    SourceRef,
    is_personal_pronoun,
)
from claimex.lexicon import words

NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
"""Personal pronouns that are nominative only: a subject wherever they stand."""
FIELD_OPENERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "CARD", "ADJA"})
"""STTS tags of words that open a common noun phrase (article, demonstrative,
possessive, indefinite, number, adjective), unlike a bare name."""


def clause_adverb(span: Span) -> bool:
    """Whether a span is one adverb of ``lexicon/clause_adverbs.txt`` that the tagger took
    for a noun at the start of a main clause ("Demnach", "Sinngemäß"): it fills the
    field before the finite verb, so it is no subject (German verb-second order).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("de")("Demnach erwartet Russland")
        >>> clause_adverb(doc[0:1]), clause_adverb(doc[2:3])
        (True, False)
    """
    return len(span) == 1 and span[0].lower_ in words("clause_adverbs")


class Analysis(CueAnalysis):
    """The per-document state: sentences, marks, resolver, results; the subject helpers
    every pattern uses, over the cue and noun-phrase layers."""

    def dep_subject(self, cue: Token) -> Span | None:
        if not self.has_dep:
            return None
        heads = [cue]
        if cue.head is not cue:
            heads.append(cue.head)
        for head in heads:
            for child in head.children:
                if child.dep_ in SUBJECT and not (child.is_space or child.is_punct):
                    if child.pos_ in ADVERBS or child.left_edge.pos_ in PREPOSITIONS:
                        # a misparse: an adverb ("Dagegen beteuerte die Polizei") or a
                        # prepositional phrase ("Vor dem Absturz wurde kein Notsignal
                        # gesendet, teilte … mit") is no subject
                        continue
                    if child.left_edge.lower_ in DATIVE:
                        continue  # a misparsed addressee: "Dem Magazin X sagte …"
                    if clause_adverb(self.doc[child.left_edge.i : child.i + 1]):
                        continue  # a misparsed clause adverb: "Demnach erwartet Russland"
                    if child.pos_ == "PRON" or is_personal_pronoun(child):
                        return self.doc[child.i : child.i + 1]
                    start = child.left_edge.i
                    end = child.i + 1
                    for right in child.subtree:
                        if right.i >= end and not right.is_punct and right.i < cue.i + 12:
                            if right.text == "," or self.is_mark(right):
                                break
                            end = right.i + 1
                    return self.doc[start:end]
            if head is cue and cue.dep_ not in CONJUNCT and cue.pos_ != "VERB":
                continue
        return None

    def enumeration_start(self, c_lo: int, lo: int, start: int) -> int:
        """Where an enumeration that fills the field before the cue at ``start`` begins,
        where its clause as the commas cut it begins at ``c_lo``: the commas that join its
        first conjuncts ("Transparency International, Campact und LobbyControl werfen …")
        open no clause. ``c_lo`` where the field holds no coordination."""
        doc = self.doc
        if not any(self.joins(j) for j in range(c_lo, start)):
            return c_lo
        k = c_lo
        while k - 1 > lo and doc[k - 1].text == ",":
            s = self.clause_start(k - 1, lo)
            phrase = self.np_after(s, k - 1)
            if phrase is None or phrase.start != s or phrase.end != k - 1:
                break
            k = s
        return k

    def subject_of(self, start: int, end: int, lo: int, hi: int) -> Span | None:
        """The subject of the cue at tokens [start, end) in sentence [lo, hi)."""
        doc = self.doc
        cue = doc[start]
        if impersonal_heissen(self, start, end):
            # "…, heißt es": no source, unless the clause names a document's owner
            owner = self.document_owner(lo, hi)
            return owner if owner is not None else self.impersonal_source(start, end, lo, hi)
        impersonal = self.impersonal_object(start, end, hi)
        if impersonal is not None:
            return impersonal
        if end > start + 1 and start > lo and self.has_pos and cue.pos_ in ("ADP", "DET"):
            # a phrase cue after its verb: "… kommt zu dem Schluss, dass", "brachte die
            # Ministerin zum Ausdruck": the verb's subject
            verb = self._phrase_verb(cue, lo)
            if verb is not None:
                return self.subject_of(verb, verb + 1, lo, hi)
        c_lo = self.enumeration_start(self.clause_start(start, lo), lo, start)
        c_hi = self.clause_end(end, hi)
        prefield = self.np_after(c_lo, start) if c_lo < start else None
        if prefield is not None and (prefield[0].lower_ in DATIVE or clause_adverb(prefield)):
            # "Dem Magazin X sagte …": the addressee, never the source; "Demnach erwartet
            # Russland, dass …": an adverb fills the field, the subject follows the verb
            prefield = None
        if prefield is not None:
            prefield = self.coordinated(prefield, start)
        pronoun = self.nominative_after(start, end, c_hi)
        if pronoun is not None and c_lo < start and not is_personal_pronoun(doc[c_lo]):
            # "Die Bürgerinnen und Bürger forderte er auf, …": the field is the object
            return pronoun
        field = self.field_phrase(c_lo, start) if c_lo < start else None
        if field is not None:
            inverted = self.subject_after_object(field, end, c_hi)
            if inverted is not None:
                return inverted  # "Weitere Forderungen lehnt die Bundesregierung ab"
        if prefield is not None and prefield.end == start and c_lo == prefield.start:
            return self.coordinated(prefield, start)
        fronted = fronted_subject(self, cue, lo, start)
        if fronted is not None:
            return fronted
        after = self.skip_adverbs(end, c_hi)
        subject = self.np_after(after, c_hi)
        if subject is not None and self.has_dep and subject.root.dep_ in OBJECT:
            # "Mehrere Regierungen sagten rasche … Unterstützung … zu": the parse's object
            # after the cue, its subject filling the field before it, where the noun-phrase
            # reader finds none there ("mehrere", "viele") or it names a person or body
            dep = self.dep_subject(cue)
            if (
                dep is not None
                and dep.start == c_lo
                and dep.end == start
                and (prefield is None or self.animate(dep))
            ):
                return self.coordinated(dep, start)
        if (
            subject is not None
            and (prefield is None or prefield.start != c_lo or prefield.end != start)
            and (after == end or not self.has_dep or subject.root.dep_ in SUBJECT)
            and (
                subject[0].lower_ not in ACCUSATIVE  # "kündigte einen Pick-up-Truck an"
            )
        ):
            if self.has_dep and subject.root.dep_ in OBJECT and not self.animate(subject):
                # "Sadiq Khan, eines der …, verurteilte die Haltung der Regierung": the
                # parse's subject before the cue, a person or body, where the noun phrase
                # after it is an object and names none
                dep = self.dep_subject(cue)
                if dep is not None and dep.end <= start and self.animate(dep):
                    return dep
            named = self.apposition_name(subject, hi)
            if named is not None:
                return named
            return self.coordinated(self.possessed(subject, c_hi), c_hi)
        dep = self.dep_subject(cue)
        if dep is not None:
            return dep
        if subject is not None:
            return self.coordinated(subject, c_hi)
        if prefield is not None and prefield.end <= start and prefield.start == c_lo:
            return prefield
        # "… meldete sich der Chef zu Wort und warnte …": the first conjunct's subject.
        if start > lo and doc[start - 1].lower_ == "und":
            for j in range(start - 2, lo - 1, -1):
                t = doc[j]
                if self.verb_cue(t, hi) or (self.has_pos and t.pos_ in ("VERB", "AUX")):
                    return self.subject_of(j, j + 1, lo, start - 1)
        return None

    def speaker_head(self, head: Token) -> bool:
        """Whether a noun names a speaker by its base form, which the inflected word may
        hide: the lemma or, in the dative plural, the word without its "-n" ("von
        politischen Beobachtern" -> Beobachter), a speaker noun of
        ``lexicon/speaker_nouns.txt`` ("die Behörden"), a person noun or an organisation
        word."""
        bases = {head.text, head.lemma_ or head.text}
        if (
            head.text.endswith("n")
            and "Dat" in head.morph.get("Case", [])
            and "Plur" in head.morph.get("Number", [])
        ):
            bases.add(head.text[:-1])
        return any(
            in_lexicon(base, "speaker_nouns")
            or self.resolver.is_person_noun(base)
            or is_org_description(base)
            for base in bases
        )

    def field_phrase(self, i: int, hi: int) -> Span | None:
        """The noun phrase that fills tokens [i, hi), read over an indefinite word the
        tagger took for a noun ("Weitere individuelle Forderungen") and prepositional
        attributes ("Unregelmäßigkeiten bei der Wahl"); None where the field holds more."""
        doc = self.doc
        j = i
        if self.has_pos and (
            doc[j].tag_ in ("PIAT", "PIS", "CARD")
            or (j + 1 < hi and doc[j].tag_ == "NN" and doc[j + 1].tag_ == "ADJA")
        ):
            j += 1
        phrase = self.np_after(j, hi)
        if phrase is None:
            return None
        k = phrase.end
        while k < hi and self.has_pos and doc[k].tag_ in ("APPR", "APPRART", "APPR_ART"):
            tail = self.np_after(k + 1, hi)
            if tail is None or is_personal_pronoun(tail[0]):
                return None
            k = tail.end
        return doc[i:hi] if k == hi else None

    def nominative_after(self, start: int, end: int, c_hi: int) -> Span | None:
        """A nominative-only pronoun ("er", "ich", "wir") right after the finite cue at
        tokens [start, end), adverbs aside: the cue's subject in verb-second order
        ("forderte er anschließend auf"); None where none follows."""
        k = self.skip_adverbs(end, c_hi)
        if k >= c_hi or self.doc[k].lower_ not in NOMINATIVE_PRONOUNS:
            return None
        if self.has_pos and self.doc[start].tag_ not in FINITE_TAGS:
            return None
        return self.doc[k : k + 1]

    def subject_after_object(self, field: Span, end: int, c_hi: int) -> Span | None:
        """The subject after a finite cue ending at ``end`` where the noun phrase
        ``field`` before the cue is its object (German verb-second with the object first):
        the field opens with an accusative article ("Den Anstieg bezifferte die Behörde"),
        or the cue is followed by a nominative pronoun ("Die Tat bezeichnete er als
        sinnlos"), or by a person or body while the field names none and no noun phrase
        follows that could be the object ("Weitere individuelle Forderungen lehnt die
        Bundesregierung ab"; not "Die Studie kritisierte die Regierung", a document
        speaks); None where the field is the subject."""
        root = field.root
        if (
            is_personal_pronoun(field[0])
            or field[0].lower_ in DATIVE
            or self.animate(field)
            or self.speaker_head(root)
            or root.text in self.lex.source_documents
            or not (
                field[0].tag_ in FIELD_OPENERS or "Plur" in root.morph.get("Number", [])
            )  # a bare singular word is a name the tagger missed: "Modder nannte …"
        ):
            return None
        subject = self.np_after(self.skip_adverbs(end, c_hi), c_hi)
        if subject is None or subject[0].lower_ in ACCUSATIVE | DATIVE:
            return None
        if field[0].lower_ in ACCUSATIVE or subject[0].lower_ in NOMINATIVE_PRONOUNS:
            return subject
        head = subject.root
        if is_personal_pronoun(subject[0]) or not (
            head.ent_type_ in ("PER", "ORG")
            or (head.tag_ == "NE" and head.ent_type_ != "LOC")
            or self.speaker_head(head)
        ):
            return None  # its head names no speaker: "nannte die Absage Hartmanns …"
        rest = self.skip_adverbs(subject.end, c_hi)
        if rest < c_hi and self.np_after(rest, c_hi) is not None:
            return None  # "Diese Woche kritisierte die Opposition den Plan"
        return self.coordinated(subject, c_hi)

    def document_owner(self, lo: int, hi: int) -> Span | None:
        """The owner of a document noun of ``cues.json`` (``source_documents``) in sentence
        [lo, hi), the source of an impersonal "heißt es": "In der Pressemitteilung des WWF
        heißt es weiter, dass …" (WWF); None where no document has a named owner."""
        doc = self.doc
        for j in range(lo, hi - 2):
            if self.inside[j] or doc[j].text not in self.lex.source_documents:
                continue
            k = j + 1
            if doc[k].lower_ in self.lex.owner_prepositions:
                k += 1
            elif doc[k].lower_ not in GENITIVE_ARTICLES:
                continue
            owner = self.np_after(k, hi)
            if owner is not None and not is_personal_pronoun(owner[0]) and self.animate(owner):
                return owner
        return None

    def impersonal_source(self, start: int, end: int, lo: int, hi: int) -> Span | None:
        """The source phrase of an impersonal "heißt es" at tokens [start, end) in sentence
        [lo, hi), read as ``cues.json`` ``according_to.wie_source_verbs`` reads heißen's,
        before the cue or after it in its clause: "In einer Mitteilung der Polizei hieß es,
        …" and "…, hieß es in einer Mitteilung der Polizei." both name the police
        (:func:`~claimex.components.quotes.fields.source_phrase`); None where no phrase
        names one (a document without an owner, a place after "in"); after a preposition
        of ``origin_prepositions`` too: "…, hieß es vom Sprecher Mark Toner", a place
        there as well ("Aus Paris hieß es, …")."""
        preps = self.lex.wie_source_verbs.get("heißen", frozenset()) | words("origin_prepositions")
        c_lo, c_hi = self.clause_start(start, lo), self.clause_end(end, hi)
        found, source = source_phrase(self, c_lo, start, preps, origin_places=True)
        if not found:
            found, source = source_phrase(self, end, c_hi, preps, origin_places=True)
        return source

    def impersonal_object(self, start: int, end: int, hi: int) -> Span | None:
        """The object of a cue of ``cues.json`` ``object_source_verbs`` after an impersonal
        "man", which names the source: "„Wir sind unwillkommene Zeugen“, zitierte man
        Yolanda Alvarez" (Alvarez); None for any other cue or subject."""
        lemma = self.lex.forms.get(self.doc[start].lower_)
        if lemma not in self.lex.object_source_verbs:
            return None
        c_hi = self.clause_end(end, hi)
        k = self.skip_adverbs(end, c_hi)
        if k >= c_hi or self.doc[k].lower_ != "man":
            return None
        source = self.np_after(self.skip_adverbs(k + 1, c_hi), c_hi)
        return source if source is not None and self.animate(source) else None

    def apposition_name(self, subject: Span, hi: int) -> Span | None:
        """The person's name in commas after a description: "brachte die Sprecherin der
        Fraktion, Annette Widmann-Mauz, zum Ausdruck" (the name, not the description)."""
        doc = self.doc
        i = subject.end
        if i + 1 >= hi or doc[i].text != "," or doc[i + 1].ent_type_ != "PER":
            return None
        if doc[i + 1].ent_iob_ != "B" or self.resolver.is_genitive_name(doc[i + 1]):
            return None
        end = i + 2
        while end < hi and doc[end].ent_iob_ == "I":
            end += 1
        if end < hi and doc[end].text not in (",", ":"):
            return None
        return doc[i + 1 : end]

    def animate(self, span: Span) -> bool:
        """Whether a noun phrase's head names a person or a body: a name, "Sprecher",
        "Ministerium" (a source can be one; "die Haltung der Regierung" cannot)."""
        root = span.root
        return (
            root.ent_type_ in ("PER", "ORG")
            or (root.ent_type_ != "LOC" and any(t.tag_ == "NE" for t in span))  # a missed name
            or is_personal_pronoun(root)
            or self.resolver.is_person_noun(root.text)
            or is_org_description(root.text)
        )

    def _phrase_verb(self, cue: Token, lo: int) -> int | None:
        """The finite verb before a phrase cue that starts with a preposition or an
        article ("brachte X zum Ausdruck"): the cue's head chain in the parse, else the
        nearest finite verb of its clause."""
        token = cue
        for _ in range(3):
            if token.head is token:
                break
            token = token.head
            if lo <= token.i < cue.i and token.tag_ in FINITE_TAGS:
                return token.i
        for j in range(cue.i - 1, self.clause_start(cue.i, lo) - 1, -1):
            if self.doc[j].tag_ in FINITE_TAGS:
                return j
        return None

    def possessed(self, subject: Span, hi: int) -> Span:
        """Extend a lone genitive name over the noun it qualifies: "Badawis nach Kanada
        geflüchtete Ehefrau Ensaf Haidar" (the possessor is not the source)."""
        doc = self.doc
        if len(subject) != 1 or not self.resolver.is_genitive_name(subject[0]):
            return subject
        for j in range(subject.end, min(hi, subject.end + 6)):
            token = doc[j]
            if token.tag_ in FINITE_TAGS or token.text in CLAUSE_BREAK:
                break
            if token.text[:1].isupper() and not token.ent_type_ and self.is_nounish(token):
                noun = self.np_after(j, hi)
                return doc[subject.start : noun.end] if noun is not None else subject
        return subject

    def resolve(
        self, subject: Span | None, cue: Token | None, *, content: tuple[int, int] | None = None
    ) -> list[SourceRef]:
        """Resolve a source span; ``content`` is the quote's token range, whose mentions
        are antecedents only as its subject ("Die Chefin, Gabi S., trete ab, sagte sie")."""
        if subject is None:
            return []
        return self.resolver.resolve(subject, verb=cue, content=content)

    # ----- extents ---------------------------------------------------------------------
    def char_extent(self, lo: int, hi: int) -> tuple[int, int] | None:
        """Character extent of tokens [lo, hi) without edge punctuation and marks."""
        doc = self.doc
        view = token_view(doc)  # the words and flags, without a Token per look
        texts, punct, space = view.texts, view.is_punct, view.is_space
        while lo < hi and (punct[lo] or space[lo]):
            lo += 1
        while hi > lo and (punct[hi - 1] or space[hi - 1]):
            if texts[hi - 1] == ")" and "(" in texts[lo : hi - 1]:
                break
            hi -= 1
        if hi <= lo:
            return None
        last = texts[hi - 1]
        end = view.idx[hi - 1] + len(last)
        if (
            view.like_num[hi - 1]
            and last.endswith(".")
            and (hi >= len(doc) or space[hi] or doc[hi].is_sent_start)
        ):
            end -= 1
        start = view.idx[lo]
        text = self.text
        if text[end : end + 1] in MARK_CHARS or text[start - 1 : start] in MARK_CHARS:
            start, end = self._balanced(start, end)
        return start, end

    def _balanced(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` with the partner of a quotation mark inside it that stands
        right at its edge ("Er habe „nicht den Eindruck, dass sie es kann“." keeps its
        closing mark): the marks of a quoted fragment stay together."""
        for pair in self.tokens.quote_marks()[0]:
            if pair.close == end and start <= pair.open < end:
                end = pair.close_end
            elif pair.content_start == start and start <= pair.close < end:
                start = pair.open
        return start, end


def make_quote(
    state: Analysis,
    lo: int,
    hi: int,
    kind: str,
    cue: Span | None,
    lemma: str | None,
    sources: list[SourceRef],
    pattern: str,
    min_words: int = 2,
) -> QuoteSpan | None:
    """The quote over tokens [lo, hi) made by ``pattern``, or None for under ``min_words``
    words (two; one for a reported object that is a lone noun: "kündigten Untersuchungen
    an").

    Its confidence is the pattern's measured precision (``quote_patterns.json``).
    """
    if not state.patterns.enabled(pattern, lemma):
        return None  # switched off (``disabled``, or its ``excluded_cues``, in the pattern file)
    extent = state.char_extent(lo, hi)
    if extent is None:
        return None
    start, end = extent
    if sum(state.tokens.is_alpha[lo:hi]) < min_words:
        return None
    return QuoteSpan(
        start, end, state.text[start:end], kind, sources, lemma, cue,
        state.patterns.precision(pattern), pattern=pattern,
    )  # fmt: skip


@dataclass
class Candidate:
    """A quote with its sources still to resolve: a sentence pattern's candidate is
    resolved only if it wins the precedence (resolving teaches the resolver names, so a
    losing candidate must not), a direct quote when the sentence loop reaches it (all
    sources are resolved in text order)."""

    quote: QuoteSpan
    resolve: Callable[[], list[SourceRef]]

    @property
    def pattern(self) -> str:
        return self.quote.pattern or ""


def unnamed(candidate: Candidate | None) -> Candidate | None:
    """``candidate`` marked as a statement whose source the text does not name
    (:attr:`QuoteSpan.unnamed_source`)."""
    if candidate is not None:
        candidate.quote.unnamed_source = True
    return candidate


def make_candidate(
    state: Analysis,
    lo: int,
    hi: int,
    kind: str,
    cue: Span | None,
    lemma: str | None,
    resolve: Callable[[], list[SourceRef]],
    pattern: str,
    min_words: int = 2,
) -> Candidate | None:
    """:func:`make_quote` with the sources left to ``resolve``."""
    quote = make_quote(state, lo, hi, kind, cue, lemma, [], pattern, min_words)
    return None if quote is None else Candidate(quote, resolve)
