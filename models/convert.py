"""Convert the openly licensed corpora in ``shared/data`` to spaCy DocBin files.

Only CC BY / CC BY-SA / CC0 data is read here; the NonCommercial corpora (10kGNAD,
SpkAtt-2023 news, REDEWIEDERGABE) never enter training.

Outputs in ``<out>/``:

- ``train/<corpus>.spacy``: one file per training corpus, so a mix is a choice of files
  (``models/train.py --corpora``). Each doc annotates only what its corpus has; the rest is
  *missing*, so no corpus teaches another's labels as "O":

  - ``germeval``: GermEval 2014 *test* minus the selection slice (gold NER, OTH -> MISC).
  - ``wikiann``: a sample of WikiANN / PAN-X train+dev (silver, no MISC).
  - ``ler``: German LER dev+test, citations -> O (gold, legal domain).
  - ``smartdata``: SmartData v1 train+test, news documents (gold, no MISC).
  - ``europeana``: Europeana Newspapers German, pseudo-sentences (CC0, historical OCR, no MISC).
  - ``wikinews``: the project's German Wikinews gold, *train* split only
    (``models/gold/wikinews/train.jsonl``; texts CC BY 2.5, "Wikinews contributors";
    annotations CC BY 4.0): the pipeline's news tokenizer, sentences by the sentencizer
    (never inside an entity), entity offsets aligned to tokens. Fully annotated (MISC
    included), so every other token is ``O``. Only the ``entities`` layer is read.
  - ``ud``: UD German GSD *test* and PUD minus the selection slice (tags, morphology, trees).

  For corpora without a MISC class, capitalised ``O`` tokens that are not sentence-initial
  and not common German words (spacy-lookups-data's lemma table, compounds by their last
  part) are left missing instead of ``O``: they may be MISC names. GermEval is written
  ``germeval_copies`` times: it is the in-domain gold.
- ``select.spacy``: model selection during training: 500 GermEval-test sentences and 300 PUD
  trees that are not trained on.
- ``dev_ner.spacy``: GermEval 2014 *dev* (2,200 sentences), held out, never trained on.
- ``dev_ud.spacy``: UD German GSD *dev* (799 sentences), held out, never trained on.
- ``dev_wikinews.spacy``: the Wikinews gold *dev* split (70 whole articles), for choosing
  settings; never trained on. The *test* split is not converted here: it is measured only
  in aggregate, outside the recipe.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters.conllu_to_docs import conllu_to_docs
from spacy.vocab import Vocab

LABELS = ("PER", "LOC", "ORG", "MISC")
CORPORA = ("germeval", "wikiann", "ler", "smartdata", "europeana", "wikinews", "ud")
DEFAULT_MIX = ("germeval", "wikiann", "ler", "smartdata", "europeana", "wikinews", "ud")
GERMEVAL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
PLAIN = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}
LER = {
    "PER": "PER",
    "RR": "PER",
    "AN": "PER",
    "LD": "LOC",
    "ST": "LOC",
    "STR": "LOC",
    "LDS": "LOC",
    "ORG": "ORG",
    "UN": "ORG",
    "INN": "ORG",
    "GRT": "ORG",
    "MRK": "MISC",
}
SMARTDATA = {
    "person": "PER",
    "location": "LOC",
    "location-city": "LOC",
    "location-street": "LOC",
    "location-stop": "LOC",
    "organization": "ORG",
    "organization-company": "ORG",
}
WIKIANN_LIMIT = 10000
SELECT_GERMEVAL = 500
SELECT_PUD = 300
WIKINEWS = Path(__file__).resolve().parent / "gold" / "wikinews"


@functools.cache
def _lemma_table() -> tuple[Table, frozenset[str]]:
    """spacy-lookups-data's German lemma table (common word forms, few names) and its lemmas."""
    nlp = spacy.blank("de")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    if not isinstance(lemmatizer, Lemmatizer):
        raise TypeError(f"unexpected lemmatizer {type(lemmatizer)!r}")
    lemmatizer.initialize()
    table: Table = lemmatizer.lookups.get_table("lemma_lookup")
    return table, frozenset(str(lemma) for lemma in table.values())


def common_word(word: str) -> bool:
    """A known German word, or a compound ending in one ("Rettungsboot" -> "Boot")."""
    table, lemmas = _lemma_table()
    return any(
        part in table or part in lemmas
        for part in [word, *(word[i:].capitalize() for i in range(1, len(word) - 3))]
    )


