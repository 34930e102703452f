"""A learned speaker ranker: which candidate said the quote, or nobody.

For each quote the quote stage found, :class:`SpeakerRanker` lists candidates in a window
around it (two sentences before, one after): the mentions of the article's actors
(``doc._.claimex_actors``), person and organisation descriptions (noun phrases headed by a
word of ``lexicon/speaker_nouns.txt``, ``roles.txt`` or ``org_descriptions.txt``),
third-person pronouns, the rule resolver's own choice (:mod:`.speakers`), and "none".
Pronouns and descriptions are resolved to the actor they refer to by the rule resolver
(nearest agreeing preceding mention), and are also offered as each of the three most recent
actors before them ("link" candidates, with gender/number agreement, recency rank, type
match and the antecedent's subjecthood as features), so that the ranker picks the referent
and the speaker is the actor's name; a description that refers to no actor stays an
unnamed source named by its description.

Each candidate gets sparse binary features (candidate type, dependency relation to the cue,
sentence and token distance, side of the quote, colon or quotation mark between, cue lemma,
agreement with the previous quote's speaker, whether the rule resolver chose it, ...), and
a logistic model scores it. The ranker overrides the rule resolver only where it is confident
enough: its best candidate must name another speaker than the rules' choice and beat the
rules' candidate by more than the model's ``margin`` (a logit difference, chosen on the dev
split; see :func:`decide`). The weights, the margin and a Platt calibration (out-of-fold on
the training split) ship as ``lexicon/speaker_model.json``, written by
``python -m models.train_speakers``; scoring is plain Python, no learner at run time.
The quote stage runs the ranker where its ``speaker_model`` option is on, the default
(measured numbers in :func:`~claimex.components.quotes.make_quote_finder`).

Example:
    >>> model = speaker_model()
    >>> model is not None and model.score({"type=none": 1.0}) != 0.0
    True
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Protocol

from spacy.tokens import Doc, Span, Token

from claimex.components.doctokens import feature_values
from claimex.components.labels import APPOSITION, CONJUNCT, GENITIVE, NOUNS, SUBJECT
from claimex.components.namewords import is_org_description, is_role_word
from claimex.components.quotemarks import MARKS
from claimex.components.speakers import (
    SourceRef,
    SpeakerResolver,
    is_personal_pronoun,
    joined_names,
    pronoun_features,
)
from claimex.lexicon import table, words

MODEL_FILE = "speaker_model.json"
BEFORE_SENTENCES = 2
AFTER_SENTENCES = 1
_COMMON_CUES = frozenset({
    "sagen", "erklären", "laut", "zufolge", "so", "berichten", "mitteilen", "betonen",
    "meinen", "sprechen", "fordern", "kritisieren", "nach", "Angabe", "warnen", "äußern",
})
_DISTANCE_BUCKETS = (0, 1, 2, 4, 8, 16, 32)


class QuoteLike(Protocol):
    """What the ranker reads and writes of a quote (``quotes.QuoteSpan`` fits)."""

    start: int
    end: int
    kind: str
    cue: str | None
    cue_span: Span | None
    sources: list[SourceRef]
    confidence: float


@dataclass
class Candidate:
    """One possible speaker of a quote with its features."""

    kind: str  # "name", "description", "pronoun", "rule", "none"
    sources: list[SourceRef]
    start: int = -1  # token range of the words that name it; -1 for "none"
    end: int = -1
    features: dict[str, float] = field(default_factory=dict)

    @property
    def name(self) -> str | None:
        return joined_names(self.sources)


# ----- the model -------------------------------------------------------------------------
@dataclass(frozen=True)
class SpeakerModel:
    """Logistic weights over sparse features, a Platt calibration of the top score, and the
    margin by which the ranker must beat the rules' choice to override it."""

    weights: Mapping[str, float]
    bias: float
    calibration: tuple[float, float, float]  # a * top + b * margin + c
    margin: float = 0.0  # 0: the ranker's best candidate always wins

    def score(self, features: Mapping[str, float]) -> float:
        """The candidate's logit."""
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in features.items())

    def confidence(self, top: float, margin: float) -> float:
        """Calibrated probability that the best candidate is the right speaker."""
        a, b, c = self.calibration
        return 1.0 / (1.0 + math.exp(-(a * top + b * margin + c)))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> SpeakerModel:
        cal = data["calibration"]
        margin = data.get("override", {}).get("margin", 0.0)  # null: the rules always win
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            calibration=(float(cal["top"]), float(cal["margin"]), float(cal["bias"])),
            margin=math.inf if margin is None else float(margin),
        )


