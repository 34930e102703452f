"""Crash sweep: run claimex over every text corpus in ``../shared`` and report what breaks.

For each corpus the documents go through :meth:`claimex.Extractor.pipe` and the sweep
reports: documents, crashes (an :class:`~claimex.records.ExtractionFailure`, or an
exception out of ``pipe`` itself, with the document ids), offset errors (any record whose
``text`` is not ``source[start:end]``: entities, actor and place mentions, figures,
quotes, quote parts, cue mentions, speaker mentions), warnings repeated under one code, and
the five slowest documents (characters and seconds). Seconds are the gaps between
``pipe``'s results; with the default ``--batch-size 1`` each gap is one document's work.

The corpora are read by path at run time and never copied (see each folder's SOURCES.md):

- ``10kgnad``: 10kGNAD test split, one article per document.
- ``spkatt-news``: SpkAtt-2023 news articles (``train.jsonl`` texts).
- ``spkatt-bundestag``: SpkAtt-2023 Bundestag speeches (train, dev, trial), one speech per
  document, tokens joined back into text.
- ``redewiedergabe``: Corpus REDEWIEDERGABE samples (historical German), one per document.
- ``germeval2014``: GermEval 2014 NER sentences, 20 per document.
- ``ud``: UD German GSD and PUD sentences (their ``# text`` lines), 20 per document.

Usage::

    python benchmarks/crash_sweep.py [--sample N] [--corpora 10kgnad,ud] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import claimex
from claimex.gold import find_shared
from claimex.records import Extraction, ExtractionFailure, Mention

SENTENCES_PER_DOCUMENT = 20
SLOWEST = 5


@dataclass(frozen=True)
class Document:
    """One document of a corpus: its id and its text."""

    id: str
    text: str


@dataclass
class CorpusReport:
    """What the sweep found in one corpus."""

    corpus: str
    documents: int = 0
    chars: int = 0
    seconds: float = 0.0
    crashes: list[tuple[str, str]] = field(default_factory=list)  # (id, error)
    offset_errors: list[tuple[str, str]] = field(default_factory=list)  # (id, what)
    repeated_warnings: list[tuple[str, str]] = field(default_factory=list)  # (id, code)
    slowest: list[tuple[str, int, float]] = field(default_factory=list)  # (id, chars, s)


# ----- reading the corpora ---------------------------------------------------------------
_NO_SPACE_BEFORE = frozenset(",.!?;:)]}%\N{HORIZONTAL ELLIPSIS}") | {"..."}
_NO_SPACE_AFTER = frozenset("([{")
# Quote marks: the ones that always open, always close, or toggle.
_OPENING = frozenset("\N{DOUBLE LOW-9 QUOTATION MARK}\N{SINGLE LOW-9 QUOTATION MARK}")
_TOGGLING = {
    '"': "double",
    "\N{LEFT DOUBLE QUOTATION MARK}": "double",
    "\N{RIGHT DOUBLE QUOTATION MARK}": "double",
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": "guillemet",
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": "guillemet",
    "\N{SINGLE RIGHT-POINTING ANGLE QUOTATION MARK}": "single guillemet",
    "\N{SINGLE LEFT-POINTING ANGLE QUOTATION MARK}": "single guillemet",
    "'": "single",
    "\N{LEFT SINGLE QUOTATION MARK}": "single",
    "\N{RIGHT SINGLE QUOTATION MARK}": "single",
    "``": "double",
    "''": "double",
}


def detokenize(words: Iterable[str]) -> str:
    """Tokens back into running text: no space before closing punctuation or after opening.

    Example:
        >>> detokenize(["Er", "sagte", ":", "\N{DOUBLE LOW-9 QUOTATION MARK}", "Nein", "!",
        ...             "\N{LEFT DOUBLE QUOTATION MARK}", "(", "laut", ")"])
        'Er sagte: \N{DOUBLE LOW-9 QUOTATION MARK}Nein!\N{LEFT DOUBLE QUOTATION MARK} (laut)'
    """
    out: list[str] = []
    glue = True  # no space before the next token
    open_families: set[str] = set()
    for word in words:
        if not word:
            continue
        family = _TOGGLING.get(word)
        if word in _OPENING or (family is not None and family not in open_families):
            if family is not None:
                open_families.add(family)
            elif word == "\N{DOUBLE LOW-9 QUOTATION MARK}":
                open_families.add("double")
            out.append(word if glue else f" {word}")
            glue = True
            continue
        if family is not None:  # a closing mark
            open_families.discard(family)
            out.append(word)
            glue = False
            continue
        out.append(word if glue or word in _NO_SPACE_BEFORE else f" {word}")
        glue = word in _NO_SPACE_AFTER
    return "".join(out)


def _grouped(sentences: Iterable[str], prefix: str) -> Iterator[Document]:
    batch: list[str] = []
    k = 0
    for sentence in sentences:
        batch.append(sentence)
        if len(batch) == SENTENCES_PER_DOCUMENT:
            yield Document(f"{prefix}-{k}", " ".join(batch))
            batch, k = [], k + 1
    if batch:
        yield Document(f"{prefix}-{k}", " ".join(batch))


def read_10kgnad(shared: Path) -> Iterator[Document]:
    path = shared / "data/news/10kgnad/test.csv"
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8", newline="") as f:
        for k, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            if len(row) > 1:
                yield Document(f"10kgnad-test-{k}", row[1])


def read_spkatt_news(shared: Path) -> Iterator[Document]:
    with (shared / "data/quotes/spkatt2023-news/train.jsonl").open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if line.strip():
                record = json.loads(line)
                yield Document(str(record.get("id", f"spkatt-news-{k}")), record["text"])


def read_spkatt_bundestag(shared: Path) -> Iterator[Document]:
    root = shared / "data/quotes/spkatt2023"
    for path in sorted(root.glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences = [detokenize(s["Tokens"]) for s in data.get("Sentences", [])]
        yield Document(f"{path.parent.name}/{path.stem}", " ".join(sentences))


def read_redewiedergabe(shared: Path) -> Iterator[Document]:
    root = shared / "data/quotes/redewiedergabe/main/tsv"
    for path in sorted(root.glob("*.tsv")):
        if path.name == "metadata.tsv":
            continue
        with path.open(encoding="utf-8", newline="") as f:
            rows = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            words = [row["tok"] for row in rows if row.get("tok")]
        yield Document(path.stem, detokenize(words))


def read_germeval(shared: Path) -> Iterator[Document]:
    for path in sorted((shared / "data/ner/germeval2014").glob("NER-de-*.tsv")):
        yield from _grouped(_germeval_sentences(path), f"germeval-{path.stem}")


def _germeval_sentences(path: Path) -> Iterator[str]:
    from models.convert import germeval_sentences  # run from the repository root

    for words, _ in germeval_sentences(path):
        yield detokenize(words)


def read_ud(shared: Path) -> Iterator[Document]:
    for path in sorted((shared / "data/ud").glob("UD_*/*.conllu")):
        with path.open(encoding="utf-8") as f:
            sentences = (line[9:].rstrip("\n") for line in f if line.startswith("# text = "))
            yield from _grouped(sentences, f"ud-{path.stem}")


CORPORA: dict[str, Callable[[Path], Iterator[Document]]] = {
    "10kgnad": read_10kgnad,
    "spkatt-news": read_spkatt_news,
    "spkatt-bundestag": read_spkatt_bundestag,
    "redewiedergabe": read_redewiedergabe,
    "germeval2014": read_germeval,
    "ud": read_ud,
}
# The path each corpus needs, to tell an absent corpus from an empty one.
CORPUS_PATHS = {
    "10kgnad": "data/news/10kgnad/test.csv",
    "spkatt-news": "data/quotes/spkatt2023-news/train.jsonl",
    "spkatt-bundestag": "data/quotes/spkatt2023",
    "redewiedergabe": "data/quotes/redewiedergabe/main/tsv",
    "germeval2014": "data/ner/germeval2014",
    "ud": "data/ud",
}


def available(shared: Path | None) -> list[str]:
    """The corpora whose files are present under ``shared``."""
    if shared is None:
        return []
    return [name for name, rel in CORPUS_PATHS.items() if (shared / rel).exists()]


def sample(documents: Iterable[Document], n: int | None, *, seed: int = 0) -> list[Document]:
    """``n`` documents drawn at random (in corpus order), or all when ``n`` is None."""
    docs = list(documents)
    if n is None or n >= len(docs):
        return docs
    picked = sorted(random.Random(seed).sample(range(len(docs)), n))
    return [docs[i] for i in picked]


# ----- checking one result ---------------------------------------------------------------
def _spanned(result: Extraction) -> Iterator[tuple[str, str, int, int]]:
    """(what, text, start, end) of every record in ``result`` that claims offsets."""
    for ent in result.entities:
        yield "entity", ent.text, ent.start, ent.end
    mentions: list[tuple[str, Mention]] = []
    for actor in result.actors:
        mentions += [(f"actor {actor.id} mention", m) for m in actor.mentions]
    for place in result.places:
        mentions += [(f"place {place.id} mention", m) for m in place.mentions]
    for fig in result.figures:
        yield "figure", fig.text, fig.start, fig.end
    for k, quote in enumerate(result.quotes):
        yield f"quote {k} ({quote.kind})", quote.text, quote.start, quote.end
        for part in quote.parts:
            yield f"quote {k} part", part.text, part.start, part.end
        if quote.cue_mention is not None:
            mentions.append((f"quote {k} cue_mention", quote.cue_mention))
        mentions += [(f"quote {k} speaker mention", s.mention) for s in quote.speaker if s.mention]
    for what, m in mentions:
        yield what, m.text, m.start, m.end


def offset_errors(result: Extraction) -> list[str]:
    """Every record of ``result`` whose text is not ``result.text[start:end]``."""
    source = result.text
    errors = []
    for what, text, start, end in _spanned(result):
        if end > len(source) or source[start:end] != text:
            errors.append(f"{what}: text {text!r} != source[{start}:{end}] {source[start:end]!r}")
    return errors


def repeated_warnings(result: Extraction) -> list[str]:
    """Warning codes that occur more than once (claimex gives one per code, with a count)."""
    counts = Counter(w.code for w in result.warnings)
    return sorted(code for code, n in counts.items() if n > 1)


# ----- the sweep -----------------------------------------------------------------------
def sweep(
    extractor: claimex.Extractor,
    corpus: str,
    documents: Iterable[Document],
    *,
    batch_size: int = 1,
    progress: Callable[[int], None] | None = None,
) -> CorpusReport:
    """Run ``documents`` through ``extractor.pipe`` and check every result.

    An exception out of ``pipe`` itself (which should never happen: ``pipe`` turns a
    failing document into an :class:`ExtractionFailure`) is charged to the first document
    without a result, and the sweep goes on after it.
    """
    docs = list(documents)
    report = CorpusReport(corpus)
    timings: list[tuple[str, int, float]] = []
    done = 0
    while done < len(docs):
        rest = docs[done:]
        stream = extractor.pipe(({"id": d.id, "text": d.text} for d in rest), batch_size=batch_size)
        last = time.perf_counter()
        try:
            for doc, result in zip(rest, stream, strict=False):
                now = time.perf_counter()
                timings.append((doc.id, len(doc.text), now - last))
                _check(report, doc, result)
                done += 1
                if progress is not None:
                    progress(done)
                last = time.perf_counter()
        except Exception as exc:  # pipe itself raised: charge the document in flight
            report.crashes.append((docs[done].id, f"pipe raised {type(exc).__name__}: {exc}"))
            done += 1
            continue
        if done < len(docs):  # pipe ended early
            report.crashes.append((docs[done].id, "pipe yielded no result for this document"))
            done += 1
    report.documents = len(docs)
    report.chars = sum(len(d.text) for d in docs)
    report.seconds = sum(t for _, _, t in timings)
    report.slowest = sorted(timings, key=lambda t: -t[2])[:SLOWEST]
    return report


def _check(report: CorpusReport, doc: Document, result: object) -> None:
    if isinstance(result, ExtractionFailure):
        report.crashes.append((doc.id, result.error))
        return
    if not isinstance(result, Extraction):
        report.crashes.append((doc.id, f"pipe yielded {type(result).__name__}"))
        return
    if result.text != doc.text:
        report.offset_errors.append((doc.id, "result.text differs from the input text"))
    report.offset_errors += [(doc.id, e) for e in offset_errors(result)]
    report.repeated_warnings += [(doc.id, c) for c in repeated_warnings(result)]


def format_report(reports: list[CorpusReport]) -> str:
    """A table of the counts, then the crashes, offset errors and slowest documents."""
    lines = [
        f"{'corpus':<18} {'docs':>6} {'chars':>10} {'seconds':>8} {'crashes':>7} "
        f"{'offsets':>7} {'warn':>5}"
    ]
    for r in reports:
        lines.append(
            f"{r.corpus:<18} {r.documents:>6} {r.chars:>10} {r.seconds:>8.1f} "
            f"{len(r.crashes):>7} {len(r.offset_errors):>7} {len(r.repeated_warnings):>5}"
        )
    for r in reports:
        lines.append(f"\n== {r.corpus}")
        lines += [f"crash {doc_id}: {error}" for doc_id, error in r.crashes]
        lines += [f"offset {doc_id}: {what}" for doc_id, what in r.offset_errors[:50]]
        if len(r.offset_errors) > 50:
            lines.append(f"... {len(r.offset_errors) - 50} more offset errors")
        lines += [f"repeated warning {doc_id}: {code}" for doc_id, code in r.repeated_warnings]
        lines += [
            f"slow {doc_id}: {chars} chars, {seconds:.2f} s" for doc_id, chars, seconds in r.slowest
        ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sample", type=int, default=None, help="documents per corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--corpora", default=",".join(CORPORA), help=f"comma-separated: {','.join(CORPORA)}"
    )
    parser.add_argument("--batch-size", type=int, default=1)
    parser.add_argument("--model", default=None)
    parser.add_argument("--json", type=Path, default=None, help="write the reports as JSON")
    args = parser.parse_args()
    shared = find_shared(Path(__file__).resolve().parent)
    if shared is None:
        sys.exit("../shared not found (set CLAIMEX_SHARED)")
    names = [n.strip() for n in args.corpora.split(",") if n.strip()]
    unknown = [n for n in names if n not in CORPORA]
    if unknown:
        sys.exit(f"unknown corpora {unknown}; choose from {list(CORPORA)}")
    present = available(shared)
    extractor = claimex.load(args.model)
    reports = []
    for name in names:
        if name not in present:
            print(f"{name}: not available under {shared}, skipped", flush=True)
            continue
        docs = sample(CORPORA[name](shared), args.sample, seed=args.seed)
        print(f"{name}: {len(docs)} documents", flush=True)

        def progress(done: int, name: str = name, total: int = len(docs)) -> None:
            if done % 100 == 0:
                print(f"  {name}: {done}/{total}", flush=True)

        report = sweep(extractor, name, docs, batch_size=args.batch_size, progress=progress)
        reports.append(report)
        print(format_report([report]), flush=True)
    print("\n===== summary\n" + format_report(reports), flush=True)
    if args.json is not None:
        args.json.write_text(json.dumps([asdict(r) for r in reports], indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
