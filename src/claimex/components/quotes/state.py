"""The per-document state of the quote rules: tokens, sentences, the speaker resolver,
and the noun-phrase, cue and subject helpers every pattern uses."""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import token_view
from claimex.components.labels import ADVERBS, CONJUNCT, OBJECT, PREPOSITIONS, SUBJECT
from claimex.components.linking import Referent
from claimex.components.namewords import in_lexicon, is_org_description
from claimex.components.quotemarks import MARKS
from claimex.components.quotes.fields import fronted_subject
from claimex.components.quotes.lexicon import (
    ACCUSATIVE,
    CLAUSE_BREAK,
    CLAUSE_OPENING_TAGS,
    COMPARATIVE_PARTICLES,
    DATIVE,
    FINITE_TAGS,
    GENITIVE_ARTICLES,
    SENT_END,
    cue_lexicon,
)
from claimex.components.quotes.patterns import PatternTable
from claimex.components.quotes.quoted_names import name_close, name_open
from claimex.components.quotes.spans import QuoteSpan
from claimex.components.quotes.tokens import Tokens
from claimex.components.speakers import (
    SourceRef,
    SpeakerResolver,
    is_personal_pronoun,
    speaker_lexicon,
)
from claimex.lexicon import words

NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
"""Personal pronouns that are nominative only: a subject wherever they stand."""
FIELD_OPENERS = frozenset({"ART", "PDAT", "PPOSAT", "PIAT", "CARD", "ADJA"})
"""STTS tags of words that open a common noun phrase (article, demonstrative,
possessive, indefinite, number, adjective), unlike a bare name."""
PARTICLE_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "aber", "sondern"})
"""Coordinating conjunctions that may follow the split particle closing a clause ("rief
… auf und beschloss …")."""
SHORT_TITLE = 6
"""The longest quotation (in tokens) the split-particle search reads over: a title or a
scare quote ("„Forte Village“"), not a statement."""


