"""Property tests: ``extract`` never fails on text, and every record's offsets tell the truth.

Inputs are random Unicode and German-like text: words of the seed article mixed with
quotation marks of every style (also unpaired and two-character ones), digits, numbers
with thousands separators and decimal commas, and runs of punctuation. For every input:

- no exception (a str is always valid input; only the documented ClaimexErrors may come
  from other inputs);
- every record that claims offsets slices back to its text: entities, actor and place
  mentions, figures, quotes and their parts, cue and speaker mentions;
- at most one warning per code (claimex counts repeats in ``ExtractionWarning.count``);
- a generous time bound per call.
"""

from __future__ import annotations

import re
import time
from collections import Counter

import pytest
from benchmarks.crash_sweep import offset_errors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claimex
from tests.conftest import SEED_TEXT

# Seconds one call may take on inputs of at most a few hundred characters; far above the
# usual ~0.1 s, so that only a pathological (e.g. quadratic) path trips it on a busy machine.
TIME_BOUND = 20.0

GERMAN_WORDS = sorted(set(re.findall(r"[^\W\d_]+", SEED_TEXT.read_text(encoding="utf-8"))))
QUOTE_MARKS = [
    "\N{DOUBLE LOW-9 QUOTATION MARK}",
    "\N{LEFT DOUBLE QUOTATION MARK}",
    "\N{RIGHT DOUBLE QUOTATION MARK}",
    '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}",
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}",
    "\N{SINGLE LOW-9 QUOTATION MARK}",
    "\N{LEFT SINGLE QUOTATION MARK}",
    "\N{RIGHT SINGLE QUOTATION MARK}",
    "'",
    "''",
    "``",
]
CUES = ["sagte", "sagte er", "so", "laut", "zufolge", "erklärte", "betonte", "sei", "habe"]
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", "\N{NO-BREAK SPACE}", "\t"]

_numbers = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(str),
    st.integers(min_value=1000, max_value=10**9).map(lambda n: f"{n:,}".replace(",", ".")),
    st.tuples(st.integers(0, 10**6), st.integers(0, 999)).map(lambda t: f"{t[0]},{t[1]}"),
    st.tuples(st.integers(0, 10**6), st.integers(0, 99)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.text(alphabet="0123456789.,", min_size=1, max_size=12),
)
_punctuation = st.text(
    alphabet=".,;:!?-\N{EN DASH}()[]/%\N{HORIZONTAL ELLIPSIS}", min_size=1, max_size=5
)
_piece = st.one_of(
    st.sampled_from(GERMAN_WORDS),
    st.sampled_from(GERMAN_WORDS),
    st.sampled_from(GERMAN_WORDS),
    st.sampled_from(QUOTE_MARKS),
    st.sampled_from(CUES),
    _numbers,
    _punctuation,
)
german_like = st.lists(st.tuples(_piece, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda pieces: "".join(piece + sep for piece, sep in pieces)
)

PROPERTY_SETTINGS = settings(
    max_examples=50,
    deadline=None,  # the time bound below is the deadline that counts
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,  # the same examples in every run: CI stays reproducible
)


def check(extractor: claimex.Extractor, text: str) -> claimex.Extraction:
    started = time.perf_counter()
    result = extractor.extract(text)
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_BOUND, f"{elapsed:.1f} s for {len(text)} characters"
    # lone surrogates become U+FFFD (warning W001); offsets refer to the same positions
    assert len(result.text) == len(text)
    assert offset_errors(result) == []
    codes = Counter(w.code for w in result.warnings)
    assert all(n == 1 for n in codes.values()), codes
    return result


@PROPERTY_SETTINGS
@given(text=st.text(max_size=300))
def test_random_unicode(extractor: claimex.Extractor, text: str) -> None:
    check(extractor, text)


@PROPERTY_SETTINGS
@given(text=german_like)
def test_german_like_text(extractor: claimex.Extractor, text: str) -> None:
    check(extractor, text)


@PROPERTY_SETTINGS
@given(
    words=st.lists(st.sampled_from(GERMAN_WORDS), min_size=1, max_size=12),
    opening=st.sampled_from(QUOTE_MARKS),
    closing=st.sampled_from(QUOTE_MARKS),
    cue=st.sampled_from(CUES),
    lead=st.sampled_from(["", ",", ", ", " ", ". "]),
)
def test_quoted_words(
    extractor: claimex.Extractor,
    words: list[str],
    opening: str,
    closing: str,
    cue: str,
    lead: str,
) -> None:
    """A quotation in any pair of marks, its content starting with stray commas or spaces."""
    content = lead + " ".join(words) + "."
    quoted = f"{opening}{content}{closing}"
    check(extractor, f"Merz {cue}: {quoted} Dann {quoted}, {cue} er.")


def test_many_stray_marks_give_one_warning(extractor: claimex.Extractor) -> None:
    # each mark opens a quotation that no later mark closes
    text = " ".join(f"Wort{i} \N{DOUBLE LOW-9 QUOTATION MARK}Satz" for i in range(200))
    result = check(extractor, text)
    (warning,) = [w for w in result.warnings if w.code == "W050"]
    assert warning.count == 200


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Er ist ''doof'', sagte er. Er mag ''Gould'' nicht.", id="double-apostrophe"),
        pytest.param(
            "Er sagte: \N{DOUBLE LOW-9 QUOTATION MARK}, und dann nicht."
            "\N{LEFT DOUBLE QUOTATION MARK}",
            id="comma-after-opening-mark",
        ),
        pytest.param("\N{DOUBLE LOW-9 QUOTATION MARK}\N{LEFT DOUBLE QUOTATION MARK}", id="empty"),
        pytest.param("1.000.000,5 Euro ,,, ... 3,5 %% 1,2,3,4,5", id="number-soup"),
        pytest.param("\ud800 Er sagte \N{DOUBLE LOW-9 QUOTATION MARK}Nein", id="surrogate"),
        pytest.param("``Gut'', sagte er, ``sehr gut''.", id="latex-marks"),
        # an entity "'s" (a detached clitic) had an empty base form: IndexError in linking
        # (REDEWIEDERGABE rwk_mkhz_10015-1, rwk_digbib_1014-1 in the crash sweep)
        pytest.param(
            "Der Arzt sah die Leiche Blöch\N{RIGHT SINGLE QUOTATION MARK}s liegen. "
            "Blöch war tot, sagte Müller.",
            id="clitic-entity",
        ),
        pytest.param("Und fort ging 's hoch, sagte Hans. Dann ging 's weiter.", id="clitic-es"),
    ],
)
def test_known_hard_inputs(extractor: claimex.Extractor, text: str) -> None:
    check(extractor, text)


@pytest.mark.parametrize("value", [None, b"bytes", 3, ["Liste"]])
def test_non_text_raises_input_error(extractor: claimex.Extractor, value: object) -> None:
    with pytest.raises(claimex.InputError):
        extractor.extract(value)  # type: ignore[arg-type]
