"""The token attributes and sentence ranges the quote rules read, taken from a doc once."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, compress
from operator import or_

import numpy
from spacy.attrs import SENT_START, SPACY, TAG
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Token

from claimex.components.doctokens import (
    doc_text,
    morph_features,
    morph_keys,
    token_texts,
    token_view,
)
from claimex.components.quotemarks import MARKS, QuotePair, pair_quote_marks
from claimex.components.quotes.lexicon import FINITE_TAGS, MONTHS, SENT_END
from claimex.components.quotes.patterns import Anchor
from claimex.components.sentence_periods import ends_sentence
from claimex.lexicon import words

# the lexical flags come from token_view, the morphology from morph_keys
_COLUMNS = [TAG, SPACY, SENT_START]
_CLAUSE_MARKS = frozenset({",", ":", ";"})


@dataclass(frozen=True)
class LexiconIds:
    """The words the rules look for, as sets to mark candidate tokens in one pass."""

    finite_tags: frozenset[int]
    sentence_marks: frozenset[str]


@cache
def lexicon_ids() -> LexiconIds:
    return LexiconIds(
        finite_tags=frozenset(get_string_id(w) for w in FINITE_TAGS),
        sentence_marks=SENT_END | MARKS | frozenset({".."}),
    )


_MOODS: dict[int, bool] = {}  # morphology hash -> whether its Mood lists Sub
_MAX_MOODS = 100_000  # distinct analyses remembered (a pipeline has a few thousand)


def _subjunctive_mood(strings: StringStore, morph: int) -> bool:
    """Whether the analysis with hash ``morph`` has ``Mood=Sub``, judged once per process
    (a hash always names the same analysis)."""
    known = _MOODS.get(morph)
    if known is None:
        known = "Sub" in morph_features(strings[morph]).get("Mood", ())
        if len(_MOODS) < _MAX_MOODS:
            _MOODS[morph] = known
    return known


class Tokens:
    """The token attributes the quote rules read, taken from the doc once.

    A ``Token`` object is built on every ``doc[i]``; the rules look at each token many
    times, so they read these lists instead where they scan. ``anchors`` are the pattern
    matches (:func:`~claimex.components.quotes.patterns.find_anchors`), ``kinds`` the
    kind of each pattern id.
    """

    def __init__(self, doc: Doc, anchors: Sequence[Anchor], kinds: Mapping[str, str]) -> None:
        strings = doc.vocab.strings
        ids = lexicon_ids()
        n = len(doc)
        array = doc.to_array(_COLUMNS) if n else numpy.zeros((0, len(_COLUMNS)), "uint64")
        tag, spacy, sent_start = array.T
        view = token_view(doc)  # its lexical flags, read once per doc for every stage
        self.text: list[str] = token_texts(doc)
        self.lower: list[str] = view.lowers  # = Token.lower_
        # (C-level map/compress passes: each list is read once per token per doc)
        self.space_after: list[bool] = (spacy != 0).tolist()
        # the view's flag columns (0 or 1, = Token.is_space, .is_alpha, .like_num), shared
        self.is_space: list[int] = view.is_space
        self.is_alpha: list[int] = view.is_alpha
        self.like_num: list[int] = view.like_num
        self._punct: list[int] = view.is_punct  # = Token.is_punct (0 or 1)
        morphs = morph_keys(doc)  # read once per doc, shared with the other stages
        distinct = set(morphs)
        for h in distinct.difference(_MOODS):
            _subjunctive_mood(strings, h)  # judged once per analysis, remembered in _MOODS
        self.subjunctive_mood: list[bool] = (
            list(map(_MOODS.__getitem__, morphs))
            if _MOODS.keys() >= distinct  # (not issubset: it would copy the dict's keys)
            else [_subjunctive_mood(strings, h) for h in morphs]  # _MOODS is full
        )
        positions = range(n)
        # finite verbs (STTS VVFIN, VAFIN, VMFIN): `i in finite` is `doc[i].tag_ in FINITE_TAGS`
        self.finite: frozenset[int] = frozenset(
            compress(positions, map(ids.finite_tags.__contains__, tag.tolist()))
        )
        self._konjunktiv_1: dict[int, bool] = {}
        self._doc = doc
        # the tokens the rules start from: the anchors of the compiled pattern file
        # (cue verbs and phrases, according-to markers, colons)
        self.cue_candidate: list[bool] = [False] * n
        self.marker_candidate: list[bool] = [False] * n
        starts = [False] * n
        for anchor in anchors:
            kind = kinds[anchor.pattern]
            if kind == "cue":
                self.cue_candidate[anchor.token] = True
            elif kind == "according_to":
                self.marker_candidate[anchor.token] = True
            starts[anchor.token] = True
        self.doc_text = doc_text(doc)
        self.sent_starts: list[int] = numpy.flatnonzero(sent_start == 1).tolist()
        # candidates for a sentence end by surface: . ! ? .. marks and numbers ("1.")
        marks = ids.sentence_marks
        self.end_candidates: list[int] = list(
            compress(positions, map(or_, map(marks.__contains__, self.text), self.like_num))
        )
        self.line_breaks: list[int] = [
            i for i in compress(positions, self.is_space) if "\n" in self.text[i]
        ]
        self.person_orgs = [
            (ent.start, ent.end) for ent in doc.ents if ent.label_ in ("PER", "ORG")
        ]
        self._prefixed_lines: int | None = None
        self._marks: tuple[list[QuotePair], list[int]] | None = None
        self.sents = sentence_ranges(doc, self)
        self.sent_of: list[int] = [0] * n
        for k, (start, end) in enumerate(self.sents):
            self.sent_of[start:end] = [k] * (end - start)
        # prefix counts of the tokens a sentence rule starts from
        self.rule_starts: list[int] = list(accumulate(starts, initial=0))
        # prefix counts of the clause marks , : ; (is there one in [i, j)? one subtraction)
        self.clause_marks: list[int] = list(
            accumulate(map(_CLAUSE_MARKS.__contains__, self.text), initial=0)
        )

    def has_anchor(self, lo: int, hi: int) -> bool:
        """Whether tokens [lo, hi) hold a token a sentence rule starts from (a cue, an
        according-to marker, a colon): without one, no sentence pattern fires there."""
        return self.rule_starts[hi] != self.rule_starts[lo]

    def content_end(self, lo: int, hi: int) -> int:
        """``hi`` less the punctuation and whitespace tokens that end tokens [lo, hi)."""
        is_punct, is_space = self._punct, self.is_space
        while hi > lo and (is_punct[hi - 1] or is_space[hi - 1]):
            hi -= 1
        return hi

    def konjunktiv_1(self, i: int) -> bool:
        """Whether token ``i`` is a finite verb built as a Konjunktiv I (see
        :func:`konjunktiv_1_form`), judged once per token."""
        if i not in self.finite:
            return False
        known = self._konjunktiv_1.get(i)
        if known is None:
            known = self._konjunktiv_1[i] = konjunktiv_1_form(self._doc[i])
        return known

    def quote_marks(self) -> tuple[list[QuotePair], list[int]]:
        """The paired and unpaired quotation marks of the text (read once per doc)."""
        if self._marks is None:
            self._marks = pair_quote_marks(self.doc_text)
        return self._marks

    def prefixed_lines(self) -> int:
        """Sentences that open with a person's name and a colon ("R. Kelly: …")."""
        if self._prefixed_lines is None:
            texts = self.text
            self._prefixed_lines = sum(
                1
                for s_lo, s_hi in self.sents
                if ":" in texts[s_lo + 1 : min(s_hi, s_lo + 5)]
                and texts[s_lo][:1].isupper()
                and self._doc[s_lo].ent_type_ == "PER"
            )
        return self._prefixed_lines


