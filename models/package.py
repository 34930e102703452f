"""Finish a trained pipeline for shipping: German news tokenizer rules, the lookup
lemmatizer, metadata; then save it where ``pip install`` picks it up.

The tokenizer keeps news abbreviations ("Mio.", "Mrd.", "ca.", "u.a.") and gender forms
("Einwohner:innen", "Bürger*innen", "Lehrer_innen") whole. Its rules are serialised with
the pipeline, so a bare ``spacy.load(path)`` has them (no claimex import needed).
"""

from __future__ import annotations

import argparse
import json
import shutil
from functools import partial
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

NAME = "de_claimex_news"
VERSION = "0.1.0"
ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "src" / "claimex" / "_pipeline" / "de_claimex_news"
GAZETTEER = ROOT / "src" / "claimex" / "lexicon" / "gazetteer.txt"

# Abbreviations common in German news that spaCy's German exceptions lack (checked at build
# time: entries spaCy already has are skipped).
ABBREVIATIONS = (
    "Mio.",
    "Mrd.",
    "Bio.",
    "Tsd.",
    "ca.",
    "Dr.",
    "Prof.",
    "u.a.",
    "z.B.",
    "bzw.",
    "Nr.",
    "usw.",
    "vgl.",
    "inkl.",
    "exkl.",
    "zzgl.",
    "ggf.",
    "evtl.",
    "d.h.",
    "o.ä.",
    "u.ä.",
    "bzgl.",
    "Abs.",
    "Art.",
    "Str.",
    "Jh.",
    "Jhd.",
    "Hrsg.",
    "Min.",
    "Std.",
    "Mrd",
    "Mio",
    "St.",
    "Gen.",
    "Kap.",
    "Tel.",
    "Co.",
    "Inc.",
    "Ltd.",
    "Corp.",
    "Bd.",
    "Dipl.",
    "Ing.",
    "Mag.",
    "Univ.",
    "Verf.",
    "geb.",
    "gest.",
    "v.a.",
    "z.T.",
    "u.U.",
    "i.d.R.",
    "m.E.",
    "s.o.",
    "s.u.",
    "Nov.",
    "Dez.",
    "Jan.",
    "Feb.",
    "Aug.",
    "Sept.",
    "Okt.",
)


def customize_tokenizer(nlp: Language) -> None:
    """Add the news abbreviations and keep gender forms as one token."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        raise TypeError(f"expected spaCy's rule-based Tokenizer, got {type(tokenizer)!r}")
    for abbr in ABBREVIATIONS:
        if abbr not in (tokenizer.rules or {}):
            tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    # Drop ":" as an infix only where it marks a gender form ("*" and "_" are no infixes).
    gender_colon = "(?<![:*_]in)(?:[<>=]|:(?!in(?:nen)?\\b))"
    infixes = [str(p).replace("[:<>=]", gender_colon) for p in nlp.Defaults.infixes or ()]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    # A score or clock time ends a sentence: "3:0." -> "3:0" "." (ordinals "3." stay whole).
    suffixes = [
        r"(?<=[0-9]:[0-9])\.",
        r"(?<=[0-9]:[0-9][0-9])\.",
        *(str(p) for p in nlp.Defaults.suffixes or ()),
    ]
    tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def add_lemmatizer(nlp: Language) -> None:
    """The German lookup lemmatizer, its table serialised into the pipeline."""
    if "lemmatizer" not in nlp.pipe_names:
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        if not isinstance(lemmatizer, Lemmatizer):
            raise TypeError(f"unexpected lemmatizer {type(lemmatizer)!r}")
        lemmatizer.initialize()


SOURCES = [
    {
        "name": "GermEval 2014 NER (test split)",
        "license": "CC BY 4.0",
        "url": "https://sites.google.com/site/germeval2014ner/",
    },
    {
        "name": "WikiANN / PAN-X German, XTREME split (Wikipedia text, silver NER; Pan et al. "
        "2017, Rahimi et al. 2019)",
        "license": "CC BY-SA (Wikipedia text; annotation unstated)",
    },
    {"name": "German LER (Leitner et al. 2019/2020), dev and test splits", "license": "CC BY 4.0"},
    {"name": "DFKI SmartData v1 (Schiersch et al. 2018), news documents", "license": "CC BY 4.0"},
    {"name": "Europeana Newspapers NER, German (Neudecker 2016)", "license": "CC0"},
    {
        "name": "German Wikinews articles 2005-2009 (train split of claimex's gold, "
        "models/gold/wikinews), credit: Wikinews contributors",
        "license": "CC BY 2.5",
        "url": "https://de.wikinews.org/",
    },
    {
        "name": "claimex Wikinews gold annotations (entities), claimex developers",
        "license": "CC BY 4.0",
    },
    {"name": "UD German GSD (test split), UD German PUD", "license": "CC BY-SA 4.0 / 3.0"},
    {"name": "spacy-lookups-data German lemma table", "license": "MIT"},
]


def gazetteer_patterns(path: Path = GAZETTEER) -> list[dict[str, str]]:
    """Phrase patterns from ``label<TAB>name`` lines, with the genitive -s of each name."""
    patterns = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, name = line.split("\t")
        patterns.append({"label": label, "pattern": name})
        if name[-1] not in "sßxzSX" and name[-1].isalpha() and name[-1].islower():
            patterns.append({"label": label, "pattern": name + "s"})
    return patterns


def token_patterns(nlp: Language, patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Phrase patterns as exact-text token patterns, split by ``nlp``'s own tokenizer.

    An ``entity_ruler`` runs every phrase pattern through the whole pipeline when it is
    loaded (tok2vec, tagger, parser, NER: 0.7 s for 1,400 names), although it matches on
    ``ORTH`` only; ``[{"ORTH": token}, ...]`` patterns load in 0.03 s and match the same
    spans (identical entities on the 574 Wikinews and dev_news articles). Token patterns
    are passed through unchanged.
    """
    result: list[dict[str, Any]] = []
    for pattern in patterns:
        text = pattern["pattern"]
        if isinstance(text, str):
            tokens = [{"ORTH": token.text} for token in nlp.make_doc(text)]
            pattern = {**pattern, "pattern": tokens}
        result.append(pattern)
    return grouped_patterns(result)


