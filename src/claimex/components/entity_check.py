"""A learned last look at the entity spans (issue 14): keep, drop or relabel each one.

After ``claimex_entities`` and the label vote of ``claimex_label_consistency``, every
entity span gets sparse binary features (:func:`span_features`: its label, whether the NER
proposed it as it stands, its length and shape, the tags of its words and of the words
around it, lexicon hits, its place in the sentence, the other mentions of its text, and
the document's evidence: what the other occurrences of its text and of its last word show,
such as a first name, a title or Herr/Frau before it, a speech verb it is the subject of,
a work or company noun before it or a legal form after it; see :class:`DocContext`) and a
multinomial logistic model (``lexicon/entity_check.json``, trained by ``python -m
models.train_entity_check`` on a Wikinews train half, scored here in plain Python) gives
the probability of each class: no entity, PER, LOC, ORG, MISC. Only where the most likely
class is another than the span's, its probability reaches the model's threshold and the
model's ``actions`` allow that change (all chosen by cross-fitting on the two train halves)
is the span dropped or relabelled; a threshold above 1 leaves every span as it is, and so
does a text of one or two sentences (:func:`check_entities`).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Container, Mapping, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import resources
from typing import Any, cast

import numpy as np
from numpy.typing import NDArray
from spacy.attrs import DEP, HEAD
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from claimex.components.doctokens import (
    _user_data,
    fine_tags,
    morph_features,
    morph_keys,
    sentence_starts,
    token_view,
)
from claimex.components.knowledge import lookup
from claimex.components.labels import SUBJECT
from claimex.components.namewords import (
    gazetteer_organisations,
    gazetteer_places,
    in_lexicon,
    role_base,
)
from claimex.components.person_repairs import speech_verb_forms
from claimex.lexicon import counts, table, words

MODEL_FILE = "entity_check.json"
NONE = "NONE"  # the class of a span that is no entity as it stands
MIN_SENTENCES = 3
"""The fewest sentences of a text the check looks at (:func:`check_entities`)."""
# the NER's spans (and the entity ruler's) as ``claimex_entities`` received them
NER_KEY: Any = ("._.", "claimex_ner_spans", None, None)
_OPENING = frozenset({"„", "“", '"', "»", "«", "\u201a", "'"})
_CLOSING = frozenset({"“", "”", '"', "«", "»", "\u2018", "'"})


def record_ner_spans(doc: Doc, ents: Sequence[Span]) -> None:
    """Keep the NER's spans (``ents``, the doc's) on the doc (``claimex_entities`` calls it
    before its rules)."""
    _user_data(doc)[NER_KEY] = {(e.start, e.end): e.label_ for e in ents}


def ner_tokens(doc: Doc) -> frozenset[int]:
    """The tokens inside the NER's spans as :func:`record_ner_spans` kept them."""
    ner = _user_data(doc).get(NER_KEY)
    if not isinstance(ner, dict):
        return frozenset()
    return frozenset(i for start, end in ner for i in range(start, end))


def _shape(text: str) -> str:
    if any(map(str.isdigit, text)):
        return "digit"
    if "-" in text:
        return "hyphen"
    if len(text) > 1 and text.isupper():
        return "upper"
    if text[:1].islower():
        return "lower"
    if any(map(str.isupper, text[1:])):
        return "camel"
    return "title"


