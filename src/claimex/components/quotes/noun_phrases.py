"""The per-document state of the quote rules and its token and noun-phrase helpers: the
base layer of :class:`~claimex.components.quotes.state.Analysis`."""

from __future__ import annotations

from collections.abc import Container, Sequence

from spacy.attrs import ENT_IOB, ENT_TYPE
from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import pos_tags, strings_of
from claimex.components.linking import Referent
from claimex.components.namewords import is_org_description
from claimex.components.quotemarks import MARKS
from claimex.components.quotes.lexicon import (
    GENITIVE_ARTICLES,
    cue_lexicon,
)
from claimex.components.quotes.patterns import PatternTable
from claimex.components.quotes.tokens import Tokens
from claimex.components.speakers import (
    SpeakerResolver,
    is_personal_pronoun,
    speaker_lexicon,
)
from claimex.components.speakers.agreement import is_personal_pronoun_word
from claimex.lexicon import words

DETERMINER_WORDS = (
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines",
    "einem", "einen", "dieser", "diese", "dieses", "diesem", "diesen",
)  # fmt: skip
"""The articles and demonstratives :meth:`PhraseAnalysis.is_determiner` reads."""


class PhraseAnalysis:
    """The per-document state of the quote rules (sentences, marks, resolver, results) and
    its token and noun-phrase helpers; :class:`~.state.Analysis` adds cues and subjects."""

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
        self.asked: set[int] = set()  # sentences that ask (an interview's questions)
        self.function_words = words("german_function_words")
        self.has_dep = doc.has_annotation("DEP")
        self.has_pos = doc.has_annotation("POS")
        # np_after's noun phrases by (start, end, genitive): token ranges, None for none
        self._phrases_after: dict[tuple[int, int, bool], tuple[int, int] | None] = {}
        self._pos: list[str] = pos_tags(doc)  # shared with the other stages: read only
        self._ents: tuple[list[str], list[int]] | None = None  # see _entity_columns

    # ----- token helpers ---------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def is_mark(self, token: Token) -> bool:
        return token.text in MARKS

    def sent_bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]] if self.sents else (0, len(self.doc))

    def is_adjective(self, token: Token) -> bool:
        """Whether a token of the doc may be an adjective of a noun phrase (see
        :meth:`adjective_at`)."""
        return self.adjective_at(token.i)

    def adjective_at(self, i: int) -> bool:
        """:meth:`is_adjective` of token ``i``, from the token columns (no ``Token``)."""
        if self.has_pos and self._pos[i] in ("ADJ", "NUM"):
            return True
        text, lower = self.tokens.text[i], self.lower[i]
        last = text.split("-")[-1]
        return bool(
            (
                bool(last)
                and last[:1].islower()
                and last.isalpha()
                and last.endswith(("e", "en", "er", "es", "em"))
                and lower not in self.function_words
                and lower not in self.lex.forms
                and len(last) > 3
            )
            or self.tokens.like_num[i]
            or text.endswith(("-Jährige", "-Jähriger", "-jährige"))
        )

    def is_nounish(self, token: Token) -> bool:
        """Whether a token of the doc may be a word of a noun phrase's head (see
        :meth:`nounish_at`)."""
        return self.nounish_at(token.i)

    def nounish_at(self, i: int) -> bool:
        """:meth:`is_nounish` of token ``i``, from the token columns (no ``Token``)."""
        if self._entity_columns()[0][i] in ("PER", "ORG", "LOC", "MISC"):
            return True
        if self.has_pos and self._pos[i] not in ("NOUN", "PROPN", "X", "ADJ"):
            return False
        text = self.tokens.text[i]
        if text.endswith(("-Jährige", "-Jähriger", "-Jährigen")):
            return True
        lower = self.lower[i]
        return bool(
            # "verdi-Verhandlungsführer": a compound on a capitalised noun
            (text[:1].isupper() or ("-" in text and text.rsplit("-", 1)[-1][:1].isupper()))
            and self.tokens.is_alpha[i] | ("-" in text)
            and lower not in self.function_words
            and lower not in self.lex.adverbs
            and lower not in self.lex.blockers
            and not is_personal_pronoun_word(lower)
        )

    def _entity_columns(self) -> tuple[list[str], list[int]]:
        """Each token's ``ent_type_`` and ``ent_iob`` (0: "", 1: "I", 2: "O", 3: "B"),
        read once per doc on first use (the quote stage sets no entities)."""
        if self._ents is None:
            if len(self.doc):
                columns = self.doc.to_array([ENT_TYPE, ENT_IOB])
                types = strings_of(self.doc, columns[:, 0].tolist())
                self._ents = (types, columns[:, 1].tolist())
            else:
                self._ents = ([], [])
        return self._ents

    def is_determiner(self, token: Token) -> bool:
        return token.lower_ in DETERMINER_WORDS

    # ----- noun phrases ----------------------------------------------------------------
    def np_after(self, i: int, hi: int, *, genitive: bool = True) -> Span | None:
        """The noun phrase starting at token ``i`` (before ``hi``), or None (a function of
        the parse, worked out once per arguments)."""
        key = (i, hi, genitive)
        if key not in self._phrases_after:
            found = self._np_after(i, hi, genitive=genitive)
            self._phrases_after[key] = None if found is None else (found.start, found.end)
        cut = self._phrases_after[key]
        return None if cut is None else Span(self.doc, cut[0], cut[1])

    def _np_after(self, i: int, hi: int, *, genitive: bool) -> Span | None:
        doc = self.doc
        if i >= hi:
            return None
        # the token columns, without a Token per look (ent_iob: 1 "I", 2 "O", 3 "B")
        texts, lower = self.tokens.text, self.lower
        if is_personal_pronoun_word(lower[i]):
            return doc[i : i + 1]
        j = i
        if lower[j] in DETERMINER_WORDS:
            j += 1
        if j < hi and lower[j] in speaker_lexicon("pair_words"):
            j += 1  # the dual after its article: "der beiden Politiker"
        while j < hi and self.adjective_at(j) and not self.nounish_at(j):
            j += 1
        start_head = j
        ent_types, ent_iobs = self._entity_columns()
        while j < hi:
            in_ent = ent_types[j] and ent_iobs[j] != 2
            if in_ent and (j > start_head or self.nounish_at(j)):
                j += 1
                while j < hi and ent_iobs[j] == 1:
                    j += 1
                continue
            if texts[j] in MARKS and j + 1 < hi and texts[j + 1][:1].isupper():
                k = j + 1
                while k < hi and texts[k] not in MARKS and k - j < 12:
                    k += 1
                if k < hi and texts[k] in MARKS:
                    j = k + 1
                    continue
                break
            if self.nounish_at(j):
                j += 1
                continue
            break
        if j == start_head:
            return None
        if genitive and j < hi:
            if lower[j] in DETERMINER_WORDS and lower[j] in GENITIVE_ARTICLES:
                tail = self.np_after(j, hi, genitive=False)
                if tail is not None:
                    j = tail.end
            elif (
                lower[j] == "von"
                and j + 1 < hi
                and ent_types[j + 1] in ("ORG", "LOC")
                and ent_iobs[j + 1] == 3
                and self.resolver.is_person_noun(texts[j - 1])
            ):
                # "ein Sprecher von Tesla": the person's organisation belongs to it
                j += 2
                while j < hi and ent_iobs[j] == 1:
                    j += 1
            elif lower[j] == "für" and self._body_noun(texts[j - 1]):
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
        """Extend a subject over a coordination: "Putin und Lukaschenko", also an
        enumeration whose conjuncts commas join before the last conjunction
        ("Transparency International, Campact und LobbyControl")."""
        end = span.end
        while end + 1 < hi and self.doc[end].text == ",":
            other = self.np_after(end + 1, hi)
            if (
                other is None
                or other.start != end + 1
                or is_personal_pronoun(self.doc[end + 1])
                or other.end >= hi
                or not (self.doc[other.end].text == "," or self.joins(other.end))
            ):
                break
            end = other.end
        if end + 1 < hi and self.joins(end):
            other = self.np_after(end + 1, hi)
            if other is not None and not is_personal_pronoun(self.doc[end + 1]):
                return self.doc[span.start : other.end]
        return span

    def joins(self, i: int) -> bool:
        """Whether token ``i`` is a conjunction that joins the last conjunct."""
        return self.doc[i].lower_ in words("list_conjunctions")
