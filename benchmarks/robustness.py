"""Robustness fuzz: real German texts, perturbed as users' inputs are, checked for invariants.

Every text is perturbed once by each perturbation (fixed seed) and goes through
:meth:`claimex.Extractor.extract` and, as one stream per perturbation, through
:meth:`claimex.Extractor.pipe` (with a ``None`` and a ``bytes`` item among the texts).
The checks on every result:

- no exception but claimex's own (:class:`claimex.ClaimexError`), and ``pipe`` yields one
  result per input, in order, with the input's id: an
  :class:`~claimex.records.ExtractionFailure` for the non-text items, an
  :class:`~claimex.records.Extraction` for every text;
- ``result.text`` is the input (lone surrogates replaced one-for-one) and every record
  that claims offsets lies inside it and slices it back to its ``text``
  (``benchmarks.crash_sweep.offset_errors``);
- one warning per code, and the promised ones: W001 for lone surrogates, W002 for HTML,
  W004 for texts run in pieces;
- ``pipe``'s record of a text equals ``extract``'s;
- leaks: entities, figures, quotes, actor and place names whose text holds HTML markup (a
  tag or a character reference) are counted per perturbation (a finding, not a failure; a
  quote that spans inline markup keeps it, as its text is the input's slice);
- online news text (:mod:`benchmarks.online_text`, round 21): emoji, hashtags and
  @handles, URLs, list bullets, datelines and bylines, boilerplate lines, typeset spaces
  and apostrophes; round 22: hard-wrapped lines with words split at breaks, live-ticker
  stamps, a URL inside a quotation, caption credits at a line's end, sources and
  handles; where only the record's text changes (an emoji inside a quotation),
  :data:`FOLDS` reads both alike;
- quality: the records of a perturbed text equal those of the clean text, compared by
  their texts read alike (:func:`canonical`: markup read as a browser does, NFC,
  invisible format characters removed, control characters and runs of white space as
  one space), per kind
  (:data:`QUALITY_KINDS`: actor names, place names, quotes with their speakers, figures);
  how many of the texts keep each kind identical is reported per perturbation (a
  finding, not a failure: markup, lost punctuation or foreign paragraphs change results);
- time: seconds per 1,000 characters per perturbation and the slowest documents; with
  ``--doubling`` the growing perturbations (:data:`GROWING`: a line without punctuation,
  runs of punctuation, repeated paragraphs, HTML, stray quotation marks, combining marks,
  text without sentence ends, decomposed letters, invisible and control characters, wiki
  and Markdown marks, compatibility characters, breaks inside words, escaped bytes,
  mojibake, emoji, hashtags, typeset thousands spaces, hard-wrapped lines, ticker stamps,
  sources and handles) are
  cut at 10,000, 20,000 and 40,000 characters (one piece each: over 50,000 characters
  pieces make any growth linear), timed in CPU seconds, and a ratio over
  :data:`SUPERLINEAR` per doubling is flagged.

The texts are the Wikinews train_b gold texts (``models/gold/wikinews/train.jsonl``, even
lines, via :func:`claimex.gold.read_gold` and ``models.gold.train_halves``); ``--corpus
10kgnad`` reads the 10kGNAD test articles from ``../shared`` instead (read at run time,
never copied). Run from the repository root::

    python -m benchmarks.robustness [--sample 12] [--seed 16] [--only html,nfd]
    python -m benchmarks.robustness --only none --doubling [--grow long-line,html]

Exit status 1 when any check failed.
"""

from __future__ import annotations

import argparse
import csv
import html
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from benchmarks.crash_sweep import offset_errors, repeated_warnings
from benchmarks.online_text import (
    ONLINE_FOLDS,
    ONLINE_PERTURBATIONS,
    emoji,
    hard_wrap,
    hashtags,
    thin_spaces,
    ticker,
    via_source,
)

import claimex
from claimex.gold import find_shared, read_gold
from claimex.guard import piece_size
from claimex.records import Extraction, ExtractionFailure, ExtractionResult
from claimex.text import (
    LEFT_DOUBLE,
    LEFT_DOUBLE_LOW,
    LEFT_GUILLEMET,
    LEFT_SINGLE,
    LEFT_SINGLE_LOW,
    QUOTE_CHARS,
    REPLACEMENT_CHARACTER,
    RIGHT_DOUBLE,
    RIGHT_GUILLEMET,
    looks_like_html,
    replace_surrogates,
)

REPO = Path(__file__).resolve().parent.parent
TRAIN = REPO / "models/gold/wikinews/train.jsonl"
SUPERLINEAR = 2.6
"""Time ratio at twice the characters above which growth is flagged (2.0 is linear)."""
SLOWEST = 3
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_MARKUP = re.compile(r"</?[A-Za-z][^<>]*>|&(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")

