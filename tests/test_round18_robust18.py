"""Round 18 (robust18): more of what pasted and badly decoded text carries is read as a
reader reads it, with an exact map of the offsets back to the input: wiki and Markdown
marks (``claimex.markup.wiki_edits``), compatibility characters and line or page breaks
inside words (``claimex.normalize.normalise``, warning W008), bytes escaped as lone
surrogates (``claimex.normalize.escaped_bytes``, W001) and UTF-8 read as Windows-1252
(``claimex.normalize.ungarbled``, W007).

Found by ``benchmarks/robustness.py``'s new perturbations (``wiki-markdown``, ``compat``,
``page-breaks``, ``escaped-bytes``, ``mojibake``). The sentences are Wikinews train_b
sentences, the perturbations synthetic.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.crash_sweep import offset_errors
from benchmarks.robustness import FOLDS, canonical

import claimex
from claimex.markup import for_pipeline, wiki_edits
from claimex.normalize import edited, escaped_bytes, normalise, ungarbled
from claimex.records import Extraction, ExtractionWarning
from claimex.text import replace_surrogates

# Wikinews train_b, spkatt-news-48687
PFEIFFER = (
    "Claudia Pfeiffer, Gesch\u00e4ftsf\u00fchrerin des KAV-Berlin, erkl\u00e4rte, die "
    "Arbeitgeberseite werde auch l\u00e4ngere Streikma\u00dfnahmen durchstehen."
)
# Wikinews train_b, spkatt-news-63711
BRUEDERLE = (
    "Wirtschaftsminister Br\u00fcderle sagte, mit dem Beschluss werde der Umbau der "
    "Stromversorgung sogar forciert."
)
# Wikinews train_b, spkatt-news-56998
SUTHEP = (
    "Der stellvertretende Ministerpr\u00e4sident Suthep Thaugsuban sagte, die Regierung "
    "werde nicht mit Gewalt gegen die Demonstranten vorgehen."
)


def _checked(extractor: claimex.Extractor, text: str) -> Extraction:
    """``extract``'s record of ``text``, with the invariants every record keeps: the input
    (lone surrogates replaced) as its text, true offsets, ``pipe`` giving the same record."""
    result = extractor.extract(text)
    assert result.text == replace_surrogates(text)[0]
    assert offset_errors(result) == []
    assert next(iter(extractor.pipe([text]))) == result
    return result


def _codes(result: Extraction) -> list[str]:
    return [w.code for w in result.warnings]


def _speakers(result: Extraction) -> list[str | None]:
    return [q.speaker_name for q in result.quotes]


def _quotes(result: Extraction, fold: Callable[[str], str] = str) -> list[tuple[str, str | None]]:
    """The quotes' texts as a reader reads them (``canonical``, then ``fold``) with their
    speakers."""
    return [(fold(canonical(q.text)), q.speaker_name) for q in result.quotes]


def test_wiki_and_markdown_marks(extractor: claimex.Extractor) -> None:
    """A name in a wiki link, a bold cue, a heading line: the quote ran over the speaker
    and the cue ("Claudia Pfeiffer, ... erkl\u00e4rte, die Arbeitgeberseite ...")."""
    text = (
        "== Tarifstreit ==\n[[Claudia Pfeiffer]], Gesch\u00e4ftsf\u00fchrerin des "
        "[[Kommunaler Arbeitgeberverband|KAV-Berlin]], **erkl\u00e4rte**, die "
        "Arbeitgeberseite werde auch l\u00e4ngere Streikma\u00dfnahmen durchstehen."
    )
    result = _checked(extractor, text)
    assert _codes(result) == []
    assert ("Claudia Pfeiffer", "PER") in {(e.text, e.label) for e in result.entities}
    assert _speakers(result) == ["Claudia Pfeiffer"]
    assert _quotes(result) == _quotes(extractor.extract("Tarifstreit\n" + PFEIFFER))


def test_wiki_edits_keep_text_without_marks() -> None:
    assert list(wiki_edits(PFEIFFER)) == []
    assert list(wiki_edits("Er sagte ``Ja'' und '''nein'''. a**b")) == [(20, 23, ""), (27, 30, "")]
    text = "## Bericht\n[Suthep](https://example.org/Suthep) sagte: [[Seite|Ja]]."
    copy, offsets, _ = edited(text, wiki_edits(text))
    assert copy == "Bericht\nSuthep sagte: Ja."
    assert offsets is not None
    assert text[offsets.start(8) : offsets.end(14)] == "Suthep"


def test_compatibility_characters(extractor: claimex.Extractor) -> None:
    """A long s in the cue and the role ("\u017fagte"), a ligature and fullwidth letters:
    the quote ran over its cue, the speaker was "Wirtschaftsmini\u017fter Br\u00fcderle"."""
    text = BRUEDERLE.replace("sagte", "\u017fagte").replace("minister", "mini\u017fter")
    text = text.replace("Beschluss", "Be\u017fchlu\u017f\u017f").replace(
        "for", "\uff46\uff4f\uff52"
    )
    result = _checked(extractor, text)
    assert _codes(result) == ["W008"]
    assert _quotes(result) == _quotes(extractor.extract(BRUEDERLE))
    assert _speakers(result) == ["Br\u00fcderle"]
    assert (
        normalise("Pro\ufb01s \uff25\uff35 10\u2076 km\u00b2")[0] == "Profis EU 10\u2076 km\u00b2"
    )


def test_page_break_inside_a_word(extractor: claimex.Extractor) -> None:
    """A form feed inside the cue ("erkl\u00e4\\frte") read as a line break split it: the
    quote began "rte, die ...". Before a capital letter it still ends a line."""
    text = PFEIFFER.replace("erkl\u00e4rte", "erkl\u00e4\x0crte")
    result = _checked(extractor, text.replace("Gesch\u00e4fts", "Gesch\u00e4fts\x0b"))
    assert _codes(result) == ["W008"]
    assert _quotes(result) == _quotes(extractor.extract(PFEIFFER))
    assert normalise("Bundes\x0bregierung sagte er\x0bDie")[0] == "Bundesregierung sagte er\nDie"


def test_bytes_escaped_as_surrogates(extractor: claimex.Extractor) -> None:
    """UTF-8 read with ``surrogateescape`` (standard input under a C locale): every
    non-ASCII letter two lone surrogates. The speaker was "stellvertretende
    Ministerpr\ufffd\ufffd"; the pipeline now reads the letters the bytes make, the
    record's text keeps U+FFFD for each surrogate."""
    fold = FOLDS["escaped-bytes"]
    for clean in (SUTHEP, PFEIFFER):
        text = clean.encode("utf-8").decode("ascii", errors="surrogateescape")
        result = _checked(extractor, text)
        assert _codes(result) == ["W001"]
        assert _quotes(result, fold) == _quotes(extractor.extract(clean), fold)
    assert _speakers(result) == ["Claudia Pfeiffer"]
    raw = "M\udcc3\udcbcller \ud83d\ude00 Merkel\udcc3 ja"
    copy, offsets, n = escaped_bytes(raw, replace_surrogates(raw)[0])
    assert (copy, n) == ("M\u00fcller \U0001f600 Merkel\ufffd ja", 2)
    assert offsets is not None
    assert (offsets.start(0), offsets.end(6), offsets.start(9), offsets.end(15)) == (0, 7, 11, 17)


