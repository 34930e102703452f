"""Round 22: an apostrophe inside a word as typeset (U+2019) or typed as the modifier
letter apostrophe (U+02BC) reads as the ASCII apostrophe in the pipeline's copy
(``claimex.normalize``): "Samuel Eto\u2019o" was no name at all, "Eto\u02bco" one word
the tokenizer could not split, "Obama\u02bcs" no genitive. Offsets stay the input's. The
sentences are Wikinews train_b sentences (their ASCII apostrophes typeset differently);
the U+02BC forms are synthetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest

import claimex
from claimex.normalize import normalise

# Wikinews train_b, spkatt-news-63107
ETOO = (
    "Samuel Eto'o hatte die erste Torchance des Spieles in der fünften Minute, verfehlte "
    "jedoch bei seinem Schuss aus 25 Metern das Tor. Der passte auf den völlig "
    "freistehenden Eto'o, der den Ball flach ins Tor lenkte."
)


def _entities(result: claimex.Extraction, text: str) -> list[tuple[int, int, str]]:
    for entity in result.entities:
        assert text[entity.start : entity.end] == entity.text
    return [(e.start, e.end, e.label) for e in result.entities]


@pytest.mark.parametrize("apostrophe", ["\u2019", "\u02bc"])
def test_an_apostrophe_inside_a_name_reads_as_the_ascii_one(
    extractor: claimex.Extractor, apostrophe: str
) -> None:
    """The entities with a typographic apostrophe are those with the ASCII one."""
    typeset = ETOO.replace("'", apostrophe)
    expected = _entities(extractor.extract(ETOO), ETOO)
    assert [label for *_, label in expected] == ["PER", "PER"]
    assert _entities(extractor.extract(typeset), typeset) == expected


def test_a_closing_quotation_mark_stays() -> None:
    """U+2019 after a word and before a space or a mark may close a quotation: it stays;
    U+02BC is an apostrophe wherever it stands."""
    text = "Er nannte es \u201aeinen Fehler\u2019, sagte Eto\u02bco."
    copy, offsets, warned = normalise(text)
    assert copy == "Er nannte es \u201aeinen Fehler\u2019, sagte Eto'o."
    assert warned == 0  # nothing a reader sees changed
    assert offsets is not None
    assert offsets.start(copy.index("Eto")) == text.index("Eto")


@pytest.mark.parametrize(
    "text",
    [
        ETOO.replace("'", "\u2019"),
        "#Bundestag: Mu\u0308ller sagte \U0001f642 am 5.\u00a0Mai, es gehe um 45\u202f000 Euro.",
        "Mer\u00adkel\u200b sagte\r\n\x84Ja\x93 \ufffdEto\u02bco \ufb01nal\x0bdann.",
    ],
)
def test_changes_are_found_where_the_full_scan_finds_them(text: str) -> None:
    """The copy's changes are tried only at and right before suspect characters (round 22,
    for speed); they are exactly those of a scan at every character."""
    from claimex.normalize import _CHANGE, _changes

    def spans(matches: Iterable[re.Match[str]]) -> list[tuple[int, int, str | None]]:
        return [(m.start(), m.end(), m.lastgroup) for m in matches]

    assert spans(_changes(text)) == spans(_CHANGE.finditer(text))
    assert spans(_changes(text))  # the texts hold changes
