"""Tab-, semicolon- and pipe-separated table rows read as cells, offsets kept.

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

Semicolon-separated rows are read the same way: a CSV file as German spreadsheets write it
(Excel's "CSV (Trennzeichen-getrennt)" under a German locale separates by ``;``, the comma
being the decimal mark: "Partei;Prozent\\nSPD;45,6"), pasted into a text. spaCy does not
split a word at a semicolon without a space, so a row was one token run: "Kurt Beck;SPD;45,6"
one person, no figure. A line is such a row where it holds a semicolon and text, no semicolon
in it has white space beside it (prose writes "kam; sie ging", a semicolon and a space; a CSV row
writes none), and the line before or after it is such a row with as many semicolons (a CSV
row has as many separators as the header, empty cells included). Each of its semicolons is
a line break in the copy the pipeline reads, as a tab between two cells is.

Pipe-separated rows (ASCII and Markdown tables: "SPD | 45,6", "| SPD | 45,6 |" with its rule
row "|---|---|") too: a line with a pipe and text, beside a line with as many pipes. spaCy
splits no word at a pipe without spaces ("Lega|39"), and a name or a quotation ran over a
spaced one ("Christoph | 51"). A wiki link's pipe ("[[Ziel|Text]]") is none. Pipes become
line breaks after the page furniture is read out (:func:`claimex.markup.for_pipeline`):
credit and share lines ("Foto: dpa | Michael Kappeler", "Teilen auf Facebook | X") are
furniture, and two such lines would otherwise be rows.

A quote without a cue in a row is the statement of the row's person
(:func:`within_cells`), not of the nearest name before it (a cell before it in the same
row, or the row before).

A text without a tab, a semicolon or a pipe (the common case) costs three searches; time
is linear in its length.

Example:
    >>> text = "Partei\\tProzent\\nSPD\\t45,6\\nCDU\\t32,8"
    >>> list(cell_edits(text))
    [(6, 7, '\\n'), (18, 19, '\\n'), (27, 28, '\\n')]
    >>> list(cell_edits("Julia\\tGillard bezeichnete das als Tragödie."))
    []
    >>> list(cell_edits("Partei;Prozent\\nSPD;45,6"))
    [(6, 7, '\\n'), (18, 19, '\\n')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from claimex.records import Extraction, Mention, Quote, Source

# A run of tabs (with spaces around them) between two cells of a line: text other than
# white space on both sides of it in the line.
_CELL_GAP = re.compile(r"(?<=[^\s])[ ]*\t[ \t]*(?=[^\s])")


# A semicolon between two cells of a CSV row: none with white space beside it in the line.
_SPACED_SEMICOLON = re.compile(r"\s;|;\s")


def _cell_gaps(line: str) -> list[re.Match[str]]:
    return list(_CELL_GAP.finditer(line)) if "\t" in line else []


def _semicolon_row(line: str) -> bool:
    return ";" in line and not _SPACED_SEMICOLON.search(line) and bool(line.strip("; \t"))


def _pipe_row(line: str) -> bool:
    # a wiki link's pipe ("[[Angela Merkel|Merkel]]", read out by claimex.markup) is none
    return "|" in line and "[[" not in line and bool(line.strip("| \t"))


def may_hold_rows(text: str) -> bool:
    """Whether ``text`` may hold a table row (module doc): a tab, a semicolon or a pipe."""
    return "\t" in text or ";" in text or "|" in text


def _separators(line: str) -> tuple[str, int] | None:
    """The kind of table row ``line`` may be (its separator: tab, semicolon, pipe) and its
    number of separators, or None where it is no row of any kind."""
    if _cell_gaps(line):
        return "\t", line.count("\t")
    if _semicolon_row(line):
        return ";", line.count(";")
    if _pipe_row(line):
        return "|", line.count("|")
    return None


def table_rows(lines: list[str]) -> set[int]:
    """The indices of ``lines`` that are table rows (module doc): runs of two or more
    lines in a row that hold the same number of tabs, each with a tab between two cells,
    the same number of semicolons, none with white space beside it, or the same number of
    pipes."""
    counts = [_separators(line) for line in lines]
    rows: set[int] = set()
    for k, n in enumerate(counts):
        if n and ((k and counts[k - 1] == n) or (k + 1 < len(counts) and counts[k + 1] == n)):
            rows.add(k)
    return rows


def cell_edits(text: str, separators: str = "\t;|") -> Iterator[tuple[int, int, str]]:
    """The edits (start, end, replacement), in text order and not overlapping, that make
    each tab between two cells of a table row and each semicolon or pipe of a semicolon-
    or pipe-separated row a line break (module doc), for :func:`claimex.normalize.edited`;
    of the rows whose separator is in ``separators``. The spaces around a separator
    stay."""
    if not may_hold_rows(text):
        return
    lines = text.split("\n")
    rows = table_rows(lines)
    at = 0
    for k, line in enumerate(lines):
        kind = _separators(line) if k in rows else None
        if kind is None or kind[0] not in separators:
            pass
        elif kind[0] != "\t":
            for i, char in enumerate(line):
                if char == kind[0]:
                    yield at + i, at + i + 1, "\n"
        else:
            for gap in _cell_gaps(line):
                for i in range(gap.start(), gap.end()):
                    if line[i] == "\t":
                        yield at + i, at + i + 1, "\n"
        at += len(line) + 1


def within_cells(record: Extraction) -> Extraction:
    """``record`` without the quotes that run across a cell boundary of its text's table
    rows, and with the speaker of a quote without a cue that stands in a row taken from
    that row.

    The cells are lines for the pipeline, but a quotation may go on over lines (a quote
    over paragraphs, an opening mark left unclosed, a cue's reported clause), and a
    quotation is no more read across two cells than a name is. Nothing refers to a quote
    by its place in the list, so it goes alone.

    A quote without a cue gets the nearest mention before it as its speaker; in a table
    (a row "Name | Funktion | Organisation | Aussage") that is the cell before the quote's
    (the organisation) or a name of the row before. A row's quote is the statement of
    the row's person: its speaker is the first person named in a cell of its row, else
    the first organisation, else the speaker found where its mention is in the row (an
    unnamed source's description, "Porschesprecher"), else none (:func:`_row_speaker`)."""
    if not may_hold_rows(record.text):
        return record
    bounds = [start for start, _, _ in cell_edits(record.text)]
    if not bounds:
        return record
    rows = _row_spans(record.text)
    quotes = [
        _row_speaker(record, q, rows) for q in record.quotes if not _crossed(bounds, q.start, q.end)
    ]
    if quotes == record.quotes:
        return record
    return record.model_copy(update={"quotes": quotes})


def _row_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the table rows of ``text``, in text order."""
    lines = text.split("\n")
    rows = table_rows(lines)
    spans = []
    at = 0
    for k, line in enumerate(lines):
        if k in rows:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _row_speaker(record: Extraction, quote: Quote, rows: list[tuple[int, int]]) -> Quote:
    """``quote`` with the speaker of its table row where it has no cue and stands in a
    row (:func:`within_cells`): the actor of the first person's name in the row outside
    the quote, else of the first organisation's, else its speaker where named in the row,
    else no speaker."""
    if quote.cue is not None:
        return quote
    k = bisect_left(rows, (quote.start + 1, quote.start + 1)) - 1
    if k < 0 or quote.end > rows[k][1]:
        return quote
    start, end = rows[k]
    names = {(e.start, e.end) for e in record.entities if e.label in ("PER", "ORG")}
    found: dict[str, tuple[Mention, Source]] = {}
    for actor in record.actors:
        for m in actor.mentions:
            outside = m.end <= quote.start or m.start >= quote.end
            if _within(m, start, end) and outside and (m.start, m.end) in names:
                first = found.get(actor.type)
                if first is None or m.start < first[0].start:
                    source = Source(name=actor.name, actor_id=actor.id, mention=m)
                    found[actor.type] = (m, source)
    speaker = [found[kind][1] for kind in ("PER", "ORG") if kind in found][:1]
    if not speaker:  # an unnamed source's description in the row stays
        speaker = [s for s in quote.speaker if s.mention and _within(s.mention, start, end)]
    if speaker == quote.speaker:
        return quote
    return quote.model_copy(update={"speaker": speaker})


def _within(mention: Mention, start: int, end: int) -> bool:
    return start <= mention.start and mention.end <= end


def _crossed(bounds: list[int], start: int, end: int) -> bool:
    k = bisect_left(bounds, start)
    return k < len(bounds) and bounds[k] < end