Perturbation = Callable[[str, random.Random], str]

# ---- perturbations ------------------------------------------------------------------------
# Foreign paragraphs, written for this script (no corpus text).
ENGLISH = (
    'The minister said on Tuesday that "the talks will continue next week". '
    "According to officials, more than 1,200 people were evacuated from the area."
)
FRENCH = (
    "Le ministre a déclaré mardi que « les négociations reprendront la semaine prochaine ». "
    "Selon la préfecture, plus de 1 200 personnes ont été évacuées."
)
ODD_NUMBERS = [
    "1'000'000",
    "1\N{NARROW NO-BREAK SPACE}250\N{NARROW NO-BREAK SPACE}000",
    "1\N{NO-BREAK SPACE}500",
    "2.5e6",
    "\N{MINUS SIGN}12,5",
    "\N{VULGAR FRACTION ONE HALF}",
    "3\N{VULGAR FRACTION THREE QUARTERS}",
    "10\N{SUPERSCRIPT SIX}",
    "0x1F",
    "1,2,3,4,5,6",
    "12.03.2024",
    "+49 (0)30 123456",
    "XIV.",
    "\N{ARABIC-INDIC DIGIT THREE}\N{ARABIC-INDIC DIGIT FOUR}",
    "\N{FULLWIDTH DIGIT SEVEN}\N{FULLWIDTH DIGIT ZERO}",
    "1.000.000.000.000.000.000 Euro",
    "5 %%",
    "ca. 3-4 Mio.",
]
INVISIBLE = [
    "\N{ZERO WIDTH SPACE}",
    "\N{ZERO WIDTH NON-JOINER}",
    "\N{ZERO WIDTH JOINER}",
    "\N{ZERO WIDTH NO-BREAK SPACE}",
    "\N{SOFT HYPHEN}",
    "\N{WORD JOINER}",
    "\N{LEFT-TO-RIGHT MARK}",
    "\N{RIGHT-TO-LEFT OVERRIDE}",
    "\x00",
    "\x07",
    "\x1b",
    "\x7f",
    "\x85",
    "\r",
    "\x0b",
    "\x0c",
    "\N{LINE SEPARATOR}",
    "\N{PARAGRAPH SEPARATOR}",
]
# Written for this script: a Russian, an Arabic and a Chinese sentence (a minister said
# the talks will go on), and emoji with modifiers and flags.
OTHER_SCRIPTS = [
    "\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0441\u043a\u0430\u0437\u0430\u043b, "
    "\u0447\u0442\u043e \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b "
    "\u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f.",
    "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631 \u0625\u0646 "
    "\u0627\u0644\u0645\u062d\u0627\u062f\u062b\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631.",
    "\u90e8\u957f\u8bf4\uff0c\u8c08\u5224\u5c06\u7ee7\u7eed\u3002",
]
EMOJI = [
    "\N{THUMBS UP SIGN}\N{EMOJI MODIFIER FITZPATRICK TYPE-4}",
    "\N{REGIONAL INDICATOR SYMBOL LETTER D}\N{REGIONAL INDICATOR SYMBOL LETTER E}",
    "\N{FACE WITH TEARS OF JOY}",
    "\N{WOMAN}\N{ZERO WIDTH JOINER}\N{PERSONAL COMPUTER}",
]
PUNCTUATION_RUNS = ["!!!!!!!!", "?!?!?!?", "......", "-----", "=====", ",,,,", "***", "(((", ")))"]


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n", text) if p.strip()]


def _tokens(text: str) -> list[tuple[int, int]]:
    """(start, end) of the whitespace-separated chunks of ``text``."""
    return [m.span() for m in re.finditer(r"\S+", text)]


def _insert_at(text: str, rng: random.Random, pieces: list[str], n: int) -> str:
    """``n`` random ``pieces`` inserted at random offsets (in words or between them)."""
    if not text:
        return rng.choice(pieces)
    points = sorted(rng.randrange(len(text) + 1) for _ in range(n))
    out, last = [], 0
    for at in points:
        out += [text[last:at], rng.choice(pieces)]
        last = at
    out.append(text[last:])
    return "".join(out)


def html_wrap(text: str, rng: random.Random) -> str:
    """Paragraphs in ``<p>``, a page around them, names in links, marks as entities."""
    paras = []
    for para in _paragraphs(text):
        para = html.escape(para, quote=False).replace(LEFT_DOUBLE_LOW, "&bdquo;")
        para = para.replace(LEFT_DOUBLE, "&ldquo;").replace(" ", "&nbsp;", 1)
        words = para.split(" ")
        if len(words) > 4:
            k = rng.randrange(len(words))
            words[k] = f'<a href="/wiki/{k}">{words[k]}</a>'
            j = rng.randrange(len(words))
            words[j] = f"<b>{words[j]}</b>"
        paras.append(f'<p class="text">{" ".join(words)}</p>')
    body = "\n".join(paras)
    return f"<html><head><title>Artikel</title></head><body><div>\n{body}\n</div></body></html>"


