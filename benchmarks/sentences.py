"""Sentence-boundary precision and recall against the UD German treebanks' gold sentences.

Quotes, their continuation sentences and speakers are read per sentence, so a boundary in
the wrong place cuts a quote or joins it to the next one. This script rebuilds running text
from the CoNLL-U ``# text`` lines of UD German GSD (dev, test) and PUD (test) in
``shared/data/ud`` (CC BY-SA 4.0 / 3.0): the sentences of one PUD document (``# newdoc``),
or ``--group`` consecutive GSD sentences (GSD marks no documents), joined by a space into
one text, so the splitter sees paragraphs, never one sentence per line. Each text goes
through

- **claimex**: as :meth:`claimex.Extractor.extract` reads it (input checks and
  normalisation of :mod:`claimex.markup`, then the pipeline with claimex's
  ``claimex_sentence_periods`` first) up to the parser, the last stage that sets sentences;
- **spaCy**: the same German pipeline loaded bare (``spacy.load(extractor.model)``), its
  own tokenizer and sentencizer, up to the parser,

in the same run. A boundary is the character offset where a sentence other than a text's
first starts; a predicted boundary is right where a gold sentence starts there. Prints
precision, recall and F1 of the boundaries per file and in all, and the time per text.

    python benchmarks/sentences.py [--parts gsd-dev,gsd-test,pud-test] [--group 10]
    python benchmarks/sentences.py --parts pud-test --errors 40   # claimex's errors, in context

Which part to read errors on: ``models.sentence_openers`` reads the forms of all three
files, and the bundled parser trained on GSD test and PUD; GSD dev is the part nobody reads
errors on when tuning the rules (its text is no parser training data).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import claimex
from claimex import markup
from claimex.gold import find_shared
from claimex.inputs import prepare

PARTS = {
    "gsd-dev": "UD_German-GSD/de_gsd-ud-dev.conllu",
    "gsd-test": "UD_German-GSD/de_gsd-ud-test.conllu",
    "pud-test": "UD_German-PUD/de_pud-ud-test.conllu",
}
SENTENCE_PIPES = ("tok2vec", "tagger", "morphologizer", "senter", "sentencizer", "parser")
"""The pipes that run before (or set) sentences; the stages after the parser leave them."""


@dataclass
class Text:
    """A text of running sentences and the offsets where its sentences after the first start."""

    text: str
    starts: set[int]


def texts(path: Path, group: int) -> list[Text]:
    """The running texts of a CoNLL-U file: one per ``# newdoc``, or per ``group`` sentences
    where the file marks no documents."""
    docs: list[list[str]] = []
    has_docs = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            has_docs = True
            docs.append([])
        elif line.startswith("# text = "):
            if not docs or (not has_docs and len(docs[-1]) >= group):
                docs.append([])
            docs[-1].append(line[len("# text = ") :].strip())
    out = []
    for sentences in docs:
        starts = set()
        offset = 0
        for k, sentence in enumerate(sentences):
            if k:
                starts.add(offset)
            offset += len(sentence) + 1
        out.append(Text(" ".join(sentences), starts))
    return out


@dataclass
class Score:
    """Boundary counts of one splitter on one part."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    texts: int = 0
    errors: list[tuple[str, int, str]] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        ms = 1000 * self.seconds / self.texts if self.texts else 0.0
        return (
            f"{name:<8} P {p:.4f}  R {r:.4f}  F1 {f:.4f}  "
            f"({self.tp}/{self.fp}/{self.fn})  {ms:.1f} ms/text"
        )


def claimex_doc(extractor: claimex.Extractor) -> Callable[[str], Doc | None]:
    """The doc claimex's pipeline makes of a text, up to its sentences (None where input
    normalisation changed the text's length, so that offsets would not compare)."""
    nlp = extractor.nlp
    keep = {"claimex_sentence_periods", *SENTENCE_PIPES}
    off = [name for name in nlp.pipe_names if name not in keep]

    def make(text: str) -> Doc | None:
        source, warnings = prepare(text)
        read, offsets = markup.for_pipeline(source, warnings, raw=text)
        if offsets is not None or len(read) != len(text):
            return None
        with nlp.select_pipes(disable=off):
            return nlp(read)

    return make


def bare_doc(nlp: Language) -> Callable[[str], Doc | None]:
    """The doc the bare pipeline ``nlp`` makes of a text, up to its sentences."""
    off = [name for name in nlp.pipe_names if name not in SENTENCE_PIPES]

    def make(text: str) -> Doc | None:
        with nlp.select_pipes(disable=off):
            return nlp(text)

    return make


def predicted_starts(doc: Doc) -> set[int]:
    """The character offsets where the doc's sentences after the first start."""
    return {sent.start_char for sent in doc.sents if sent.start}


def score(items: list[Text], make: Callable[[str], Doc | None], score: Score) -> int:
    """Add the boundaries of ``make``'s docs of ``items`` to ``score``; the number skipped."""
    skipped = 0
    for item in items:
        began = time.perf_counter()
        doc = make(item.text)
        score.seconds += time.perf_counter() - began
        if doc is None:
            skipped += 1
            continue
        score.texts += 1
        found = predicted_starts(doc)
        score.tp += len(found & item.starts)
        for kind, offsets in (("fp", found - item.starts), ("fn", item.starts - found)):
            for offset in sorted(offsets):
                score.errors.append((kind, offset, item.text))
        score.fp += len(found - item.starts)
        score.fn += len(item.starts - found)
    return skipped


def contexts(errors: list[tuple[str, int, str]], limit: int) -> Iterator[str]:
    """The first ``limit`` errors as lines: kind and the text around the offset (``|``)."""
    for kind, offset, text in errors[:limit]:
        before = text[max(0, offset - 60) : offset].replace("\n", " ")
        after = text[offset : offset + 40].replace("\n", " ")
        yield f"{kind} …{before}|{after}…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=None)
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--group", type=int, default=10, help="GSD sentences per text")
    parser.add_argument("--model", default=None, help="the German pipeline (claimex.load)")
    parser.add_argument("--errors", type=int, default=0, help="print claimex's first N errors")
    args = parser.parse_args()
    shared = args.shared or find_shared()
    if shared is None:
        parser.error("no shared folder (CLAIMEX_SHARED or --shared)")
    extractor = claimex.load(args.model)
    splitters = {
        "claimex": claimex_doc(extractor),
        "spaCy": bare_doc(spacy.load(extractor.model)),
    }
    totals = {name: Score() for name in splitters}
    for part in args.parts.split(","):
        items = texts(shared / "data" / "ud" / PARTS[part], args.group)
        gold = sum(len(item.starts) for item in items)
        print(f"{part}: {len(items)} texts, {gold} boundaries")
        for name, make in splitters.items():
            result = Score()
            skipped = score(items, make, result)
            print("  " + result.line(name) + (f"  ({skipped} texts skipped)" if skipped else ""))
            total = totals[name]
            for key in ("tp", "fp", "fn", "seconds", "texts"):
                setattr(total, key, getattr(total, key) + getattr(result, key))
            if name == "claimex" and args.errors:
                for line in contexts(result.errors, args.errors):
                    print("    " + line)
    print("all:")
    for name, total in totals.items():
        print("  " + total.line(name))


if __name__ == "__main__":
    main()
