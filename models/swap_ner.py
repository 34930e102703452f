"""Put a separately trained NER into a finished pipeline: ``python -m models.swap_ner``.

The bundled pipeline's NER listens to the tok2vec it shares with the tagger, morphologizer
and parser, so retraining the NER through it retrains their input too (the parser of the
Wikinews retrain lost speakers that way). An NER trained with ``models/config_ner_own.cfg``
carries its own small tok2vec; this module replaces the base pipeline's ``ner`` with it and
leaves every other component, the tokenizer rules and the gazetteer ruler byte-for-byte as
they were.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import spacy

from models import package


def swap(trained: Path, base: Path = package.TARGET, target: Path = package.TARGET) -> Path:
    """Save ``base`` with its ``ner`` replaced by the ``ner`` of ``trained`` at ``target``."""
    nlp = spacy.load(base)
    source = spacy.load(trained)
    position = nlp.pipe_names.index("ner")
    nlp.remove_pipe("ner")
    nlp.add_pipe("ner", source=source, before=nlp.pipe_names[position])
    staging = target.with_name(target.name + ".swap")
    if staging.exists():
        shutil.rmtree(staging)
    nlp.to_disk(staging)
    if target.exists():
        shutil.rmtree(target)
    staging.rename(target)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("trained", type=Path, help="pipeline whose ner has its own tok2vec")
    parser.add_argument("--base", type=Path, default=package.TARGET)
    parser.add_argument("--target", type=Path, default=package.TARGET)
    args = parser.parse_args()
    print(swap(args.trained, args.base, args.target))


if __name__ == "__main__":
    main()
