"""Score predictions against gold by the rules of ``shared/gold/FORMAT.md``.

- entities: exact span and label, micro P/R/F1 (also per label);
- actors and places: set match on names, RapidFuzz ratio >= 85 after normalisation;
- figures: spans overlap and values equal (relative difference < 1e-6); unit and qualifier
  accuracy on the matches;
- quotes: content spans overlap by at least half of the shorter one; attribution also needs
  the speaker (same name or fuzzy ratio >= 85, lower-cased, a leading article ignored: "ein
  Sprecher" = "Sprecher"; a gold speaker "*" accepts any resolved speaker). Per-kind
  recall and kind accuracy on matches.

Both sides are dicts in the gold format (an :class:`~claimex.records.Extraction` dumped
with ``model_dump()`` is one).

Example:
    >>> doc = {"entities": [{"start": 0, "end": 5, "label": "PER"}]}
    >>> score_documents([(doc, doc)])["entities"]["f1"]
    1.0
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

NAME_CUTOFF = 85.0

Doc = dict[str, Any]


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def report(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    """Correct / total over matched pairs."""

    correct: int = 0
    total: int = 0

    def report(self) -> float:
        return round(self.correct / self.total, 4) if self.total else 0.0


@dataclass
class Scores:
    """Everything the evaluator accumulates over documents."""

    entities: Counts = field(default_factory=Counts)
    entities_by_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    actors: Counts = field(default_factory=Counts)
    places: Counts = field(default_factory=Counts)
    figures: Counts = field(default_factory=Counts)
    figure_unit: Accuracy = field(default_factory=Accuracy)
    figure_qualifier: Accuracy = field(default_factory=Accuracy)
    quotes: Counts = field(default_factory=Counts)
    attribution: Counts = field(default_factory=Counts)
    quotes_by_kind: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    quote_kind: Accuracy = field(default_factory=Accuracy)
    documents: int = 0

    def report(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "entities": {
                **self.entities.report(),
                "by_label": {k: v.report() for k, v in sorted(self.entities_by_label.items())},
            },
            "actors": self.actors.report(),
            "places": self.places.report(),
            "figures": {
                **self.figures.report(),
                "unit_accuracy": self.figure_unit.report(),
                "qualifier_accuracy": self.figure_qualifier.report(),
            },
            "quotes": {
                **self.quotes.report(),
                "kind_accuracy": self.quote_kind.report(),
                "by_kind": {k: v.report() for k, v in sorted(self.quotes_by_kind.items())},
            },
            "attribution": self.attribution.report(),
        }


def normalize_name(name: str) -> str:
    """Lower-case, NFKC, no quotation marks, single spaces."""
    text = unicodedata.normalize("NFKC", name).lower()
    text = re.sub(r"[^\w\s.&:-]", " ", text)
    return " ".join(text.split())


def names_match(a: str, b: str, *, cutoff: float = NAME_CUTOFF) -> bool:
    """Whether two names refer to the same referent under the fuzzy rule."""
    na, nb = normalize_name(a), normalize_name(b)
    return na == nb or fuzz.ratio(na, nb) >= cutoff


def _greedy(
    gold: Sequence[Any], pred: Sequence[Any], score: Callable[[Any, Any], float]
) -> list[tuple[int, int]]:
    """One-to-one matching, best-scoring pairs first; a score <= 0 is no match."""
    pairs = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            s = score(g, p)
            if s > 0:
                pairs.append((s, i, j))
    pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matches = []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            matches.append((i, j))
    return matches


def _counts(n_gold: int, n_pred: int, n_match: int) -> Counts:
    return Counts(tp=n_match, fp=n_pred - n_match, fn=n_gold - n_match)


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(int(a["end"]), int(b["end"])) - max(int(a["start"]), int(b["start"])))


def _name_score(g: str, p: str) -> float:
    na, nb = normalize_name(g), normalize_name(p)
    if na == nb:
        return 101.0
    s = fuzz.ratio(na, nb)
    return s if s >= NAME_CUTOFF else 0.0


_ARTICLES = ("der ", "die ", "das ", "den ", "dem ", "des ", "ein ", "eine ", "einer ", "eines ")


def _speaker_name(name: str) -> str:
    """A speaker name or description, normalised, without a leading article ("ein Sprecher",
    "der Verteidiger" -> "sprecher", "verteidiger"): descriptions are compared by content."""
    text = normalize_name(name)
    for article in _ARTICLES:
        if text.startswith(article):
            return text[len(article) :]
    return text


def speaker_text(value: object) -> str | None:
    """A speaker as the gold format writes it: names joined with "; ", or None.

    Accepts the gold format's string and claimex's structured speaker (a list of sources,
    as records or as their JSON dicts).
    """
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list):
        names = [
            str(s.get("name") if isinstance(s, dict) else getattr(s, "name", s)) for s in value
        ]
        return "; ".join(names) or None
    return str(value)


def _speaker_ok(gold_value: object, pred_value: object) -> bool:
    gold, pred = speaker_text(gold_value), speaker_text(pred_value)
    if gold is None or pred is None:
        return gold is None and pred is None
    if gold.strip() == "*":
        return bool(pred.strip())
    gold_parts = sorted(_speaker_name(s) for s in gold.split(";") if s.strip())
    pred_parts = sorted(_speaker_name(s) for s in pred.split(";") if s.strip())
    if len(gold_parts) != len(pred_parts):
        return names_match(gold, pred)
    pairs = zip(gold_parts, pred_parts, strict=True)
    return all(g == p or fuzz.ratio(g, p) >= NAME_CUTOFF for g, p in pairs)


def _figure_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    ov = _overlap(g, p)
    gv, pv = float(g["value"]), float(p["value"])
    same = abs(gv - pv) <= 1e-6 * max(abs(gv), abs(pv), 1e-12)
    return float(ov) if ov > 0 and same else 0.0


def _quote_score(g: dict[str, Any], p: dict[str, Any]) -> float:
    ov = _overlap(g, p)
    shorter = min(g["end"] - g["start"], p["end"] - p["start"])
    return float(ov) if shorter > 0 and ov * 2 >= shorter else 0.0


@dataclass
class Comparison:
    """One document's gold and prediction matched record by record, by the rules above:
    the matched (gold index, prediction index) pairs per record list, and for entities the
    (start, end, label) keys of each side and those both share."""

    gold: Doc
    pred: Doc
    gold_entities: Counter[tuple[int, int, str]]
    pred_entities: Counter[tuple[int, int, str]]
    entities: Counter[tuple[int, int, str]]
    names: dict[str, list[tuple[int, int]]]
    figures: list[tuple[int, int]]
    quotes: list[tuple[int, int]]

    @property
    def attributed(self) -> list[tuple[int, int]]:
        """The matched quote pairs whose speaker is right too."""
        g_quotes, p_quotes = self.gold.get("quotes", []), self.pred.get("quotes", [])
        return [
            (i, j)
            for i, j in self.quotes
            if _speaker_ok(g_quotes[i].get("speaker"), p_quotes[j].get("speaker"))
        ]


def _entity_keys(doc: Doc) -> Counter[tuple[int, int, str]]:
    return Counter((e["start"], e["end"], e["label"]) for e in doc.get("entities", []))


def compare_document(gold: Doc, pred: Doc) -> Comparison:
    """Match one document's prediction against its gold (see :class:`Comparison`)."""
    names = {
        kind: _greedy(
            [a["name"] for a in gold.get(kind, [])],
            [a["name"] for a in pred.get(kind, [])],
            _name_score,
        )
        for kind in ("actors", "places")
    }
    g_ents, p_ents = _entity_keys(gold), _entity_keys(pred)
    return Comparison(
        gold=gold,
        pred=pred,
        gold_entities=g_ents,
        pred_entities=p_ents,
        entities=g_ents & p_ents,
        names=names,
        figures=_greedy(gold.get("figures", []), pred.get("figures", []), _figure_score),
        quotes=_greedy(gold.get("quotes", []), pred.get("quotes", []), _quote_score),
    )