def markup_leftovers(text: str, rng: random.Random) -> str:
    """Wiki, Markdown and HTML-entity leftovers around words (no full HTML page)."""
    spans = _tokens(text)
    if not spans:
        return text
    out, last = [], 0
    for start, end in sorted(rng.sample(spans, min(len(spans), 12))):
        word = text[start:end]
        form = rng.choice(
            [
                f"[[{word}]]",
                f"[[Seite|{word}]]",
                f"**{word}**",
                f"_{word}_",
                f"[{word}](https://example.org/{word})",
                f"{{{{{word}}}}}",
                f"{word}&amp;",
                f"&quot;{word}&quot;",
                f"{word}<br/>",
                f"&#8222;{word}&#8220;",
            ]
        )
        out += [text[last:start], form]
        last = end
    out.append(text[last:])
    return "".join(out)


_PAIRS = [
    (LEFT_DOUBLE_LOW, LEFT_DOUBLE),
    (LEFT_GUILLEMET, RIGHT_GUILLEMET),
    (RIGHT_GUILLEMET, LEFT_GUILLEMET),
    ('"', '"'),
    (LEFT_DOUBLE, RIGHT_DOUBLE),
    (LEFT_SINGLE_LOW, LEFT_SINGLE),
    ("``", "''"),
    ("'", "'"),
]


def mixed_quotes(text: str, rng: random.Random) -> str:
    """Each quotation's marks replaced by a random style (also mixed within a pair)."""
    out: list[str] = []
    opening = True
    for char in text:
        if char in (LEFT_DOUBLE_LOW, LEFT_DOUBLE, '"', RIGHT_DOUBLE):
            pair = rng.choice(_PAIRS)
            out.append(pair[0] if opening else pair[1])
            opening = not opening
        else:
            out.append(char)
    return "".join(out)


def unmatched_quotes(text: str, rng: random.Random) -> str:
    """Some quotation marks dropped, stray ones added."""
    out = [c for c in text if c not in QUOTE_CHARS or rng.random() > 0.3]
    return _insert_at("".join(out), rng, [LEFT_DOUBLE_LOW, RIGHT_GUILLEMET, '"', "'"], 6)


