"""benchmarks/rule_ablation.py: several gold files make one corpus, scored together."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.rule_ablation import DEV, corpus_name, parse_args, wikinews_corpus

import claimex
from tests.conftest import SEED_GOLD


def test_gold_takes_several_files() -> None:
    assert parse_args([]).gold == [DEV]
    args = parse_args(["--gold", "a/train_b.jsonl", "dev.jsonl", "--no-germeval"])
    assert args.gold == [Path("a/train_b.jsonl"), Path("dev.jsonl")]
    assert args.no_germeval
    assert corpus_name(args.gold) == "train_b+dev"


def test_files_are_scored_together(extractor: claimex.Extractor, tmp_path: Path) -> None:
    line = json.dumps(json.loads(SEED_GOLD.read_text(encoding="utf-8")), ensure_ascii=False)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text(line + "\n", encoding="utf-8")
    two.write_text(line + "\n", encoding="utf-8")
    single = wikinews_corpus(extractor.nlp, [one])
    both = wikinews_corpus(extractor.nlp, [one, two])
    assert both.name == "one+two"
    assert len(both.docs) == 2 * len(single.docs) == 2
    alone = single.score(single.docs)
    summed = both.score(both.docs)
    for key in ("entities", "actors", "places"):
        assert [summed[key][c] for c in ("tp", "fp", "fn")] == [
            2 * alone[key][c] for c in ("tp", "fp", "fn")
        ]