def test_utf8_read_as_windows_1252(extractor: claimex.Extractor) -> None:
    """UTF-8 read as Windows-1252 (W007): "erkl\u00c3\u00a4rte" was no cue, the quote ran
    over it. Read repaired, the records are the clean text's; offsets and texts are the
    input's."""
    text = PFEIFFER.encode("utf-8").decode("cp1252")
    result = _checked(extractor, text)
    assert _codes(result) == ["W007"]
    assert _quotes(result) == _quotes(extractor.extract(PFEIFFER))
    assert result.quotes[0].text.endswith(
        "l\u00c3\u00a4ngere Streikma\u00c3\u0178nahmen durchstehen"
    )
    copy, _, n = ungarbled("K\u00c3\u00b6ln \u00e2\u20ac\u017eJa\u00e2\u20ac\u0153 \u00c3(")
    assert (copy, n) == ("K\u00f6ln \u201eJa\u201c \u00c3(", 3)
    warnings = [ExtractionWarning(code="W007", message="")]
    assert for_pipeline("Gr\u00c3\u00bc\u00c3\x9fe", warnings)[0] == "Gr\u00fc\u00dfe"


def test_replacement_character_at_a_word_edge(extractor: claimex.Extractor) -> None:
    """A byte lost after a name by a broken decode ("Pfeiffer\\udcc3", a lone surrogate
    replaced by U+FFFD, W001; or U+FFFD as given): the person was "Claudia Pfeiffer\\ufffd"
    and so was the speaker. Inside a word U+FFFD stands for a lost letter and stays."""
    clean = _quotes(extractor.extract(PFEIFFER))
    for lost in ("\udcc3", "\ufffd"):
        result = _checked(extractor, PFEIFFER.replace("Pfeiffer", "Pfeiffer" + lost))
        assert "W008" in _codes(result)
        assert ("Claudia Pfeiffer", "PER") in {(e.text, e.label) for e in result.entities}
        assert _quotes(result) == clean
    assert normalise("\ufffdJa, M\ufffdller\ufffd \ufffd.")[0] == "Ja, M\ufffdller \ufffd."
