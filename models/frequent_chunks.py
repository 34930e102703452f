"""Build ``src/claimex/lexicon/frequent_chunks.txt``: the most frequent whitespace-separated
chunks ("der", "sagte", "Euro.", "(APA)") of openly licensed German running text.

spaCy's tokenizer remembers how it split each chunk (up to 10,000 of them), but not inside
a memory zone, where :class:`claimex.Extractor` runs every window of documents to keep a
long run's memory bounded: there every chunk would be split again by the prefix, suffix and
infix rules. claimex therefore tokenises this list once when it loads a pipeline, outside
any zone, so that the common chunks stay in the tokenizer's cache for good (a few thousand
lexemes; see ``docs/performance.md``).

Sources (raw text, as written): the ``# text`` lines of the UD German GSD and PUD treebanks
(CC BY-SA 4.0) and the news documents of SmartData v1 (CC BY 4.0). The list is shipped
under CC BY-SA 4.0 with the attribution of models/README.md.

    python -m models.frequent_chunks [--shared ../shared] [--size 8000] [--min-count 2]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from models.convert import smartdata_news_documents

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "claimex" / "lexicon" / "frequent_chunks.txt"
HEADER = """\
# The most frequent whitespace-separated chunks of the raw text of UD German GSD and PUD
# (CC BY-SA 4.0) and SmartData v1 news (CC BY 4.0); this list is shipped under CC BY-SA
# 4.0. claimex tokenises them once at load time, outside memory zones, so that spaCy's
# tokenizer cache keeps them. Built by `python -m models.frequent_chunks`.
"""


def ud_texts(shared: Path) -> Iterator[str]:
    """The raw sentences (``# text = ...``) of the UD German treebanks."""
    for path in sorted((shared / "data" / "ud").glob("*/*.conllu")):
        with path.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith("# text = "):
                    yield line[len("# text = ") :].strip()


def smartdata_texts(shared: Path) -> Iterator[str]:
    """The text of every SmartData v1 news document."""
    paths = sorted((shared / "data" / "ner" / "smartdata").glob("*.json"))
    for obj in smartdata_news_documents(paths):
        yield obj["text"]["string"]


def frequent_chunks(texts: Iterator[str], size: int, min_count: int) -> list[str]:
    """The ``size`` most frequent chunks seen at least ``min_count`` times.

    Chunks with ``#`` are left out (it starts a comment in lexicon files).

    Example:
        >>> frequent_chunks(iter(["Er sagte, es sei gut.", "Sie sagte, es sei so."]), 3, 2)
        ['sagte,', 'es', 'sei']
    """
    counts = Counter(chunk for text in texts for chunk in text.split() if "#" not in chunk)
    return [chunk for chunk, n in counts.most_common(size) if n >= min_count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--size", type=int, default=8000)
    parser.add_argument("--min-count", type=int, default=2)
    args = parser.parse_args()

    def texts() -> Iterator[str]:
        yield from ud_texts(args.shared)
        yield from smartdata_texts(args.shared)

    chunks = frequent_chunks(texts(), args.size, args.min_count)
    TARGET.write_text(HEADER + "\n".join(chunks) + "\n", encoding="utf-8")
    print(f"{len(chunks)} chunks -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