class Analysis:
    """The per-document state: sentences, marks, resolver, results."""

    def __init__(
        self,
        doc: Doc,
        actors: Sequence[Referent],
        *,
        min_words: int,
        word_forms: Container[str] = frozenset(),
        tokens: Tokens,
        patterns: PatternTable,
    ) -> None:
        self.doc = doc
        self.lex = cue_lexicon()
        self.patterns = patterns
        self.min_words = min_words
        self.tokens = tokens
        self.lower = self.tokens.lower
        self.text = self.tokens.doc_text
        self.sents = self.tokens.sents
        self.sent_of = self.tokens.sent_of
        self.resolver = SpeakerResolver(
            doc, actors, [s for s, _ in self.sents], word_forms=word_forms
        )
        self.inside = [False] * len(doc)  # token inside a direct quotation
        self.warnings: list[str] = []
        self.function_words = words("german_function_words")
        self.has_dep = doc.has_annotation("DEP")
        self.has_pos = doc.has_annotation("POS")
        # np_after's noun phrases by (start, end, genitive): token ranges, None for none
        self._phrases_after: dict[tuple[int, int, bool], tuple[int, int] | None] = {}

    # ----- token helpers ---------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def is_mark(self, token: Token) -> bool:
        return token.text in MARKS

    def sent_bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]] if self.sents else (0, len(self.doc))

    def is_adjective(self, token: Token) -> bool:
        if self.has_pos and token.pos_ in ("ADJ", "NUM"):
            return True
        last = token.text.split("-")[-1]
        return (
            (
                bool(last)
                and last[:1].islower()
                and last.isalpha()
                and last.endswith(("e", "en", "er", "es", "em"))
                and token.lower_ not in self.function_words
                and token.lower_ not in self.lex.forms
                and len(last) > 3
            )
            or token.like_num
            or token.text.endswith(("-Jährige", "-Jähriger", "-jährige"))
        )

    def is_nounish(self, token: Token) -> bool:
        if token.ent_type_ in ("PER", "ORG", "LOC", "MISC"):
            return True
        if self.has_pos and token.pos_ not in ("NOUN", "PROPN", "X", "ADJ"):
            return False
        text = token.text
        if text.endswith(("-Jährige", "-Jähriger", "-Jährigen")):
            return True
        return (
            # "verdi-Verhandlungsführer": a compound on a capitalised noun
            (text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[-1][:1].isupper()))
            and token.is_alpha | ("-" in text)
            and token.lower_ not in self.function_words
            and token.lower_ not in self.lex.adverbs
            and token.lower_ not in self.lex.blockers
            and not is_personal_pronoun(token)
        )

    def is_determiner(self, token: Token) -> bool:
        return token.lower_ in (
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines",
            "einem", "einen", "dieser", "diese", "dieses", "diesem", "diesen",
        )  # fmt: skip

    # ----- noun phrases ----------------------------------------------------------------
    def np_after(self, i: int, hi: int, *, genitive: bool = True) -> Span | None:
        """The noun phrase starting at token ``i`` (before ``hi``), or None (a function of
        the parse, worked out once per arguments)."""
        key = (i, hi, genitive)
        if key not in self._phrases_after:
            found = self._np_after(i, hi, genitive=genitive)
            self._phrases_after[key] = None if found is None else (found.start, found.end)
        cut = self._phrases_after[key]
        return None if cut is None else self.doc[cut[0] : cut[1]]

    def _np_after(self, i: int, hi: int, *, genitive: bool) -> Span | None:
        doc = self.doc
        if i >= hi:
            return None
        if is_personal_pronoun(doc[i]):
            return doc[i : i + 1]
        j = i
        if self.is_determiner(doc[j]):
            j += 1
        if j < hi and doc[j].lower_ in speaker_lexicon("pair_words"):
            j += 1  # the dual after its article: "der beiden Politiker"
        while j < hi and self.is_adjective(doc[j]) and not self.is_nounish(doc[j]):
            j += 1
        start_head = j
        while j < hi:
            token = doc[j]
            in_ent = token.ent_type_ and token.ent_iob_ != "O"
            if in_ent and (j > start_head or self.is_nounish(token)):
                j += 1
                while j < hi and doc[j].ent_iob_ == "I":
                    j += 1
                continue
            if self.is_mark(token) and j + 1 < hi and doc[j + 1].text[:1].isupper():
                k = j + 1
                while k < hi and not self.is_mark(doc[k]) and k - j < 12:
                    k += 1
                if k < hi and self.is_mark(doc[k]):
                    j = k + 1
                    continue
                break
            if self.is_nounish(token):
                j += 1
                continue
            break
        if j == start_head:
            return None
        if genitive and j < hi:
            nxt = doc[j]
            if self.is_determiner(nxt) and nxt.lower_ in GENITIVE_ARTICLES:
                tail = self.np_after(j, hi, genitive=False)
                if tail is not None:
                    j = tail.end
            elif (
                nxt.lower_ == "von"
                and j + 1 < hi
                and doc[j + 1].ent_type_ in ("ORG", "LOC")
                and doc[j + 1].ent_iob_ == "B"
                and self.resolver.is_person_noun(doc[j - 1].text)
            ):
                # "ein Sprecher von Tesla": the person's organisation belongs to it
                j += 2
                while j < hi and doc[j].ent_iob_ == "I":
                    j += 1
            elif nxt.lower_ == "für" and self._body_noun(doc[j - 1].text):
                # "des griechischen Stabs für die Flüchtlingskrise", "Beauftragter für …"
                tail = self.np_after(j + 1, hi, genitive=False)
                if tail is not None and not is_personal_pronoun(tail[0]):
                    j = tail.end
        return doc[i:j]

    def _body_noun(self, word: str) -> bool:
        """A noun for a body or an office that a "für" phrase names ("Stab für …")."""
        return (
            is_org_description(word)
            or self.resolver.is_person_noun(word)
            or word.lower().rstrip("s").endswith(tuple(speaker_lexicon("body_suffixes")))
        )

    def np_before(self, i: int, lo: int) -> Span | None:
        """The noun phrase ending right before token ``i`` (not before ``lo``)."""
        doc = self.doc
        j = i - 1
        if j < lo:
            return None
        if is_personal_pronoun(doc[j]):
            return doc[j:i]
        end = i
        while j >= lo and (self.is_nounish(doc[j]) or self.is_mark(doc[j])):
            j -= 1
        if j == i - 1:
            return None
        while j >= lo and self.is_adjective(doc[j]):
            j -= 1
        if j >= lo and self.is_determiner(doc[j]):
            j -= 1
        start = j + 1
        while start < end and self.is_mark(doc[start]):
            start += 1
        return doc[start:end] if start < end else None

    def coordinated(self, span: Span, hi: int) -> Span:
        """Extend a subject over a coordination: "Putin und Lukaschenko"."""
        end = span.end
        if end + 1 < hi and self.doc[end].lower_ in ("und", "sowie"):
            other = self.np_after(end + 1, hi)
            if other is not None and not is_personal_pronoun(self.doc[end + 1]):
                return self.doc[span.start : other.end]
        return span

    # ----- cues ------------------------------------------------------------------------
    def verb_cue(self, token: Token, hi: int) -> str | None:
        """The lemma of a cue verb at ``token`` (split particle looked for up to ``hi``)."""
        text = token.lower_
        if token.text[:1].isupper() and not token.is_sent_start:
            first = self.sent_bounds(token.i)[0]
            if token.i != first:
                return None
        vetoed = self.has_pos and token.pos_ in ("NOUN", "PROPN", "ADP", "DET")
        if vetoed and not text[:1].islower():
            return None
        if token.i > 0 and self.doc[token.i - 1].lower_ == "zu" and token.lower_.endswith("en"):
            return None
        for split in self.lex.split_lemmas.get(text, ()):
            # the particle at the clause end decides: "sah es als erwiesen an" (ansehen);
            # it outweighs the tagger's word class ("Merkel hob dabei hervor": hob/APPR)
            if self._particle_after(token, self.lex.particles[split], hi):
                return split
        if vetoed:
            return None
        lemma = self.lex.forms.get(text)
        if (
            lemma is None
            and token.lemma_
            and token.lemma_ in self.lex.frames
            and (not self.has_pos or token.pos_ in ("VERB", "AUX"))
        ):
            lemma = token.lemma_
        return lemma

    def _particle_after(self, token: Token, particle: str, hi: int) -> bool:
        """Whether the split particle of the verb at ``token`` closes its clause: the
        particle before punctuation or a coordinating conjunction ("rief die Regierung
        zur Beendigung … auf und beschloss …"), read over a short title in quotation marks
        ("kündigte seinen Film „Sunshine“ für den 8. Januar an") and, with tags, over a
        comma pair around a verbless insertion ("gab am Montag, dem 27. März, die
        Einstellung … bekannt"; issue 15, Wikinews train)."""
        texts, lower, alpha = self.tokens.text, self.lower, self.tokens.is_alpha
        j = token.i + 1
        while j < hi:
            text = texts[j]
            if text in MARKS:
                close = self._short_title_end(j, hi)
                if close is None:
                    return lower[j] == particle
                j = close + 1
                continue
            if text == ",":
                if not self.verbless_to_particle(j + 1, particle, hi):
                    return False
                j += 1
                continue
            if text in SENT_END or text in (";", ":"):
                return lower[j] == particle
            if lower[j] == particle and (
                j + 1 >= hi or not alpha[j + 1] or lower[j + 1] in PARTICLE_CONJUNCTIONS
            ):
                return True
            if (
                lower[j] in PARTICLE_CONJUNCTIONS
                and j + 1 < hi
                and self.doc[j + 1].tag_ in FINITE_TAGS
            ):
                return False  # a second predicate: "führte … an und führte aus, …"
            j += 1
        return False

    def _short_title_end(self, j: int, hi: int) -> int | None:
        """The closing mark of a short quotation opened at ``j`` (a title or a scare
        quote of at most ``SHORT_TITLE`` tokens, no clause punctuation in it)."""
        texts = self.tokens.text
        for k in range(j + 1, min(hi, j + SHORT_TITLE + 2)):
            if texts[k] in MARKS:
                return k if k > j + 1 else None
            if texts[k] in SENT_END or texts[k] in (",", ";", ":"):
                return None
        return None

    def verbless_to_particle(self, i: int, particle: str, hi: int) -> bool:
        """Whether the particle follows ``i`` in the same sentence with no finite verb
        or subordinating word before it: the comma at ``i - 1`` opens an insertion
        ("am Montag, dem 27. März,"), an apposition ("Peter Struck, …,") or an
        adjective series ("von einer rechtsextremen, mittlerweile geklärten Tatserie
        aus"), no clause of its own. Needs tags."""
        if not self.has_pos:
            return False
        doc, texts, lower = self.doc, self.tokens.text, self.lower
        alpha = self.tokens.is_alpha
        for j in range(i, hi):
            if texts[j] in SENT_END or texts[j] in (";", ":") or texts[j] in MARKS:
                return False
            tag = doc[j].tag_
            if lower[j] == particle and (tag == "PTKVZ" or j + 1 >= hi or not alpha[j + 1]):
                return True  # (before the verb test: the tagger reads some as VVFIN)
            if tag in FINITE_TAGS or (
                tag in CLAUSE_OPENING_TAGS and lower[j] not in COMPARATIVE_PARTICLES
            ):
                return False
        return False

    def phrase_cue(self, i: int, hi: int) -> tuple[str, int] | None:
        for seq, lemma in self.lex.phrases_by_first.get(self.lower[i], ()):
            n = len(seq)
            if i + n <= hi and tuple(self.lower[i : i + n]) == seq:
                return lemma, n
        return None

    def colon_phrase_before(self, colon: int, lo: int) -> tuple[int, int, str] | None:
        """A colon phrase of ``cues.json`` (start, end, lemma) ending right before the
        colon at token ``colon``, not before ``lo``: "brachte X zum Ausdruck:"."""
        for seq, lemma in self.lex.colon_phrases.items():
            start = colon - len(seq)
            if start >= lo and tuple(self.lower[start:colon]) == seq:
                return start, colon, lemma
        return None

    def cues_in(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Cue verbs and phrases (start, end, lemma) in a token range, outside quotes."""
        found: list[tuple[int, int, str]] = []
        candidate = self.tokens.cue_candidate
        i = lo
        while i < hi:
            if self.inside[i] or not candidate[i]:
                i += 1
                continue
            phrase = self.phrase_cue(i, hi)
            if phrase is not None:
                found.append((i, i + phrase[1], phrase[0]))
                i += phrase[1]
                continue
            lemma = self.verb_cue(self.doc[i], hi)
            if lemma is not None and self._requirement_met(i, lemma, hi):
                found.append((i, i + 1, lemma))
            i += 1
        return found

    def _requirement_met(self, i: int, lemma: str, hi: int) -> bool:
        """A cue with ``requires`` words ("hält X für …") needs one of them after it."""
        if lemma in self.lex.not_reflexive and i + 1 < hi and self.doc[i + 1].lower_ == "sich":
            return False  # "verspricht sich der Konzern …", "erklärte sich bereit"
        anywhere = self.lex.requires_in_clause.get(lemma)
        if anywhere is not None:
            lo = self.sent_bounds(i)[0]
            span = self.doc[self.clause_start(i, lo) : self.clause_end(i + 1, hi)]
            if not any(t.lower_ in anywhere for t in span):
                return False
        wanted = self.lex.requires.get(lemma)
        if wanted is None:
            return True
        stop = self.clause_end(i + 1, hi)
        start = i + 1
        if stop == i + 1 and self.has_pos and self.doc[i].tag_ == "VVPP":
            # a participle that closes its clause has its complement before it: "wurde
            # die Aktion von den Veranstaltern als Erfolg gewertet"
            start = self.clause_start(i, self.sent_bounds(i)[0])
        return any(t.lower_ in wanted for t in self.doc[start:stop] if t.i != i)

    # ----- subjects --------------------------------------------------------------------
    def clause_start(self, i: int, lo: int) -> int:
        texts = self.tokens.text
        j = i - 1
        while j >= lo:
            text = texts[j]
            if text == ")":
                # a short parenthesis inside the clause: "der Verband (VÖZ) hat …"
                k = next((k for k in range(j - 1, max(lo, j - 7) - 1, -1)
                          if texts[k] in ("(", ")")), None)  # fmt: skip
                if k is not None and k > lo and texts[k] == "(":
                    j = k - 1
                    continue
            if text in MARKS and not self.inside[j]:
                opener = name_open(self.doc, texts, j, lo) if self.has_pos else None
                if opener is not None:
                    j = opener - 1  # "Wie die „Aktion Deutschland hilft“ mitteilte"
                    continue
            if text in CLAUSE_BREAK or text in MARKS or self.inside[j]:
                return j + 1
            j -= 1
        return lo

    def clause_end(self, i: int, hi: int) -> int:
        texts = self.tokens.text
        j = i
        while j < hi:
            text = texts[j]
            if text in MARKS and not self.inside[j]:
                closer = name_close(self.doc, texts, j, hi) if self.has_pos else None
                if closer is not None:
                    j = closer + 1  # "berichtet die Online-Ausgabe des „Spiegel“, dass"
                    continue
            if text in CLAUSE_BREAK or text in SENT_END or text in MARKS:
                return j
            j += 1
        return hi

    def skip_adverbs(self, i: int, hi: int) -> int:
        lower = self.lower
        while i < hi and (lower[i] in self.lex.adverbs or lower[i] == "sich"):
            i += 1
        return i

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

    def subject_of(self, start: int, end: int, lo: int, hi: int) -> Span | None:
        """The subject of the cue at tokens [start, end) in sentence [lo, hi)."""
        doc = self.doc
        cue = doc[start]
        if end > start + 1 and doc[end - 1].lower_ == "es" and cue.lower_ in ("heißt", "hieß"):
            # "…, heißt es": no source, unless the clause names a document's owner
            return self.document_owner(lo, hi)
        impersonal = self.impersonal_object(start, end, hi)
        if impersonal is not None:
            return impersonal
        if end > start + 1 and start > lo and self.has_pos and cue.pos_ in ("ADP", "DET"):
            # a phrase cue after its verb: "… kommt zu dem Schluss, dass", "brachte die
            # Ministerin zum Ausdruck": the verb's subject
            verb = self._phrase_verb(cue, lo)
            if verb is not None:
                return self.subject_of(verb, verb + 1, lo, hi)
        c_lo = self.clause_start(start, lo)
        c_hi = self.clause_end(end, hi)
        prefield = self.np_after(c_lo, start) if c_lo < start else None
        if prefield is not None and prefield[0].lower_ in DATIVE:
            prefield = None  # "Dem Magazin X sagte …": the addressee, never the source
        if prefield is not None:
            prefield = self.coordinated(prefield, start)
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
        return view.idx[lo], end


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
