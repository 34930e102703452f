"""A small crash sweep (benchmarks/crash_sweep.py) over every corpus in ../shared.

Five documents per available corpus go through ``Extractor.pipe``: no crash, no record
whose text is not ``source[start:end]``, no warning code twice. The corpora are read from
../shared at test time and never copied; without ../shared the test skips.
"""

from __future__ import annotations

from itertools import islice

import pytest
from benchmarks.crash_sweep import CORPORA, available, detokenize, sweep

import claimex
from tests.conftest import SHARED

DOCUMENTS_PER_CORPUS = 5


@pytest.mark.parametrize("corpus", list(CORPORA))
def test_sweep_sample(extractor: claimex.Extractor, corpus: str) -> None:
    if SHARED is None:
        pytest.skip("../shared is not available (set CLAIMEX_SHARED to its path)")
    if corpus not in available(SHARED):
        pytest.skip(f"corpus {corpus} is not available under {SHARED}")
    docs = list(islice(CORPORA[corpus](SHARED), DOCUMENTS_PER_CORPUS))
    assert docs, f"{corpus}: no documents read"
    report = sweep(extractor, corpus, docs)
    assert report.documents == len(docs)
    assert report.crashes == []
    assert report.offset_errors == []
    assert report.repeated_warnings == []


def test_detokenize() -> None:
    low, left = "\N{DOUBLE LOW-9 QUOTATION MARK}", "\N{LEFT DOUBLE QUOTATION MARK}"
    words = ["Er", "sagte", ":", low, "Nein", "(", "nie", ")", "!", left, ",", '"', "so", '"']
    assert detokenize(words) == f'Er sagte: {low}Nein (nie)!{left}, "so"'
