"""Validate gold files of the in-domain corpus (``shared/gold/FORMAT.md``); reject what fails.

Checks per document (the text is read from ``shared/`` by its ``source`` and checked against
``sha256``):

- offsets inside the text, entity and figure ``text == text[start:end]``, spans neither
  empty nor starting/ending with white space;
- labels, actor types, figure qualifiers and quote kinds from the format's closed sets;
- no two entities overlap, no two figures overlap, no two quotes share more than half of
  the shorter one;
- every PER/ORG entity's surface form is a mention (or the name) of exactly one actor's list
  and every actor has at least one PER/ORG entity; every LOC entity and place are linked
  (a place name close to the entity's surface form, RapidFuzz ratio >= 80 or one
  contained in the other) - that check only warns;
- every quote speaker (each part of a "; "-joined list) is the name of an actor of the
  article or a description found in its text (case-insensitive, a leading article ignored,
  each word also in another inflection: the nominative of a description written in the
  dative passes).

Usage::

    python -m models.gold.validate models/gold/wikinews/*.jsonl   # exit 1 if any fails
    python -m models.gold.validate --with-text my_gold.jsonl      # your own gold (with text)

The in-domain corpus must reference its texts (no article text in the project);
``--with-text`` accepts documents that carry their ``text``, as a gold file written for
your own articles does (``docs/evaluation.md``). A ``.json`` file holds one document (or a
list); any other file is read as JSON Lines.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from claimex.gold import find_shared, hydrate

LABELS = {"PER", "LOC", "ORG", "MISC"}
ACTOR_TYPES = {"PER", "ORG"}
QUALIFIERS = {
    None,
    "approx",
    "more_than",
    "less_than",
    "at_least",
    "at_most",
    "just_under",
    "just_over",
}
KINDS = {"direct", "indirect", "reported", "according_to"}
ARTICLE = re.compile(
    r"^(der|die|das|den|dem|des|ein|eine|einer|einem|einen|eines)\s+", re.IGNORECASE
)


def _strip_article(name: str) -> str:
    return ARTICLE.sub("", name.strip())


ENDING = re.compile(r"(?:e|en|er|es|em|n|s)$")
WORD = re.compile(r"[\w-]+")


def _stem(word: str) -> str:
    """Crude German stem: up to two inflection endings off ("Beobachtern" -> "beobacht")."""
    word = word.lower()
    for _ in range(2):
        if len(word) > 4:
            word = ENDING.sub("", word)
    return word


def _speaker_ok(part: str, actor_names: set[str], text_lower: str) -> bool:
    """An actor's name, or a description whose words all occur in the text, inflected or
    not ("politische Beobachter" for "politischer Beobachter", "Sprecher" for "des
    Sprechers")."""
    if part in actor_names:
        return True
    bare = _strip_article(part).lower()
    if not bare:
        return False
    if bare in text_lower:
        return True
    stems = {_stem(w) for w in WORD.findall(text_lower)}
    return all(_stem(w) in stems for w in WORD.findall(bare))


def _place_linked(surface: str, places: Iterable[str]) -> bool:
    s = surface.lower()
    for name in places:
        n = name.lower()
        if n in s or s in n or fuzz.ratio(s, n) >= 80:
            return True
    return False


def check_document(doc: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) of one hydrated gold document."""
    errors: list[str] = []
    warnings: list[str] = []
    text: str = doc["text"]
    text_lower = text.lower()

    def span_ok(kind: str, r: dict[str, Any]) -> None:
        start, end = r.get("start"), r.get("end")
        if (
            not isinstance(start, int)
            or not isinstance(end, int)
            or not 0 <= start < end <= len(text)
        ):
            errors.append(f"{kind} {r!r}: bad offsets")
            return
        piece = text[start:end]
        if piece != piece.strip():
            errors.append(f"{kind} {piece!r} at {start}: starts or ends with white space")

    entities = doc.get("entities", [])
    for e in entities:
        span_ok("entity", e)
        if e.get("label") not in LABELS:
            errors.append(
                f"entity {e.get('text')!r}: label {e.get('label')!r} not in {sorted(LABELS)}"
            )
    spans = sorted((int(e["start"]), int(e["end"]), e.get("text")) for e in entities)
    for (s1, e1, t1), (s2, _e2, t2) in itertools.pairwise(spans):
        if s2 < e1:
            errors.append(f"entities {t1!r}@{s1} and {t2!r}@{s2} overlap")

    actors = doc.get("actors", [])
    actor_names = {str(a.get("name")) for a in actors}
    mention_owner: dict[str, list[str]] = {}
    for a in actors:
        if not a.get("name"):
            errors.append(f"actor {a!r}: no name")
        if a.get("type") not in ACTOR_TYPES:
            errors.append(f"actor {a.get('name')!r}: type {a.get('type')!r} not PER/ORG")
        for m in {a.get("name"), *a.get("mentions", [])}:
            if isinstance(m, str):
                mention_owner.setdefault(m, []).append(str(a.get("name")))
    named = {e["text"] for e in entities if e.get("label") in ACTOR_TYPES}
    for surface in sorted(named):
        owners = set(mention_owner.get(surface, []))
        if not owners:
            errors.append(f"PER/ORG entity {surface!r} is no actor's mention")
        elif len(owners) > 1:
            errors.append(
                f"PER/ORG entity {surface!r} is a mention of several actors {sorted(owners)}"
            )
    for a in actors:
        forms = {a.get("name"), *a.get("mentions", [])}
        if not forms & named:
            errors.append(f"actor {a.get('name')!r} has no PER/ORG entity among its mentions")

    places = [str(p.get("name")) for p in doc.get("places", [])]
    for surface in sorted({e["text"] for e in entities if e.get("label") == "LOC"}):
        if not _place_linked(surface, places):
            warnings.append(f"LOC entity {surface!r} matches no place name")
    locs = [e["text"] for e in entities if e.get("label") == "LOC"]
    for name in places:
        if not name or name == "None":
            errors.append("place without a name")
        elif not _place_linked(name, locs):
            warnings.append(f"place {name!r} matches no LOC entity")

    figures = doc.get("figures", [])
    for f in figures:
        span_ok("figure", f)
        value = f.get("value")
        if (
            not isinstance(value, int | float)
            or isinstance(value, bool)
            or not math.isfinite(value)
        ):
            errors.append(f"figure {f.get('text')!r}: value {value!r} is not a number")
        if f.get("qualifier") not in QUALIFIERS:
            errors.append(f"figure {f.get('text')!r}: qualifier {f.get('qualifier')!r}")
        if f.get("upper") is not None and not isinstance(f.get("upper"), int | float):
            errors.append(f"figure {f.get('text')!r}: upper {f.get('upper')!r} is not a number")
        for key in ("unit", "counted", "scale"):
            if f.get(key) is not None and not isinstance(f.get(key), str):
                errors.append(f"figure {f.get('text')!r}: {key} must be a string or null")
    fspans = sorted((int(f["start"]), int(f["end"])) for f in figures)
    for (s1, e1), (s2, _) in itertools.pairwise(fspans):
        if s2 < e1:
            errors.append(f"figures at {s1} and {s2} overlap")

    quotes = doc.get("quotes", [])
    for q in quotes:
        span_ok("quote", q)
        if q.get("kind") not in KINDS:
            errors.append(
                f"quote at {q.get('start')}: kind {q.get('kind')!r} not in {sorted(KINDS)}"
            )
        cue = q.get("cue")
        if cue is not None and (not isinstance(cue, str) or not cue.strip()):
            errors.append(f"quote at {q.get('start')}: cue {cue!r} must be a lemma or null")
        speaker = q.get("speaker")
        if speaker is None:
            continue
        if not isinstance(speaker, str) or not speaker.strip():
            errors.append(f"quote at {q.get('start')}: speaker {speaker!r} must be a name or null")
            continue
        for part in speaker.split("; "):
            if not _speaker_ok(part, actor_names, text_lower):
                errors.append(
                    f"quote at {q.get('start')}: speaker {part!r} is neither an actor's name "
                    "nor a description found in the text"
                )
    qspans = sorted((int(q["start"]), int(q["end"])) for q in quotes)
    for (s1, e1), (s2, e2) in itertools.pairwise(qspans):
        overlap = min(e1, e2) - s2
        if overlap > 0 and overlap * 2 > min(e1 - s1, e2 - s2):
            errors.append(f"quotes at {s1} and {s2} overlap by more than half")
    return errors, warnings


def _documents(path: Path) -> Iterable[tuple[int, Any]]:
    """(line number, parsed JSON or the error) of each document of a gold file."""
    raw_text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        try:
            loaded = json.loads(raw_text)
        except json.JSONDecodeError as exc:
            yield 1, exc
            return
        for doc in loaded if isinstance(loaded, list) else [loaded]:
            yield 1, doc
        return
    for line_no, line in enumerate(raw_text.splitlines(), 1):
        if line.strip():
            try:
                yield line_no, json.loads(line)
            except json.JSONDecodeError as exc:
                yield line_no, exc


def validate_file(
    path: Path, *, shared: Path | None, with_text: bool = False
) -> tuple[int, list[str], list[str]]:
    """Validate every document of a gold file; return (documents, errors, warnings).

    ``with_text``: documents may carry their ``text`` (a user's own gold file); without it
    every document must reference its source (the in-domain corpus).
    """
    errors: list[str] = []
    warnings: list[str] = []
    n = 0
    seen: set[str] = set()
    for line_no, raw in _documents(path):
        n += 1
        if not isinstance(raw, dict):
            problem = raw if isinstance(raw, json.JSONDecodeError) else "not a JSON object"
            errors.append(f"{path.name}:{line_no}: {problem}")
            continue
        doc_id = str(raw.get("id"))
        where = f"{path.name}:{line_no} {doc_id}"
        if doc_id in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(doc_id)
        if "text" in raw and not with_text:
            errors.append(
                f"{where}: carries its text (reference the source by id and sha256; "
                "--with-text accepts it in a gold file of your own)"
            )
        try:
            doc = hydrate(raw, shared=shared)
        except Exception as exc:  # a malformed document is reported, not raised
            errors.append(f"{where}: {exc}")
            continue
        errs, warns = check_document(doc)
        errors += [f"{where}: {e}" for e in errs]
        warnings += [f"{where}: {w}" for w in warns]
    return n, errors, warnings


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--warnings", action="store_true", help="print the warnings too")
    parser.add_argument(
        "--with-text",
        action="store_true",
        help="accept documents that carry their text (a gold file of your own articles)",
    )
    args = parser.parse_args(argv)
    shared = find_shared(Path(__file__).resolve().parent)
    total_errors = 0
    for path in args.files:
        n, errors, warnings = validate_file(path, shared=shared, with_text=args.with_text)
        total_errors += len(errors)
        print(f"{path}: {n} documents, {len(errors)} errors, {len(warnings)} warnings")
        for e in errors:
            print("  ERROR", e)
        if args.warnings:
            for w in warnings:
                print("  warn ", w)
    return 1 if total_errors else 0


if __name__ == "__main__":
    sys.exit(main())