def surface_ends(tokens: Tokens) -> set[int]:
    """Token indices after which a sentence ends by punctuation and capitalisation."""
    ends: set[int] = set()
    texts = tokens.text
    last = len(texts) - 1
    openers = words("sentence_openers")
    for i in tokens.end_candidates:
        if i >= last:
            break
        text = texts[i]
        nxt = texts[i + 1]
        if (
            (
                (
                    text in SENT_END
                    # a number's period before a word that opens a sentence ("zirka
                    # 1.000. Zu der"), not an ordinal's ("seines 100. Geburtstages")
                    or (
                        tokens.like_num[i]
                        and text.endswith(".")
                        and nxt.lower() not in MONTHS
                        and (nxt in MARKS or ends_sentence(text[:-1], " " + nxt, openers))
                    )
                    or text == ".."  # "schildert M..": an initial's period and a full stop
                )
                and (nxt[:1].isupper() or nxt in MARKS or tokens.is_space[i + 1])
            )
            or (
                text in MARKS
                and i > 0
                and texts[i - 1] in SENT_END
                # not an opening mark ('… ernst. „Die': a space before, none after)
                and not (tokens.space_after[i - 1] and not tokens.space_after[i])
                and nxt[:1].isupper()
                and tokens.is_alpha[i + 1]
            )
        ):
            ends.add(i + 1)
    return ends


