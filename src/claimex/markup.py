"""HTML markup read out before the pipeline reads a text, offsets kept.

A text with HTML markup (warning W002 for two tags or more; a single tag or character
reference is read the same way, without a warning) is processed as given, but the pipeline
reads a copy without the markup (:func:`stripped`): every character reference (``&bdquo;``,
``&#8222;``, ``&nbsp;``) is its character, inline tags (links, bold) and comments are
nothing, tags of blocks a line break, other tags and script and style elements (their code
included) a space between words (:func:`stripped`; under W002's threshold only tags named
as HTML elements). No tag is glued to a word ("Berlin</p" as a place) and ``&bdquo;`` opens
a quotation. The copy is then normalised (:mod:`claimex.normalize`) and the record's
offsets are mapped back to the text as given, and the ``text`` of every record with offsets
is cut from it (:func:`resliced`), so offsets and texts stay true to the input. Invisible
format characters at the edge of a word (a byte order mark before the first word) are
spaces in the copy (:func:`blank_invisible`). Wiki and Markdown marks around a link's, a
bold word's or a heading's text ("[[Ziel|Text]]", "**Text**", "== Titel ==") are read out
of the copy the same way, without a warning (:func:`wiki_edits`), and so is the page
furniture of online news (a dateline's agency, a byline, credit and share lines, bullets,
URLs between sentences: :mod:`claimex.furniture`).

Example:
    >>> stripped("<p>Angela Merkel</p><p>Berlin&nbsp;</p>")[0]
    'Angela Merkel\\nBerlin '
"""

from __future__ import annotations

import html
import itertools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from claimex.furniture import furniture_edits
from claimex.lexicon import words
from claimex.linebreaks import unwrap_edits
from claimex.normalize import (
    NORMALISED_WARNING,
    OffsetMap,
    chained,
    edited,
    escaped_bytes,
    normalise,
    ungarbled,
)
from claimex.records import (
    Entity,
    Extraction,
    ExtractionWarning,
    Figure,
    Mention,
    Quote,
    QuotePart,
)
from claimex.tables import cell_edits
from claimex.text import INVISIBLE_FORMAT

HTML_WARNING = "W002"
MOJIBAKE_WARNING = "W007"

_TAG = re.compile(r"<!--.*?-->|</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>", re.DOTALL)
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")

_SpanT = TypeVar("_SpanT", Entity, Figure, Mention, Quote, QuotePart)


class _Cutter:
    """Cuts records' texts from the source at their offsets mapped back to it (where the
    pipeline read a normalised copy, :mod:`claimex.normalize`); a start or end inside a
    character reference (the pipeline saw its character at one end of it) moves to the
    reference's edge."""

    def __init__(self, source: str, offsets: OffsetMap | None = None) -> None:
        self.source = source
        self.offsets = offsets
        self.references = [m.span() for m in _REFERENCE.finditer(source)]
        self.starts = [start for start, _ in self.references]

    def _inside(self, offset: int) -> tuple[int, int] | None:
        k = bisect_right(self.starts, offset) - 1
        if k >= 0 and self.references[k][0] < offset < self.references[k][1]:
            return self.references[k]
        return None

    def span(self, span: _SpanT, **update: Any) -> _SpanT:
        start, end = span.start, span.end
        if self.offsets is not None:
            start, end = self.offsets.start(start), self.offsets.end(end)
            end = max(start, end)  # an empty span stays empty
        if (around := self._inside(start)) is not None:
            start = around[0]
        if (around := self._inside(end)) is not None:
            end = around[1]
        text = self.source[start:end]
        return span.model_copy(update={"start": start, "end": end, "text": text, **update})

    def mentions(self, mentions: list[Mention]) -> list[Mention]:
        return [self.span(m) for m in mentions]

    def quote(self, quote: Quote) -> Quote:
        cue = quote.cue_mention
        speaker = [
            s.model_copy(update={"mention": self.span(s.mention)}) if s.mention else s
            for s in quote.speaker
        ]
        return self.span(
            quote,
            parts=[self.span(part) for part in quote.parts],
            cue_mention=None if cue is None else self.span(cue),
            speaker=speaker,
        )


