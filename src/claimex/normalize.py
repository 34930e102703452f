"""The text the pipeline reads, normalised, with an exact map back to the input's offsets.

Text pasted from web pages and exports carries characters that a reader does not see but
the pipeline does: a soft hyphen or a zero-width space inside a word ("Mer\\u00adkel" is
no name, "Bundes\\u200bregierung" no organisation), umlauts written as a letter and a
combining mark (NFD, as macOS file names and some editors write them: "Mu\\u0308ller" and
the cue "erkla\\u0308rte" match no word list) and control characters (C0 and C1) that the
tokenizer glues to words or that split them, and compatibility characters (ligatures, the
long s, fullwidth forms) that match no word list. :func:`normalise` makes the copy the
pipeline reads: letters and their combining marks composed (NFC), compatibility characters
as NFKC reads them, invisible format characters and junk control characters inside words
(between two letters or digits) removed, a vertical tab or form feed between two letters
removed where a lower-case letter follows (a break inside a word), the replacement
character U+FFFD at a word's edge removed, emoji (with a space before them) and a hashtag's
"#" before a letter removed, a no-break or thin space between digits before a group of
three read as the thousands point ("45\u202f000" as "45.000"), an apostrophe
inside a word (U+2019, U+02BC) as the ASCII one, C1
control characters as their Windows-1252 characters (Windows-1252 text decoded as Latin-1:
"\x84Ja\x93" is "„Ja“"), other control characters as spaces or, where they end a line
(vertical tab, form feed), line feeds. The copy can be shorter than the input;
:class:`OffsetMap` maps every offset into it back to the input, so that a record's
``start`` and ``end`` are the input's and its ``text`` is cut from the input
(:func:`claimex.markup.resliced`).

A clean text (the common case) is detected in one pass and returned as it is, with no
map (:func:`normalise` costs a few microseconds on a news article then).

Two repairs of badly decoded text make copies with maps too, read before the markup and
:func:`normalise`: :func:`escaped_bytes` (lone surrogates that stand for characters,
warning W001) and :func:`ungarbled` (UTF-8 read as Windows-1252, warning W007). Maps of
copies made one after another are joined by :func:`chained`.

Example:
    >>> copy, offsets, changed = normalise("Mer\\u00adkel sagte, Mu\\u0308ller komme.")
    >>> copy, changed
    ('Merkel sagte, Müller komme.', 2)
    >>> offsets.start(0), offsets.end(6)  # "Merkel" is "Mer\\u00adkel", 0 to 7
    (0, 7)
    >>> offsets.start(14), offsets.end(20)  # "Müller" is "Mu\\u0308ller", 15 to 22
    (15, 22)
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from claimex.text import INVISIBLE_FORMAT, replace_surrogates

NORMALISED_WARNING = "W008"

# Bidirectional embeddings, overrides and isolates and the Mongolian vowel separator:
# format characters (Unicode category Cf) that are invisible in German text too.
_BIDI_AND_SEPARATORS = "\u180e\u202a-\u202e\u2066-\u2069"
# C0 and C1 control characters but tab, line feed and carriage return. Those that end a
# line (vertical tab: a manual line break in word processors' exports; form feed: a page
# break; the file, group and record separators) become a line feed. A C1 character that
# Windows-1252 gives a meaning (0x84 "„", 0x93 "“", 0x96 the en dash, 0x85 "…") is that character:
# Windows-1252 text decoded as Latin-1, as web pages and exports often are. The others are
# junk (NUL padding, escapes, bells): removed inside a word, a space elsewhere.
_LINE_CONTROLS = "\x0b\x0c\x1c\x1d\x1e"
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_WINDOWS_1252 = {
    chr(byte): bytes([byte]).decode("cp1252")
    for byte in range(0x80, 0xA0)
    if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_JUNK = "\x00-\x08\x0e-\x1b\x1f\x7f\x81\x8d\x8f\x90\x9d"
# Combining marks that compose with the letter before them under NFC (Latin, Greek and
# Cyrillic diacritics, their extensions and supplements, combining half marks).
_COMBINING = "\u0300-\u036f\u0483-\u0487\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

# White space but the space and the line feed: spaCy's tokenizer splits words at spaces
# only, so a tab or a no-break space between two words is a token of its own between
# them ("Angela\u00a0Merkel" is no name); a carriage return before a line feed is one
# more. Read as a space, a line feed; no warning (nothing a reader would see changes).
_SPACES = "\t\u00a0\u2000-\u200a\u202f\u205f\u3000"

# Compatibility characters that a reader reads as the plain letters and digits NFKC makes
# of them (Unicode's decompositions): the Latin ligatures ff, fi, fl, ffi, ffl, st (PDF
# exports: "Pro\ufb01"), the long s of Fraktur transcriptions ("Ge\u017fetz"), fullwidth
# ASCII forms (East Asian input methods: "\uff25\uff35" for "EU") and the mathematical
# alphanumeric letters and digits of styled social media posts ("\U0001d40c" for "M").
# Superscript and subscript digits (a unit's "km²", a power "10⁶", a footnote mark),
# fractions and the like are left alone: NFKC would make "km2" and "106" of them.
_COMPATIBLE = "\ufb00-\ufb06\u017f\uff01-\uff5e\U0001d400-\U0001d7ff"
# A vertical tab or form feed between two letters, the second lower-case: a line or page
# break of an export inside a word ("Bundes\fregierung"); removed. Before a capital it
# may end a line ("sagte er\vDie"): a line feed, as elsewhere.
_BREAK_IN_WORD = "(?<=[^\\W\\d_])[\x0b\x0c](?=[^\\W\\d_])"
# The replacement character U+FFFD at a word's edge (a byte a broken decode lost after
# or before the word, "Merkel\ufffd"): no part of the word, removed so that the word
# reads alone; inside a word it stands for a lost letter and stays.
_LOST_AT_EDGE = "(?<=\\w)\ufffd+(?!\\w)|(?<!\\w)\ufffd+(?=\\w)"

# Emoji (pictographs of the miscellaneous symbols, dingbats and the supplementary planes'
# emoji blocks, flags as pairs of regional indicators, skin tones) with their variation
# selectors, keycaps and zero-width joiners, and a space before them: no word, removed
# so that the words around them read as they would without ("Suresh \U0001f642 äußerte":
# the NER took the emoji into the name, one after a word kept a sentence from ending).
# The dingbats' quotation marks, brackets and circled digits are left alone.
_PICTOGRAPHS = (
    "\u2600-\u275a\u2761-\u2767\u2794-\u27bf\u2b00-\u2bff\U0001f000-\U0001f0ff\U0001f1e6-\U0001faff"
)
_EMOJI = f" ?[{_PICTOGRAPHS}][{_PICTOGRAPHS}\ufe0e\ufe0f\u20e3\u200d]*"
# A hashtag's "#" before a letter at a word's start ("#Bundestag", social media posts):
# removed so that the word reads as itself ("#Ralf Meyer" was no name). Not after a word
# character, "#", "&" or "/" ("C#", "&#228;", a URL's fragment), nor before a digit ("#1").
_HASHTAG = "(?<![\\w#&/])#(?=[^\\W\\d_])"
# A no-break, narrow no-break or thin space between digits before a group of three
# (typeset thousands separators: "45\u202f000", "1\u00a0250\u00a0000"): read as the
# thousands point, so that the number reads as one ("45.000"), not as "45" and "000".
_GROUP_SEPARATOR = "(?<=\\d)[\u00a0\u2009\u202f](?=\\d{3}(?!\\d))"
# The apostrophe inside a word as typeset (U+2019: "Eto\u2019o", "D\u2019Alema") and as
# some keyboards and autocorrections type it (the modifier letter apostrophe U+02BC, a
# letter to the tokenizer: "Obama\u02bcs" was one word): read as the ASCII apostrophe,
# which the tokenizer and the NER know ("Samuel Eto\u2019o" was no name, "Samuel Eto'o"
# is one). One character for one: offsets do not move. U+2019 elsewhere may close a quote
# and stays.
_APOSTROPHE = "(?<=[^\\W\\d_])\u2019(?=[^\\W\\d_])|\u02bc"
_SUSPECT = re.compile(
    f"[{_CONTROLS}{INVISIBLE_FORMAT}{_BIDI_AND_SEPARATORS}{_COMBINING}{_SPACES}"
    f"{_COMPATIBLE}{_PICTOGRAPHS}\u2019\u02bc\ufffd\r#]"
)
_CHANGE = re.compile(
    f"(?P<invisible>(?<=\\w)[{INVISIBLE_FORMAT}{_BIDI_AND_SEPARATORS}{_JUNK}]+(?=\\w))"
    f"|(?P<inword>{_BREAK_IN_WORD})"
    f"|(?P<lost>{_LOST_AT_EDGE})"
    f"|(?P<emoji>{_EMOJI})"
    f"|(?P<hashtag>{_HASHTAG})"
    f"|(?P<compatible>[{_COMPATIBLE}]+)"
    f"|(?P<control>[{_CONTROLS}])"
    f"|(?P<grouping>{_GROUP_SEPARATOR})"
    f"|(?P<apostrophe>{_APOSTROPHE})"
    f"|(?P<space>\r\n?|[{_SPACES}])"
    f"|(?P<composed>.?[{_COMBINING}]+)",
    re.DOTALL,
)


@dataclass
class OffsetMap:
    """Offsets into a normalised copy mapped back to the text it was made from.

    The copy is a sequence of segments, each either the input's characters unchanged or a
    changed stretch (a composed letter, removed invisible characters: a stretch of the
    copy, possibly empty, for a stretch of the input). ``copy_starts[k]`` and
    ``source_starts[k]`` are where segment ``k`` starts in the copy and in the input,
    ``changed[k]`` whether it is a changed stretch; a last entry holds both lengths.
    """

    copy_starts: list[int] = field(default_factory=lambda: [0])
    source_starts: list[int] = field(default_factory=lambda: [0])
    changed: list[bool] = field(default_factory=lambda: [False])
    inner: OffsetMap | None = None
    """Where the text this map leads back to is itself a copy: the map from it to the
    input, applied after this one."""

    def start(self, offset: int) -> int:
        """The input offset of a record that starts at ``offset`` in the copy (after any
        removed characters; a start inside a changed stretch is the stretch's start)."""
        k = bisect_right(self.copy_starts, offset) - 1
        if self.changed[k] and offset > self.copy_starts[k]:
            back = self.source_starts[k]
        else:
            back = self.source_starts[k] + offset - self.copy_starts[k]
        return back if self.inner is None else self.inner.start(back)

    def end(self, offset: int) -> int:
        """The input offset of a record that ends at ``offset`` in the copy (before any
        removed characters; an end inside a changed stretch is the stretch's end)."""
        k = max(bisect_left(self.copy_starts, offset) - 1, 0)
        if k + 1 < len(self.copy_starts) and (self.changed[k] or self.copy_starts[k + 1] == offset):
            back = self.source_starts[k + 1]
        else:
            back = self.source_starts[k] + offset - self.copy_starts[k]
        return back if self.inner is None else self.inner.end(back)

    def _add(self, copy_at: int, source_at: int, *, changed: bool) -> None:
        if self.copy_starts[-1] == copy_at and self.source_starts[-1] == source_at:
            self.changed[-1] = changed  # an empty segment: replaced
        else:
            self.copy_starts.append(copy_at)
            self.source_starts.append(source_at)
            self.changed.append(changed)


_UNWARNED = ("space", "grouping", "apostrophe", "emoji", "hashtag")
"""Changes a reader would not miss: white space read as a space or a thousands point,
emoji and hashtags' "#"."""


def _replacement(match: re.Match[str], *, keep_c1: bool) -> str:
    char = match[0]
    if keep_c1 and any("\x80" <= c <= "\x9f" for c in char):
        return char  # bytes of a garbled letter (W007): left alone
    if match.lastgroup in ("lost", "invisible", "emoji", "hashtag"):
        return ""  # a replacement character at a word's edge, an invisible one inside
    if match.lastgroup == "inword":
        return "" if match.string[match.end()].islower() else "\n"
    if match.lastgroup == "compatible":
        return unicodedata.normalize("NFKC", char)
    if match.lastgroup == "grouping":
        return "."
    if match.lastgroup == "apostrophe":
        return "'"
    if match.lastgroup == "space":
        return "\n" if char[0] == "\r" else " "
    if match.lastgroup == "control":
        if char in _WINDOWS_1252:
            return _WINDOWS_1252[char]
        return "\n" if char in _LINE_CONTROLS else " "
    return unicodedata.normalize("NFC", char)


def _changes(text: str) -> Iterator[re.Match[str]]:
    """``_CHANGE.finditer(text)``, tried only where a match can start: at a suspect
    character (:data:`_SUSPECT`) or right before one (a letter before its combining mark, a
    space before an emoji). Every alternative of ``_CHANGE`` starts so, and a scan that
    tries all of them at every character cost 0.3 ms on a 1,600-character article with a
    single typographic apostrophe."""
    at = 0  # where the last match ended: no match starts before it
    for suspect in _SUSPECT.finditer(text):
        here = suspect.start()
        for start in (here - 1, here):
            if start < at:
                continue
            match = _CHANGE.match(text, start)
            if match is not None:
                yield match
                at = match.end()
                break


def normalise(text: str, *, keep_c1: bool = False) -> tuple[str, OffsetMap | None, int]:
    """The copy of ``text`` the pipeline reads, its :class:`OffsetMap` (None where the copy
    is ``text`` itself) and the number of places changed that a reader should know of
    (white space read as a space or a line feed is not counted).

    ``keep_c1`` leaves C1 control characters alone (in text that looks like UTF-8 decoded
    as Latin-1 they are bytes of a garbled letter, warning W007).

    Time is linear in the length of ``text``.
    """
    if text.isascii():
        if not _SUSPECT.search(text):
            return text, None, 0
    elif unicodedata.is_normalized("NFC", text) and not _SUSPECT.search(text):
        return text, None, 0
    edits = []
    warned = 0  # changes a reader should know of: all but white space
    for match in _changes(text):
        new = _replacement(match, keep_c1=keep_c1)
        if new != match[0]:
            edits.append((match.start(), match.end(), new))
            warned += match.lastgroup not in _UNWARNED
    copy, offsets, _ = edited(text, edits)
    return copy, offsets, warned


def edited(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, OffsetMap | None, int]:
    """``text`` with each ``(start, end, replacement)`` of ``edits`` (in text order, not
    overlapping) done, the :class:`OffsetMap` of the result back to ``text`` (None where
    nothing changed) and the number of edits that changed something.

    A replacement of the same length maps character for character (a control character
    as a space); any other is a changed stretch.

    Example:
        >>> copy, offsets, n = edited("Ja<br>nein &amp; so", [(2, 6, " "), (11, 16, "&")])
        >>> copy, n, offsets.start(3), offsets.end(7), offsets.end(len(copy))
        ('Ja nein & so', 2, 6, 10, 19)
    """
    pieces: list[str] = []
    offsets = OffsetMap()
    copy_at = source_at = changes = 0
    for start, end, new in edits:
        if new == text[start:end]:
            continue
        pieces.append(text[source_at:start])
        copy_at += start - source_at
        if len(new) == end - start:
            pieces.append(new)  # character for character: no segment
            copy_at += len(new)
        else:
            offsets._add(copy_at, start, changed=True)
            pieces.append(new)
            copy_at += len(new)
            offsets._add(copy_at, end, changed=False)
        source_at = end
        changes += 1
    if not changes:
        return text, None, 0
    pieces.append(text[source_at:])
    copy = "".join(pieces)
    offsets._add(len(copy), len(text), changed=False)
    return copy, offsets, changes


def chained(*maps: OffsetMap | None) -> OffsetMap | None:
    """One map for copies made one after another: ``maps[0]`` from the input to the first
    copy, ``maps[1]`` from that copy to the next, ... (None for a step that changed
    nothing). The last map is returned, each map leading to the one before it."""
    made = [m for m in maps if m is not None]
    for outer, inner in pairwise(reversed(made)):
        while outer.inner is not None:
            outer = outer.inner
        outer.inner = inner
    return made[-1] if made else None


# UTF-8 read as Windows-1252 or Latin-1 (warning W007): a lead byte C2 to F4 ("Â" to "ô")
# and its one to three continuation bytes 80 to BF, each read as the Windows-1252
# character of the byte (Latin-1's C1 control character where Windows-1252 has none).
_BYTE_OF = {chr(byte): byte for byte in range(0x80, 0x100)} | {
    char: ord(c1) for c1, char in _WINDOWS_1252.items()
}
_CONTINUATION = "".join(sorted(c for c, byte in _BYTE_OF.items() if byte < 0xC0))
_GARBLED = re.compile(
    f"[\\u00c2-\\u00df][{_CONTINUATION}]|[\\u00e0-\\u00ef][{_CONTINUATION}]{{2}}"
    f"|[\\u00f0-\\u00f4][{_CONTINUATION}]{{3}}"
)


def _garbled_letter(match: re.Match[str]) -> str:
    """The letter a garbled sequence's bytes make in UTF-8, or the sequence itself where
    they make none."""
    try:
        return bytes(_BYTE_OF[c] for c in match[0]).decode("utf-8")
    except UnicodeDecodeError:
        return match[0]


def ungarbled(text: str) -> tuple[str, OffsetMap | None, int]:
    """``text`` (UTF-8 decoded as Windows-1252 or Latin-1: "MÃ¼ller", "â€žJaâ€œ") with
    each garbled sequence whose bytes decode as UTF-8 read as its character ("Müller",
    "„Ja“"), the :class:`OffsetMap` back to ``text`` and the number of sequences read.
    Anything else stays, also a sequence whose bytes are no UTF-8: only for a text that
    looks garbled (:func:`claimex.text.looks_like_mojibake`, warning W007).

    Example:
        >>> ungarbled("Die BÃ¼rger sagten â€žJaâ€œ.")[0]
        'Die Bürger sagten „Ja“.'
    """
    return edited(text, ((m.start(), m.end(), _garbled_letter(m)) for m in _GARBLED.finditer(text)))


_ESCAPED = re.compile("(?P<pair>[\\ud800-\\udbff][\\udc00-\\udfff])|[\\udc80-\\udcff]+")


def escaped_bytes(raw: str, text: str) -> tuple[str, OffsetMap | None, int]:
    """``text``, which is ``raw`` with its lone surrogates replaced one for one (warning
    W001), with the characters they stand for where that is sure, the map back and the
    number of places read: a surrogate pair (a character outside the Basic Multilingual
    Plane written as two UTF-16 units) as that character, and a run of the surrogates
    U+DC80 to U+DCFF that Python's ``surrogateescape`` makes of undecodable bytes (text
    read from standard input or a file under a C locale: "M\\udcc3\\udcbcller") as the
    UTF-8 those bytes make; bytes that are no UTF-8 stay U+FFFD.

    Example:
        >>> raw = "Die M\\udcc3\\udcbcller"
        >>> escaped_bytes(raw, raw.replace("\\udcc3", "?").replace("\\udcbc", "?"))[0]
        'Die Müller'
    """
    return edited(text, ((m.start(), m.end(), _escaped(m)) for m in _ESCAPED.finditer(raw)))


def _escaped(match: re.Match[str]) -> str:
    if match.lastgroup == "pair":
        return match[0].encode("utf-16-le", "surrogatepass").decode("utf-16-le")
    read = match[0].encode("utf-8", "surrogateescape").decode("utf-8", "surrogateescape")
    return replace_surrogates(read)[0]