@cache
def speaker_model() -> SpeakerModel | None:
    """The shipped model (``lexicon/speaker_model.json``, read once per process through
    :func:`claimex.lexicon.table`), or None where it is absent."""
    path = resources.files("claimex.lexicon").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return _shipped_model()


@cache
def _shipped_model() -> SpeakerModel:
    return SpeakerModel.from_json(table(MODEL_FILE.removesuffix(".json")))


# ----- the hook the quote stage calls ----------------------------------------------------
Hook = Callable[[Doc, SpeakerResolver, Sequence[QuoteLike]], None]
_HOOK: ContextVar[Hook | None] = ContextVar("claimex_speaker_hook", default=None)
_RULES_ONLY: ContextVar[bool] = ContextVar("claimex_speaker_rules_only", default=False)
_MODEL: ContextVar[SpeakerModel | None] = ContextVar("claimex_speaker_model", default=None)
_MARGIN: ContextVar[float | None] = ContextVar("claimex_speaker_margin", default=None)


@contextmanager
def speaker_hook(
    hook: Hook | None,
    *,
    rules_only: bool = False,
    model: SpeakerModel | None = None,
    margin: float | None = None,
) -> Iterator[None]:
    """Within the block, the quote stage calls ``hook`` before the ranker (training reads
    the rule resolver's state through it); ``rules_only`` keeps the rule resolver's
    speakers (for benchmarks). ``model`` replaces the shipped model and ``margin`` its
    override margin; either one runs the ranker even where the quote stage's
    ``speaker_model`` option is off (the margin sweep of training)."""
    token = _HOOK.set(hook)
    rules = _RULES_ONLY.set(rules_only)
    model_token = _MODEL.set(model)
    margin_token = _MARGIN.set(margin)
    try:
        yield
    finally:
        _HOOK.reset(token)
        _RULES_ONLY.reset(rules)
        _MODEL.reset(model_token)
        _MARGIN.reset(margin_token)


def choose_speakers(
    doc: Doc,
    resolver: SpeakerResolver,
    quotes: Sequence[QuoteLike],
    *,
    enabled: bool = True,
) -> None:
    """Let the learned ranker override the rule resolver's speaker where it is confident
    (called by the quote stage once its rules are done; see :func:`decide`).

    Leaves the rule resolver's choice where ``enabled`` is false (the quote stage's
    ``speaker_model`` option) unless :func:`speaker_hook` sets a model or margin, where no
    model ships, or where the doc has no dependency parse.
    """
    hook = _HOOK.get()
    if hook is not None:
        hook(doc, resolver, quotes)
    if _RULES_ONLY.get():
        return
    model = _MODEL.get()
    margin = _MARGIN.get()
    if not enabled and model is None and margin is None:
        return
    if model is None:
        model = speaker_model()
    if model is None or not quotes or not doc.has_annotation("DEP"):
        return  # the model learned from parsed docs: without a parse the rules decide
    if margin is None:
        margin = model.margin
    ranker = SpeakerRanker(doc, resolver)
    chosen: list[SourceRef] = []
    for quote in quotes:
        cands = ranker.candidates(quote, previous=chosen)
        override, confidence = decide(
            model, cands, Candidate("rule", list(quote.sources)).name, margin=margin
        )
        if override is not None:
            quote.sources = list(override.sources)
        quote.confidence = confidence
        chosen = list(quote.sources)


def decide(
    model: SpeakerModel,
    cands: Sequence[Candidate],
    rule_name: str | None,
    *,
    margin: float,
) -> tuple[Candidate | None, float]:
    """Whether the ranker overrides the rules' choice (``rule_name``, None for no speaker).

    The ranker's best candidate replaces the rules' one only where it names another speaker
    and its logit beats the best candidate naming the rules' speaker by more than
    ``margin`` (0: the best candidate always wins; ``math.inf``: the rules always do).

    Returns:
        The overriding candidate (None: keep the rules' choice) and the calibrated
        confidence of the speaker that stays: its logit and its margin over the best
        candidate with another name (negative where the rules' choice is kept against a
        higher-scoring candidate).

    Example:
        >>> model = SpeakerModel({"type=name": 2.0}, 0.0, (1.0, 0.0, 0.0))
        >>> cands = [Candidate("name", [SourceRef("Scholz")], 0, 1, {"type=name": 1.0}),
        ...          Candidate("none", [], features={"type=none": 1.0})]
        >>> decide(model, cands, None, margin=1.0)[0] is cands[0]  # 2.0 - 0.0 > 1.0
        True
        >>> decide(model, cands, None, margin=3.0)[0] is None  # below the margin
        True
    """
    best, top, _ = rank(model, cands)
    rule_score = max(
        (model.score(c.features) for c in cands if c.name == rule_name), default=-math.inf
    )
    if best.name != rule_name and top - rule_score > margin:
        return best, round(model.confidence(*_top_and_margin(model, cands, best.name)), 3)
    if rule_score == -math.inf:  # no candidate names the rules' speaker: nothing to score
        return None, round(model.confidence(top, 0.0), 3)
    return None, round(model.confidence(*_top_and_margin(model, cands, rule_name)), 3)


