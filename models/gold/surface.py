"""The annotators' working format: records named by their surface text, not by offsets.

People (and helper sessions) annotate far more reliably by writing what they see ("Putin",
PER) than by counting characters. A *work file* holds one article's annotation in this
surface form; :func:`resolve` turns it into a gold document of ``shared/gold/FORMAT.md``
with true offsets, or says exactly which record could not be placed.

Work file (JSON, one per article)::

    {"id": "spkatt-news-10022",
     "entities": [{"text": "Neil Armstrong", "label": "PER"},
                  {"text": "Apollo", "label": "MISC", "context": "mit Apollo 11 zum"}],
     "not_entities": [{"text": "Kennedy", "context": "Kennedy-Flughafen"}],
     "actors": [{"name": "Neil Alden Armstrong", "type": "PER",
                 "mentions": ["Neil Alden Armstrong", "Armstrong", "der Astronaut"]}],
     "places": [{"name": "Ohio"}],
     "figures": [{"text": "75", "nth": 1, "value": 75, "unit": "Jahre", ...}],
     "quotes": [{"text": "Houston, Tranquillity Base here.", "kind": "direct",
                 "speaker": "Neil Alden Armstrong", "cue": "melden"}]}

Placing rules:

- an entity without ``context`` labels *every* word-bounded occurrence of its text (not
  inside a longer word or a hyphenated compound); longer entity texts are placed first and
  an occurrence overlapping one already placed is left out;
- ``context`` (a string found exactly once in the article that contains the record's text)
  places one occurrence, inside that context; ``nth`` (1-based) picks the n-th occurrence;
- ``not_entities`` blocks occurrences (with ``context``) that the blanket rule would label;
- figures and quotes need a unique text, or ``context`` / ``nth``.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

WORD_CHAR = re.compile(r"[\w-]")


class PlacementError(ValueError):
    """A record of a work file could not be placed in the article text."""


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not WORD_CHAR.match(before) and not WORD_CHAR.match(after)


def occurrences(text: str, needle: str, *, word_bounded: bool) -> list[int]:
    """Start offsets of ``needle`` in ``text`` (word-bounded ones only, if asked)."""
    if not needle:
        return []
    found = []
    start = text.find(needle)
    while start != -1:
        if not word_bounded or _bounded(text, start, start + len(needle)):
            found.append(start)
        start = text.find(needle, start + 1)
    return found


def locate(text: str, record: dict[str, Any], *, word_bounded: bool, what: str) -> int:
    """Return the start offset of one record, by ``context``, ``nth`` or uniqueness.

    Raises:
        PlacementError: the record's text is missing, ambiguous or its context is.
    """
    needle = record.get("text")
    if not isinstance(needle, str) or not needle:
        raise PlacementError(f"{what}: no 'text'")
    context = record.get("context")
    if context:
        where = occurrences(text, context, word_bounded=False)
        if len(where) != 1:
            raise PlacementError(
                f"{what} {needle!r}: context {context!r} occurs {len(where)} times (need 1)"
            )
        inner = context.find(needle)
        if inner == -1:
            raise PlacementError(f"{what} {needle!r}: not inside its context {context!r}")
        return where[0] + inner
    where = occurrences(text, needle, word_bounded=word_bounded)
    if not where and word_bounded:
        where = occurrences(text, needle, word_bounded=False)
    nth = record.get("nth")
    if nth is not None:
        if not isinstance(nth, int) or not 1 <= nth <= len(where):
            raise PlacementError(f"{what} {needle!r}: nth={nth!r} but it occurs {len(where)} times")
        return where[nth - 1]
    if len(where) != 1:
        raise PlacementError(f"{what} {needle!r} occurs {len(where)} times: add 'context' or 'nth'")
    return where[0]


def _place_entities(text: str, work: dict[str, Any]) -> list[dict[str, Any]]:
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for blocked in work.get("not_entities", []):
        start = locate(text, blocked, word_bounded=True, what="not_entity")
        taken.append((start, start + len(blocked["text"])))
    placed: list[dict[str, Any]] = []
    entries = list(work.get("entities", []))
    pinned = [e for e in entries if e.get("context") or e.get("nth") is not None]
    blanket = [e for e in entries if not (e.get("context") or e.get("nth") is not None)]
    for entry in pinned:
        start = locate(text, entry, word_bounded=True, what="entity")
        end = start + len(entry["text"])
        if not free(start, end):
            raise PlacementError(f"entity {entry['text']!r} at {start} overlaps another entity")
        taken.append((start, end))
        placed.append(
            {"start": start, "end": end, "text": entry["text"], "label": entry.get("label")}
        )
    for entry in sorted(blanket, key=lambda e: -len(str(e.get("text", "")))):
        needle = entry.get("text")
        if not isinstance(needle, str) or not needle:
            raise PlacementError("entity: no 'text'")
        hits = [s for s in occurrences(text, needle, word_bounded=True) if free(s, s + len(needle))]
        if not hits and not occurrences(text, needle, word_bounded=True):
            raise PlacementError(f"entity {needle!r} does not occur (word-bounded) in the text")
        for start in hits:
            taken.append((start, start + len(needle)))
            placed.append(
                {
                    "start": start,
                    "end": start + len(needle),
                    "text": needle,
                    "label": entry.get("label"),
                }
            )
    return sorted(placed, key=lambda e: (e["start"], e["end"]))


FIGURE_FIELDS = ("value", "unit", "qualifier", "counted", "scale", "upper")
QUOTE_FIELDS = ("kind", "speaker", "cue")


def resolve(work: dict[str, Any], text: str, *, source: dict[str, Any]) -> dict[str, Any]:
    """Turn a work file into a gold document with offsets (no article text inside).

    Raises:
        PlacementError: a record cannot be placed; the message names it.
    """
    entities = _place_entities(text, work)
    figures = []
    for i, record in enumerate(work.get("figures", [])):
        start = locate(text, record, word_bounded=True, what=f"figure {i}")
        figure = {"start": start, "end": start + len(record["text"]), "text": record["text"]}
        for key in FIGURE_FIELDS:
            if key in record and (
                record[key] is not None or key in ("unit", "qualifier", "counted")
            ):
                figure[key] = record[key]
        figures.append(figure)
    quotes = []
    for i, record in enumerate(work.get("quotes", [])):
        start = locate(text, record, word_bounded=False, what=f"quote {i}")
        quote = {"start": start, "end": start + len(record["text"])}
        for key in QUOTE_FIELDS:
            quote[key] = record.get(key)
        quotes.append(quote)
    return {
        "id": work["id"],
        "source": source,
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "entities": entities,
        "actors": [
            {"name": a.get("name"), "type": a.get("type"), "mentions": list(a.get("mentions", []))}
            for a in work.get("actors", [])
        ],
        "places": [{"name": p.get("name")} for p in work.get("places", [])],
        "figures": sorted(figures, key=lambda f: f["start"]),
        "quotes": sorted(quotes, key=lambda q: q["start"]),
    }
