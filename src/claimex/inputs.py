"""Checks on what a caller passes in: the text (type, broken Unicode, HTML, language,
length) and the publication date; warnings capped per code."""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Mapping

from claimex.errors import InputError, TextTooLongError
from claimex.records import ExtractionWarning
from claimex.text import (
    german_share,
    looks_like_html,
    looks_like_mojibake,
    replace_surrogates,
    split_points,
)

# A text with fewer German function words than this share gets a warning.
MIN_GERMAN_SHARE = 0.08


def document_id(raw: object) -> str | None:
    """The id a result carries: None stays None, anything else is its ``str()`` with lone
    surrogates replaced by U+FFFD one-for-one, as in the text (W001). A JSON line's
    ``"id": "a\\ud800"`` is a valid escape; kept, it made the record's JSON unwritable
    and stopped a whole ``claimex extract`` run at that line.

    Example:
        >>> document_id("spkatt-news-\\udcc3") == "spkatt-news-\\ufffd"
        True
        >>> document_id(7), document_id(None)
        ('7', None)
    """
    return None if raw is None else replace_surrogates(str(raw))[0]


def check_text(text: object, *, single: bool = False) -> str:
    """Return ``text`` if it is a str, else raise a clear :class:`InputError`.

    With ``single`` (a call that takes one text: ``extract``), a list or tuple is refused
    with a pointer to ``pipe``, which takes many, and a mapping (``pipe``'s item form) with
    how to pass its fields. A path or an open file is refused with how to read its text.

    Raises:
        InputError: ``text`` is None, bytes or anything but a str.
    """
    if isinstance(text, str):
        return text
    if text is None:
        raise InputError("E001 text is None: pass the article text as a str.")
    if isinstance(text, bytes | bytearray):
        raise InputError(
            "E001 text is bytes: decode it first, e.g. data.decode('utf-8', errors='replace')."
        )
    kind = type(text).__name__
    if isinstance(text, os.PathLike):  # claimex.extract(Path("article.txt"))
        raise InputError(
            f"E001 text must be a str, not {kind}: pass the file's text, e.g. "
            "Path(...).read_text(encoding='utf-8') (on the command line: claimex extract FILE)."
        )
    if isinstance(text, io.IOBase):  # claimex.extract(open("article.txt"))
        raise InputError(f"E001 text must be a str, not {kind}: pass the file's text, f.read().")
    if single and isinstance(text, list | tuple):
        raise InputError(
            f"E001 text must be a str, not {kind}: for many texts use claimex.load().pipe(texts)."
        )
    if single and isinstance(text, Mapping):  # pipe()'s {"id": ..., "text": ...} item
        raise InputError(
            f"E001 text must be a str, not {kind}: for an {{'id': ..., 'text': ...}} item call "
            "extract(item['text'], id=item.get('id'), date=item.get('date')), or pipe([item])."
        )
    raise InputError(f"E001 text must be a str, not {kind}.")


def prepare(text: str) -> tuple[str, list[ExtractionWarning]]:
    warnings: list[ExtractionWarning] = []
    text, replaced = replace_surrogates(text)
    if replaced:
        warnings.append(
            ExtractionWarning(
                code="W001",
                message=f"{replaced} broken Unicode characters (lone surrogates) were "
                "replaced by U+FFFD; offsets are unchanged. Where they stand for characters "
                "(bytes escaped by Python's surrogateescape that make UTF-8, surrogate "
                "pairs), the pipeline read those characters.",
            )
        )
    if looks_like_html(text):
        warnings.append(
            ExtractionWarning(
                code="W002",
                message="the text contains HTML markup: the pipeline read a copy without "
                "the tags (block tags as line breaks, character references as their "
                "character); offsets and texts refer to the text as given.",
            )
        )
    if looks_like_mojibake(text):
        warnings.append(
            ExtractionWarning(
                code="W007",
                message="the text looks like UTF-8 decoded as Latin-1 or Windows-1252 "
                '("Ã¼" for "ü"): names and words are garbled; decode it as UTF-8 '
                "(on the command line, leave --encoding at utf-8). The pipeline read a copy "
                "with each garbled letter that makes UTF-8 repaired; offsets and texts refer "
                "to the text as given.",
            )
        )
    if len(text) >= 200 and german_share(text) < MIN_GERMAN_SHARE:
        warnings.append(
            ExtractionWarning(
                code="W003",
                message="the text does not look German; claimex's pipeline is German-only "
                "and results will be poor.",
            )
        )
    return text, warnings


def limit_length(
    text: str, max_chars: int, *, truncate: bool
) -> tuple[str, list[ExtractionWarning]]:
    """``text``, or with ``truncate`` its beginning, if it is longer than ``max_chars``.

    The beginning ends at a paragraph or sentence end where one lies in the second half
    of the first ``max_chars`` characters (:func:`~claimex.text.split_points`); it is a
    prefix of ``text``, so offsets into it are offsets into ``text``.

    Raises:
        TextTooLongError: ``text`` is longer than ``max_chars`` and ``truncate`` is false.
        ValueError: ``max_chars`` is not positive.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    if len(text) <= max_chars:
        return text, []
    if not truncate:
        raise TextTooLongError(
            f"E003 text of {len(text)} characters is longer than max_chars ({max_chars}): "
            "split it into documents, allow more with max_chars=... (per call in extract(), "
            "for every call in claimex.load()), or pass truncate=True to process only about "
            f"the first {max_chars} characters."
        )
    kept = split_points(text[: max_chars + 1], max_chars)[0]
    return text[:kept], [
        ExtractionWarning(
            code="W006",
            message=f"text of {len(text)} characters is longer than max_chars "
            f"({max_chars}): only its first {kept} characters were processed.",
        )
    ]


def cap_warnings(warnings: list[ExtractionWarning]) -> list[ExtractionWarning]:
    """One warning per code: the first message, with ``count`` how often the code occurred.

    A page of stray quotation marks gives one W050 with its count, not a thousand.
    """
    first: dict[str, ExtractionWarning] = {}
    counts: dict[str, int] = {}
    for warning in warnings:
        first.setdefault(warning.code, warning)
        counts[warning.code] = counts.get(warning.code, 0) + warning.count
    capped = []
    for code, warning in first.items():
        n = counts[code]
        if n == warning.count:
            capped.append(warning)
        else:
            message = f"{warning.message} ({n - 1} more like it in this document)"
            capped.append(warning.model_copy(update={"message": message, "count": n}))
    return capped


def check_date(date: object) -> datetime.date | None:
    """A publication date as ``datetime.date`` (from a date, datetime or ISO string).

    An ISO string is a date ("2025-05-07") or a date and time ("2025-05-07T10:30:00+02:00",
    "2025-05-07 10:30"); an empty string (a blank cell of a converted table) is no date.

    Example:
        >>> check_date("2025-05-07T10:30:00Z"), check_date(" ")
        (datetime.date(2025, 5, 7), None)

    Raises:
        InputError: anything else, such as "7. Mai" or a date followed by other text.
    """
    if isinstance(date, datetime.datetime):
        return date.date()
    if date is None or isinstance(date, datetime.date):
        return date
    if isinstance(date, str):
        value = date.strip()
        if not value:
            return None
        try:
            return datetime.datetime.fromisoformat(value).date()
        except ValueError as exc:
            raise InputError(f"E002 date {date!r} is not an ISO date (YYYY-MM-DD).") from exc
    kind = type(date).__name__
    raise InputError(f"E002 date must be a datetime.date or an ISO string, not {kind}.")
