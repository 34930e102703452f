"""Tab-separated table rows read as cells, offsets kept.

Text exported from spreadsheets, statistics pages and election result tables puts a tab
between the cells of a row ("SPD\\t45,6\\nCDU\\t32,8"). Read as a space (as a tab inside a
sentence is: :mod:`claimex.normalize`), a row is one run of words: a name runs into the
number of the next cell ("Kurt Beck\\tSPD" as one person, "Linke\\t1490"), a figure or a
quotation into the next cell. :func:`cell_edits` finds the table rows and makes each tab
between two cells a line break in the copy the pipeline reads
(:func:`claimex.markup.for_pipeline`; one character for one, offsets do not move), so that
each cell is read on its own, as a line: no entity, figure or quote runs across a cell
boundary, and every cell's words are still read.

A line is a table row where it holds a tab between two cells (text other than spaces on
both sides of the tab in the line) and the line before or after it holds such a tab and
as many tabs in all: an export writes one tab fewer than there are columns on every row,
empty cells included. A single line is read as text, whatever its tabs: a stray tab
between two words of a sentence ("Julia\\tGillard bezeichnete ...") or a text typed with
tabs for spaces cannot be told from a row, and a name stays a name; so are lines whose
numbers of tabs differ. Tabs that indent a line or end it are no cell boundaries (they
stay spaces). The line breaks before and after a table row are hard:
:func:`claimex.linebreaks.unwrap_edits` joins no row to the line before or after it.

A text without a tab (the common case) costs one search; time is linear in its length.

Example:
    >>> text = "Partei\\tProzent\\nSPD\\t45,6\\nCDU\\t32,8"
    >>> list(cell_edits(text))
    [(6, 7, '\\n'), (18, 19, '\\n'), (27, 28, '\\n')]
    >>> list(cell_edits("Julia\\tGillard bezeichnete das als Tragödie."))
    []
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from claimex.records import Extraction

# A run of tabs (with spaces around them) between two cells of a line: text other than
# white space on both sides of it in the line.
_CELL_GAP = re.compile(r"(?<=[^\s])[ ]*\t[ \t]*(?=[^\s])")


def _cell_gaps(line: str) -> list[re.Match[str]]:
    return list(_CELL_GAP.finditer(line)) if "\t" in line else []


def table_rows(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are table rows (module doc): runs of two or more
    lines in a row that hold the same number of tabs, each with a tab between two cells."""
    counts = [line.count("\t") if _cell_gaps(line) else 0 for line in lines]
    rows: set[int] = set()
    for k, n in enumerate(counts):
        if n and ((k and counts[k - 1] == n) or (k + 1 < len(counts) and counts[k + 1] == n)):
            rows.add(k)
    return rows


def cell_edits(text: str) -> Iterator[tuple[int, int, str]]:
    """The edits (start, end, replacement), in text order and not overlapping, that make
    each tab between two cells of a table row a line break (module doc), for
    :func:`claimex.normalize.edited`. The spaces around the tab stay."""
    if "\t" not in text:
        return
    lines = text.split("\n")
    rows = table_rows(lines)
    at = 0
    for k, line in enumerate(lines):
        if k in rows:
            for gap in _cell_gaps(line):
                for i in range(gap.start(), gap.end()):
                    if line[i] == "\t":
                        yield at + i, at + i + 1, "\n"
        at += len(line) + 1


def within_cells(record: Extraction) -> Extraction:
    """``record`` without the quotes that run across a cell boundary of its text's table
    rows. The cells are lines for the pipeline, but a quotation may go on over lines (a
    quote over paragraphs, an opening mark left unclosed, a cue's reported clause), and a
    quotation is no more read across two cells than a name is. Nothing refers to a quote
    by its place in the list, so it goes alone."""
    if "\t" not in record.text:
        return record
    bounds = [start for start, _, _ in cell_edits(record.text)]
    if not bounds:
        return record
    kept = [q for q in record.quotes if not _crossed(bounds, q.start, q.end)]
    if len(kept) == len(record.quotes):
        return record
    return record.model_copy(update={"quotes": kept})


def _crossed(bounds: list[int], start: int, end: int) -> bool:
    k = bisect_left(bounds, start)
    return k < len(bounds) and bounds[k] < end