def _top_and_margin(
    model: SpeakerModel, cands: Sequence[Candidate], name: str | None
) -> tuple[float, float]:
    """The best logit of the candidates named ``name`` and its margin over the others."""
    own = max(model.score(c.features) for c in cands if c.name == name)
    other = max(
        (model.score(c.features) for c in cands if c.name != name), default=own - 10.0
    )
    return own, max(-10.0, min(own - other, 10.0))


def rank(model: SpeakerModel, cands: Sequence[Candidate]) -> tuple[Candidate, float, float]:
    """The best candidate, its logit, and its margin over the best one with another name."""
    scored = sorted(((model.score(c.features), k) for k, c in enumerate(cands)), reverse=True)
    top, best = scored[0][0], cands[scored[0][1]]
    margin = next(
        (top - s for s, k in scored[1:] if cands[k].name != best.name), 10.0
    )
    return best, top, min(margin, 10.0)


# ----- candidates and features -----------------------------------------------------------
@cache
def _speaker_nouns() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = words("speaker_nouns")
    return (
        frozenset(e for e in entries if not e.startswith("-")),
        tuple(e[1:] for e in entries if e.startswith("-")),
    )


def is_speaker_noun(word: str) -> bool:
    """A noun that may head a source description ("Sprecher", "Polizei", "Ministerin").

    Example:
        >>> is_speaker_noun("Polizeisprecherin"), is_speaker_noun("Haus")
        (True, False)
    """
    plain, suffixes = _speaker_nouns()
    return (
        word in plain
        or word.lower().endswith(suffixes)
        or is_role_word(word)
        or is_org_description(word)
    )


@cache
def _cue_forms() -> dict[str, str]:
    data: dict[str, Any] = table("cues")
    forms: dict[str, str] = {}
    for lemma, entry in data["verbs"].items():
        for form in entry["forms"]:
            forms.setdefault(form, lemma)
    for kind in ("before_source", "after_source", "trailing"):
        for word in data["according_to"][kind]:
            forms.setdefault(word, word)
    return forms


@cache
def _first_names() -> frozenset[str]:
    return frozenset(words("first_names"))


@cache
def _quote_marks() -> frozenset[str]:
    return frozenset(MARKS)


def _bucket(n: int) -> str:
    for limit in _DISTANCE_BUCKETS:
        if n <= limit:
            return str(limit)
    return "many"