def _maybe_misc(doc: Doc, spans: list[Span]) -> list[Span]:
    """Tokens that may be an unannotated MISC name in a corpus without MISC: capitalised,
    alphabetic, not sentence-initial, outside any entity and not a common German word."""
    covered = {i for s in spans for i in range(s.start, s.end)}
    return [
        doc[i : i + 1]
        for i in range(1, len(doc))
        if i not in covered
        and doc[i].text[:1].isupper()
        and doc[i].is_alpha
        and not common_word(doc[i].text)
    ]


def _doc_from_bio(vocab: Vocab, words: list[str], tags: list[str], *, has_misc: bool) -> Doc:
    """Build a doc from IOB2 tags (labels already mapped; ``O`` for none).

    A stray ``I-`` tag after ``O`` or another label starts a new entity.
    """
    doc = Doc(vocab, words=words)
    spans: list[Span] = []
    start: int | None = None
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == label
        if not inside and start is not None:
            spans.append(Span(doc, start, i, label=label))
            start = None
        if tag.startswith(("B-", "I-")) and not inside:
            start, label = i, tag[2:]
    spans = [t for t in (_trim(s) for s in spans) if t is not None]
    missing = [] if has_misc else _maybe_misc(doc, spans)
    doc.set_ents(spans, missing=missing, default="outside")
    return doc


def _trim(span: Span) -> Span | None:
    """Entity spans may not start or end on whitespace, nor contain line breaks."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    if start >= end or any(t.is_space for t in doc[start:end]):
        return None
    return Span(doc, start, end, label=span.label_)


def _map(tag: str, mapping: dict[str, str]) -> str:
    """Map an IOB2 tag's label; unknown labels and malformed tags become ``O``."""
    if len(tag) < 3 or tag[1] != "-" or tag[0] not in "BI":
        return "O"
    mapped = mapping.get(tag[2:])
    return f"{tag[0]}-{mapped}" if mapped else "O"


def germeval_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """The (tokens, outer-column tags) of each sentence of a GermEval 2014 .tsv file."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#\t"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        words.append(cols[1])
        tags.append(cols[2])


def germeval(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """GermEval 2014: outer column; OTH -> MISC; *deriv / *part are no names (-> O)."""
    for words, tags in germeval_sentences(path):
        yield _doc_from_bio(vocab, words, [_map(t, GERMEVAL) for t in tags], has_misc=True)


def _conll_sentences(path: Path, sep: str | None) -> Iterator[tuple[list[str], list[str]]]:
    """``TOKEN<sep>TAG`` lines, blank line between sentences."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        cols = line.split(sep) if line.strip() else []
        if not cols:
            if words:
                yield words, tags
            words, tags = [], []
        elif len(cols) == 2:
            words.append(cols[0])
            tags.append(cols[1])


def wikiann(paths: list[Path], vocab: Vocab, limit: int, rng: random.Random) -> list[Doc]:
    """WikiANN sentences of at least 4 tokens, redirects dropped, a random sample."""
    sents = [
        (w, t)
        for path in paths
        for w, t in _conll_sentences(path, "\t")
        if len(w) >= 4 and "WEITERLEITUNG" not in w
    ]
    rng.shuffle(sents)
    return [
        _doc_from_bio(vocab, w, [_map(x, PLAIN) for x in t], has_misc=False)
        for w, t in sents[:limit]
    ]


