"""Text-level helpers: typographic characters, input checks and chunking.

Typographic characters are written as ``\\N{...}`` escapes here and nowhere else.

Example:
    >>> split_points("Erster Absatz.\\n\\nZweiter Absatz.", 20)
    [16]
"""

from __future__ import annotations

import re

from claimex.lexicon import words

LEFT_DOUBLE_LOW = "\N{DOUBLE LOW-9 QUOTATION MARK}"
LEFT_DOUBLE = "\N{LEFT DOUBLE QUOTATION MARK}"
RIGHT_DOUBLE = "\N{RIGHT DOUBLE QUOTATION MARK}"
LEFT_SINGLE_LOW = "\N{SINGLE LOW-9 QUOTATION MARK}"
LEFT_SINGLE = "\N{LEFT SINGLE QUOTATION MARK}"
RIGHT_SINGLE = "\N{RIGHT SINGLE QUOTATION MARK}"
LEFT_GUILLEMET = "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}"
RIGHT_GUILLEMET = "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}"
LEFT_SINGLE_GUILLEMET = "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}"
RIGHT_SINGLE_GUILLEMET = "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}"
APOSTROPHES = frozenset({"'", RIGHT_SINGLE, "\N{MODIFIER LETTER APOSTROPHE}"})
"""The apostrophe as typed and as typeset (U+2019, U+02BC)."""
NO_BREAK_SPACE = "\N{NO-BREAK SPACE}"
NARROW_NO_BREAK_SPACE = "\N{NARROW NO-BREAK SPACE}"
EN_DASH = "\N{EN DASH}"
EM_DASH = "\N{EM DASH}"
LIST_BULLETS = (
    "\N{BULLET}\N{TRIANGULAR BULLET}\N{WHITE BULLET}\N{MIDDLE DOT}\N{BLACK SMALL SQUARE}"
    "\N{BLACK SQUARE}\N{BLACK CIRCLE}\N{BLACK RIGHT-POINTING SMALL TRIANGLE}"
    "\N{BLACK RIGHT-POINTING POINTER}\N{BLACK RIGHT-POINTING TRIANGLE}"
    "\N{HYPHEN BULLET}\N{RIGHTWARDS ARROW}"
)
"""Marks of a list item at a line start (with "*", "-" and the dashes)."""
COPYRIGHT_SIGN = "\N{COPYRIGHT SIGN}"
REPLACEMENT_CHARACTER = "\N{REPLACEMENT CHARACTER}"
INVISIBLE_FORMAT = (
    "\N{ZERO WIDTH SPACE}\N{ZERO WIDTH NON-JOINER}\N{ZERO WIDTH JOINER}\N{WORD JOINER}"
    "\N{ZERO WIDTH NO-BREAK SPACE}\N{SOFT HYPHEN}\N{LEFT-TO-RIGHT MARK}\N{RIGHT-TO-LEFT MARK}"
)
"""Invisible format characters (Unicode category Cf): zero-width space, (non-)joiners,
word joiner, byte order mark, soft hyphen, direction marks."""

QUOTE_CHARS = frozenset(
    {
        '"',
        "'",
        LEFT_DOUBLE_LOW,
        LEFT_DOUBLE,
        RIGHT_DOUBLE,
        LEFT_SINGLE_LOW,
        LEFT_SINGLE,
        RIGHT_SINGLE,
        LEFT_GUILLEMET,
        RIGHT_GUILLEMET,
        LEFT_SINGLE_GUILLEMET,
        RIGHT_SINGLE_GUILLEMET,
    }
)

_SURROGATE = re.compile("[\ud800-\udfff]")
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|a|br|html|body|head|script|style|table|li|ul)\b[^>]*>", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+")
# a social-media handle as one token: "@" and the account's name ("@tagesschau",
# "@BundeskanzlerinMerkel"); spaCy keeps it whole, and an e-mail address has text before "@"
_HANDLE = re.compile(r"@\w+")


