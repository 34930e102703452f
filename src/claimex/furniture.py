"""Page furniture of online news text taken out of the copy the pipeline reads.

Text copied from a news site carries lines and marks that are no part of the article: an
agency's dateline before the first sentence ("BERLIN (dpa) \N{EN DASH} Der ..."), a byline
("Von Anna Schmidt, Berlin"), photo and source credits ("Foto: picture alliance/dpa |
Michael Kappeler", "Quelle: ..."), share and link lines ("Teilen auf Facebook | Twitter",
"Lesen Sie auch: ..."), advertising labels, copyright lines, list bullets at a line start
and URLs between sentences; a live ticker's stamps at a paragraph's start ("14:32 Uhr: ",
"+++ 14:32 +++ ", "Update: "), a caption's credit after its last sentence ("... in Berlin.
Foto: dpa/Kay Nietfeld"), a source in brackets ("(Quelle: Statistisches Bundesamt)") and
"via @handle" after a sentence. Read as article text, a quote starts at them, their names are
actors ("dpa", "Kappeler", "Twitter", the byline's author: the article's writer is no
actor of what it reports) and a bullet hides a capitalised number word ("\N{BULLET} Drei
...") at a sentence start. :func:`furniture_edits` finds each by its shape (a line of its
own, or the start of a line) and the word lists of ``lexicon/page_furniture.json``; the
copy the pipeline reads is made without them (:func:`claimex.markup.for_pipeline`), and
its offsets map back to the input's. A dateline keeps its place names ("Brüssel/Berlin"
are places) and ends a sentence after them (a line break); a byline keeps a place after
the names. Time is linear in the length of the text.

Example:
    >>> from claimex.normalize import edited
    >>> text = "BERLIN (dpa) - Er kam.\\nFoto: dpa\\n* Drei gingen. (www.x.de) Gut."
    >>> edited(text, furniture_edits(text))[0]
    'BERLIN\\nEr kam.\\nDrei gingen. Gut.'
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import repeat

from claimex.lexicon import table, words
from claimex.text import COPYRIGHT_SIGN, EM_DASH, EN_DASH, LIST_BULLETS, QUOTE_CHARS

_DASHES = f"\\-{EN_DASH}{EM_DASH}"  # for a character class
_CAPITALISED = r"[A-Z\u00c4\u00d6\u00dc][\w'.-]*"
_PLACE = rf"{_CAPITALISED}(?: {_CAPITALISED}){{0,2}}"
_NAME = rf"(?P<first>{_CAPITALISED}) {_CAPITALISED}(?: {_CAPITALISED})?"
# a dateline's date after its places, by shape: "5. März", "5. März 2025", "5.3.2025"
_DATE = (
    r"\d{1,2}\.[ \t]*(?:\d{1,2}\.|[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc]+\.?)"
    r"(?:[ \t]*\d{2,4})?"
)
# a ticker's time: "14:32", "14:32 Uhr", "14.32 Uhr" (with a point only before "Uhr")
_TIME = r"(?:\d{1,2}:\d{2}(?:[ \t]*Uhr)?|\d{1,2}\.\d{2}[ \t]*Uhr)"
_INLINE_MAX = 80  # an inline source in brackets, "(Quelle: Statistisches Bundesamt)"
_LINE_MAX = 160  # a furniture line is short; a longer one is read as text
_SENTENCE_INSIDE = re.compile(r"[.!?][ \t]+[A-Z\u00c4\u00d6\u00dc]")
_URL = r"(?:https?://|www\.)[^\s()<>]*[^\s()<>.,;:!?]"


def _alternation(entries: list[str]) -> str:
    return "|".join(re.escape(e) for e in sorted(entries, key=len, reverse=True))


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lexicon = table("page_furniture")
    agency = f"(?:{_alternation(lexicon['agencies'])})"
    lines = {
        # "Foto: dpa", "(Bild: Screenshot)", "Quelle: Statistisches Bundesamt"
        "credit": rf"\(?(?:{_alternation(lexicon['credit_labels'])})[ \t]*:",
        # "picture alliance/dpa | Michael Kappeler"
        "pipe": rf"[^\n|]{{0,{_LINE_MAX}}}\b(?:{_alternation(lexicon['photo_agencies'])})\b"
        rf"[^\n|]{{0,{_LINE_MAX}}}\|",
        # "Teilen auf Facebook | Twitter", "Lesen Sie auch: ...", "Anzeige"
        "label": rf"(?:{_alternation(lexicon['line_labels'])})(?=[ \t]*(?::|auf\b|$))",
        "copyright": rf"(?:{COPYRIGHT_SIGN}|\([cC]\)|Copyright\b)",
    }
    kinds = _alternation(lexicon["byline_kinds"])
    ticker = _alternation(lexicon["ticker_labels"])
    return {
        "line": re.compile(
            rf"^[ \t]*(?:{'|'.join(f'(?:{p})' for p in lines.values())})[^\n]{{0,{_LINE_MAX}}}$",
            re.MULTILINE,
        ),
        "dateline": re.compile(
            rf"^[ \t]*(?P<places>{_PLACE}(?:[ \t]?/[ \t]?{_PLACE})*)?(?:,[ \t]*{_DATE})?"
            rf"(?P<blank>[ \t]*\({agency}(?:[ \t]?/[ \t]?{agency})*\)"
            rf"[ \t]*[{_DASHES}][ \t]*)(?=\S)",
            re.MULTILINE,
        ),
        "byline": re.compile(
            rf"^[ \t]*(?P<blank>(?:Ein|Eine)?[ \t]*(?:(?:{kinds})[ \t]+)?[Vv]on[ \t]+"
            rf"(?P<names>{_NAME}(?:(?:,| und) {_NAME.replace('?P<first>', '')})*))"
            rf"(?:,[ \t]*(?P<place>{_PLACE}))?[ \t]*$",
            re.MULTILINE,
        ),
        # "14:32 Uhr: ", "+++ 14:32 +++ ", "Update: ", "Update (14:32 Uhr) - "
        "ticker": re.compile(
            rf"^[ \t]*(?P<blank>(?:\+\+\+[ \t]*(?:(?:{ticker})(?:[ \t]*{_TIME})?|{_TIME})"
            rf"[ \t]*\+\+\+|(?:(?:{ticker})(?:[ \t]*\(?{_TIME}\)?)?|{_TIME})"
            rf"[ \t]*(?::|[{_DASHES}]))[ \t]*)(?=\S)",
            re.MULTILINE,
        ),
        "via": re.compile(r"via[ \t]+@\w+"),  # "via @handle" after a sentence
        "bullet": re.compile(rf"^[ \t]*(?P<blank>[{LIST_BULLETS}*{_DASHES}][ \t]+)(?=\S)", re.M),
        "url": re.compile(
            rf"(?:^|(?<=[.!?] )|(?<=[.!?][\"'\u201c\u201d\u00ab\u00bb] ))[ \t]*"
            rf"(?P<blank>\({_URL}\)|{_URL})(?=\s|$)",
            re.MULTILINE,
        ),
    }


def _furniture_line(line: str) -> bool:
    """Whether a line that opens with a credit, share or copyright label is furniture: short,
    one stretch without a sentence end or a quotation mark inside."""
    body = line.strip()
    return (
        len(body) <= _LINE_MAX
        and _SENTENCE_INSIDE.search(body) is None
        and not any(c in QUOTE_CHARS for c in body if c != "'")
    )


def _byline(match: re.Match[str]) -> bool:
    """Whether the names of a byline match start with first names ("Von Anna Schmidt")."""
    first_names = words("first_names")
    names = re.split(r",[ \t]*| und ", match["names"])
    return all(name.split(" ", 1)[0] in first_names for name in names)


def _line_start(text: str, start: int) -> bool:
    """Whether only spaces and tabs stand between ``start`` and the line's start."""
    before = start
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    return before == 0 or text[before - 1] in "\n\r"