class DocContext:
    """What the features of one doc's spans share: the NER's spans, tags, sentence starts,
    the mentions of each text."""

    def __init__(self, doc: Doc, spans: Sequence[Span]) -> None:
        self.doc = doc
        self.view = token_view(doc)
        ner = _user_data(doc).get(NER_KEY)
        self.ner: Mapping[tuple[int, int], str] = ner if isinstance(ner, dict) else {}
        owner: dict[int, str] = {}
        for (start, end), label in self.ner.items():
            owner.update(dict.fromkeys(range(start, end), label))
        self.ner_owner = owner
        self.starts = frozenset(sentence_starts(doc))
        self.bounds = [(s.start, s.end) for s in spans]
        self.labels = [s.label_ for s in spans]
        span_text = self.view.span_text
        texts = [span_text(start, end) for start, end in self.bounds]
        self.texts = texts
        self.text_counts = Counter(texts)
        self.text_labels: dict[str, set[str]] = {}
        for text, label in zip(texts, self.labels, strict=True):
            self.text_labels.setdefault(text, set()).add(label)
        # tags and morphologies by hash (a Token object per look costs more than the look)
        self.tags = fine_tags(doc)
        self.morphs: list[int] = morph_keys(doc)  # shared with the later stages: read only
        self.strings = doc.vocab.strings
        self._evidence: dict[str, list[tuple[int, tuple[str, ...]]]] | None = None
        self._tallies: dict[str, _Tally] = {}

    def evidence(self, k: int) -> tuple[set[str], set[str]]:
        """The document evidence of the ``k``-th span (:meth:`_Occurrence.evidence`): what the other
        occurrences of its text, and of its last word, show, and what this one shows.

        A text or word said more than :data:`_FEW` times is read from its tally, so a name
        said n times costs n looks, not n² (a page of 3,200 "BERLIN (dpa)" datelines in
        one piece spent 6.6 s here); fewer occurrences are walked, as cheap as a tally."""
        if self._evidence is None:
            self._evidence = self._collect()
        start, end = self.bounds[k]
        found: set[str] = set()
        here: set[str] = set()
        texts = self.view.texts
        for key, own in ((self.texts[k], start), (texts[end - 1], end - 1)):
            occurrences = self._evidence.get(key, ())
            if len(occurrences) <= _FEW:
                for at, flags in occurrences:
                    (here if at == own else found).update(flags)
                continue
            tally = self._tallies.get(key)
            if tally is None:
                tally = self._tallies[key] = _Tally.of(occurrences)
            mine = tally.at.get(own, ())
            for flags in mine:
                here.update(flags)
            # a flag shows elsewhere where more occurrences have it than this one's
            found.update(f for f, n in tally.counts.items() if n > sum(f in m for m in mine))
        return found, here

    def _collect(self) -> dict[str, list[tuple[int, tuple[str, ...]]]]:
        """Per span text and per last word of a span, each occurrence's position (a
        mention's start, a word's index) and its evidence."""
        texts = self.view.texts
        doc = self.doc
        # relative heads (stored unsigned) and dependency labels, read where needed
        heads: NDArray[np.int64] = doc.to_array(HEAD).view(np.int64)
        deps: NDArray[Any] = doc.to_array(DEP)
        at = _Occurrence(texts, heads, deps, self.strings)
        out: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for (start, end), text in zip(self.bounds, self.texts, strict=True):
            if end - start > 1:
                out.setdefault(text, []).append((start, at.evidence(start, end)))
        lasts = {texts[end - 1] for _, end in self.bounds}
        for i in [i for i, word in enumerate(texts) if word in lasts]:
            out.setdefault(texts[i], []).append((i, at.evidence(i, i + 1)))
        return out

    def tag(self, i: int) -> str:
        """The fine-grained tag of token ``i``."""
        return self.tags[i]

    def case(self, i: int) -> str | None:
        """The first value of token ``i``'s Case feature, if any."""
        key = self.morphs[i]
        if key not in _CASES:
            morph = _string(self.strings, key)
            _CASES[key] = morph_features(morph).get("Case", (None,))[0] if morph else None
        return _CASES[key]


_CASES: dict[int, str | None] = {}
_FEW = 8
"""Up to this many occurrences of a text are walked for its evidence, more are tallied."""


@dataclass(frozen=True)
class _Tally:
    """The occurrences of one span text or last word: how many show each flag, and each
    position's flags."""

    counts: Counter[str]
    at: dict[int, list[tuple[str, ...]]]

    @classmethod
    def of(cls, occurrences: Sequence[tuple[int, tuple[str, ...]]]) -> _Tally:
        counts: Counter[str] = Counter()
        at: dict[int, list[tuple[str, ...]]] = {}
        for position, flags in occurrences:
            counts.update(flags)
            at.setdefault(position, []).append(flags)
        return cls(counts, at)


_LENGTHS = tuple(f"len={n}" for n in range(5))


_PERSON = frozenset({"first", "role", "herr", "speech"})  # the evidence of a person