def score_document(gold: Doc, pred: Doc, scores: Scores) -> None:
    """Add one document's comparison to ``scores``."""
    cmp = compare_document(gold, pred)
    scores.documents += 1
    # entities: exact span + label
    g_ents, p_ents = cmp.gold_entities, cmp.pred_entities
    scores.entities.add(_counts(sum(g_ents.values()), sum(p_ents.values()), cmp.entities.total()))
    for label in {k[2] for k in g_ents} | {k[2] for k in p_ents}:
        g = Counter({k: v for k, v in g_ents.items() if k[2] == label})
        p = Counter({k: v for k, v in p_ents.items() if k[2] == label})
        scores.entities_by_label[label].add(
            _counts(sum(g.values()), sum(p.values()), sum((g & p).values()))
        )
    # actors and places: names
    for kind, counts in (("actors", scores.actors), ("places", scores.places)):
        n_gold, n_pred = len(gold.get(kind, [])), len(pred.get(kind, []))
        counts.add(_counts(n_gold, n_pred, len(cmp.names[kind])))
    # figures: overlap + equal value
    g_figs, p_figs = gold.get("figures", []), pred.get("figures", [])
    scores.figures.add(_counts(len(g_figs), len(p_figs), len(cmp.figures)))
    for i, j in cmp.figures:
        scores.figure_unit.total += 1
        scores.figure_unit.correct += int(_unit_equal(g_figs[i].get("unit"), p_figs[j].get("unit")))
        scores.figure_qualifier.total += 1
        scores.figure_qualifier.correct += int(
            g_figs[i].get("qualifier") == p_figs[j].get("qualifier")
        )
    # quotes: overlap >= half the shorter span
    g_quotes, p_quotes = gold.get("quotes", []), pred.get("quotes", [])
    scores.quotes.add(_counts(len(g_quotes), len(p_quotes), len(cmp.quotes)))
    scores.attribution.add(_counts(len(g_quotes), len(p_quotes), len(cmp.attributed)))
    matched_gold = dict(cmp.quotes)
    matched_pred = {j for _, j in cmp.quotes}
    for i, g in enumerate(g_quotes):
        kind = str(g.get("kind"))
        found = i in matched_gold
        scores.quotes_by_kind[kind].add(Counts(tp=int(found), fn=int(not found)))
        if found:
            scores.quote_kind.total += 1
            scores.quote_kind.correct += int(p_quotes[matched_gold[i]].get("kind") == kind)
    for j, p in enumerate(p_quotes):
        if j not in matched_pred:
            scores.quotes_by_kind[str(p.get("kind"))].fp += 1


