"""Cue words of the quote rules: verbs and phrases of saying with their particles and
requirements, and clause bounds; a layer of :class:`~claimex.components.quotes.state.Analysis`."""

from __future__ import annotations

from spacy.tokens import Token

from claimex.components.quotemarks import MARKS
from claimex.components.quotes.lexicon import (
    CLAUSE_BREAK,
    CLAUSE_OPENING_TAGS,
    COMPARATIVE_PARTICLES,
    FINITE_TAGS,
    SENT_END,
)
from claimex.components.quotes.noun_phrases import PhraseAnalysis
from claimex.components.quotes.quoted_names import name_close, name_open

PARTICLE_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "aber", "sondern"})
"""Coordinating conjunctions that may follow the split particle closing a clause ("rief
… auf und beschloss …")."""
SHORT_TITLE = 6
"""The longest quotation (in tokens) the split-particle search reads over: a title or a
scare quote ("„Forte Village“"), not a statement."""


class CueAnalysis(PhraseAnalysis):
    """Cue and clause helpers of the per-document state."""

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
        if any(t.lower_ in wanted for t in self.doc[start:stop] if t.i != i):
            return True
        # "Beobachter sehen in dem Gesetz eine Reaktion auf …": the preposition heads a
        # phrase the parse attaches to the cue ("sah … die ganz in Weiß gekleideten" not)
        arguments = self.lex.requires_argument.get(lemma)
        return (
            arguments is not None
            and self.has_dep
            and any(
                t.lower_ in arguments and t.head.head.i == i and t.head.dep_.startswith("obl")
                for t in self.doc[start:stop]
            )
        )

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
