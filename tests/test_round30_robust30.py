"""Round 30 (robust30): tab-separated tables and e-mail addresses in real text. Tables
built from the figures of Wikinews train_b articles, sentences from train_b (credited by
document id)."""

from __future__ import annotations

import claimex
from claimex.linebreaks import unwrap_edits
from claimex.records import Extraction
from claimex.tables import cell_edits, table_rows

from .table_docs import crossing

# spkatt-news-24349 (the Rhineland-Palatinate state election): its candidates, parties and
# results as an exported table
CANDIDATES = "Spitzenkandidat\tPartei\tProzent\nKurt Beck\tSPD\t45,6\nChristoph Böhr\tCDU\t32,8\n"
# spkatt-news-24349's results, one row a party: rows of one width
RESULTS = "SPD\t45,6\nCDU\t32,8\nFDP\t8,0\nWASG\t2,5\n"
# spkatt-news-63838 (the week's Sonntagsfrage mean values): two columns
POLL = "Partei\tSonntagsfrage\nCDU/CSU\t31\nSPD\t28\nDie Linke\t9,8\nFDP\t5,3\nsonstige\t6,2\n"
# spkatt-news-38180 (Porsche on the Advocate General's opinion): the spokesman's sentence
# and the next as two rows of three cells, and as a table of date, source and reaction
SPOKESMAN = (
    "Ein Porschesprecher erklärte am Dienstag:\t„Das bestätigt unsere Haltung zum\tVW-Gesetz.\n"
    "Wir gehen davon aus,\tdass sich das Gericht der Position\tdes Generalanwalts anschließt."
)
REACTIONS = (
    "Datum\tQuelle\tReaktion\n14. Juli\tPorschesprecher\t„Das bestätigt unsere Haltung zum "
    "VW-Gesetz.\n15. Juli\tGeneralanwalt\tPlädoyer\n"
)
# spkatt-news-41694, a sentence with the medium's domain ("laut ndr.de": an ORG in the
# gold) and the same sentence with an address at that domain
DOMAIN = (
    "„Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“, sagte der "
    "Demonstrationsleiter laut ndr.de."
)
ADDRESS = (
    "„Dieser Wanderkessel ist versammlungsrechtlich ein Skandal“, schrieb der "
    "Demonstrationsleiter an redaktion@ndr.de."
)


def test_no_name_runs_across_a_cell_of_a_table(extractor: claimex.Extractor) -> None:
    """A tab was a space: the header row was one ORG ("Spitzenkandidat\\tPartei\\tProzent",
    an actor), "CDU/CSU\\t31" and "SPD\\t28" MISC names on eb5b551."""
    result = extractor.extract(CANDIDATES)
    assert crossing(result) == []
    assert [(e.text, e.label) for e in result.entities] == [
        ("Kurt Beck", "PER"),
        ("SPD", "ORG"),
        ("Christoph Böhr", "PER"),
        ("CDU", "ORG"),
    ]
    assert [f.text for f in result.figures] == ["45,6", "32,8"]
    result = extractor.extract(POLL)
    assert crossing(result) == []
    assert [e.text for e in result.entities] == ["CDU/CSU", "SPD", "Die Linke", "FDP"]
    assert [f.value for f in result.figures] == [31, 28, 9.8, 5.3, 6.2]


def test_no_quote_runs_across_a_cell(extractor: claimex.Extractor) -> None:
    """The quotation opened in one cell went on into the next ("unsere Haltung zum\\tVW-
    Gesetz"), and the header row "Datum Quelle Reaktion" was a speaker, on eb5b551."""
    for result in (extractor.extract(SPOKESMAN), next(iter(extractor.pipe([SPOKESMAN])))):
        assert isinstance(result, Extraction)
        assert crossing(result) == []
        assert result.quotes == []
    result = extractor.extract(REACTIONS)
    assert crossing(result) == []
    assert [a.name for a in result.actors] == []
    assert [q.speaker_name for q in result.quotes] == [None]


def test_rows_of_one_width_are_not_read_as_a_hard_wrapped_paragraph() -> None:
    """Each next row's first cell would not have fitted on the row before: the rows were a
    hard-wrapped paragraph and joined ("SPD\\t45,6 CDU\\t32,8 ...") on eb5b551."""
    assert list(unwrap_edits(RESULTS)) == []
    assert list(unwrap_edits("Die Ergebnisse\n" + RESULTS + "Die Wahlbeteiligung")) == []


def test_which_lines_are_table_rows() -> None:
    """Two lines or more with as many tabs, a tab between two cells in each: a table; a
    single line (robust17's "Julia\\tGillard", a text typed with tabs for spaces), lines
    with different numbers of tabs, tabs indenting or ending lines: no cell boundary."""
    lines = RESULTS.split("\n")
    assert table_rows(lines) == {0, 1, 2, 3}
    assert [(start, new) for start, _, new in cell_edits(RESULTS)] == [
        (3, "\n"),
        (12, "\n"),
        (21, "\n"),
        (30, "\n"),
    ]
    assert table_rows(["Kurt Beck\tSPD\t45,6"]) == set()  # one line: text
    assert table_rows(["Kurt Beck\tSPD\t45,6", "Christoph Böhr\tCDU"]) == set()
    assert table_rows(["Kurt Beck\tSPD\t45,6", "Christoph Böhr\tCDU\t"]) == {0, 1}
    prose = "Wahlsieger ist Kurt\tBeck von der SPD."  # spkatt-news-24349
    assert list(cell_edits(prose)) == []
    indented = "\tWahlsieger ist Kurt Beck von der SPD.\t"
    assert list(cell_edits(f"{indented}\n{indented}")) == []
    assert list(cell_edits(f"{prose}\n\n{prose}")) == []


def test_an_email_address_is_no_name(extractor: claimex.Extractor) -> None:
    """The address was an ORG and an actor on eb5b551; the domain alone stays the ORG it
    is in the gold."""
    result = extractor.extract(ADDRESS)
    assert result.entities == []
    assert result.actors == []
    assert [q.speaker_name for q in result.quotes] == ["Demonstrationsleiter"]
    domain = extractor.extract(DOMAIN)
    assert [(e.text, e.label) for e in domain.entities] == [("ndr.de", "ORG")]
