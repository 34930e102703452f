"""Hard-wrapped text read as the paragraphs it was wrapped from.

E-mail, PDF exports and agency wires break lines at a fixed width (60 to 80 characters),
inside sentences, and hyphenate long words at a break ("Bundes-\\nregierung"); their
paragraphs are set apart by a blank line. Read as it is, every line is a paragraph of its
own for the pipeline: a sentence, a name ("Friedrich\\nMerz") or a quotation broken at a
line end is no longer one, and a hyphenated word is two. :func:`unwrap_edits` finds such
soft line breaks by their shape and makes them what they stand for in the copy the
pipeline reads (:func:`claimex.markup.for_pipeline`; its offsets map back to the input's):

- a text is hard-wrapped where all its lines are at most :data:`WRAP_MAX` characters long
  and most of its line breaks between two lines of text are soft: the next line's first
  word would not have fitted on the line before (the test text reflow tools use; a line
  followed by one whose first word would have fitted ends a paragraph and stays);
- a soft break is a space;
- a hyphen at a break between two runs of letters, the second lower-case, splits one word
  where the joined word is a German word and the second run alone is none (the
  pipeline's lemma table and Wiktionary nouns:
  :func:`claimex.components.word_checks.split_word_check`; "britisch-\\nfranzösische"
  keeps its hyphen) and the second run is no conjunction ("Ost-\\nund Westdeutschland"
  keeps its hyphen and its space): hyphen and break are taken out (also in a text that
  is not hard-wrapped: a lower-case word hardly ever starts a line);
- any other hyphen at a soft break stays, the break taken out ("CDU-\\nChef" is
  "CDU-Chef", "deutsch-\\nfranzösisch" "deutsch-französisch").
- in any text, a line break before a line that opens with a lower-case letter is a space
  where the line before does not end with a hyphen: no German sentence starts so, and a
  sentence broken there (one wrapped line in a pasted quotation, "um die Menschen\\nin
  diesem Land zu schützen") was two paragraphs, its quotation two unpaired marks; so is
  a line break after a comma or a function word (:func:`_unfinished`: no heading or
  paragraph ends there) and one inside a quotation that the next line closes
  (:func:`_quotation_goes_on`).

The line breaks before and after a row of a tab- or semicolon-separated table stay
(:func:`claimex.tables.table_rows`): a row is a line of its own, also where rows of one
width look hard-wrapped.

A text without line breaks (the common case) costs one search; time is linear in the
length of the text.

Example:
    >>> from claimex.normalize import edited
    >>> text = "Der CDU-\\nChef und die Bundes-\\nregierung trafen sich am Montag in\\nBerlin."
    >>> edited(text, unwrap_edits(text, lambda a, b: a + b == "Bundesregierung"))[0]
    'Der CDU-Chef und die Bundesregierung trafen sich am Montag in Berlin.'
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from claimex.components.quotemarks import MARK_CHARS, pair_quote_marks
from claimex.lexicon import words
from claimex.tables import may_hold_rows, table_rows

WRAP_MAX = 100
"""The longest line of a hard-wrapped text (e-mail wraps at 72 to 78, wires at 60 to 80)."""
_WORD_SPLIT = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([a-z\u00df-\u00ff]+)")
_BREAK = re.compile(r"[ \t\r]*\n[ \t]*")
_COMPOUND_END = re.compile(r"\w-$")


def _hard_wrapped(lines: list[str], rows: set[int]) -> int:
    """The width of a hard-wrapped text (its longest line), or 0 where ``lines`` are not
    hard-wrapped (module doc). The breaks next to a table row (index in ``rows``) are not
    counted."""
    width = max(len(line) for line in lines)
    if width > WRAP_MAX:
        return 0
    soft = hard = 0
    for k, (line, after) in enumerate(pairwise(lines)):
        if line.strip() and after.strip() and not (rows and (k in rows or k + 1 in rows)):
            if _soft(line, after, width):
                soft += 1
            else:
                hard += 1
    return width if soft >= 2 and soft > hard else 0


def _soft(line: str, after: str, width: int) -> bool:
    """Whether the break between ``line`` and ``after`` is soft: the first word of
    ``after`` would not have fitted on ``line``, or ``line`` ends with a hyphen."""
    body = line.rstrip()
    first = after.split(None, 1)[0]
    return len(body) + 1 + len(first) > width or body.endswith("-")


def _lower_start(line: str) -> bool:
    """Whether ``line`` opens with a lower-case letter: no line of German prose starts a
    sentence so, so the line before goes on in it (a wrapped line in a text that is not
    hard-wrapped throughout: one broken line in a pasted quotation)."""
    first = line.lstrip(" \t")[:1]
    return first.isalpha() and first.islower()


def _unfinished(line: str) -> bool:
    """Whether ``line`` stops where no sentence, heading or caption ends: after a comma or
    a function word (an article, preposition, conjunction or auxiliary of
    ``german_function_words``: "Der Präsident der\\nVereinigten Staaten"), so the line
    after it goes on in the same sentence, also where it opens with a capital."""
    if line.endswith(","):
        return True
    last = line.rsplit(None, 1)[-1]
    return last.isalpha() and last in words("german_function_words")


def _quotation_goes_on(line: str, after: str) -> bool:
    """Whether a quotation mark left open at the end of ``line`` is closed in the line
    ``after`` it, before any other mark opens there: one line broken inside a quotation
    ("„Wir werden alles tun, um die\\nMenschen zu schützen.“"). A next line that opens
    with the mark again continues a quotation over paragraphs, as German writes it, and
    keeps its break."""
    if MARK_CHARS.isdisjoint(line):
        return False
    _, open_marks = pair_quote_marks(line)
    if not open_marks:
        return False
    edge = len(line)
    pairs, _ = pair_quote_marks(f"{line} {after}")
    return any(pair.open in open_marks and pair.close > edge for pair in pairs)


def _wiktionary_noun(first: str, second: str) -> bool:
    return first + second in words("wiktionary_nouns")


def _suspended(second: str) -> bool:
    """Whether ``second`` after a hyphen is a conjunction of a suspended compound ("Ost-
    und Westdeutschland")."""
    return second in words("list_conjunctions") or second in words("german_function_words")


def unwrap_edits(
    text: str, known: Callable[[str, str], bool] | None = None
) -> Iterator[tuple[int, int, str]]:
    """The edits (start, end, replacement), in text order and not overlapping, that read
    the soft line breaks of ``text`` as spaces and join the words split at them (module
    doc), for :func:`claimex.normalize.edited`. ``known`` tells whether two runs of
    letters split at a break are one word (None: where joined they are a Wiktionary noun).

    Example:
        >>> list(unwrap_edits("Die Bundes-\\nregierung", lambda a, b: a + b == "Bundesregierung"))
        [(10, 12, '')]
    """
    if "\n" not in text:
        return
    if known is None:
        known = _wiktionary_noun
    lines = text.split("\n")
    rows = table_rows(lines) if may_hold_rows(text) else set()
    width = _hard_wrapped(lines, rows)
    splits = {}
    for match in _WORD_SPLIT.finditer(text):
        first, second = match[1], match[2]
        if not _suspended(second) and known(first, second):
            splits[match.end(1)] = match.start(2)
    at = 0
    for k, line in enumerate(lines[:-1]):
        body = line.rstrip()
        after = lines[k + 1]
        if rows and (k in rows or k + 1 in rows):
            pass  # a table row is a line of its own (claimex.tables)
        elif at + len(body) - 1 in splits:
            hyphen = at + len(body) - 1
            yield hyphen, splits[hyphen], ""
        elif width and body.strip() and after.strip() and _soft(line, after, width):
            gap = _BREAK.match(text, at + len(body))
            assert gap is not None
            joined = _COMPOUND_END.search(body) and not _suspended(after.split(None, 1)[0])
            yield gap.start(), gap.end(), "" if joined else " "
        elif (
            body.strip()
            and not body.endswith("-")
            and (_lower_start(after) or _unfinished(body) or _quotation_goes_on(body, after))
        ):
            gap = _BREAK.match(text, at + len(body))
            assert gap is not None
            yield gap.start(), gap.end(), " "  # a sentence goes on: "die Menschen\nin"
        at += len(line) + 1