def invisible_chars(text: str, rng: random.Random) -> str:
    """Zero-width, format and control characters inside words and between them."""
    return _insert_at(text, rng, INVISIBLE, max(4, len(text) // 60))


def inside_words(text: str, rng: random.Random) -> str:
    """Soft hyphens (hyphenated web text) and zero-width characters inside a third of the
    words of five letters or more."""
    inside = ["\N{SOFT HYPHEN}", "\N{ZERO WIDTH SPACE}", "\N{ZERO WIDTH JOINER}"]
    inside += ["\N{WORD JOINER}", "\N{ZERO WIDTH NON-JOINER}"]

    def split(m: re.Match[str]) -> str:
        if rng.random() > 0.33:
            return m[0]
        k = rng.randrange(2, len(m[0]) - 1)
        return m[0][:k] + rng.choice(inside) + m[0][k:]

    return re.sub(r"[^\W\d_]{5,}", split, text)


def controls(text: str, rng: random.Random) -> str:
    """C0 and C1 control characters inside words and between them (a broken export)."""
    chars = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x81", "\x85", "\x9f", "\x0c"]
    return _insert_at(text, rng, chars, max(4, len(text) // 60))


def light_markup(text: str, rng: random.Random) -> str:
    """Markup under W002's threshold: one line break tag after a word, quotation marks as
    character references (a text copied from a page's source)."""
    spans = _tokens(text)
    if spans:
        end = rng.choice(spans)[1]
        text = text[:end] + "<br>" + text[end:]
    return text.replace(LEFT_DOUBLE_LOW, "&bdquo;").replace(LEFT_DOUBLE, "&ldquo;")


def nfd(text: str, rng: random.Random) -> str:
    """Umlauts and accents decomposed (a + combining diaeresis)."""
    return unicodedata.normalize("NFD", text)


def broken_unicode(text: str, rng: random.Random) -> str:
    """Lone surrogates and replacement characters, also inside words."""
    return _insert_at(text, rng, ["\ud800", "\udfff", "\udc80", REPLACEMENT_CHARACTER], 8)


def long_line(text: str, rng: random.Random) -> str:
    """No punctuation and no line breaks: one sentence-less line."""
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", "", text))


def punctuation_runs(text: str, rng: random.Random) -> str:
    """Runs of punctuation glued to words and alone."""
    return _insert_at(text, rng, [r * rng.randint(1, 6) for r in PUNCTUATION_RUNS], 10)


def repeated_paragraphs(text: str, rng: random.Random) -> str:
    """Every paragraph twice, and the whole text three times (a scraped page's repeats)."""
    doubled = "\n\n".join(p for para in _paragraphs(text) for p in (para, para))
    return "\n\n".join([doubled] * 3)


def foreign_paragraphs(text: str, rng: random.Random) -> str:
    """An English and a French paragraph among the German ones."""
    paras = _paragraphs(text)
    for foreign in (ENGLISH, FRENCH):
        paras.insert(rng.randrange(len(paras) + 1), foreign)
    return "\n\n".join(paras)


def all_caps(text: str, rng: random.Random) -> str:
    """An all-caps headline (the first sentence) and one paragraph in capitals."""
    paras = _paragraphs(text) or [text]
    headline = re.split(r"(?<=[.!?])\s", paras[0])[0].upper()
    k = rng.randrange(len(paras))
    paras[k] = paras[k].upper()
    return "\n\n".join([headline, *paras])


def odd_numbers(text: str, rng: random.Random) -> str:
    """Numbers in odd formats in place of some numbers, and between words."""
    text = re.sub(r"\d+", lambda m: rng.choice(ODD_NUMBERS) if rng.random() < 0.5 else m[0], text)
    return _insert_at(text, rng, [f" {n} " for n in ODD_NUMBERS], 4)


def other_scripts(text: str, rng: random.Random) -> str:
    """Paragraphs in Cyrillic, Arabic (right to left) and Chinese, and emoji in sentences."""
    paras = _paragraphs(text)
    for foreign in OTHER_SCRIPTS:
        paras.insert(rng.randrange(len(paras) + 1), foreign)
    return _insert_at("\n\n".join(paras), rng, EMOJI, 6)


def combining_marks(text: str, rng: random.Random) -> str:
    """Letters stacked with combining marks ("Zalgo" text), as in decorated posts."""
    marks = [chr(c) for c in range(0x0300, 0x0370)]
    return "".join(
        c + "".join(rng.choice(marks) for _ in range(rng.randint(1, 4)))
        if c.isalpha() and rng.random() < 0.2
        else c
        for c in text
    )


def line_endings(text: str, rng: random.Random) -> str:
    """Windows line ends, tabs and no-break spaces for spaces."""
    text = text.replace("\n", "\r\n")
    return re.sub(" ", lambda m: rng.choice([" ", " ", "\t", "\N{NO-BREAK SPACE}"]), text)


def wiki_markdown(text: str, rng: random.Random) -> str:
    """Wiki and Markdown markup that a reader does not read (text pasted from a wiki's or a
    Markdown editor's source): links ``[[Ziel|Text]]``, ``[[Text]]``, ``[Text](url)``,
    bold ``**Text**`` and ``'''Text'''`` around some words, the first paragraph as a heading
    ``== ... ==``, no-break spaces as ``&nbsp;``."""
    spans = _tokens(text)
    out, last = [], 0
    for start, end in sorted(rng.sample(spans, min(len(spans), 12))):
        word = text[start:end]
        core = word.rstrip('.,;:!?"\u201c\u201d')  # punctuation stays outside
        rest = word[len(core) :]
        if not core.isalnum():
            continue
        form = rng.choice(
            [
                f"[[{core}]]",
                f"[[Seite (Begriffskl\u00e4rung)|{core}]]",
                f"**{core}**",
                f"'''{core}'''",
                f"[{core}](https://example.org/wiki/{core})",
            ]
        )
        out += [text[last:start], form + rest]
        last = end
    out.append(text[last:])
    paras = _paragraphs("".join(out)) or [text]
    if "=" not in paras[0] and len(paras[0]) < 120:
        paras[0] = f"== {paras[0]} =="
    paras[-1] = paras[-1].replace(" ", "&nbsp;", 3)
    return "\n\n".join(paras)


def compatibility(text: str, rng: random.Random) -> str:
    """Unicode compatibility characters a reader reads as plain letters: ligatures
    ("\ufb01" for "fi", from PDF exports), the long s ("\u017f", Fraktur transcriptions)
    inside words, a few words in fullwidth letters and digits."""
    text = text.replace("fi", "\ufb01").replace("fl", "\ufb02").replace("ff", "\ufb00")
    text = re.sub(r"(?<=[a-z])s(?=[a-z])", lambda m: "\u017f" if rng.random() < 0.5 else "s", text)

    def wide(m: re.Match[str]) -> str:
        if rng.random() > 0.1:
            return m[0]
        return "".join(chr(ord(c) + 0xFEE0) for c in m[0])

    return re.sub(r"\b[A-Za-z0-9]{2,}\b", wide, text)


def page_breaks(text: str, rng: random.Random) -> str:
    """Form feeds and vertical tabs inside a fifth of the words of five letters or more,
    before a lower-case letter (page and line breaks of a PDF or word processor export)."""

    def split(m: re.Match[str]) -> str:
        inside = [k for k in range(2, len(m[0]) - 1) if m[0][k].islower()]
        if rng.random() > 0.2 or not inside:
            return m[0]
        k = rng.choice(inside)
        return m[0][:k] + rng.choice(["\x0c", "\x0b"]) + m[0][k:]

    return re.sub(r"[^\W\d_]{5,}", split, text)


def escaped_bytes(text: str, rng: random.Random) -> str:
    """UTF-8 read with Python's ``surrogateescape`` (standard input or a file under a C
    locale): every byte of a non-ASCII letter a lone surrogate ("M\\udcc3\\udcbcller")."""
    return text.encode("utf-8").decode("ascii", errors="surrogateescape")


def mojibake(text: str, rng: random.Random) -> str:
    """UTF-8 read as Windows-1252 ("M\u00c3\u00bcller", "\u00e2\u20ac\u017e"), bytes that
    Windows-1252 leaves undefined read as Latin-1."""
    raw = text.encode("utf-8")
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in raw
    )


PERTURBATIONS: dict[str, Perturbation] = {
    "none": lambda text, rng: text,
    "html": html_wrap,
    "markup": markup_leftovers,
    "mixed-quotes": mixed_quotes,
    "unmatched-quotes": unmatched_quotes,
    "invisible": invisible_chars,
    "inside-words": inside_words,
    "controls": controls,
    "light-markup": light_markup,
    "nfd": nfd,
    "broken-unicode": broken_unicode,
    "long-line": long_line,
    "punct-runs": punctuation_runs,
    "repeated": repeated_paragraphs,
    "foreign": foreign_paragraphs,
    "all-caps": all_caps,
    "odd-numbers": odd_numbers,
    "line-endings": line_endings,
    "other-scripts": other_scripts,
    "combining": combining_marks,
    "wiki-markdown": wiki_markdown,
    "compat": compatibility,
    "page-breaks": page_breaks,
    "escaped-bytes": escaped_bytes,
    "mojibake": mojibake,
    # round 21: what web and social-media news text carries (benchmarks.online_text)
    **ONLINE_PERTURBATIONS,
}


def _zalgo_line(text: str) -> str:
    return combining_marks(long_line(text, random.Random(0)), random.Random(0)) + " "


# Perturbations whose output can be grown at will, timed at n and 2n characters.
GROWING: dict[str, Callable[[str, int], str]] = {
    "long-line": lambda text, n: (long_line(text, random.Random(0)) + " ") * n,
    "punct-runs": lambda text, n: (text + " " + "!?." * 200 + "\n\n") * n,
    "repeated": lambda text, n: "\n\n".join([text] * n),
    "html": lambda text, n: html_wrap(text, random.Random(0)) * n,
    "unmatched-quotes": lambda text, n: (text + f" {LEFT_DOUBLE_LOW}") * n,
    "combining": lambda text, n: _zalgo_line(text) * n,
    # the normalisation stage's edits (claimex.normalize): decomposed letters, invisible
    # and control characters inside words, a tag per paragraph under W002's threshold
    "nfd": lambda text, n: unicodedata.normalize("NFD", text + "\n\n") * n,
    "inside-words": lambda text, n: inside_words(text + "\n\n", random.Random(0)) * n,
    "controls": lambda text, n: controls(text + "\n\n", random.Random(0)) * n,
    # round 18: wiki and Markdown marks, compatibility characters, breaks inside words,
    # bytes escaped as surrogates, UTF-8 read as Windows-1252
    "wiki-markdown": lambda text, n: wiki_markdown(text + "\n\n", random.Random(0)) * n,
    "compat": lambda text, n: compatibility(text + "\n\n", random.Random(0)) * n,
    "page-breaks": lambda text, n: page_breaks(text + "\n\n", random.Random(0)) * n,
    "escaped-bytes": lambda text, n: escaped_bytes(text + "\n\n", random.Random(0)) * n,
    "mojibake": lambda text, n: mojibake(text + "\n\n", random.Random(0)) * n,
    # sentence ends dropped, commas, colons and quotation marks kept: one sentence with a
    # cue in every other clause
    "no-sentence-ends": lambda text, n: (re.sub(r"[.!?;\n]", " ", text) + " ") * n,
    # round 21: emoji, hashtags and typeset thousands spaces (the normalisation's new edits)
    "emoji": lambda text, n: emoji(text + "\n\n", random.Random(0)) * n,
    "hashtags": lambda text, n: hashtags(text + "\n\n", random.Random(0)) * n,
    "thin-spaces": lambda text, n: thin_spaces(text + "\n\n", random.Random(0)) * n,
    # round 22: hard-wrapped lines (claimex.linebreaks) and ticker stamps and credits
    # (claimex.furniture)
    "hard-wrap": lambda text, n: (hard_wrap(text, random.Random(0)) + "\n\n") * n,
    "ticker": lambda text, n: (ticker(text, random.Random(0)) + "\n\n") * n,
    "via-source": lambda text, n: (via_source(text, random.Random(0)) + "\n\n") * n,
}


# ---- checks ---------------------------------------------------------------------------------
@dataclass
class Report:
    """What one perturbation gave."""

    name: str
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    leaks: list[str] = field(default_factory=list)
    timings: list[tuple[str, int, float]] = field(default_factory=list)
    same: dict[str, int] = field(default_factory=dict)
    """Per kind of :data:`QUALITY_KINDS`: texts whose records equal the clean text's."""


def check_record(doc_id: str, text: str, result: ExtractionResult) -> list[str]:
    """The broken invariants of ``result``, the record of ``text``."""
    if isinstance(result, ExtractionFailure):
        return [f"{doc_id}: failure {result.error_type}: {result.error}"]
    expected, surrogates = replace_surrogates(text)
    problems = []
    if result.text != expected:
        problems.append(f"{doc_id}: result.text is not the input")
    problems += [f"{doc_id}: {e}" for e in offset_errors(result)[:3]]
    problems += [f"{doc_id}: repeated warning {c}" for c in repeated_warnings(result)]
    codes = {w.code for w in result.warnings}
    promised = {
        "W001": surrogates > 0,
        "W002": looks_like_html(expected),
        "W004": bool(expected.strip()) and piece_size(expected) is not None,
    }
    problems += [
        f"{doc_id}: no {code}" for code, due in promised.items() if due and code not in codes
    ]
    return problems


def leaks(doc_id: str, result: ExtractionResult) -> list[str]:
    """Records whose text holds HTML markup."""
    if not isinstance(result, Extraction):
        return []
    texts = [("entity", e.text) for e in result.entities]
    texts += [("figure", f.text) for f in result.figures]
    texts += [("quote", q.text) for q in result.quotes]
    texts += [("actor", a.name) for a in result.actors]
    texts += [("place", p.name) for p in result.places]
    return [f"{doc_id}: {what} {t[:80]!r}" for what, t in texts if _MARKUP.search(t)]


_INVISIBLE_CHARS = re.compile(
    r"[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_C1 = re.compile("[\x80\x82-\x8c\x8e\x91-\x9c\x9e\x9f]")
_CONTROL_IN_WORD = re.compile(r"(?<=\w)[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+(?=\w)")
_CONTROL_OR_SPACE = re.compile(r"(?:[\x00-\x20\x7f-\x9f\u2028\u2029]|\s)+")
_WIKI_MARKS = re.compile(r"\[\[(?:[^\[\]|]*\|)?|\]\]|\]\([^()\s]*\)|\*\*|'''|==+|\[")
_COMPATIBILITY = re.compile("[\ufb00-\ufb06\u017f\uff01-\uff5e]+")
# UTF-8 read as Windows-1252 (or Latin-1 where Windows-1252 leaves a byte undefined)
_WINDOWS_1252_BYTES = {
    (chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")): b
    for b in range(0x80, 0x100)
}
_GARBLED = re.compile(f"[\u00c2-\u00f4][{''.join(_WINDOWS_1252_BYTES)}]{{1,3}}")
QUALITY_KINDS = ("actors", "places", "quotes", "figures")


def _ungarbled(match: re.Match[str]) -> str:
    try:
        return bytes(_WINDOWS_1252_BYTES[c] for c in match[0]).decode("utf-8")
    except UnicodeDecodeError:
        return match[0]


def _non_ascii_alike(text: str) -> str:
    """Every run of non-ASCII characters as one "?": a letter read from surrogate escapes
    is U+FFFD in the record's text (``escaped-bytes``)."""
    return re.sub(r"[^\x00-\x7f]+", "?", text)


FOLDS: dict[str, Callable[[str], str]] = {"escaped-bytes": _non_ascii_alike, **ONLINE_FOLDS}
"""Per perturbation, how both records' texts are read further before they are compared."""


def canonical(text: str) -> str:
    """``text`` as a reader sees it: HTML tags as spaces, character references as their
    characters, wiki and Markdown marks removed, UTF-8 read as Windows-1252 repaired,
    compatibility characters (ligatures, long s, fullwidth forms) as NFKC reads them, NFC,
    invisible format characters removed, C1 control characters that Windows-1252 gives a
    meaning as that character ("\\x84" as "„"), control characters inside a word
    removed, other control characters and white space as one space."""
    text = html.unescape(_TAG.sub(" ", text))
    text = _GARBLED.sub(_ungarbled, _WIKI_MARKS.sub("", text))
    text = _COMPATIBILITY.sub(lambda m: unicodedata.normalize("NFKC", m[0]), text)
    text = _INVISIBLE_CHARS.sub("", unicodedata.normalize("NFC", text))
    text = _C1.sub(lambda m: bytes([ord(m[0])]).decode("cp1252"), text)
    text = _CONTROL_IN_WORD.sub("", text)
    return _CONTROL_OR_SPACE.sub(" ", text).strip()


def quality(result: ExtractionResult, fold: Callable[[str], str] = str) -> dict[str, list[Any]]:
    """Per kind of :data:`QUALITY_KINDS`, the sorted records of ``result`` by their texts
    read alike (:func:`canonical`, then ``fold``), for comparing a perturbed text's with
    the clean one's."""
    if not isinstance(result, Extraction):
        return {kind: [] for kind in QUALITY_KINDS}

    def read(text: str) -> str:
        return fold(canonical(text))

    return {
        "actors": sorted(read(a.name) for a in result.actors),
        "places": sorted(read(p.name) for p in result.places),
        "quotes": sorted((read(q.text), [read(s.name) for s in q.speaker]) for q in result.quotes),
        "figures": sorted((read(f.text), f.value) for f in result.figures),
    }


def run_perturbation(
    extractor: claimex.Extractor,
    name: str,
    texts: list[tuple[str, str]],
    seed: int,
    clean: dict[str, ExtractionResult] | None = None,
) -> Report:
    """Perturb ``texts`` with ``name``; check extract() and pipe() on the results; with
    ``clean`` (the record of each clean text by id) count the texts whose records stay
    the same (:func:`quality`, with the perturbation's :data:`FOLDS`)."""
    fold = FOLDS.get(name, str)
    rng = random.Random(f"{seed}-{name}")
    perturbed = [(doc_id, PERTURBATIONS[name](text, rng)) for doc_id, text in texts]
    report = Report(name, len(perturbed), sum(len(t) for _, t in perturbed))
    single: dict[str, ExtractionResult] = {}
    for doc_id, text in perturbed:
        started = time.perf_counter()
        try:
            result: ExtractionResult = extractor.extract(text, id=doc_id)
        except claimex.ClaimexError as exc:
            report.failures.append(f"{doc_id}: extract raised {type(exc).__name__}: {exc}")
            continue
        except Exception as exc:  # the bug this script hunts
            report.failures.append(f"{doc_id}: extract raised {type(exc).__name__}: {exc}")
            continue
        finally:
            report.timings.append((doc_id, len(text), time.perf_counter() - started))
        single[doc_id] = result
        if clean is not None:
            mine, theirs = quality(result, fold), quality(clean[doc_id], fold)
            for kind in QUALITY_KINDS:
                same = int(mine[kind] == theirs[kind])
                report.same[kind] = report.same.get(kind, 0) + same
        report.failures += check_record(doc_id, text, result)
        report.leaks += leaks(doc_id, result)
    report.seconds = sum(t for _, _, t in report.timings)
    report.failures += check_pipe(extractor, perturbed, single)
    return report


def check_pipe(
    extractor: claimex.Extractor,
    perturbed: list[tuple[str, str]],
    single: dict[str, ExtractionResult],
) -> list[str]:
    """One stream through pipe(): a result per item, in order, equal to extract()'s."""
    items: list[dict[str, Any]] = [{"id": d, "text": t} for d, t in perturbed]
    items[1:1] = [{"id": "none-item", "text": None}]
    items.append({"id": "bytes-item", "text": b"Merz sagte nichts."})
    try:
        results = list(extractor.pipe(items, batch_size=4))
    except Exception as exc:
        return [f"pipe raised {type(exc).__name__}: {exc}"]
    problems = []
    if len(results) != len(items):
        problems.append(f"pipe gave {len(results)} results for {len(items)} items")
    texts = dict(perturbed)
    for item, result in zip(items, results, strict=False):
        doc_id = str(item["id"])
        if result.id != doc_id:
            problems.append(f"pipe: result id {result.id!r} in the place of {doc_id!r}")
            continue
        if doc_id in ("none-item", "bytes-item"):
            if not isinstance(result, ExtractionFailure):
                problems.append(f"pipe: {doc_id} gave no failure")
            continue
        problems += [f"pipe {p}" for p in check_record(doc_id, texts[doc_id], result)]
        alone = single.get(doc_id)
        if alone is not None and _comparable(alone) != _comparable(result):
            problems.append(f"pipe {doc_id}: record differs from extract()'s")
    return problems


def _comparable(result: ExtractionResult) -> str:
    return result.model_dump_json()


def doubling(
    extractor: claimex.Extractor, text: str, sizes: list[int], names: list[str]
) -> list[str]:
    """Time each growing perturbation of ``text`` cut at each of ``sizes`` characters (CPU
    seconds: other processes on the machine do not count); flag growth over
    :data:`SUPERLINEAR` per doubling. Keep the sizes under 50,000 characters, where a text
    still runs as one piece (over it, pieces make any growth linear)."""
    lines = []
    for name, grow in GROWING.items():
        if name not in names:
            continue
        spent = []
        for size in sizes:
            repeats = 1
            while len(grow(text, repeats)) < size:
                repeats *= 2
            grown = grow(text, repeats)[:size]
            started = time.process_time()
            extractor.extract(grown)
            spent.append((len(grown), time.process_time() - started))
        cells = [f"{chars:>7} chars {seconds:6.2f} s" for chars, seconds in spent]
        ratios = [b[1] / max(a[1], 1e-9) for a, b in pairwise(spent)]
        flag = "  SUPERLINEAR" if any(r > SUPERLINEAR for r in ratios) else ""
        ratio_text = " ".join(f"{r:4.2f}" for r in ratios)
        lines.append(f"doubling {name:<17} {' | '.join(cells)}  ratios {ratio_text}{flag}")
    return lines


# ---- texts ----------------------------------------------------------------------------------
def train_b_texts() -> list[tuple[str, str]]:
    from models.gold import train_halves  # run from the repository root

    docs = list(read_gold(TRAIN))
    return [(str(d["id"]), str(d["text"])) for d in train_halves(docs)[1]]


def tenkgnad_texts() -> list[tuple[str, str]]:
    shared = find_shared(REPO)
    if shared is None:
        sys.exit("../shared not found (set CLAIMEX_SHARED)")
    csv.field_size_limit(1 << 30)
    with (shared / "data/news/10kgnad/test.csv").open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f, delimiter=";", quotechar="'")
        return [(f"10kgnad-test-{k}", row[1]) for k, row in enumerate(rows) if len(row) > 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", choices=["train_b", "10kgnad"], default="train_b")
    parser.add_argument("--sample", type=int, default=12, help="texts per perturbation")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--only", default="", help="comma-separated perturbations")
    parser.add_argument("--doubling", action="store_true", help="time growth at n and 2n")
    parser.add_argument(
        "--doubling-sizes", default="10000,20000,40000", help="characters, comma-separated"
    )
    parser.add_argument("--grow", default="", help=f"comma-separated: {','.join(GROWING)}")
    parser.add_argument("--show", type=int, default=5, help="failures and leaks shown each")
    args = parser.parse_args()
    names = [n for n in args.only.split(",") if n] or list(PERTURBATIONS)
    unknown = sorted(set(names) - set(PERTURBATIONS))
    if unknown:
        sys.exit(f"unknown perturbations {unknown}; choose from {list(PERTURBATIONS)}")
    texts = train_b_texts() if args.corpus == "train_b" else tenkgnad_texts()
    rng = random.Random(args.seed)
    texts = sorted(rng.sample(texts, min(args.sample, len(texts))))
    extractor = claimex.load()
    extractor.extract(
        "Merz sagte: \N{DOUBLE LOW-9 QUOTATION MARK}Ja.\N{LEFT DOUBLE QUOTATION MARK}"
    )
    clean = {doc_id: extractor.extract(text, id=doc_id) for doc_id, text in texts}
    print(
        f"{'perturbation':<17} {'docs':>4} {'chars':>8} {'ms/1k':>7} {'fail':>5} {'leaks':>5}"
        "  same: actors places quotes figures"
    )
    failed = 0
    reports = []
    for name in names:
        report = run_perturbation(extractor, name, texts, args.seed, clean)
        reports.append(report)
        failed += len(report.failures)
        per_k = 1000 * report.seconds / max(report.chars, 1) * 1000
        print(
            f"{name:<17} {report.documents:>4} {report.chars:>8} {per_k:>7.1f} "
            f"{len(report.failures):>5} {len(report.leaks):>5}        "
            + " ".join(f"{report.same.get(kind, 0):>{len(kind)}}" for kind in QUALITY_KINDS),
            flush=True,
        )
    for report in reports:
        slow = sorted(report.timings, key=lambda t: -t[2])[:SLOWEST]
        print(f"\n== {report.name}")
        print("slowest: " + ", ".join(f"{d} {c} chars {s:.2f} s" for d, c, s in slow))
        for line in report.failures[: args.show]:
            print(f"FAIL {line}")
        for line in report.leaks[: args.show]:
            print(f"leak {line}")
    if args.doubling:
        print()
        longest = max(texts, key=lambda t: len(t[1]))[1]
        sizes = [int(size) for size in args.doubling_sizes.split(",")]
        grow = [n for n in args.grow.split(",") if n] or list(GROWING)
        for line in doubling(extractor, longest, sizes, grow):
            print(line, flush=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
