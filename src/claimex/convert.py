"""Doc -> Extraction: the one module that knows both spaCy and the pydantic records.

:func:`doc_to_extraction` builds the record of a processed doc. The ``claimex_records``
component, the last stage of claimex's pipeline, calls it and stores the record on the doc
(``doc._.claimex_record``), so that the record is made wherever the pipeline runs: in
this process, or in one of ``nlp.pipe``'s worker processes when ``n_process > 1``. There
it is called with ``portable=True`` (``nlp.pipe(..., component_cfg={"claimex_records":
{"portable": True}})``) and leaves the record as JSON and nothing that ``Doc.to_bytes``
cannot carry back to the parent process; :class:`~claimex.Extractor` passes
``record_only=True`` instead, which sends back only the record (an empty doc carrying it).
"""

from __future__ import annotations

import datetime
from bisect import bisect_left, bisect_right
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from claimex._version import __version__
from claimex.components.actors import ACTORS_ATTR
from claimex.components.doctokens import doc_text, sentence_starts, token_view
from claimex.components.figures import FIGURES_ATTR, FigureSpan
from claimex.components.linking import Referent
from claimex.components.places import PLACES_ATTR
from claimex.components.quotes import QuoteSpan, get_quote_warnings, get_quotes
from claimex.components.speakers import distinct_sources
from claimex.inputs import cap_warnings
from claimex.records import Extraction, ExtractionWarning, Mention, ModelInfo


class SentenceIndex:
    """Map character offsets to sentence indices of one doc."""

    def __init__(self, doc: Doc) -> None:
        if doc.has_annotation("SENT_START"):
            self.starts = [doc[i].idx for i in sentence_starts(doc)]
        else:
            self.starts = [0]

    def __call__(self, start_char: int) -> int:
        return max(0, bisect_right(self.starts, start_char) - 1)


def _ext(doc: Doc, name: str) -> list[Any]:
    """Read a claimex Doc extension as a list (empty when the stage did not run)."""
    if not Doc.has_extension(name):
        return []
    value = doc._.get(name)
    return list(value) if value else []


def _mention_fields(span: Span, sentence_of: SentenceIndex) -> dict[str, Any]:
    """The fields of ``span``'s :class:`Mention` (validated with the whole record)."""
    if span.end <= span.start:
        start = span.start_char
        return {"text": "", "start": start, "end": span.end_char, "sentence": sentence_of(start)}
    view = token_view(span.doc)  # offsets and text without Token objects
    start, end = view.idx[span.start], view.idx[span.end - 1] + len(view.texts[span.end - 1])
    return {
        "text": view.text[start:end],
        "start": start,
        "end": end,
        "sentence": sentence_of(start),
    }


def mention(span: Span, sentence_of: SentenceIndex) -> Mention:
    """The :class:`Mention` of ``span``."""
    return Mention.model_validate(_mention_fields(span, sentence_of))


def _aliases(referent: Referent) -> list[str]:
    seen: list[str] = []
    for span in referent.spans:
        text = token_view(span.doc).span_text(span.start, span.end)
        if text != referent.name and text not in seen:
            seen.append(text)
    return seen


class _Inside:
    """Which actor mentions and figures lie inside a span: bisection, not a scan per quote.

    Reads the fields of the actors and figures (dicts, before validation).
    """

    def __init__(self, actors: list[dict[str, Any]], figures: list[dict[str, Any]]) -> None:
        mentions = sorted(
            (m["start"], m["end"], actor["id"]) for actor in actors for m in actor["mentions"]
        )
        self.mention_starts = [m[0] for m in mentions]
        self.mentions = mentions
        self.figure_order = sorted(range(len(figures)), key=lambda i: figures[i]["start"])
        self.figure_starts = [figures[i]["start"] for i in self.figure_order]
        self.figure_ends = [figures[i]["end"] for i in self.figure_order]

    def actors(self, start: int, end: int) -> list[str]:
        ids: list[str] = []
        for k in range(bisect_left(self.mention_starts, start), len(self.mentions)):
            m_start, m_end, actor_id = self.mentions[k]
            if m_start >= end:
                break
            if m_end <= end and actor_id not in ids:
                ids.append(actor_id)
        return sorted(ids, key=lambda a: int(a[1:]))

    def figure_indices(self, start: int, end: int) -> list[int]:
        found = []
        for k in range(bisect_left(self.figure_starts, start), len(self.figure_order)):
            if self.figure_starts[k] >= end:
                break
            if self.figure_ends[k] <= end:
                found.append(self.figure_order[k])
        return sorted(found)