@dataclass(frozen=True)
class _Occurrence:
    """The document columns :meth:`evidence` reads."""

    texts: Sequence[str]
    heads: NDArray[np.int64]
    deps: NDArray[Any]
    strings: StringStore

    def evidence(self, start: int, end: int) -> tuple[str, ...]:
        """What one occurrence of a name (tokens ``start`` to ``end``) shows: a known first
        name, a title or role noun or Herr/Frau before it, a work, media, company or
        institution noun before it (:func:`_before_evidence`), a legal form after it,
        quotation marks around it, and whether its last word is the subject of a speech
        verb."""
        texts = self.texts
        flags: list[str] = []
        before = texts[start - 1] if start > 0 else ""
        after = texts[end] if end < len(texts) else ""
        if end - start == 1 and before in words("first_names"):
            flags.append("first")
            before = texts[start - 2] if start > 1 else ""
        kind = _before_evidence(before)
        if kind:
            flags.append(kind)
        if after in words("company_words"):
            flags.append("legal")
        if before in _OPENING and after in _CLOSING:
            flags.append("quoted")
        head = int(self.heads[end - 1])
        if (
            head
            and _string(self.strings, int(self.deps[end - 1])) in SUBJECT
            and texts[end - 1 + head].lower() in speech_verb_forms()
        ):
            flags.append("speech")
        return tuple(flags)


@lru_cache(maxsize=1 << 14)
def _before_evidence(word: str) -> str:
    """What the word before a name says of it: "herr" (Herr, Frau), "role" (a title or
    function noun, lexicon/roles.txt), "work" (lexicon/work_nouns.txt, media_nouns.txt),
    "org" (lexicon/org_descriptions.txt), else ""."""
    if not word[:1].isupper():
        return ""
    if word in words("honorifics"):
        return "herr"
    if role_base(word) is not None:
        return "role"
    if in_lexicon(word, "work_nouns") or in_lexicon(word, "media_nouns"):
        return "work"
    if in_lexicon(word, "org_descriptions"):
        return "org"
    return ""


def _string(strings: StringStore, key: int) -> str:
    return strings[key] if key else ""


def span_features(ctx: DocContext, k: int, span: Span, common: Container[str]) -> list[str]:
    """The binary features of the ``k``-th span of the doc (see the module docstring);
    ``common``: the lemma table's word forms."""
    view = ctx.view
    start, end = ctx.bounds[k]
    label = ctx.labels[k]
    text = ctx.texts[k]
    n = end - start
    first, last = view.texts[start], view.texts[end - 1]
    ner = ctx.ner.get((start, end))
    if ner is None:
        source = "part" if any(i in ctx.ner_owner for i in range(start, end)) else "none"
    else:
        source = "ner" if ner == label else "ner:" + ner
    feats = [
        "l=" + label,
        "src=" + source,
        _LENGTHS[min(n, 4)],
        "tagF=" + ctx.tag(start),
        "tagL=" + ctx.tag(end - 1),
    ]
    if start > 0:
        feats.append("ptag=" + ctx.tag(start - 1))
        feats.append("pw=" + view.lowers[start - 1])
        feats += _before_features(view.texts[start - 1])
    if start in ctx.starts:
        feats.append("sent0")
    if end < len(view.texts):
        feats.append("ntag=" + ctx.tag(end))
        feats.append("nw=" + view.lowers[end])
        feats.append("nshape=" + _shape(view.texts[end]))
        if start > 0 and view.texts[start - 1] in _OPENING and view.texts[end] in _CLOSING:
            feats.append("quoted")
    feats += _word_features(text, first, last, n == 1, cast(Any, common))  # hashable
    same = ctx.text_counts[text]
    if n == 1 and view.count(text) > same:
        feats.append("untagged_rep")  # the word stands elsewhere in the doc, untagged
    if view.count(text.lower()):
        feats.append("lower_seen")  # and in lower case
    case = ctx.case(end - 1)
    if case:
        feats.append("case=" + case)
    feats.append("same=" + str(min(same, 3)))
    if len(ctx.text_labels[text]) > 1:
        feats.append("same_other")
    elsewhere, here = ctx.evidence(k)
    feats += ["doc=" + flag for flag in sorted(elsewhere)]
    if "first_name" not in feats and "prole" not in feats and not (elsewhere | here) & _PERSON:
        feats.append("no_person")  # no first name, title, Herr/Frau or speech verb anywhere
    feats.append("occ=" + str(min(view.count(last), 4)))
    return feats


# lexicon lists of nouns that stand before a name as its apposition or head
_HEAD_LISTS = ("place_kind_nouns", "work_nouns", "institution_heads", "org_descriptions")


