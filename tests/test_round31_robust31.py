"""Round 31 (robust31): semicolon-separated tables (CSV as German spreadsheets write it)
pasted into a text. Tables built from the parties, people and figures of Wikinews train_a
articles (credited by document id)."""

from __future__ import annotations

import claimex
from claimex.linebreaks import unwrap_edits
from claimex.records import Extraction
from claimex.tables import cell_edits, table_rows

from .table_docs import crossing

# spkatt-news-83502 (Italy's new coalition, 2019): the parties' results of March 2018 and
# the poll, an empty cell where the article gives no number
PARTIES = "Partei;Wahl 2018;Umfrage\nFünf-Sterne-Bewegung;33;17\nPD;19;24\nLega;;39"
# spkatt-news-83502's people, their parties and offices
PEOPLE = (
    "Name;Partei;Amt\nGiuseppe Conte;parteilos;Ministerpräsident\n"
    "Matteo Salvini;Lega;Innenminister\nSergio Mattarella;;Staatspräsident"
)
# spkatt-news-83502's poll, one row a party: rows of one width between two lines of text
POLL = "Umfrage\nLega;39\nSozialdemokraten;24\nFünf-Sterne-Bewegung;17\nQuelle"
# spkatt-news-51446 (the Friedrich-Ebert-Stiftung's study): its opening quotation cut into
# two cells of a row, and the study's sample as the next row
STUDY = (
    "Quelle;Aussage;Fortsetzung\n"
    "FES-Studie;„Jeder Dritte glaubt nicht mehr daran,;dass die Politik in der Lage ist, "
    "Probleme zu lösen.“\nStichprobe;2.503 Befragte;23 Prozent auf der Verliererseite"
)

# spkatt-news-833 (the Stiftung Warentest and Uschi Glas's face cream): its two speakers,
# their functions and organisation, and their statements (the second in the indicative)
# as a table of four columns, an empty cell where the article names no organisation
STATEMENTS = (
    "Name;Funktion;Organisation;Aussage\n"
    "Heike van Laak;Sprecherin;Stiftung Warentest;„Wir bleiben bei unseren "
    "Testergebnissen und sehen der Klage gelassen entgegen.“\n"
    "Uschi Glas;Schauspielerin;;„Durch die Veröffentlichung des Testergebnisses sind hohe "
    "Umsatzeinbußen entstanden.“"
)


def test_no_name_runs_across_a_semicolon_cell(extractor: claimex.Extractor) -> None:
    """spaCy splits no word at a semicolon or a pipe without a space: "Lega;;39" was a
    LOC, "Giuseppe Conte;parteilos;Ministerpräsident" and "Sergio Mattarella;;Staatspräsident"
    persons, and no cell's number a figure, on b9094e3; the same with pipes."""
    for table in (PARTIES, PARTIES.replace(";", "|")):
        result = extractor.extract(table)
        assert crossing(result) == []
        assert [(e.text, e.label) for e in result.entities] == [
            ("Fünf-Sterne-Bewegung", "ORG"),
            ("PD", "ORG"),
            ("Lega", "ORG"),
        ]
        assert [f.value for f in result.figures] == [33, 17, 19, 24, 39]
    result = extractor.extract(PEOPLE)
    assert crossing(result) == []
    assert [(e.text, e.label) for e in result.entities] == [
        ("Giuseppe Conte", "PER"),
        ("Matteo Salvini", "PER"),
        ("Lega", "ORG"),
        ("Sergio Mattarella", "PER"),
    ]


def test_no_quote_runs_across_a_semicolon_cell(extractor: claimex.Extractor) -> None:
    """The quotation opened in one cell and closed in the next was one quote on b9094e3,
    and the sample's numbers were no figures."""
    for result in (extractor.extract(STUDY), next(iter(extractor.pipe([STUDY])))):
        assert isinstance(result, Extraction)
        assert crossing(result) == []
        assert result.quotes == []
        assert [f.text for f in result.figures] == ["2.503", "23 Prozent"]


def test_semicolon_rows_of_one_width_are_not_read_as_a_hard_wrapped_paragraph() -> None:
    """Each next row's first cell would not have fitted on the row before: the rows were a
    hard-wrapped paragraph and joined on b9094e3."""
    assert list(unwrap_edits(POLL)) == []
    assert list(unwrap_edits(PARTIES)) == []