def sentence_ranges(doc: Doc, tokens: Tokens) -> list[tuple[int, int]]:
    """Token ranges of the sentences.

    The pipeline's sentence boundaries where it has them, plus boundaries after . ! ? before
    a capital or a mark, and at every line break: a weak parser's run-on sentences never
    hide a cue.
    """
    cuts = surface_ends(tokens)
    if doc.has_annotation("SENT_START"):
        cuts.update(tokens.sent_starts)
    n = len(tokens.text)
    cuts.update(i + 1 for i in tokens.line_breaks)  # (a token's own whitespace is " ")
    cuts.discard(0)
    texts = tokens.text
    bounds = sorted(
        c
        for c in cuts
        if c < n
        # "am 5. | Januar": the parser's cut inside a date
        and not (
            tokens.like_num[c - 1] and texts[c - 1].endswith(".") and texts[c].lower() in MONTHS
        )
    )
    ranges: list[tuple[int, int]] = []
    start = 0
    for cut in [*bounds, n]:
        if cut > start and not all(tokens.is_space[start:cut]):
            if (
                ranges
                and ranges[-1][1] == start
                and not tokens.space_after[start - 1]
                and not any(tokens.is_alpha[i] or tokens.like_num[i] for i in range(start, cut))
            ):
                ranges[-1] = (ranges[-1][0], cut)  # a closing mark after ". ": no sentence
            else:
                ranges.append((start, cut))
        start = cut
    return ranges


def konjunktiv_1_form(token: Token) -> bool:
    """A finite verb built as stem + "e" ("obliege", "stamme", "habe"): Konjunktiv I in the
    third person (the indicative says "obliegt"); read from the STTS tag and the lemma, so it
    works where the morphologizer does not mark the mood."""
    if token.tag_ not in FINITE_TAGS or not token.lemma_:
        return False
    lemma = token.lemma_.lower()
    lower = token.lower_
    if lemma == lower:  # the lemmatizer does not know the form: judge by its ending
        return lower.endswith("e") and not lower.endswith("te") and len(lower) > 3
    if lemma.endswith("eln") or lemma.endswith("ern"):
        stems = {lemma[:-1], lemma[:-3] + lemma[-2]}  # "regeln" -> "regele", "regle"
        return lower in {stem + "e" for stem in stems} or lower in {lemma[:-1] + "e"}
    if lemma.endswith("en"):
        return lower == lemma[:-2] + "e"
    return False
