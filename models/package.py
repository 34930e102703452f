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
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_suffix_regex

NAME = "claimex_news"
VERSION = "0.1.0"
TARGET = Path(__file__).resolve().parents[1] / "src" / "claimex" / "_pipeline" / "de_claimex_news"

# Abbreviations common in German news that spaCy's German exceptions lack (checked at build
# time: entries spaCy already has are skipped).
ABBREVIATIONS = (
    "Mio.", "Mrd.", "Bio.", "Tsd.", "ca.", "Dr.", "Prof.", "u.a.", "z.B.", "bzw.", "Nr.",
    "usw.", "vgl.", "inkl.", "exkl.", "zzgl.", "ggf.", "evtl.", "d.h.", "o.ä.", "u.ä.", "bzgl.",
    "Abs.", "Art.", "Str.", "Jh.", "Jhd.", "Hrsg.", "Min.", "Std.", "Mrd", "Mio", "St.",
    "Gen.", "Kap.", "Tel.", "Co.", "Inc.", "Ltd.", "Corp.", "Bd.", "Dipl.", "Ing.", "Mag.",
    "Univ.", "Verf.", "geb.", "gest.", "v.a.", "z.T.", "u.U.", "i.d.R.", "m.E.", "s.o.",
    "s.u.", "Nov.", "Dez.", "Jan.", "Feb.", "Aug.", "Sept.", "Okt.",
)


def customize_tokenizer(nlp: Language) -> None:
    """Add the news abbreviations and keep gender forms as one token."""
    for abbr in ABBREVIATIONS:
        if abbr not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(abbr, [{"ORTH": abbr}])
    # Drop ":" (and "*", "_") as infixes only where they mark a gender form.
    infixes = [
        p.replace("[:<>=]", "(?<![:*_]in)(?:[<>=]|:(?!in(?:nen)?\\b))") for p in nlp.Defaults.infixes
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    suffixes = list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search


def add_lemmatizer(nlp: Language) -> None:
    """The German lookup lemmatizer, its table serialised into the pipeline."""
    if "lemmatizer" not in nlp.pipe_names:
        lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        lemmatizer.initialize()


def finish(trained: Path, target: Path = TARGET, *, scores: dict[str, object] | None = None) -> Path:
    nlp = spacy.load(trained)
    customize_tokenizer(nlp)
    add_lemmatizer(nlp)
    nlp.meta.update(
        {
            "name": NAME,
            "version": VERSION,
            "lang": "de",
            "description": "Compact German pipeline bundled with claimex: tokenizer with news "
            "abbreviations, tagger (STTS), morphologizer and parser (UD), NER "
            "(PER/LOC/ORG/MISC), lookup lemmatizer. See models/README.md.",
            "license": "CC BY-SA 4.0",
            "author": "claimex developers",
            "sources": [
                {"name": "GermEval 2014 NER (test split)", "license": "CC BY 4.0"},
                {"name": "WikiANN / PAN-X German (Wikipedia)", "license": "CC BY-SA (Wikipedia)"},
                {"name": "German LER (dev split)", "license": "CC BY 4.0"},
                {"name": "DFKI SmartData v1 (train, news)", "license": "CC BY 4.0"},
                {"name": "UD German GSD (test), UD German PUD", "license": "CC BY-SA 4.0 / 3.0"},
                {"name": "spacy-lookups-data German lemma table", "license": "MIT"},
            ],
        }
    )
    if scores:
        nlp.meta["performance"] = scores
    if target.exists():
        shutil.rmtree(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trained", type=Path)
    parser.add_argument("--target", type=Path, default=TARGET)
    parser.add_argument("--scores", type=Path, default=None)
    args = parser.parse_args()
    scores = json.loads(args.scores.read_text()) if args.scores else None
    print(finish(args.trained, args.target, scores=scores))


if __name__ == "__main__":
    main()