def test_which_lines_are_semicolon_rows() -> None:
    """Two lines or more with as many semicolons, none with white space beside it: a
    table; prose (a semicolon and a space), a single line and lines with different numbers
    of semicolons: no cell boundary."""
    assert table_rows(POLL.split("\n")) == {1, 2, 3}
    assert [(start, new) for start, _, new in cell_edits(POLL)] == [
        (12, "\n"),
        (32, "\n"),
        (56, "\n"),
    ]
    assert table_rows(["Lega;39", "Sozialdemokraten;24;17"]) == set()
    assert table_rows(["Lega;39"]) == set()
    assert table_rows(["Lega;", "Sozialdemokraten;"]) == {0, 1}  # empty cells
    assert table_rows([";;", ";;"]) == set()  # no text
    # spkatt-news-83502's sentence on the Lega and the same with a prose semicolon twice
    prose = (
        "Großer Gewinner einer vorgezogenen Neuwahl wäre Matteo Salvinis Lega gewesen; die "
        "Rechtspopulisten hätten mit 39 Prozent der Stimmen rechnen können."
    )
    assert list(cell_edits(f"{prose}\n{prose}")) == []
    assert list(cell_edits(prose.replace("; ", ";"))) == []  # one line: text


def test_a_quote_in_a_row_is_the_statement_of_the_rows_person(
    extractor: claimex.Extractor,
) -> None:
    """A quote without a cue got the nearest mention before it as its speaker: "Stiftung
    Warentest" (the cell before, an organisation) and "Schauspielerin" for the tab table
    on b9094e3; the semicolon table was one name "Heike van Laak;Sprecherin;Stiftung",
    the speaker of both; in the pipe table "Stiftung Warentest" and "Uschi Glas",
    named by the mention "Uschi Glas | Schauspielerin" across a cell."""
    for table in (STATEMENTS, STATEMENTS.replace(";", "\t"), STATEMENTS.replace(";", " | ")):
        for result in (extractor.extract(table), next(iter(extractor.pipe([table])))):
            assert isinstance(result, Extraction)
            assert crossing(result) == []
            assert [q.speaker_name for q in result.quotes] == ["Heike van Laak", "Uschi Glas"]
            for quote in result.quotes:
                mention = quote.speaker[0].mention
                assert mention is not None
                assert result.text[mention.start : mention.end] == quote.speaker_name


def test_which_lines_are_pipe_rows(extractor: claimex.Extractor) -> None:
    """Two lines or more with as many pipes (a Markdown table's rule row among them); a
    wiki link's pipe is none. Two credit and share lines with a pipe each stay page
    furniture: pipes are cell boundaries only after the furniture is read out."""
    markdown = "| Partei | Umfrage |\n|---|---|\n| Lega | 39 |\n| PD | 24 |"  # spkatt-news-83502
    assert table_rows(markdown.split("\n")) == {0, 1, 2, 3}
    assert table_rows(["Lega | 39", "PD | 24 | 19"]) == set()
    assert table_rows(["[[Lega Nord|Lega]] 39", "[[Partito Democratico|PD]] 24"]) == set()
    # spkatt-news-833's last sentence between two furniture lines and before a credit
    text = (
        "Die Sprecherin der Stiftung Warentest, Heike van Laak, sagte dazu: „Wir bleiben bei "
        "unseren Testergebnissen und sehen der Klage gelassen entgegen.“\n"
        "Teilen auf Facebook | Twitter\nFoto: picture alliance/dpa | Uschi Glas\n"
    )
    result = extractor.extract(text)
    assert [a.name for a in result.actors] == ["Stiftung Warentest", "Heike van Laak"]
    assert [q.speaker_name for q in result.quotes] == ["Heike van Laak"]


# spkatt-news-79492 (Frank Henkel on the Verfassungsschutz study) and spkatt-news-70140
# (Muammar al-Gaddafi to Al-Dschasira): their quotations as rows, the speaker first
SAYINGS = (
    "Frank Henkel;Verfassungsschutz;„Diese Untersuchung soll einen Beitrag zur "
    "gesellschaftlichen Debatte über linke Gewalt liefern.“\n"
    "Muammar al-Gaddafi;Al-Dschasira;„Ich zähle auf meine Anhänger, dass sie weiter "
    "Widerstand leisten und jeden ausländischen Angreifer gegen Libyen bekämpfen, heute, "
    "morgen und immer“"
)


def test_a_line_break_after_a_quotation_is_no_verb(extractor: claimex.Extractor) -> None:
    """The tagger tags the line break after the first row's closing mark VAFIN, and the
    quotation was read as the subject of that verb ("„Ich habe fertig“ ist ..."): no
    quote; b9094e3 found the second row's quote only (in the tab table, with the speaker
    "Al-Dschasira"), and the pipe table's rows are lines now too."""
    for table in (SAYINGS, SAYINGS.replace(";", "\t"), SAYINGS.replace(";", " | ")):
        result = extractor.extract(table)
        assert crossing(result) == []
        assert [q.speaker_name for q in result.quotes] == ["Frank Henkel", "Muammar al-Gaddafi"]
    alone = SAYINGS.split("\n")[0].split(";")[2] + "\nMuammar al-Gaddafi"
    assert [q.text[:5] for q in extractor.extract(alone).quotes] == ["Diese"]