class SpeakerRanker:
    """Candidates and their features for the quotes of one doc."""

    def __init__(self, doc: Doc, resolver: SpeakerResolver) -> None:
        self.doc = doc
        self.resolver = resolver
        self.starts = resolver.sentence_starts or [0]
        self.mentions: list[tuple[int, int, int]] = sorted(
            (span.start, span.end, k)
            for k, ref in enumerate(resolver.actors)
            for span in ref.spans
        )
        counts: dict[int, int] = {}
        for _, _, k in self.mentions:
            counts[k] = counts.get(k, 0) + 1
        self.mention_counts = counts
        self.pronouns = [t.i for t in doc if is_personal_pronoun(t)]
        covered = {i for s, e, _ in self.mentions for i in range(s, e)}
        self.descriptions = [
            t.i
            for t in doc
            if t.pos_ in NOUNS and t.i not in covered and is_speaker_noun(t.text)
        ]
        self.excluded = sorted(resolver.excluded)
        self._resolved: dict[tuple[int, int, int], list[SourceRef]] = {}

    # -- geometry
    def sentence_of(self, i: int) -> int:
        return self.resolver.sentence_of(i)

    def _sentence_start(self, sent: int) -> int:
        if sent <= 0:
            return 0
        return self.starts[sent] if sent < len(self.starts) else len(self.doc)

    def token_range(self, quote: QuoteLike) -> tuple[int, int]:
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            i = min(len(self.doc) - 1, max(0, self._token_at(quote.start)))
            return i, i + 1
        return span.start, span.end

    def _token_at(self, char: int) -> int:
        for token in self.doc:
            if token.idx + len(token) > char:
                return token.i
        return len(self.doc) - 1

    def cue_token(self, quote: QuoteLike, lo: int, hi: int) -> Token | None:
        """The quote's cue word: its own cue, else the nearest cue word in its sentences."""
        if quote.cue_span is not None and len(quote.cue_span):
            return quote.cue_span.root
        first, last = self.sentence_of(lo), self.sentence_of(max(lo, hi - 1))
        s_lo, s_hi = self._sentence_start(first), self._sentence_start(last + 1)
        forms = _cue_forms()
        found = [
            t for t in self.doc[s_lo:s_hi] if not lo <= t.i < hi and t.lower_ in forms
        ]
        return min(found, key=lambda t: min(abs(t.i - lo), abs(t.i - hi)), default=None)

    def _resolve(self, start: int, end: int, cue: Token | None) -> list[SourceRef]:
        key = (start, end, cue.i if cue is not None else -1)
        if key not in self._resolved:
            self._resolved[key] = self.resolver.resolve(self.doc[start:end], verb=cue)
        return self._resolved[key]

    def _description_span(self, head: Token) -> tuple[int, int]:
        start, end = head.left_edge.i, head.i + 1
        for child in head.rights:
            if child.dep_ in GENITIVE or child.dep_ in ("pg", "nk"):
                end = max(end, child.right_edge.i + 1)
        sent = self.sentence_of(head.i)
        start = max(start, self._sentence_start(sent))
        end = min(end, self._sentence_start(sent + 1), head.i + 8)
        return start, end

    # -- candidates
    def candidates(
        self, quote: QuoteLike, *, previous: Sequence[SourceRef] = ()
    ) -> list[Candidate]:
        """Every candidate speaker of ``quote`` with its features, "none" last."""
        lo, hi = self.token_range(quote)
        cue = self.cue_token(quote, lo, hi)
        first, last = self.sentence_of(lo), self.sentence_of(max(lo, hi - 1))
        w_lo = self._sentence_start(first - BEFORE_SENTENCES)
        w_hi = self._sentence_start(last + 1 + AFTER_SENTENCES)
        cands: list[Candidate] = []
        for start, end, actor in self.mentions:
            if w_lo <= start < w_hi:
                span = self.doc[start:end]
                cands.append(Candidate("name", [self.resolver.source(actor, span)], start, end))
        for i in self.descriptions:
            if w_lo <= i < w_hi:
                start, end = self._description_span(self.doc[i])
                sources = self._resolve(start, end, cue)
                if sources:
                    cands.append(Candidate("description", sources, start, end))
                    cands.extend(self._links("description", start, end, sources, cue))
        for i in self.pronouns:
            if w_lo <= i < w_hi and not lo <= i < hi:
                sources = self._resolve(i, i + 1, cue)
                if sources:
                    cands.append(Candidate("pronoun", sources, i, i + 1))
                cands.extend(self._links("pronoun", i, i + 1, sources, cue))
        rule = list(quote.sources)
        rule_name = Candidate("rule", rule).name
        if rule and all(c.name != rule_name for c in cands):
            rule_span = next((s.span for s in rule if s.span is not None), None)
            if rule_span is not None:
                cands.append(Candidate("rule", rule, rule_span.start, rule_span.end))
            else:
                cands.append(Candidate("rule", rule))
        cands.append(Candidate("none", []))
        prev_names = {s.name for s in previous}
        rule_spans = [(s.span.start, s.span.end) for s in rule if s.span is not None]
        ranks = self._before_ranks(cands, lo)
        for k, cand in enumerate(cands):
            cand.features = {
                **cand.features,
                **self._features(quote, cand, lo, hi, cue, rule_name, prev_names, len(cands)),
                **self._context_features(cand, rule_spans, ranks.get(k)),
            }
        return cands

    def _links(
        self, kind: str, start: int, end: int, resolved: Sequence[SourceRef], cue: Token | None
    ) -> list[Candidate]:
        """A pronoun or description as each of the recent actors it may refer to: the
        ranker, not the resolver alone, picks the referent (by agreement, recency and
        salience features), so the speaker is the named actor."""
        head = self.doc[start:end].root
        chosen = {s.actor for s in resolved if s.actor is not None}
        if kind == "pronoun":
            feats = pronoun_features(head, cue)
            wanted: frozenset[str] = feats.genders
            plural = bool(feats.plural)
            want_label = None
        else:
            wanted = frozenset(feature_values(head, "Gender"))
            plural = "Plur" in feature_values(head, "Number")
            want_label = (
                "PER" if self.resolver.is_person_noun(head.text)
                else "ORG" if is_org_description(head.text) else None
            )
        links: list[Candidate] = []
        for rank, (actor, mention, subject) in enumerate(self.resolver.antecedents(start)):
            ref = self.resolver.actors[actor]
            known = self.resolver.actor_genders(actor)
            if kind == "pronoun" and plural:
                agree = "plural"
            elif not known or not wanted:
                agree = "unknown"
            else:
                agree = "yes" if known & wanted else "no"
            f = {
                f"link|{kind}": 1.0,
                f"link|{kind}|rank={rank}": 1.0,
                f"link|{kind}|agree={agree}": 1.0,
                f"link|{kind}|label={ref.label}": 1.0,
                f"link|{kind}|resolved={actor in chosen}": 1.0,
                f"link|antecedent_subject={subject}": 1.0,
            }
            back = self.sentence_of(start) - self.sentence_of(mention.start)
            f[f"link|sent_back={_bucket(back)}"] = 1.0
            if want_label is not None:
                f[f"link|{kind}|label_match={want_label == ref.label}"] = 1.0
            first_word = next(iter(ref.name.split()), "")  # a name may be blank
            if ref.label == "PER" and first_word in _first_names():
                f[f"link|{kind}|first_name"] = 1.0
            links.append(
                Candidate("link", [self.resolver.source(actor, mention)], start, end, f)
            )
        return links

    def _before_ranks(self, cands: Sequence[Candidate], lo: int) -> dict[int, int]:
        """For candidates before the quote: the rank of their speaker among the distinct
        speakers named before it, nearest first (the last-named actor is rank 0)."""
        before = sorted(
            (k for k, c in enumerate(cands) if c.start >= 0 and c.end <= lo and c.name),
            key=lambda k: -cands[k].end,
        )
        names: list[str | None] = []
        ranks: dict[int, int] = {}
        for k in before:
            name = cands[k].name
            if name not in names:
                names.append(name)
            ranks[k] = names.index(name)
        return ranks

    def _context_features(
        self, cand: Candidate, rule_spans: Sequence[tuple[int, int]], rank: int | None
    ) -> dict[str, float]:
        """Recency rank among the speakers named before the quote, nearness to the rule
        resolver's source span ("Fed-Chef Ben Bernanke": the name beside the description)
        and whether the candidate heads its sentence's subject."""
        f: dict[str, float] = {}
        if rank is not None:
            f[f"before_rank={min(rank, 3)}"] = 1.0
            f[f"before_rank={min(rank, 3)}|type={cand.kind}"] = 1.0
        if cand.start >= 0 and cand.kind not in ("rule", "none"):
            for s, e in rule_spans:
                if cand.start < e + 1 and s < cand.end + 1 and (cand.start, cand.end) != (s, e):
                    f[f"touches_rule_span|type={cand.kind}"] = 1.0
                    break
            head = self.doc[cand.start : cand.end].root
            if head.dep_ in SUBJECT:
                f["sentence_subject"] = 1.0
        return f

    def _inside_direct(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.excluded)

    def _features(
        self,
        quote: QuoteLike,
        cand: Candidate,
        lo: int,
        hi: int,
        cue: Token | None,
        rule_name: str | None,
        prev_names: set[str],
        n_cands: int,
    ) -> dict[str, float]:
        f: dict[str, float] = {}
        cue_class = (quote.cue if quote.cue in _COMMON_CUES else "other") if quote.cue else (
            "found" if cue is not None else "nocue"
        )
        kind = cand.kind
        f[f"type={kind}"] = 1.0
        f[f"type={kind}|qkind={quote.kind}"] = 1.0
        f[f"type={kind}|cue={cue_class}"] = 1.0
        is_rule = rule_name is not None and cand.name == rule_name
        if kind == "none":
            f[f"none|rule_empty={rule_name is None}"] = 1.0
            f[f"none|ncands={_bucket(n_cands - 1)}"] = 1.0
            return f
        if is_rule:
            f["is_rule"] = 1.0
            f[f"is_rule|type={kind}"] = 1.0
        elif rule_name is None:
            f["rule_empty"] = 1.0
        if cand.name is not None and cand.name in prev_names:
            f["prev_same"] = 1.0
        actors = [s.actor for s in cand.sources if s.actor is not None]
        if actors:
            ref = self.resolver.actors[actors[0]]
            f[f"label={ref.label}"] = 1.0
            f[f"mentions={_bucket(self.mention_counts.get(actors[0], 0))}"] = 1.0
        else:
            f[f"unnamed|type={kind}"] = 1.0
        if cand.start < 0:
            f["no_span"] = 1.0
            return f
        span = self.doc[cand.start : cand.end]
        head = span.root
        if cand.start >= lo and cand.end <= hi:
            side = "inside"
        elif cand.start < lo:
            side = "before"
        else:
            side = "after"
        f[f"side={side}"] = 1.0
        f[f"side={side}|type={kind}"] = 1.0
        if self._inside_direct(cand.start):
            f["in_direct"] = 1.0
        gap = lo - cand.end if side == "before" else cand.start - hi if side == "after" else 0
        f[f"gap={_bucket(max(0, gap))}|{side}"] = 1.0
        sent = self.sentence_of(cand.start)
        q_first, q_last = self.sentence_of(lo), self.sentence_of(max(lo, hi - 1))
        rel = sent - q_first if sent < q_first else sent - q_last if sent > q_last else 0
        f[f"sent={rel}"] = 1.0
        f[f"sent={rel}|type={kind}"] = 1.0
        between = self.doc[cand.end : lo] if side == "before" else self.doc[hi : cand.start]
        texts = {t.text for t in between}
        if ":" in texts:
            f[f"colon_between|{side}"] = 1.0
        if texts & _quote_marks():
            f[f"mark_between|{side}"] = 1.0
        f[f"dep={head.dep_}|type={kind}"] = 1.0
        f[f"pos={head.pos_}"] = 1.0
        if "Gen" in head.morph.get("Case", []):
            f["genitive"] = 1.0
        if head.dep_ in APPOSITION:
            f["apposition"] = 1.0
        if head.dep_ in CONJUNCT:
            f["conjunct"] = 1.0
        if head.i > 0 and head.i - 1 >= cand.start and self.doc[head.i - 1].pos_ == "ADP":
            f["after_prep"] = 1.0
        owner = head.head.head if head.head.pos_ == "ADP" else head.head
        if owner.i != head.i and owner.pos_ in NOUNS and not cand.start <= owner.i < cand.end:
            # "ein Sprecher von Tesla", "Vertreter des Ministeriums": an attribute
            f["attribute_of_noun"] = 1.0
            if is_speaker_noun(owner.text):
                f[f"attribute_of_speaker_noun|type={kind}"] = 1.0
        if cand.start == self._sentence_start(sent):
            f["sent_initial"] = 1.0
        if cue is None:
            f["nocue"] = 1.0
            return f
        same_cue_sent = sent == self.sentence_of(cue.i)
        f[f"cue_sent={same_cue_sent}|type={kind}"] = 1.0
        d = abs(cue.i - head.i)
        f[f"cue_dist={_bucket(d)}"] = 1.0
        f[f"cue_side={'before' if head.i < cue.i else 'after'}|{cue_class}"] = 1.0
        cue_heads = {cue.i}
        if cue.dep_ in ("oc", "xcomp", "aux", "ccomp") or cue.head.pos_ == "AUX":
            cue_heads.add(cue.head.i)
        if head.head.i in cue_heads and head.i != cue.i:
            f[f"dep_to_cue={head.dep_}"] = 1.0
            f[f"dep_to_cue={head.dep_}|{cue_class}"] = 1.0
            if head.dep_ in SUBJECT:
                f["cue_subject"] = 1.0
                f[f"cue_subject|type={kind}"] = 1.0
        depth, via_prep = 0, False
        token = head
        while token.head.i != token.i and depth < 6:
            depth += 1
            if token.head.pos_ == "ADP":
                via_prep = True
            token = token.head
            if token.i in cue_heads:
                f[f"cue_ancestor={min(depth, 3)}"] = 1.0
                if via_prep and depth > 1:
                    f["cue_ancestor_via_prep"] = 1.0
                break
        if cue.i in range(cand.start, cand.end):
            f["contains_cue"] = 1.0
        return f