def _span(doc: Doc, record: dict[str, Any], *extra: str) -> dict[str, Any]:
    """A span record for the error list: offsets, the covered text, and ``extra`` fields."""
    start, end = int(record["start"]), int(record["end"])
    text = doc.get("text")
    out: dict[str, Any] = {"start": start, "end": end}
    out["text"] = text[start:end] if isinstance(text, str) else record.get("text")
    for key in extra:
        out[key] = record.get(key)
    return out


def _unmatched(records: Sequence[Any], matched: Iterable[int]) -> list[Any]:
    taken = set(matched)
    return [r for k, r in enumerate(records) if k not in taken]


def document_errors(gold: Doc, pred: Doc) -> dict[str, Any]:
    """What the prediction got wrong on one document, record list by record list.

    For each list, ``missed`` (gold records without a match) and ``spurious`` (predictions
    without one); entities, figures and quotes as spans with the text they cover, actors and
    places as names; quotes also ``wrong_speaker`` (matched, speaker not accepted) and
    figures ``wrong_unit`` / ``wrong_qualifier`` on matches. The counts agree with
    :func:`score_documents` on the same pair.

    Example:
        >>> gold = {"id": "d1", "text": "Merkel sagte das.",
        ...         "entities": [{"start": 0, "end": 6, "label": "PER"}]}
        >>> document_errors(gold, {"entities": []})["entities"]["missed"]
        [{'start': 0, 'end': 6, 'text': 'Merkel', 'label': 'PER'}]
    """
    cmp = compare_document(gold, pred)
    errors: dict[str, Any] = {"id": gold.get("id")}
    shared = Counter(cmp.entities)
    ents: dict[str, list[dict[str, Any]]] = {"missed": [], "spurious": []}
    for side, doc in (("missed", gold), ("spurious", pred)):
        left = Counter(shared)
        for record in doc.get("entities", []):
            key = (record["start"], record["end"], record["label"])
            if left[key] > 0:
                left[key] -= 1
            else:
                ents[side].append(_span(gold, record, "label"))
    errors["entities"] = ents
    for kind, pairs in cmp.names.items():
        g_names = [a["name"] for a in gold.get(kind, [])]
        p_names = [a["name"] for a in pred.get(kind, [])]
        errors[kind] = {
            "missed": _unmatched(g_names, (i for i, _ in pairs)),
            "spurious": _unmatched(p_names, (j for _, j in pairs)),
        }
    g_figs, p_figs = gold.get("figures", []), pred.get("figures", [])
    figure_fields = ("value", "unit", "qualifier")
    errors["figures"] = {
        "missed": [
            _span(gold, f, *figure_fields) for f in _unmatched(g_figs, (i for i, _ in cmp.figures))
        ],
        "spurious": [
            _span(gold, f, *figure_fields) for f in _unmatched(p_figs, (j for _, j in cmp.figures))
        ],
        "wrong_unit": [
            {**_span(gold, p_figs[j], "unit"), "gold_unit": g_figs[i].get("unit")}
            for i, j in cmp.figures
            if not _unit_equal(g_figs[i].get("unit"), p_figs[j].get("unit"))
        ],
        "wrong_qualifier": [
            {**_span(gold, p_figs[j], "qualifier"), "gold_qualifier": g_figs[i].get("qualifier")}
            for i, j in cmp.figures
            if g_figs[i].get("qualifier") != p_figs[j].get("qualifier")
        ],
    }
    g_quotes, p_quotes = gold.get("quotes", []), pred.get("quotes", [])
    right = set(cmp.attributed)
    quote_fields = ("kind", "speaker")
    errors["quotes"] = {
        "missed": [
            _span(gold, q, *quote_fields) for q in _unmatched(g_quotes, (i for i, _ in cmp.quotes))
        ],
        "spurious": [
            {**_span(gold, q, "kind"), "speaker": speaker_text(q.get("speaker"))}
            for q in _unmatched(p_quotes, (j for _, j in cmp.quotes))
        ],
        "wrong_speaker": [
            {
                **_span(gold, p_quotes[j], "kind"),
                "speaker": speaker_text(p_quotes[j].get("speaker")),
                "gold_speaker": speaker_text(g_quotes[i].get("speaker")),
            }
            for i, j in cmp.quotes
            if (i, j) not in right
        ],
    }
    return errors