def is_handle(text: str) -> bool:
    """Whether a token is a social-media handle: an account's address, no name (round 31,
    robust31 and newcomer31b; FORMAT.md: entities are names, and no gold text of the
    Wikinews or dev_news files holds one).

    Example:
        >>> is_handle("@BundeskanzlerinMerkel"), is_handle("redaktion@ndr.de"), is_handle("@")
        (True, False, False)
    """
    return text[:1] == "@" and _HANDLE.fullmatch(text) is not None


def replace_surrogates(text: str) -> tuple[str, int]:
    """Replace lone surrogates (broken Unicode) one-for-one, keeping every offset.

    Returns:
        The repaired text and the number of characters replaced.
    """
    return _SURROGATE.subn(REPLACEMENT_CHARACTER, text)


def looks_like_html(text: str) -> bool:
    """Return whether ``text`` carries HTML markup."""
    return len(_HTML_TAG.findall(text[:100_000])) >= 2


# UTF-8 read as Latin-1 or Windows-1252: the lead byte C3 (of ä ö ü ß Ä Ö Ü é) or C2 (of
# ° « ») becomes "Ã" or "Â" and the continuation byte (80-BF) a C1 control or a
# Windows-1252 sign ("Ã¼" for "ü", "Ã\u0178" for "ß"); E2 80 (of „ “ and the dash) becomes
# "â€", which German never writes.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e"
    "\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122]|\u00e2\u20ac"
)
MIN_MOJIBAKE = 2  # sequences in the first 100,000 characters; one may be a real "Â°"


def looks_like_mojibake(text: str) -> bool:
    """Whether ``text`` looks like UTF-8 bytes decoded in a one-byte encoding ("Ã¼ber").

    Example:
        >>> looks_like_mojibake("Die Bürger wählten.".encode("utf-8").decode("latin-1"))
        True
        >>> looks_like_mojibake("Die Bürger wählten in São Paulo.")
        False
    """
    if not ("\u00c3" in text or "\u00c2" in text or "\u00e2" in text):
        return False  # every sequence starts with one of them: no scan
    return len(_MOJIBAKE.findall(text[:100_000])) >= MIN_MOJIBAKE


# Marks that are no part of a word (\W), stripped off a chunk's edges before the word test.
_WORD_EDGES = ".,;:!?\"'()[]{}/-\u2013\u2014\u2018\u2019\u201c\u201d\u201e\u00ab\u00bb"


def german_share(text: str) -> float:
    """Share of the first 2,000 words that are frequent German function words."""
    german = words("german_function_words")
    tokens: list[str] = []
    word = tokens.append
    # _WORD.findall over the text, faster: a chunk between spaces that is letters alone
    # (after the marks at its edges) is one word; the pattern reads only the others
    for chunk in text[:20_000].split():
        if chunk.isalpha():
            word(chunk)
            continue
        core = chunk.strip(_WORD_EDGES)
        if core.isalpha():
            word(core)
        elif core:
            tokens += _WORD.findall(core)
    tokens = tokens[:2000]
    if not tokens:
        return 0.0
    return sum(map(german.__contains__, map(str.lower, tokens))) / len(tokens)


def split_points(text: str, max_length: int) -> list[int]:
    """Offsets at which to cut ``text`` into chunks of at most ``max_length`` characters.

    Cuts go after a paragraph break where one lies in the second half of a chunk, else after
    a sentence end, else after whitespace, else hard. Every chunk keeps its trailing
    whitespace, so the chunks concatenate back to ``text``.
    """
    if max_length <= 0:
        raise ValueError("max_length must be positive")
    points: list[int] = []
    start = 0
    while len(text) - start > max_length:
        window = text[start : start + max_length]
        cut = -1
        for pattern in (r"\n\s*\n\s*", r"[.!?][\"'\u201c\u201d\u00bb\u00ab)]?\s+", r"\s+"):
            matches = [m.end() for m in re.finditer(pattern, window) if m.end() < len(window)]
            good = [m for m in matches if m >= max_length // 2]
            if good:
                cut = good[-1]
                break
        if cut <= 0:
            cut = max_length
        start += cut
        points.append(start)
    return points