def _one_word(pattern: dict[str, Any]) -> str | None:
    """The word of a one-token exact-text pattern (``[{"ORTH": "Aachen"}]``), else None."""
    tokens = pattern["pattern"]
    if len(tokens) == 1 and isinstance(tokens[0], dict) and list(tokens[0]) == ["ORTH"]:
        word = tokens[0]["ORTH"]
        return word if isinstance(word, str) else None
    return None


def grouped_patterns(patterns: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One-word exact-text patterns joined into one ``{"ORTH": {"IN": [...]}}`` pattern per
    label (and id), the others kept as they are, in their order.

    spaCy's ``Matcher`` tries every pattern at every token, so 1,241 one-word names cost
    17 ms per article; one set lookup per label costs 2 ms and finds the same spans. A word
    listed under two labels keeps its own patterns (which label wins a tie would depend on
    the patterns' order).

    Example:
        >>> grouped_patterns([
        ...     {"label": "LOC", "pattern": [{"ORTH": "Minsk"}]},
        ...     {"label": "LOC", "pattern": [{"ORTH": "Kiew"}]},
        ...     {"label": "LOC", "pattern": [{"ORTH": "Den"}, {"ORTH": "Haag"}]},
        ... ])
        [{'label': 'LOC', 'pattern': [{'ORTH': {'IN': ['Kiew', 'Minsk']}}]}, \
{'label': 'LOC', 'pattern': [{'ORTH': 'Den'}, {'ORTH': 'Haag'}]}]
    """
    labels: dict[str, set[tuple[str, Any]]] = {}
    for pattern in patterns:
        word = _one_word(pattern)
        if word is not None:
            labels.setdefault(word, set()).add((pattern["label"], pattern.get("id")))
    groups: dict[tuple[str, Any], set[str]] = {}
    rest: list[dict[str, Any]] = []
    for pattern in patterns:
        word = _one_word(pattern)
        if word is not None and len(labels[word]) == 1:
            groups.setdefault((pattern["label"], pattern.get("id")), set()).add(word)
        else:
            rest.append(pattern)
    joined = [
        {
            "label": label,
            **({"id": ent_id} if ent_id is not None else {}),
            "pattern": [{"ORTH": {"IN": sorted(words)}}],
        }
        for (label, ent_id), words in groups.items()
    ]
    return joined + rest


def add_gazetteer(nlp: Language, *, overwrite: bool) -> None:
    """An ``entity_ruler`` after the NER with the gazetteer's countries, cities and bodies
    (as token patterns, split by the pipeline's news tokenizer: call after
    :func:`customize_tokenizer`)."""
    ruler = nlp.add_pipe(
        "entity_ruler",
        after="ner",
        config={"overwrite_ents": overwrite, "phrase_matcher_attr": "ORTH"},
    )
    ruler.add_patterns(token_patterns(nlp, gazetteer_patterns()))  # type: ignore[attr-defined]


def tokenize_ruler(target: Path = TARGET) -> int:
    """Rewrite a saved pipeline's ``entity_ruler/patterns.jsonl`` as token patterns
    (:func:`token_patterns`, split by that pipeline's tokenizer, one-word names grouped by
    :func:`grouped_patterns`); the patterns' names and labels stay as they are. Returns the
    number of patterns."""
    path = target / "entity_ruler" / "patterns.jsonl"
    nlp = spacy.load(target, exclude=["entity_ruler"])
    patterns = token_patterns(nlp, list(srsly.read_jsonl(path)))
    srsly.write_jsonl(path, patterns)
    return len(patterns)


GAZETTEER_TOKENS = ROOT / "src" / "claimex" / "lexicon" / "gazetteer_tokens.json"


def write_gazetteer_tokens(target: Path = TARGET, out: Path = GAZETTEER_TOKENS) -> int:
    """Store the token splits of the gazetteer's names (claimex's entries, genitive forms
    included) by the saved pipeline's tokenizer, with that tokenizer's fingerprint, for
    :mod:`claimex.components.gazetteer_matcher` (splitting them at load costs 0.7 s).
    Rerun after changing the gazetteer or the tokenizer (a stale file is only slower: the
    names it lacks, or all with another tokenizer, are split at load). Returns the number
    of names."""
    from claimex.components.gazetteer_matcher import tokenizer_fingerprint
    from claimex.components.namewords import gazetteer_entries

    nlp = spacy.load(target, exclude=["lemmatizer"])
    if not isinstance(nlp.tokenizer, Tokenizer):
        raise TypeError(f"expected spaCy's rule-based Tokenizer, got {type(nlp.tokenizer)!r}")
    names = sorted({name for _, name in gazetteer_entries()})
    about = (
        "Token splits of the names of lexicon/gazetteer.txt (with genitive forms, "
        "claimex.components.namewords.gazetteer_entries) by the tokenizer of the bundled "
        "pipeline de_claimex_news, whose Tokenizer.to_bytes(exclude=['vocab']) has the "
        "SHA-256 tokenizer_sha256. Built by `python -m models.package --gazetteer-tokens`."
    )
    dump = partial(json.dumps, ensure_ascii=False)
    lines = [f"{dump(name)}: {dump([t.text for t in nlp.make_doc(name)])}" for name in names]
    out.write_text(
        f'{{"about": {dump(about)},\n"tokenizer_sha256": '
        f"{dump(tokenizer_fingerprint(nlp.tokenizer))},\n"
        '"splits": {\n' + ",\n".join(lines) + "\n}}\n",
        encoding="utf-8",
    )
    return len(names)


def add_sentencizer(nlp: Language) -> None:
    """Punctuation sentence boundaries before the parser, which respects them.

    The parser learns from UD sentences one at a time and so never learns where one sentence
    ends and the next begins; the sentencizer fills that gap (tokens such as "Dr." or "3."
    stay whole, so they do not end a sentence).
    """
    if "sentencizer" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("sentencizer", before="parser")


def finish(trained: Path, target: Path = TARGET, *, gazetteer: str = "none") -> Path:
    """Add the tokenizer rules, lemmatizer and metadata to ``trained``; save it at ``target``.

    ``gazetteer``: "none", "fill" (the ruler only adds entities where the NER found none) or
    "overwrite" (gazetteer names win over the NER's spans and labels).
    """
    nlp = spacy.load(trained)
    customize_tokenizer(nlp)
    add_sentencizer(nlp)
    if gazetteer != "none":
        add_gazetteer(nlp, overwrite=gazetteer == "overwrite")
    add_lemmatizer(nlp)
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "lang": "de",
            "description": "Compact German pipeline bundled with claimex: tokenizer with news "
            "abbreviations and gender forms, tagger (STTS), morphologizer and parser (UD), NER "
            "(PER/LOC/ORG/MISC), lookup lemmatizer. See models/README.md.",
            "license": "CC BY-SA 4.0",
            "author": "claimex developers",
            "sources": SOURCES,
            "performance": {},
        }
    )
    # The training paths are meaningless on another machine.
    for key in ("train", "dev"):
        nlp.config["paths"][key] = None
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def write_scores(target: Path, scores: dict[str, object]) -> None:
    """Record the held-out scores in the saved pipeline's ``meta.json``."""
    meta_path = target / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["performance"] = scores
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trained", type=Path, nargs="?")
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--scores", type=Path, default=None)
    parser.add_argument("--gazetteer", choices=["none", "fill", "overwrite"], default="none")
    parser.add_argument(
        "--tokenize-ruler",
        action="store_true",
        help="only rewrite the entity_ruler patterns of --target as token patterns",
    )
    parser.add_argument(
        "--gazetteer-tokens",
        action="store_true",
        help="only write lexicon/gazetteer_tokens.json, split by the tokenizer of --target",
    )
    args = parser.parse_args()
    if args.gazetteer_tokens:
        print(write_gazetteer_tokens(args.target), "gazetteer names")
        return
    if args.tokenize_ruler:
        print(tokenize_ruler(args.target), "patterns")
        return
    if args.trained is None:
        parser.error("the trained pipeline is required")
    target = finish(args.trained, args.target, gazetteer=args.gazetteer)
    if args.scores:
        write_scores(target, json.loads(args.scores.read_text(encoding="utf-8")))
    print(target)


if __name__ == "__main__":
    main()