def _unit_equal(gold: str | None, pred: str | None) -> bool:
    if gold is None or pred is None:
        return gold == pred
    return normalize_name(gold) == normalize_name(pred)


def score_documents(pairs: Iterable[tuple[Doc, Doc]]) -> dict[str, Any]:
    """Score (gold, prediction) pairs and return the report as a dict."""
    scores = Scores()
    for gold, pred in pairs:
        score_document(gold, pred, scores)
    return scores.report()


def format_report(report: dict[str, Any], *, title: str = "") -> str:
    """Render a report as a plain-text table."""
    lines = [f"{title} ({report['documents']} documents)" if title else ""]
    lines.append(f"{'record':<22}{'P':>8}{'R':>8}{'F1':>8}{'tp':>7}{'fp':>7}{'fn':>7}")

    def row(name: str, r: dict[str, Any]) -> None:
        lines.append(
            f"{name:<22}{r['precision']:>8.3f}{r['recall']:>8.3f}{r['f1']:>8.3f}"
            f"{r['tp']:>7}{r['fp']:>7}{r['fn']:>7}"
        )

    row("entities", report["entities"])
    for label, r in report["entities"]["by_label"].items():
        row(f"  {label}", r)
    row("actors", report["actors"])
    row("places", report["places"])
    row("figures", report["figures"])
    lines.append(
        f"{'  unit accuracy':<22}{report['figures']['unit_accuracy']:>8.3f}"
        f"    qualifier accuracy {report['figures']['qualifier_accuracy']:.3f}"
    )
    row("quotes", report["quotes"])
    for kind, r in report["quotes"]["by_kind"].items():
        row(f"  {kind}", r)
    lines.append(f"{'  kind accuracy':<22}{report['quotes']['kind_accuracy']:>8.3f}")
    row("attribution", report["attribution"])
    return "\n".join(line for line in lines if line is not None)