def resliced(record: Extraction, source: str, offsets: OffsetMap | None = None) -> Extraction:
    """``record`` (of a blanked copy of ``source``) with ``source`` as its text and every
    record's ``text`` cut from ``source`` at its offsets (widened to whole references),
    mapped back by ``offsets`` where the copy was normalised (:func:`for_pipeline`)."""
    if record.text == source and offsets is None:
        return record
    cut = _Cutter(source, offsets)
    return record.model_copy(
        update={
            "text": source,
            "warnings": [_warning_at_source(w, source, offsets) for w in record.warnings],
            "entities": [cut.span(e) for e in record.entities],
            "figures": [cut.span(f) for f in record.figures],
            "quotes": [cut.quote(q) for q in record.quotes],
            "actors": [
                a.model_copy(update={"mentions": cut.mentions(a.mentions)}) for a in record.actors
            ],
            "places": [
                p.model_copy(update={"mentions": cut.mentions(p.mentions)}) for p in record.places
            ],
        }
    )


# where a warning names a place in the text (W050: "... at offset 108 (line 1) ...")
_PLACE_IN_MESSAGE = re.compile(r"\bat offset (\d+) \(line \d+\)")


def _warning_at_source(
    warning: ExtractionWarning, source: str, offsets: OffsetMap | None
) -> ExtractionWarning:
    """``warning`` with the offset and line its message names (in the copy the pipeline
    read) moved to ``source``, the text as given, as the records' offsets are."""

    def moved(match: re.Match[str]) -> str:
        at = int(match[1])
        if offsets is not None:
            at = offsets.start(at)
        return f"at offset {at} (line {source.count(chr(10), 0, at) + 1})"

    message = _PLACE_IN_MESSAGE.sub(moved, warning.message)
    if message == warning.message:
        return warning
    return warning.model_copy(update={"message": message})


_INVISIBLE_EDGE = re.compile(f"(?<!\\w)[{INVISIBLE_FORMAT}]+|[{INVISIBLE_FORMAT}]+(?!\\w)")


def blank_invisible(text: str) -> str:
    """``text`` with invisible format characters that are not inside a word (between two
    letters or digits) as spaces: a byte order mark before the first word
    ("\\ufeffMerz sagte"), a zero-width space after a word or before a period, which the
    tokenizer glues to the word. Inside a word (a soft hyphen) they stay.

    Example:
        >>> blank_invisible("\\ufeffMerz sagte\\u200b ja\\u200b.") == " Merz sagte  ja ."
        True
        >>> blank_invisible("Bun\\u00addestag") == "Bun\\u00addestag"
        True
    """
    if not any(char in text for char in INVISIBLE_FORMAT):
        return text  # none (most texts): no scan with look-arounds at every character
    return _INVISIBLE_EDGE.sub(lambda m: " " * len(m[0]), text)


# Tags that run inside a line of text (a link, bold, a span): read as nothing, so that
# "<a href=...>Merkel</a>s" reads "Merkels"; comments read as nothing. Tags of blocks
# (paragraphs, headings, list items, cells) read as a line break where none is next to
# them, so that "<p>Angela Merkel</p><p>Olaf Scholz</p>" holds two names, as a browser
# shows it; other tags (a line break tag inside a sentence, an image) as a space.
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd"}
    | {"mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
    | {"wbr"}
)
_BLOCK_TAGS = frozenset(
    {"address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl"}
    | {"dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6"}
    | {"header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary"}
    | {"table", "td", "th", "title", "tr", "ul"}
)
_MARKUP = re.compile(f"{_TAG.pattern}|{_REFERENCE.pattern}", re.DOTALL)
# _TAG and _MARKUP without the comment: what they match after a text's last "-->"
_PLAIN_TAG = re.compile(_TAG.pattern.removeprefix("<!--.*?-->|"))
_PLAIN_MARKUP = re.compile(f"{_PLAIN_TAG.pattern}|{_REFERENCE.pattern}")