@lru_cache(maxsize=1 << 14)
def _before_features(word: str) -> tuple[str, ...]:
    """The features of the word right before a span: its shape, whether it is a title or
    function noun in any form (lexicon/roles.txt), and which head-noun lists have it."""
    feats = ["pshape=" + _shape(word)]
    if word[:1].isupper():
        if role_base(word) is not None:
            feats.append("prole")
        feats += ["phead=" + name for name in _HEAD_LISTS if in_lexicon(word, name)]
    return tuple(feats)


@lru_cache(maxsize=1 << 14)
def _word_features(
    text: str, first: str, last: str, one_word: bool, common: Container[str]
) -> tuple[str, ...]:
    """The features of a span that its words alone decide (the lexicons' hits), computed
    once per distinct span text."""
    feats = ["shape=" + _shape(text)]
    if one_word and text.endswith("s"):
        feats.append("end_s")
    if first in words("first_names"):
        feats.append("first_name")
    known = words("known_names")
    if last in known or text in known:
        feats.append("known_name")
    if text in words("towns"):
        feats.append("town")
    entry = lookup(text)
    if entry is not None:
        feats.append(f"kn={entry.label}:{entry.type}")
    if text in gazetteer_places():
        feats.append("gaz=LOC")
    elif text in gazetteer_organisations():
        feats.append("gaz=ORG")
    if counts("common_nouns").get(last, 0) > 0:
        feats.append("noun")
    if last in common or last.lower() in common:
        feats.append("lemma")
    return tuple(feats)


def with_label(features: Sequence[str], label: str) -> list[str]:
    """``features`` and each of them but the first (the label) joined to the label: what a
    hit means depends on the label. The model is trained on these; at run time
    :meth:`EntityCheckModel.decide_all` folds the two weights of a feature into one."""
    return [*features, *(label + "|" + f for f in features[1:])]


@dataclass(frozen=True)
class EntityCheckModel:
    """Multinomial logistic weights over binary features, one weight per class, and the
    probability a class other than the span's must reach to change it."""

    classes: tuple[str, ...]
    weights: Mapping[str, Sequence[float]]
    bias: Sequence[float]
    threshold: float
    # the changes the check may make, as (span label, class) pairs; None: every change
    actions: frozenset[tuple[str, str]] | None = None

    def allows(self, label: str, cls: str) -> bool:
        """Whether the check may turn a ``label`` span into ``cls``."""
        return cls != label and (self.actions is None or (label, cls) in self.actions)

    def may_change(self, label: str) -> bool:
        """Whether the check may turn a ``label`` span into any other class (whether
        :meth:`allows` holds for one of them).

        Example:
            >>> model = EntityCheckModel(
            ...     ("NONE", "PER", "LOC"), {}, (0.0, 0.0, 0.0), 0.5, frozenset({("LOC", "PER")})
            ... )
            >>> model.may_change("LOC"), model.may_change("PER")
            (True, False)
        """
        return label in self._changeable

    @cached_property
    def _changeable(self) -> frozenset[str]:
        """The span labels :meth:`may_change` holds for (worked out once per model)."""
        return frozenset(
            label for label in self.classes if any(self.allows(label, cls) for cls in self.classes)
        )

    @cached_property
    def _folded(self) -> tuple[dict[str, dict[str, int]], NDArray[np.float64]]:
        """Per span label, a row index by plain feature into one matrix whose rows are the
        sums of a feature's weights and those of the feature joined to the label (see
        :func:`with_label`); the last row is zeros, for a span without a known feature."""
        indexes: dict[str, dict[str, int]] = {}
        rows: list[list[float]] = []
        zero = (0.0,) * len(self.classes)
        plain = [n for n in self.weights if "|" not in n]
        for label in self.classes[1:]:
            prefix = label + "|"
            joined = [n[len(prefix) :] for n in self.weights if n.startswith(prefix)]
            index = indexes[label] = {}
            for name in dict.fromkeys([*plain, *joined]):
                index[name] = len(rows)
                own, with_label = (
                    self.weights.get(name, zero),
                    self.weights.get(prefix + name, zero),
                )
                rows.append([a + b for a, b in zip(own, with_label, strict=True)])
        rows.append(list(zero))
        return indexes, np.array(rows, dtype=np.float64)

    @cached_property
    def _bias(self) -> NDArray[np.float64]:
        return np.asarray(self.bias, dtype=np.float64)

    def probabilities(self, features: Sequence[str]) -> list[float]:
        """The softmax over the classes."""
        logits = list(self.bias)
        get = self.weights.get
        for feature in features:
            row = get(feature)
            if row is not None:
                logits = [a + b for a, b in zip(logits, row, strict=True)]
        top = max(logits)
        exps = [math.exp(x - top) for x in logits]
        total = sum(exps)
        return [x / total for x in exps]

    def decide(self, features: Sequence[str], label: str) -> str:
        """The span's class after the check: ``label`` unless another class is at least
        ``threshold`` likely."""
        probs = self.probabilities(features)
        best = max(range(len(probs)), key=probs.__getitem__)
        cls = self.classes[best]
        return cls if self.allows(label, cls) and probs[best] >= self.threshold else label

    def decide_all(self, features: Sequence[Sequence[str]], labels: Sequence[str]) -> list[str]:
        """:meth:`decide` on :func:`with_label`'s features for many spans at once (one
        matrix sum per label and doc), ``features`` as :func:`span_features` gives them."""
        indexes, matrix = self._folded
        blank = len(matrix) - 1
        rows: list[int] = []
        starts: list[int] = []
        for feats, label in zip(features, labels, strict=True):
            starts.append(len(rows))
            index = indexes[label]
            rows.extend([i for i in map(index.get, feats) if i is not None] or [blank])
        logits = np.add.reduceat(matrix[rows], starts, axis=0)
        logits += self._bias
        best = logits.argmax(axis=1)
        # the best class's probability: 1 / the sum of exp(logit - the best logit)
        top = logits[np.arange(len(labels)), best]
        share = np.exp(logits - top[:, None]).sum(axis=1).tolist()
        result = list(labels)
        classes = self.classes
        for k, b in enumerate(best.tolist()):
            cls = classes[b]
            if self.allows(labels[k], cls) and 1.0 / share[k] >= self.threshold:
                result[k] = cls
        return result

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EntityCheckModel:
        return cls(
            classes=tuple(str(c) for c in data["classes"]),
            weights={str(k): tuple(float(x) for x in v) for k, v in data["weights"].items()},
            bias=tuple(float(x) for x in data["bias"]),
            threshold=float(data["threshold"]),
            actions=(
                frozenset(_action(str(a)) for a in data["actions"]) if "actions" in data else None
            ),
        )


