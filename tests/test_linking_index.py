"""The linker's referent index finds what a scan over every referent finds."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc, Span

from claimex.components.linking import Linker, Referent, _ReferentIndex, most_frequent_name

NAMES = [
    ("Wladimir Putin", "PER"), ("Putin", "PER"), ("Putins", "PER"), ("Selenski", "PER"),
    ("Selenskyj", "PER"), ("Angela Merkel", "PER"), ("Merkel", "PER"), ("Merkels", "PER"),
    ("Institute for the Study of War", "ORG"), ("ISW", "ORG"), ("Europäische Union", "ORG"),
    ("EU", "ORG"), ("Verkehrsclub Österreich", "ORG"), ("VCÖ", "ORG"), ("Bundesregierung", "ORG"),
    ("Republik Moldau", "LOC"), ("Moldau", "LOC"), ("Berlin", "LOC"), ("Berlins", "LOC"),
    ("Kreml", "ORG"), ("Kreml", "LOC"), ("Olaf Scholz", "PER"), ("Scholz", "PER"),
]  # fmt: skip


class ScanLinker(Linker):
    """The linker as it was: every referent is compared with every new base form."""

    def _find(
        self, span: Span, base: str, index: _ReferentIndex, acronyms: dict[str, str]
    ) -> int | None:
        tokens, lower = base.split(), base.lower()
        found = [
            k
            for k, ref in enumerate(index.referents)
            if self._compatible(span, tokens, lower, ref, acronyms)
        ]
        if not found:
            return None

        def last_before(k: int) -> int:
            before = [s.start for s in index.referents[k].spans if s.start < span.start]
            return max(before) if before else -1

        return max(found, key=last_before)


def _mentions(seed: int) -> list[Span]:
    rng = random.Random(seed)
    words: list[str] = []
    ents: list[tuple[int, int, str]] = []
    for _ in range(80):
        name, label = rng.choice(NAMES)
        if rng.random() < 0.2:
            name = name.replace("e", "a", 1)  # a misspelling for the fuzzy match
        start = len(words)
        words.extend(name.split())
        ents.append((start, len(words), label))
        words.extend(rng.choice([["sagte", "."], ["und"], ["traf", "in"], ["(", "ISW", ")"]]))
    doc = Doc(spacy.blank("de").vocab, words=words)
    return [Span(doc, s, e, label=label) for s, e, label in ents]


def _summary(referents: list[Referent]) -> list[tuple[str, str, list[int]]]:
    return [(r.name, r.label, [s.start for s in r.spans]) for r in referents]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("places", [False, True])
def test_index_finds_what_a_scan_finds(seed: int, places: bool) -> None:
    spans = _mentions(seed)
    naming = most_frequent_name if places else None
    indexed = Linker(places=places, naming=naming).link(spans)
    scanned = ScanLinker(places=places, naming=naming).link(spans)
    assert _summary(indexed) == _summary(scanned)


def test_index_with_another_scorer() -> None:
    spans = _mentions(0)

    def prefix(s1: str, s2: str, *, score_cutoff: float | None = None) -> float:
        return 100.0 if s1[:3] == s2[:3] else 0.0

    indexed = Linker(scorer=prefix).link(spans)
    assert _summary(indexed) == _summary(ScanLinker(scorer=prefix).link(spans))