def _comments_end(text: str) -> int:
    """Where the last "-->" of ``text`` ends (0 where it has none). No comment closes after
    it, so the tags there are sought without the comment: each "<!--" left open would
    otherwise be read on to the end of the text (time in the square of the length for a
    text with many, 1.2 s for 100,000 characters of words each after a "<!--")."""
    last = text.rfind("-->")
    return last + 3 if last >= 0 else 0


def _tags(pattern: re.Pattern[str], plain: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text``, in linear time: up to the last "-->" by
    ``pattern``, after it by ``plain`` (``pattern`` without the comment), the same
    matches (no tag or reference can run over that "-->", whose ">" ends a tag)."""
    end = _comments_end(text)
    return itertools.chain(pattern.finditer(text, 0, end), plain.finditer(text, end))


# A script or style element, its code included, reads as a space between words (nothing
# next to a space): a browser shows no code ("var x = 'Angela Merkel sagte'" was read as
# text, an actor and a quote). An element without its end tag is left to _MARKUP.
_CODE_OPEN = re.compile(r"<(script|style)\b[^<>]*>", re.IGNORECASE)
_CODE_CLOSE = {
    "script": re.compile(r"</script\s*>", re.IGNORECASE),
    "style": re.compile(r"</style\s*>", re.IGNORECASE),
}
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)")


def code_elements(text: str) -> list[tuple[int, int]]:
    """(start, end) of every script and style element of ``text`` with its end tag, in
    text order; in linear time (once an element has no end tag, no later one of its kind
    is looked for).

    Example:
        >>> code_elements("<p>Merz</p><script>var a = '<b>';</script><STYLE>p {}</STYLE>")
        [(11, 42), (42, 61)]
    """
    spans: list[tuple[int, int]] = []
    lowered = text.lower() if "<" in text else ""
    if "</script" not in lowered and "</style" not in lowered:
        return spans
    unclosed: set[str] = set()
    position = 0
    while (opening := _CODE_OPEN.search(text, position)) is not None:
        position = opening.end()
        name = opening[1].lower()
        if name in unclosed:
            continue
        closing = _CODE_CLOSE[name].search(text, position)
        if closing is None:
            unclosed.add(name)
            continue
        spans.append((opening.start(), closing.end()))
        position = closing.end()
    return spans


def _markup_matches(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, whether a script or style element) of every element read out of
    ``text`` (:func:`code_elements`) and every tag, comment or reference (:data:`_MARKUP`)
    outside them, in text order."""
    code = code_elements(text)
    k = 0
    covered = 0  # the end of the last match given
    for match in _tags(_MARKUP, _PLAIN_MARKUP, text):
        start, end = match.span()
        while k < len(code) and code[k][0] <= start:
            if code[k][0] >= covered:
                yield code[k][0], code[k][1], True
                covered = code[k][1]
            k += 1
        if start >= covered:
            yield start, end, False
            covered = end
    for code_start, code_end in code[k:]:
        if code_start >= covered:
            yield code_start, code_end, True
            covered = code_end


def _markup_edits(text: str, every_tag: bool) -> Iterator[tuple[int, int, str]]:
    """(start, end, replacement) of every tag, comment and character reference of
    ``text`` for :func:`stripped`; without ``every_tag`` only tags named as HTML elements
    (lexicon/html_elements.txt): "<Angela Merkel>" is then text."""
    elements = words("html_elements")
    space_before = True  # the copy so far ends in white space (or is empty)
    break_before = True  # ... in a line break (or is empty)
    last = 0
    for start, end, code in _markup_matches(text):
        if start > last:
            space_before = text[start - 1].isspace()
            break_before = text[start - 1] in "\n\r"
        last = end
        written = text[start:end]
        if code:
            # a script or style element: a space between words
            after_space = end == len(text) or text[end].isspace()
            new = "" if space_before or after_space else " "
        elif written[0] == "&":
            char = html.unescape(written)
            known = len(char) == 1 and char != written  # else left as written
            new = (" " if char.isspace() else char) if known else written
        else:
            name = _TAG_NAME.match(written)
            if not every_tag and name is not None and name[1].lower() not in elements:
                continue  # angle brackets around words, no known tag
            inline = name is None or name[1].lower() in _INLINE_TAGS
            if name is not None and name[1].lower() in _BLOCK_TAGS:
                after_break = end == len(text) or text[end] in "\n\r"
                new = "" if break_before or after_break else "\n"
            else:
                after_space = end == len(text) or text[end].isspace()
                new = "" if inline or space_before or after_space else " "
        if new:
            space_before = new[-1].isspace()
            break_before = new[-1] in "\n\r"
        yield start, end, new


def stripped(text: str, every_tag: bool = True) -> tuple[str, OffsetMap | None]:
    """``text`` without its markup and the map of the copy's offsets back to it.

    Character references are their character, inline tags (links, bold, spans) and
    comments nothing, tags of blocks (paragraphs, cells) a line break where no line break
    is next to them, other tags (line breaks, images) and script and style elements,
    their code included (no reader sees it), a space between words. Without
    ``every_tag`` (a text under W002's threshold) only tags named as HTML elements are
    markup.

    Example:
        >>> copy, offsets = stripped("<p>Er sagte &bdquo;Ja&ldquo;.</p><p><b>Merz</b></p>")
        >>> copy == "Er sagte \u201eJa\u201c.\\nMerz"
        True
        >>> offsets is not None and (offsets.start(15), offsets.end(19))
        (39, 43)
    """
    copy, offsets, _ = edited(text, _markup_edits(text, every_tag))
    return copy, offsets


def has_markup(text: str) -> bool:
    """Whether ``text`` holds a tag, a comment or a character reference (one is enough;
    W002 is given for two tags or more)."""
    return ("<" in text and next(_tags(_TAG, _PLAIN_TAG, text), None) is not None) or (
        "&" in text and _REFERENCE.search(text) is not None
    )


# Wiki (MediaWiki) and Markdown markup in text pasted from an editor's source: the marks
# around a link's or a bold word's text and a heading's equals signs or hashes. A link
# reads as its text (the last part after "|": "[[Angela Merkel|Merkel]]" is "Merkel"), a
# Markdown link "[Text](url)" as its text; bold "**Text**" and "'''Text'''" (also
# bold italic "'''''Text'''''") as the text; a heading line "== Titel ==" or "# Titel" as its
# title. Two apostrophes (italic in MediaWiki) are also a closing quotation mark ("``Ja''"),
# a single "*" or "_" a gender star or a footnote: neither is read as markup, nor are
# templates "{{...}}" (no text a reader sees).
_WIKI = re.compile(
    r"\[\[(?:[^\[\]|\n]*\|)*(?P<link>[^\[\]|\n]+)\]\]"
    r"|\[(?P<md>[^\[\]\n]+)\]\((?:https?://|www\.|/|#)[^()\s]*\)"
    r"|\*\*(?=[^\s*])(?P<stars>[^*\n]+?)(?<=[^\s*])\*\*"
    r"|(?P<q>'''(?:'')?)(?=[^\s'])(?P<quotes>[^'\n]+?)(?<=[^\s'])(?P=q)"
    r"|^(?P<eq>={2,6})[ \t]*(?P<heading>[^=\n]*[^=\s])[ \t]*(?P=eq)[ \t]*$"
    r"|^#{1,6}[ \t]+(?P<hash>)(?=\S)",
    re.MULTILINE,
)
_WIKI_TEXT = ("link", "md", "stars", "quotes", "heading", "hash")


def wiki_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, "") of every wiki and Markdown mark of ``text`` (:data:`_WIKI`): the
    marks before and after a link's, a bold word's or a heading's text.

    Example:
        >>> list(wiki_edits("[[Angela Merkel|Merkel]] **sagte**"))
        [(0, 16, ''), (22, 24, ''), (25, 27, ''), (32, 34, '')]
    """
    if not ("[" in text or "**" in text or "'''" in text or "=" in text or "#" in text):
        return
    for match in _WIKI.finditer(text):
        group = next(name for name in _WIKI_TEXT if match[name] is not None)
        start, end = match.span(group)
        if start > match.start():
            yield match.start(), start, ""
        if match.end() > end:
            yield end, match.end(), ""


def for_pipeline(
    text: str,
    warnings: list[ExtractionWarning],
    raw: str | None = None,
    known: Callable[[str, str], bool] | None = None,
) -> tuple[str, OffsetMap | None]:
    """The text the pipeline reads and the map of its offsets back to ``text``.

    Lone surrogates of ``raw`` (the text as passed, where ``text`` has them replaced,
    warning W001) that stand for characters are read as them
    (:func:`claimex.normalize.escaped_bytes`); a text of UTF-8 decoded as Windows-1252
    (warning W007) is read with its garbled letters repaired
    (:func:`claimex.normalize.ungarbled`). HTML markup is read out wherever there is some
    (:func:`stripped`; a single tag or character reference too, under W002's threshold),
    wiki and Markdown marks are read out (:func:`wiki_edits`), a hard-wrapped text's soft
    line breaks are spaces and the words split at them joined where ``known`` (whether two
    runs of letters split at a break are one word) says so
    (:func:`claimex.linebreaks.unwrap_edits`), a tab between two cells of a table row and
    a semicolon of a semicolon-separated row are line breaks
    (:func:`claimex.tables.cell_edits`; before the furniture, which could take a row's
    bullet and so one of its tabs), page furniture is read out
    (:func:`claimex.furniture.furniture_edits`), a pipe of a pipe-separated row is a line
    break (after the furniture: two credit or share lines, "Foto: dpa | Michael
    Kappeler", are furniture, no rows) and invisible characters at word edges
    are spaces; then the copy is normalised
    (:func:`claimex.normalize.normalise`: NFC, invisible characters inside words removed,
    control characters as spaces, compatibility characters as NFKC reads them). Each can
    change its length: the map (None where nothing changed) takes the pipeline's offsets
    back to ``text``, and warning W008 says what normalising changed.
    """
    codes = {w.code for w in warnings}
    escaped = garbled = markup = wiki = wrapped = furniture = cells = None
    if raw is not None and raw != text:
        text, escaped, _ = escaped_bytes(raw, text)
    if MOJIBAKE_WARNING in codes:
        text, garbled, _ = ungarbled(text)
    if HTML_WARNING in codes or has_markup(text):
        text, markup = stripped(text, every_tag=HTML_WARNING in codes)
    text, wiki, _ = edited(text, wiki_edits(text))
    text, wrapped, _ = edited(text, unwrap_edits(text, known))
    text, cells, _ = edited(text, cell_edits(text, "\t;"))
    text, furniture, _ = edited(text, furniture_edits(text))
    text, pipes, _ = edited(text, cell_edits(text, "|"))
    text, offsets, changed = normalise(blank_invisible(text), keep_c1=MOJIBAKE_WARNING in codes)
    if changed:
        warnings.append(
            ExtractionWarning(
                code=NORMALISED_WARNING,
                message="the text contains invisible characters inside words (soft "
                "hyphens, zero-width spaces), letters with separate combining marks (NFD), "
                "compatibility characters (ligatures, fullwidth letters), replacement "
                "characters at a word's edge or control characters: the pipeline read a "
                "normalised copy (NFC and NFKC, those characters removed or as spaces); "
                "offsets and texts refer to the text as given.",
                count=changed,
            )
        )
    return text, chained(escaped, garbled, markup, wiki, wrapped, cells, furniture, pipes, offsets)
