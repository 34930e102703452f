"""Speaker resolution where a source span and an actor's mention only partly overlap, and
the resolver's mention indexes against a plain scan."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.tokens import Doc

import claimex
from claimex.components.linking import Referent
from claimex.components.speakers import SpeakerResolver

APOSTROPHE = "\N{RIGHT SINGLE QUOTATION MARK}"


def _resolver(
    words: list[str], mentions: list[tuple[int, int]], starts: list[int] | None = None
) -> SpeakerResolver:
    doc = Doc(spacy.blank("de").vocab, words=words)
    actors = [
        Referent(label="PER", spans=[doc[s:e]], bases=[doc[s:e].text], name=doc[s:e].text)
        for s, e in mentions
    ]
    return SpeakerResolver(doc, actors, starts or [0], window=2)


def test_subject_inside_a_longer_name_is_its_actor() -> None:
    # the parser made "Leary" alone the subject of "Michael O' Leary": the span overlaps
    # the mention without holding its start
    words = ["Konzernchef", "Michael", "O", APOSTROPHE, "Leary", "sagte", ",", "dass"]
    resolver = _resolver(words, [(1, 5)])
    sources = resolver.resolve(resolver.doc[4:5])
    assert [(s.name, s.actor) for s in sources] == [(f"Michael O {APOSTROPHE} Leary", 0)]


def test_coordinated_after_a_cut_name() -> None:
    words = ["Michael", "Leary", "und", "Angela", "Merkel", "sagten"]
    resolver = _resolver(words, [(0, 2), (3, 5)])
    sources = resolver.resolve(resolver.doc[1:5])
    assert [s.actor for s in sources] == [0, 1]


def test_extract_with_a_split_name_as_subject() -> None:
    text = (
        f"Konzernchef Michael O{APOSTROPHE} Leary sagte, dass die Gebühr ein Pfund "
        "(etwa 1,22 Euro) betragen werde."
    )
    result = claimex.extract(text)
    assert [q.speaker_name for q in result.quotes] == [f"Michael O{APOSTROPHE} Leary"]


@pytest.mark.parametrize("seed", range(5))
def test_indexes_agree_with_a_scan(seed: int) -> None:
    rng = random.Random(seed)
    n = 60
    mentions = sorted({(s, s + rng.randint(1, 3)) for s in rng.sample(range(n - 3), 15)})
    resolver = _resolver([f"W{i}" for i in range(n)], mentions, list(range(0, n, 6)))
    for _ in range(4):
        lo = rng.randrange(n - 8)
        resolver.exclude(lo, lo + rng.randint(1, 8))
    cands = resolver._candidates
    for start in range(n):
        for end in range(start + 1, min(n, start + 6)):
            first: dict[int, int] = {}
            for c in cands:
                if c.start < end and start < c.end:
                    first.setdefault(c.actor, c.start)
            expected_actors = [a for _, a in sorted((s, a) for a, s in first.items())]
            assert resolver.actor_at(start, end) == expected_actors
        sent = resolver.sentence_of(start)
        expected = [
            c
            for c in cands
            if c.end <= start
            and sent - c.sentence <= resolver.window
            and not any(s <= c.start and c.end <= e for s, e in resolver.excluded)
        ][::-1]
        assert resolver._before(start) == expected