def _action(text: str) -> tuple[str, str]:
    """A change of the model file's ``actions`` ("ORG>NONE") as (span label, class)."""
    label, _, cls = text.partition(">")
    return label, cls


@cache
def entity_check_model() -> EntityCheckModel | None:
    """The shipped model (read once per process), or None where it is absent."""
    if not resources.files("claimex.lexicon").joinpath(MODEL_FILE).is_file():
        return None
    return EntityCheckModel.from_json(table(MODEL_FILE.removesuffix(".json")))


def check_entities(
    doc: Doc, spans: list[Span], model: EntityCheckModel, common: Container[str]
) -> list[Span] | None:
    """The doc's entities (``spans``) after the check, or None where none changes. A text of
    fewer than :data:`MIN_SENTENCES` sentences is left as it is: the model learned from
    whole articles, where a name's other mentions and the evidence around them
    (:class:`DocContext`) tell a person or an organisation from a word; one sentence has no
    such evidence, and its absence there ("no_person", one occurrence) says nothing ("Die
    These, Schlatter sei Antisemit gewesen, ...": a surname alone). Nor have two: a
    headline and its sentence, or one sentence the parser cut at an abbreviation's period
    ("... wo es Dr. Ziegfeld bis zum Präsidenten ... brachte", GermEval 2014 test)."""
    if not spans or model.threshold > 1.0 or len(sentence_starts(doc)) < MIN_SENTENCES:
        return None
    ctx = DocContext(doc, spans)
    labels = ctx.labels
    # a span whose label the model's actions never change (MISC in the shipped model)
    # keeps it whatever its features: they are built only for the others
    movable = [k for k, label in enumerate(labels) if model.may_change(label)]
    if not movable:
        return None
    decided = list(labels)
    features = [span_features(ctx, k, spans[k], common) for k in movable]
    classes = model.decide_all(features, [labels[k] for k in movable])
    for k, cls in zip(movable, classes, strict=True):
        decided[k] = cls
    result: list[Span] = []
    changed = False
    for span, label, cls in zip(spans, labels, decided, strict=True):
        if cls == label:
            result.append(span)
            continue
        changed = True
        if cls != NONE:
            result.append(Span(doc, span.start, span.end, label=cls))
    return result if changed else None
