"""Convert the openly licensed corpora in ``shared/data`` to spaCy DocBin files.

Only CC BY / CC BY-SA / CC0 data is read here; the NonCommercial corpora (10kGNAD,
SpkAtt-2023 news, REDEWIEDERGABE) never enter training.

Outputs in ``models/corpus/``:

- ``train.spacy``: NER sentences (GermEval 2014 *test*, WikiANN sample, German LER sample,
  SmartData news) and UD trees (GSD test, PUD) -- each doc annotates only what its corpus has;
  the rest is left missing, so no corpus teaches another's labels as "O".
- ``dev_ner.spacy``: GermEval 2014 *dev* (2,200 sentences), held out, never trained on.
- ``dev_ud.spacy``: UD German GSD *dev* (799 sentences), held out.
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

LABELS = ("PER", "LOC", "ORG", "MISC")
GERMEVAL = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
LER = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG",
    "MRK": "MISC",
}
SMARTDATA = {
    "person": "PER",
    "location": "LOC", "location-city": "LOC", "location-street": "LOC", "location-stop": "LOC",
    "organization": "ORG", "organization-company": "ORG",
}


def _doc_from_bio(vocab: Vocab, words: list[str], tags: list[str], *, partial_misc: bool) -> Doc:
    """Build a doc from IOB2 tags (labels already mapped; ``O`` for none).

    With ``partial_misc`` (corpora without a MISC class), capitalised ``O`` tokens that are
    not sentence-initial are left *missing* instead of ``O``: they might be MISC names.
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
    missing = []
    if partial_misc:
        covered = {i for s in spans for i in range(s.start, s.end)}
        missing = [
            doc[i : i + 1]
            for i in range(1, len(doc))
            if i not in covered and words[i][:1].isupper() and words[i].isalpha()
        ]
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
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, _, label = tag.partition("-")
    mapped = mapping.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def germeval(path: Path, vocab: Vocab) -> Iterator[Doc]:
    """GermEval 2014: outer column; OTH -> MISC; *deriv / *part are no names."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            if words:
                yield _doc_from_bio(vocab, words, tags, partial_misc=False)
            words, tags = [], []
            continue
        words.append(cols[1])
        tags.append(_map(cols[2], GERMEVAL))


def _conll_sentences(path: Path, sep: str | None, tag_col: int) -> Iterator[tuple[list[str], list[str]]]:
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("-DOCSTART-"):
            continue
        cols = line.split(sep) if line.strip() else []
        if not cols:
            if words:
                yield words, tags
            words, tags = [], []
            continue
        if len(cols) <= tag_col:
            continue
        words.append(cols[0])
        tags.append(cols[tag_col])


def wikiann(path: Path, vocab: Vocab, limit: int, rng: random.Random) -> list[Doc]:
    sents = [
        (w, t) for w, t in _conll_sentences(path, "\t", 1)
        if len(w) >= 4 and "WEITERLEITUNG" not in w
    ]
    rng.shuffle(sents)
    return [
        _doc_from_bio(vocab, w, [_map(x, {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}) for x in t],
                      partial_misc=True)
        for w, t in sents[:limit]
    ]


def german_ler(path: Path, vocab: Vocab, limit: int, rng: random.Random) -> list[Doc]:
    sents = list(_conll_sentences(path, " ", 1))
    with_ents = [(w, [_map(x, LER) for x in t]) for w, t in sents]
    positives = [s for s in with_ents if any(x != "O" for x in s[1])]
    negatives = [s for s in with_ents if all(x == "O" for x in s[1])]
    rng.shuffle(positives)
    rng.shuffle(negatives)
    chosen = positives[: limit * 3 // 4] + negatives[: limit // 4]
    return [_doc_from_bio(vocab, w, t, partial_misc=False) for w, t in chosen]


def smartdata_news(path: Path, nlp: spacy.language.Language) -> list[Doc]:
    """SmartData v1 train, news documents only; char offsets onto spaCy tokens."""
    raw = path.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    pos = 0
    docs: list[Doc] = []
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            break
        obj, pos = decoder.raw_decode(raw, pos)
        source = (obj.get("refids") or {}).get("map", {}).get("source")
        if source != "news":
            continue
        text = obj["text"]["string"]
        doc = nlp.make_doc(text)
        spans = []
        for m in (obj.get("conceptMentions") or {}).get("array", []):
            label = SMARTDATA.get(m["type"])
            if label:
                span = doc.char_span(m["span"]["start"], m["span"]["end"], label=label,
                                     alignment_mode="contract")
                if span is not None and len(span):
                    spans.append(span)
        spans = [t for t in (_trim(s) for s in spacy.util.filter_spans(spans)) if t is not None]
        # no MISC class here either
        covered = {i for s in spans for i in range(s.start, s.end)}
        missing = [doc[i : i + 1] for i in range(1, len(doc))
                   if i not in covered and doc[i].is_title and doc[i].is_alpha]
        doc.set_ents(spans, missing=missing, default="outside")
        docs.append(doc)
    return docs


def ud(path: Path, vocab: Vocab, *, stts: bool = True) -> list[Doc]:
    """UD CoNLL-U -> one doc per sentence with tags, morphology, lemmas and heads (no NER).

    ``stts=False`` for treebanks whose XPOS is not STTS (PUD): tags are left missing.
    """
    text = path.read_text(encoding="utf-8")
    docs = list(conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True))
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


def convert(shared: Path, out: Path, *, seed: int = 0, wikiann_limit: int = 12000,
            ler_limit: int = 3000, tiny: bool = False) -> dict[str, int]:
    """Write train/dev DocBins; ``tiny`` keeps a few hundred sentences (recipe test)."""
    rng = random.Random(seed)
    nlp = spacy.blank("de")
    vocab = nlp.vocab
    data = shared / "data"
    if tiny:
        wikiann_limit, ler_limit = 100, 100
    ner = list(germeval(data / "ner/germeval2014/NER-de-test.tsv", vocab))
    wiki = wikiann(data / "ner/wikiann-panx-de/train-de.tsv", vocab, wikiann_limit, rng)
    ler = german_ler(data / "ner/german-ler/ler_dev.conll", vocab, ler_limit, rng)
    smart = smartdata_news(data / "ner/smartdata/v1_20180119_train.json", nlp)
    ud_train = ud(data / "ud/UD_German-GSD/de_gsd-ud-test.conllu", vocab) + ud(
        data / "ud/UD_German-PUD/de_pud-ud-test.conllu", vocab, stts=False
    )
    dev_ner = list(germeval(data / "ner/germeval2014/NER-de-dev.tsv", vocab))
    dev_ud = ud(data / "ud/UD_German-GSD/de_gsd-ud-dev.conllu", vocab)
    if tiny:
        ner, smart, ud_train = ner[:200], smart[:20], ud_train[:200]
        dev_ner, dev_ud = dev_ner[:100], dev_ud[:50]
    # UD trees twice: they are few, and the only syntax signal.
    train = ner + wiki + ler + smart + ud_train + ud_train
    rng.shuffle(train)
    counts = {
        "germeval_test": len(ner), "wikiann": len(wiki), "german_ler": len(ler),
        "smartdata_news": len(smart), "ud_train": len(ud_train),
    }
    counts["train"] = write(train, out / "train.spacy")
    counts["dev_ner"] = write(dev_ner, out / "dev_ner.spacy")
    counts["dev_ud"] = write(dev_ud, out / "dev_ud.spacy")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "corpus")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tiny", action="store_true")
    args = parser.parse_args()
    print(json.dumps(convert(args.shared, args.out, seed=args.seed, tiny=args.tiny)))


if __name__ == "__main__":
    main()
