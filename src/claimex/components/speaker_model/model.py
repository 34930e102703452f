"""The ranker's model: candidates, logistic weights with their calibration and override
margin (``lexicon/speaker_model.json``), and the decision between the ranker and the rules."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat
from operator import mul
from threading import Lock
from typing import Any, Protocol, cast

from spacy.tokens import Span

from claimex.components.speaker_model.feature_ids import FEATURE_IDS
from claimex.components.speakers import (
    SourceRef,
    joined_names,
)
from claimex.lexicon import table

MODEL_FILE = "speaker_model.json"
_COLUMNS_LOCK = Lock()  # a model's weights by column id are filled by one thread at a time


class QuoteLike(Protocol):
    """What the ranker reads and writes of a quote (``quotes.QuoteSpan`` fits)."""

    start: int
    end: int
    kind: str
    cue: str | None
    cue_span: Span | None
    sources: list[SourceRef]
    confidence: float


class Candidate:
    """One possible speaker of a quote with its features: given as a dict of names
    (``features``), or as the column ids the ranker writes (``ids``, into
    :data:`~.feature_ids.FEATURE_IDS`, each at most once), which ``features`` then names."""

    __slots__ = ("_features", "_name", "_name_key", "end", "ids", "kind", "sources", "start")

    def __init__(
        self,
        kind: str,  # "name", "description", "pronoun", "link", "rule", "previous", "none"
        sources: list[SourceRef],
        start: int = -1,  # token range of the words that name it; -1 for "none"
        end: int = -1,
        features: dict[str, float] | None = None,
        ids: list[int] | None = None,
    ) -> None:
        self.kind = kind
        self.sources = sources
        self.start = start
        self.end = end
        self._features = {} if features is None else features
        self.ids = ids
        # the last name computed and the source names it was computed from (the ranker
        # reads a candidate's name many times; the sources may still be replaced or edited)
        self._name_key: tuple[str, ...] | None = None
        self._name: str | None = None

    def __repr__(self) -> str:
        return (
            f"Candidate({self.kind!r}, {self.sources!r}, {self.start}, {self.end}, "
            f"{self.features!r})"
        )

    @property
    def features(self) -> dict[str, float]:
        """The features by name (1.0 for each of the ranker's columns, in its order)."""
        if self.ids is None:
            return self._features
        names = FEATURE_IDS.names
        return {names[i]: 1.0 for i in self.ids}

    @features.setter
    def features(self, features: dict[str, float]) -> None:
        self._features, self.ids = features, None

    @property
    def name(self) -> str | None:
        """The sources' distinct names joined (:func:`~.speakers.joined_names`), computed
        again only where the sources' names changed since the last call."""
        sources = self.sources
        key = (sources[0].name,) if len(sources) == 1 else tuple([s.name for s in sources])
        if key != self._name_key:
            # one source: its name (= joined_names of it, without the join)
            self._name = (sources[0].name or None) if len(sources) == 1 else joined_names(sources)
            self._name_key = key
        return self._name


# ----- the model -------------------------------------------------------------------------
@dataclass(frozen=True)
class SpeakerModel:
    """Logistic weights over sparse features, a Platt calibration of the top score, and the
    margin by which the ranker must beat the rules' choice to override it."""

    weights: Mapping[str, float]
    bias: float
    calibration: tuple[float, float, float]  # a * top + b * margin + c
    margin: float = 0.0  # 0: the ranker's best candidate always wins
    # the weights by column id (FEATURE_IDS), filled up to the ids given so far on use
    _columns: list[float] = field(default_factory=list, init=False, repr=False, compare=False)

    def score(self, features: Mapping[str, float]) -> float:
        """The candidate's logit."""
        # = sum of get(k, 0.0) * v in the features' order (map: the same floats, summed in
        # the same order, without a list comprehension's frame)
        terms = map(mul, map(self.weights.get, features, repeat(0.0)), features.values())
        return self.bias + cast(float, sum(terms))

    def score_ids(self, ids: Sequence[int]) -> float:
        """The logit of a candidate given as column ids (each at most once): the same float
        as :meth:`score` of its features by name (the same weights, summed in the same
        order; a feature the model lacks adds 0.0 in both)."""
        return self.bias + cast(float, sum(map(self._weight_columns().__getitem__, ids)))

    def scores(self, cands: Sequence[Candidate]) -> list[float]:
        """Each candidate's logit (:meth:`score_ids` where the ranker gave column ids, else
        :meth:`score` of its features)."""
        return [self.score(c.features) if c.ids is None else self.score_ids(c.ids) for c in cands]

    def _weight_columns(self) -> list[float]:
        """The weights by column id, filled up to the ids :data:`FEATURE_IDS` has given."""
        columns = self._columns
        if len(columns) < len(FEATURE_IDS.names):
            with _COLUMNS_LOCK:
                names = FEATURE_IDS.names
                weights = self.weights
                columns.extend([weights.get(n, 0.0) for n in names[len(columns) : len(names)]])
        return columns

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
    scores = model.scores(cands)  # each candidate scored once
    names = [c.name for c in cands]
    top, k = max(
        zip(scores, range(len(cands)), strict=True)
    )  # ties: the later candidate, as in rank
    best, best_name = cands[k], names[k]
    rule_score = max(
        (s for s, name in zip(scores, names, strict=True) if name == rule_name),
        default=-math.inf,
    )
    if best_name != rule_name and top - rule_score > margin:
        return best, round(model.confidence(*_top_and_margin(scores, names, best_name)), 3)
    if rule_score == -math.inf:  # no candidate names the rules' speaker: nothing to score
        return None, round(model.confidence(top, 0.0), 3)
    return None, round(model.confidence(*_top_and_margin(scores, names, rule_name)), 3)


def _top_and_margin(
    scores: Sequence[float], names: Sequence[str | None], name: str | None
) -> tuple[float, float]:
    """The best logit of the candidates named ``name`` and its margin over the others
    (``scores`` and ``names``: the candidates' logits and names, in order)."""
    pairs = list(zip(scores, names, strict=True))
    own = max(s for s, n in pairs if n == name)
    other = max((s for s, n in pairs if n != name), default=own - 10.0)
    return own, max(-10.0, min(own - other, 10.0))


def rank(model: SpeakerModel, cands: Sequence[Candidate]) -> tuple[Candidate, float, float]:
    """The best candidate, its logit, and its margin over the best one with another name."""
    scored = sorted(zip(model.scores(cands), range(len(cands)), strict=True), reverse=True)
    top, best = scored[0][0], cands[scored[0][1]]
    best_name = best.name
    margin = next((top - s for s, k in scored[1:] if cands[k].name != best_name), 10.0)
    return best, top, min(margin, 10.0)