def german_ler(paths: list[Path], vocab: Vocab, limit: int, rng: random.Random) -> list[Doc]:
    """German LER: three quarters sentences with a name, one quarter without."""
    sents = [(w, [_map(x, LER) for x in t]) for p in paths for w, t in _conll_sentences(p, " ")]
    positives = [s for s in sents if any(x != "O" for x in s[1])]
    negatives = [s for s in sents if all(x == "O" for x in s[1])]
    rng.shuffle(positives)
    rng.shuffle(negatives)
    chosen = positives[: limit * 3 // 4] + negatives[: limit // 4]
    return [_doc_from_bio(vocab, w, t, has_misc=True) for w, t in chosen]


def smartdata_news_documents(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """The news documents of SmartData v1 files (JSON objects one after another)."""
    decoder = json.JSONDecoder()
    for path in paths:
        raw = path.read_text(encoding="utf-8")
        pos = 0
        while True:
            while pos < len(raw) and raw[pos].isspace():
                pos += 1
            if pos >= len(raw):
                break
            obj, pos = decoder.raw_decode(raw, pos)
            if (obj.get("refids") or {}).get("map", {}).get("source") == "news":
                yield obj


def smartdata_news(paths: list[Path], nlp: Language) -> list[Doc]:
    """SmartData v1, news documents only; char offsets onto spaCy tokens, overlaps resolved."""
    docs: list[Doc] = []
    for obj in smartdata_news_documents(paths):
        doc = nlp.make_doc(obj["text"]["string"])
        spans = []
        for m in (obj.get("conceptMentions") or {}).get("array", []):
            label = SMARTDATA.get(m["type"])
            if label:
                span = doc.char_span(
                    m["span"]["start"], m["span"]["end"], label=label, alignment_mode="contract"
                )
                if span is not None and len(span):
                    spans.append(span)
        spans = [t for t in (_trim(s) for s in spacy.util.filter_spans(spans)) if t is not None]
        doc.set_ents(spans, missing=_maybe_misc(doc, spans), default="outside")
        docs.append(doc)
    return docs


def europeana(paths: list[Path], vocab: Vocab, window: int = 40) -> list[Doc]:
    """Europeana Newspapers (no sentence boundaries): split after ./!/? or every ``window``
    tokens; header lines and malformed lines skipped, tag typos repaired."""
    docs: list[Doc] = []
    for path in paths:
        words: list[str] = []
        tags: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split(" ")
            if len(cols) != 2 or not cols[0] or (cols[0] == "#" and cols[1] != "O"):
                continue
            tag = cols[1].replace("_", "-").replace(".", "-").upper()
            words.append(cols[0])
            tags.append(_map(tag, PLAIN))
            if cols[0] in {".", "!", "?"} or len(words) >= window:
                docs.append(_doc_from_bio(vocab, words, tags, has_misc=False))
                words, tags = [], []
        if words:
            docs.append(_doc_from_bio(vocab, words, tags, has_misc=False))
    return [d for d in docs if len(d) >= 4]


def news_nlp() -> Language:
    """Blank German with the shipped pipeline's news tokenizer rules and a sentencizer."""
    from models.package import customize_tokenizer

    nlp = spacy.blank("de")
    customize_tokenizer(nlp)
    nlp.add_pipe("sentencizer")
    return nlp


def _aligned_entities(
    doc: Doc, entities: list[dict[str, Any]], stats: dict[str, int]
) -> list[Span]:
    """Gold entity offsets onto ``doc``'s tokens: exact, else contracted, else expanded.

    ``stats`` counts ``exact``, ``contract``, ``expand`` and ``dropped`` (no token span, or
    overlapping an earlier one).
    """
    spans: list[Span] = []
    for ent in entities:
        label = ent["label"]
        if label not in LABELS:
            stats["dropped"] += 1
            continue
        span = doc.char_span(ent["start"], ent["end"], label=label)
        kind = "exact"
        for mode in ("contract", "expand"):
            if span is None or not len(span):
                span = doc.char_span(ent["start"], ent["end"], label=label, alignment_mode=mode)
                kind = mode
        trimmed = _trim(span) if span is not None and len(span) else None
        if trimmed is None:
            stats["dropped"] += 1
            continue
        stats[kind] += 1
        spans.append(trimmed)
    kept = spacy.util.filter_spans(spans)
    stats["dropped"] += len(spans) - len(kept)
    return sorted(kept, key=lambda s: s.start)


def wikinews(
    path: Path, nlp: Language, *, shared: Path, sentences: bool = True
) -> tuple[list[Doc], dict[str, int]]:
    """The project's Wikinews gold (``models/gold/wikinews/*.jsonl``) as NER docs.

    Texts are hydrated from ``shared/`` by id (claimex.gold.read_gold); only ``entities`` is
    read. With ``sentences``, each article is cut at the sentencizer's boundaries, except
    where a boundary falls inside an entity; otherwise one doc per article. (A name ending
    in its own period, "Benedikt XVI.", still ends a sentence there: 4 train sentences.)
    Returns the docs and alignment counts (``exact``/``contract``/``expand``/``dropped``,
    ``articles``).
    """
    from claimex.gold import read_gold

    stats = {"articles": 0, "exact": 0, "contract": 0, "expand": 0, "dropped": 0}
    docs: list[Doc] = []
    for gold in read_gold(path, shared=shared):
        stats["articles"] += 1
        doc = nlp(gold["text"])
        spans = _aligned_entities(doc, gold.get("entities", []), stats)
        doc.set_ents(spans, default="outside")
        if not sentences:
            docs.append(doc)
            continue
        inside = {i for s in spans for i in range(s.start + 1, s.end)}
        starts = [s.start for s in doc.sents if s.start not in inside] + [len(doc)]
        for begin, end in itertools.pairwise(starts):
            sent = doc[begin:end]
            if sent.text.strip():
                docs.append(sent.as_doc())
    return docs, stats


def ud(path: Path, vocab: Vocab, *, stts: bool = True) -> list[Doc]:
    """UD CoNLL-U -> one doc per sentence with tags, morphology, lemmas and heads (no NER).

    ``stts=False`` for treebanks whose XPOS is not STTS (PUD): tags are left missing.
    """
    text = path.read_text(encoding="utf-8")
    docs: list[Doc] = list(
        conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True)  # type: ignore[no-untyped-call]
    )
    # Rebuilt without entity annotation, so NER stays *missing* on these docs.
    return [
        Doc(
            vocab,
            words=[t.text for t in doc],
            spaces=[bool(t.whitespace_) for t in doc],
            tags=[t.tag_ if stts else "" for t in doc],
            pos=[t.pos_ for t in doc],
            morphs=[str(t.morph) for t in doc],
            lemmas=[t.lemma_ for t in doc],
            heads=[t.head.i for t in doc],
            deps=[t.dep_ for t in doc],
        )
        for doc in docs
    ]


def write(docs: Iterable[Doc], path: Path) -> int:
    db = DocBin(store_user_data=False)
    n = 0
    for doc in docs:
        db.add(doc)
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def convert(
    shared: Path,
    out: Path,
    *,
    seed: int = 0,
    wikiann_limit: int = WIKIANN_LIMIT,
    ler_limit: int = 4000,
    germeval_copies: int = 2,
    ud_copies: int = 2,
    tiny: bool = False,
    wikinews_dir: Path = WIKINEWS,
    wikinews_train: Path | None = None,
) -> dict[str, int]:
    """Write the per-corpus train files, the selection set and the held-out sets.

    ``tiny`` keeps a few hundred sentences of each (the recipe test); ``wikinews_train``
    replaces the Wikinews train split (e.g. one of its halves, ``models.gold.train_halves``).
    """
    rng = random.Random(seed)
    nlp = spacy.blank("de")
    vocab = nlp.vocab
    data = shared / "data"
    ner = data / "ner"
    if tiny:
        wikiann_limit, ler_limit = 100, 100
    germeval_test = list(germeval(ner / "germeval2014/NER-de-test.tsv", vocab))
    rng.shuffle(germeval_test)
    pud = ud(data / "ud/UD_German-PUD/de_pud-ud-test.conllu", vocab, stts=False)
    rng.shuffle(pud)
    select = germeval_test[:SELECT_GERMEVAL] + pud[:SELECT_PUD]
    train: dict[str, list[Doc]] = {
        "germeval": germeval_test[SELECT_GERMEVAL:] * germeval_copies,
        "wikiann": wikiann(
            [ner / "wikiann-panx-de/train-de.tsv", ner / "wikiann-panx-de/dev-de.tsv"],
            vocab,
            wikiann_limit,
            rng,
        ),
        "ler": german_ler(
            [ner / "german-ler/ler_dev.conll", ner / "german-ler/ler_test.conll"],
            vocab,
            ler_limit,
            rng,
        ),
        "smartdata": smartdata_news(
            [ner / "smartdata/v1_20180119_train.json", ner / "smartdata/v1_20180119_test.json"], nlp
        ),
        "europeana": europeana(sorted((ner / "europeana-newspapers-de").glob("*.bio")), vocab),
        "ud": (ud(data / "ud/UD_German-GSD/de_gsd-ud-test.conllu", vocab) + pud[SELECT_PUD:])
        * ud_copies,
    }
    news = news_nlp()
    train["wikinews"], alignment = wikinews(
        wikinews_train or wikinews_dir / "train.jsonl", news, shared=shared
    )
    dev_wikinews, _ = wikinews(wikinews_dir / "dev.jsonl", news, shared=shared, sentences=False)
    dev_ner = list(germeval(ner / "germeval2014/NER-de-dev.tsv", vocab))
    dev_ud = ud(data / "ud/UD_German-GSD/de_gsd-ud-dev.conllu", vocab)
    if tiny:
        train = {name: docs[:150] for name, docs in train.items()}
        select, dev_ner, dev_ud = select[:60], dev_ner[:100], dev_ud[:50]
        dev_wikinews = dev_wikinews[:10]
    counts: dict[str, int] = {f"wikinews_{k}": v for k, v in alignment.items()}
    for name, docs in train.items():
        rng.shuffle(docs)
        counts[name] = write(docs, out / "train" / f"{name}.spacy")
    counts["select"] = write(select, out / "select.spacy")
    counts["dev_ner"] = write(dev_ner, out / "dev_ner.spacy")
    counts["dev_ud"] = write(dev_ud, out / "dev_ud.spacy")
    counts["dev_wikinews"] = write(dev_wikinews, out / "dev_wikinews.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args()
    print(json.dumps(convert(args.shared, args.out, seed=args.seed, tiny=args.tiny)))


if __name__ == "__main__":
    main()