def _quote_records(
    doc: Doc,
    sentence_of: SentenceIndex,
    actors: list[dict[str, Any]],
    figures: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """Fields of the ``Quote`` records of ``doc._.claimex_quotes``; actor ids as numbered
    in ``actors``."""
    records: list[dict[str, Any]] = []
    inside = _Inside(actors, figures)
    for quote in get_quotes(doc):
        if not isinstance(quote, QuoteSpan):
            continue
        speaker = [
            {
                "name": src.name,
                "actor_id": actors[src.actor]["id"] if src.actor is not None else None,
                "mention": _mention_fields(src.span, sentence_of) if src.span is not None else None,
            }
            for src in distinct_sources(quote.sources)
        ]
        first, last = sentence_of(quote.start), sentence_of(max(quote.start, quote.end - 1))
        cue_span = quote.cue_span
        records.append(
            {
                "text": quote.text,
                "start": quote.start,
                "end": quote.end,
                "kind": quote.kind,
                "speaker": speaker,
                "cue": quote.cue,
                "cue_mention": _mention_fields(cue_span, sentence_of) if cue_span else None,
                "parts": [{"text": t, "start": a, "end": b} for a, b, t in quote.parts],
                "actors": inside.actors(quote.start, quote.end),
                "figures": inside.figure_indices(quote.start, quote.end),
                "sentences": list(range(first, last + 1)),
                "confidence": quote.confidence,
                "pattern": quote.pattern,
            }
        )
    return records


def doc_to_extraction(
    doc: Doc,
    *,
    model: ModelInfo | None,
    claimex_version: str,
    doc_id: str | None = None,
    warnings: list[ExtractionWarning] | None = None,
) -> Extraction:
    """Build the :class:`Extraction` record of a processed doc.

    The fields of the nested records are gathered as plain dicts and the whole record is
    validated once (one pydantic call instead of one per mention, figure and quote):
    the same checks, the same record.

    Raises:
        pydantic.ValidationError: a stage produced a value the records do not allow.
    """
    sentence_of = SentenceIndex(doc)
    view = token_view(doc)
    entities = [
        {
            "text": view.span_text(ent.start, ent.end),
            "start": view.idx[ent.start],
            "end": view.idx[ent.end - 1] + len(view.texts[ent.end - 1]),
            "label": ent.label_,
        }
        for ent in doc.ents
    ]
    actors = [
        {
            "id": f"A{i}",
            "name": ref.name,
            "type": "PER" if ref.label == "PER" else "ORG",
            "mentions": [_mention_fields(span, sentence_of) for span in ref.spans],
            "aliases": _aliases(ref),
            "roles": list(ref.roles),
        }
        for i, ref in enumerate(_ext(doc, ACTORS_ATTR), start=1)
    ]
    places = [
        {
            "id": f"P{i}",
            "name": ref.name,
            "mentions": [_mention_fields(span, sentence_of) for span in ref.spans],
            "aliases": _aliases(ref),
        }
        for i, ref in enumerate(_ext(doc, PLACES_ATTR), start=1)
    ]
    figures = [
        {
            "text": fig.text,
            "start": fig.start_char,
            "end": fig.end_char,
            "value": fig.value,
            "raw": fig.raw,
            "scale": fig.scale,
            "unit": fig.unit,
            "qualifier": fig.qualifier,
            "counted": fig.counted,
            "upper": fig.upper,
            "sentence": sentence_of(fig.start_char),
        }
        for fig in _ext(doc, FIGURES_ATTR)
        if isinstance(fig, FigureSpan)
    ]
    quotes = _quote_records(doc, sentence_of, actors, figures)
    notes: list[ExtractionWarning | dict[str, Any]] = list(warnings or [])
    notes.extend({"code": "W050", "message": message} for message in get_quote_warnings(doc))
    return Extraction.model_validate(
        {
            "id": doc_id,
            "text": doc_text(doc),
            "entities": entities,
            "actors": actors,
            "places": places,
            "figures": figures,
            "quotes": quotes,
            "model": model,
            "claimex_version": claimex_version,
            "warnings": notes,
        }
    )


RECORD_ATTR = "claimex_record"

SPAN_KEYS = {
    "actors": "claimex_actors",
    "places": "claimex_places",
    "figures": "claimex_figures",
    "quotes": "claimex_quotes",
    "speakers": "claimex_speakers",
}
"""``doc.spans`` keys under which ``claimex_records`` publishes a doc's records as spans."""


def write_span_groups(doc: Doc, record: Extraction) -> None:
    """Publish ``record`` as ``doc.spans`` groups (:data:`SPAN_KEYS`), displaCy-ready.

    Labels: actors PER/ORG and places LOC (``kb_id_`` the record id), figures their unit,
    quotes "kind: speaker", speakers the speaking actor's name. Render with
    ``displacy.render(doc, style="span", options={"spans_key": "claimex_quotes"})``.
    """

    def span(start: int, end: int, label: str, kb_id: str = "") -> Span | None:
        return doc.char_span(start, end, label=label, kb_id=kb_id, alignment_mode="expand")

    groups: dict[str, list[Span | None]] = {key: [] for key in SPAN_KEYS}
    for actor in record.actors:
        groups["actors"] += [span(m.start, m.end, actor.type, actor.id) for m in actor.mentions]
    for place in record.places:
        groups["places"] += [span(m.start, m.end, "LOC", place.id) for m in place.mentions]
    groups["figures"] = [span(f.start, f.end, f.unit or "FIG") for f in record.figures]
    for quote in record.quotes:
        who = quote.speaker_name
        label = f"{quote.kind}: {who}" if who else str(quote.kind)
        groups["quotes"].append(span(quote.start, quote.end, label))
        for source in quote.speaker:
            if source.mention is not None:
                m = source.mention
                groups["speakers"].append(span(m.start, m.end, source.name, source.actor_id or ""))
    for name, spans in groups.items():
        doc.spans[SPAN_KEYS[name]] = [s for s in spans if s is not None]


def get_record(doc: Doc) -> Extraction | None:
    """The record ``claimex_records`` stored on ``doc`` (None if it did not run).

    Raises:
        pydantic.ValidationError: a portable record (JSON) that is not an Extraction.
    """
    if not Doc.has_extension(RECORD_ATTR):
        return None
    value = doc._.get(RECORD_ATTR)
    if isinstance(value, str | bytes):
        return Extraction.model_validate_json(value)
    return value if isinstance(value, Extraction) else None


def _is_claimex_value(key: object) -> bool:
    """A ``user_data`` key under which a claimex extension keeps a value (not the record)."""
    return (
        isinstance(key, tuple)
        and len(key) == 4
        and key[0] == "._."
        and isinstance(key[1], str)
        and key[1].startswith("claimex_")
        and key[1] != RECORD_ATTR
    )


def release(doc: Doc) -> None:
    """Drop claimex's values from ``doc`` once its record is built.

    Actors, places, figures and quotes hold spans of the doc they are stored on: a
    reference cycle that only Python's cyclic garbage collector breaks, late, so a long
    run would hold on to thousands of finished docs. Without the values the doc is freed
    as soon as it is no longer used.
    """
    for key in [key for key in doc.user_data if _is_claimex_value(key) or _is_record(key)]:
        del doc.user_data[key]
    for key in SPAN_KEYS.values():  # spans refer to their doc: a cycle too
        if key in doc.spans:
            del doc.spans[key]


def _is_record(key: object) -> bool:
    return isinstance(key, tuple) and len(key) == 4 and key[:2] == ("._.", RECORD_ATTR)


class RecordWriter:
    """``claimex_records``: store the doc's :class:`~claimex.records.Extraction` on it.

    The record has no ``id`` and no ``model`` (the :class:`~claimex.Extractor` that runs
    the pipeline adds its own); ``text`` is the doc's text.
    """

    def __init__(
        self, nlp: Language, name: str = "claimex_records", *, span_groups: bool = True
    ) -> None:
        self.name = name
        self.span_groups = span_groups
        if not Doc.has_extension(RECORD_ATTR):
            Doc.set_extension(RECORD_ATTR, default=None)

    def __call__(
        self,
        doc: Doc,
        *,
        portable: bool = False,
        record_only: bool = False,
        span_groups: bool | None = None,
        batch_size: int | None = None,
    ) -> Doc:
        """Build the record; with ``portable`` keep only what ``Doc.to_bytes`` can carry.

        A portable doc holds its record as JSON and none of the claimex extension values
        (Python objects that refer to spans); its ``tensor`` is dropped (the record does not
        need it, and it is the largest part of a serialised doc). With ``record_only`` the
        component returns a new, empty doc that carries nothing but that JSON: the record
        holds the text and all results, so a worker process sends back a few kilobytes of
        JSON instead of the doc's token arrays and strings, and the parent process has
        no doc to rebuild. ``batch_size`` is what ``nlp.pipe`` passes to every component
        given a ``component_cfg``; it is not used.
        """
        del batch_size
        record = doc_to_extraction(doc, model=None, claimex_version=__version__)
        if not (portable or record_only):
            doc._.set(RECORD_ATTR, record)
            if self.span_groups if span_groups is None else span_groups:
                write_span_groups(doc, record)
            return doc
        if record_only:
            carrier = Doc(doc.vocab, words=[])
            carrier._context = doc._context  # nlp.pipe(as_tuples=True) keeps it on the doc
            carrier._.set(RECORD_ATTR, record.model_dump_json())
            return carrier
        for key in [key for key in doc.user_data if _is_claimex_value(key)]:
            del doc.user_data[key]
        doc._.set(RECORD_ATTR, record.model_dump_json())
        doc.tensor = numpy.zeros((0,), dtype="float32")
        return doc


@Language.factory(
    "claimex_records",
    assigns=["doc._.claimex_record", "doc.spans"],
    default_config={"span_groups": True},
)
def make_record_writer(nlp: Language, name: str, span_groups: bool) -> RecordWriter:
    """Create the ``claimex_records`` component.

    Args:
        span_groups: also publish the records as ``doc.spans`` groups (:data:`SPAN_KEYS`).
    """
    return RecordWriter(nlp, name, span_groups=span_groups)


def finish_record(
    doc: Doc,
    *,
    model: ModelInfo,
    doc_id: str | None,
    warnings: list[ExtractionWarning],
    date: datetime.date | None = None,
) -> Extraction:
    """``doc``'s record (built here where the pipeline has no ``claimex_records``) with the
    caller's id, date, model and input ``warnings`` before the pipeline's, one per code."""
    record = get_record(doc)
    if record is None:  # a pipeline without claimex_records
        record = doc_to_extraction(
            doc, model=model, claimex_version=__version__, doc_id=doc_id, warnings=warnings
        )
        warnings = []
    return record.model_copy(
        update={
            "id": doc_id,
            "date": date,
            "model": model,
            "warnings": cap_warnings([*warnings, *record.warnings]),
        }
    )


def empty_record(
    text: str,
    *,
    model: ModelInfo,
    doc_id: str | None,
    warnings: list[ExtractionWarning],
    date: datetime.date | None = None,
) -> Extraction:
    """The record of a text with nothing to read (empty or whitespace only)."""
    return Extraction(
        id=doc_id,
        date=date,
        text=text,
        model=model,
        claimex_version=__version__,
        warnings=cap_warnings(warnings),
    )