def _deleted(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The edit that takes a stretch of furniture out: with the white space after it where
    it starts a line (the lines around it join as the paragraphs they were), else with the
    spaces before it (the sentence before keeps its line's end)."""
    if _line_start(text, start):
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        if after < len(text):
            return start, after, ""
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start, end, ""


_SENTENCE_END = ".!?\u2026\"'\u201c\u201d\u00ab\u00bb)"


def _credits(text: str) -> Iterator[tuple[int, int, str]]:
    """The edits of credits inside a line, found at their colons: a source in brackets
    ("(Quelle: Statistisches Bundesamt)", up to :data:`_INLINE_MAX` characters) and a
    caption's credit after its last sentence to the line's end ("... in Berlin. Foto:
    dpa/Kay Nietfeld"). A line that opens with a credit is the ``line`` pattern's."""
    labels = frozenset(table("page_furniture")["credit_labels"])
    colon = text.find(":")
    while colon >= 0:
        end = colon
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        if start < end and text[start:end] in labels and not _line_start(text, start):
            line_end = text.find("\n", colon)
            line_end = len(text) if line_end < 0 else line_end
            if start > 0 and text[start - 1] == "(":
                close = text.find(")", colon, min(line_end, colon + _INLINE_MAX + 1))
                if close >= 0 and "(" not in text[colon:close]:
                    yield _deleted(text, start - 1, close + 1)
                    start = -1
            if start >= 0:
                start -= start > 0 and text[start - 1] == "("
                before = start
                while before > 0 and text[before - 1] in " \t":
                    before -= 1
                after_sentence = before < start and before > 0 and text[before - 1] in _SENTENCE_END
                if after_sentence and _furniture_line(text[start:line_end]):
                    yield _deleted(text, start, line_end)
        colon = text.find(":", colon + 1)


_LINE_CHARS = 32  # lines this long on average: trying each line start beats a scan


def _line_starts(text: str) -> list[int] | None:
    """The offsets at which the lines of ``text`` start, or None where its lines are so
    short on average that a scan of the whole text costs less than a try at each."""
    breaks = text.count("\n")
    if (breaks + 1) * _LINE_CHARS > len(text):
        return None
    starts = [0]
    at = text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts


def _at_line_starts(
    pattern: re.Pattern[str], text: str, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches only at a line's start
    (``^`` in multi-line mode) within that line: the matches at ``starts``, which the
    scan would find there, without trying every other character (``starts`` None: the
    scan)."""
    if starts is None:
        return pattern.finditer(text)
    return (m for m in map(pattern.match, repeat(text), starts) if m is not None)


def _edits(text: str) -> Iterator[tuple[int, int, str]]:
    """The edits (start, end, replacement) of the furniture of ``text``, unordered."""
    patterns = _patterns()
    # the line, dateline, byline, ticker and bullet patterns match at a line's start, in
    # its line
    starts = _line_starts(text)
    for match in _at_line_starts(patterns["line"], text, starts):
        if _furniture_line(match[0]):
            yield _deleted(text, match.start(), match.end())
    for match in _at_line_starts(patterns["dateline"], text, starts):
        yield match.start("blank"), match.end("blank"), "\n" if match["places"] else ""
    for match in _at_line_starts(patterns["byline"], text, starts):
        if not _byline(match):
            continue
        if match["place"]:
            yield match.start("blank"), match.start("place"), ""
        else:
            yield _deleted(text, match.start("blank"), match.end())
    for match in _at_line_starts(patterns["ticker"], text, starts):
        yield match.start("blank"), match.end("blank"), ""
    yield from _credits(text)
    if "@" in text:  # no handle: no scan
        for match in patterns["via"].finditer(text):
            if match.start() > 0 and text[match.start() - 1] in " \t":
                yield _deleted(text, match.start(), match.end())
    for match in _at_line_starts(patterns["bullet"], text, starts):
        yield match.start("blank"), match.end("blank"), ""
    if "://" not in text and "www." not in text:
        return  # no URL: the scan (a try at every character) is not needed
    for match in patterns["url"].finditer(text):
        yield _deleted(text, match.start("blank"), match.end("blank"))


def furniture_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """The edits (start, end, replacement) that take the page furniture (module doc) out of
    ``text``, in text order and not overlapping, for :func:`claimex.normalize.edited`: a
    line of furniture with the white space after it, a URL between sentences with the
    spaces before it, a bullet with the spaces after it, a byline's names (its place
    stays), a dateline's agency and dash (a line break after its places), a ticker's
    stamp with the spaces after it, a credit inside a line and "via @handle" with the
    spaces before them.

    Example:
        >>> from claimex.normalize import edited
        >>> edited("Von Anna Schmidt, Berlin\\nTeilen auf Facebook | X\\n* Drei", furniture_edits(
        ...     "Von Anna Schmidt, Berlin\\nTeilen auf Facebook | X\\n* Drei"))[0]
        'Berlin\\nDrei'
    """
    at = 0
    for start, end, new in sorted(_edits(text), key=lambda e: (e[0], -e[1])):
        if start >= at:  # overlapping stretches: the first, longest one
            yield start, end, new
            at = end
