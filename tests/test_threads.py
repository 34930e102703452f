"""One ``Extractor`` shared by threads (docs/guide.md, "Threads and logging"; a service's
request threads): calls from several threads give the records one thread gives, and a
``pipe`` in one thread and ``extract`` calls in others do not mix their documents. Texts:
the example article and the records of examples/articles.jsonl."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import claimex

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _texts() -> list[str]:
    lines = (EXAMPLES / "articles.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line)["text"] for line in lines if line.strip()]
    return [(EXAMPLES / "seed_article.txt").read_text(encoding="utf-8"), *records]


def test_threads_give_the_records_one_thread_gives(extractor: claimex.Extractor) -> None:
    texts = _texts()
    alone = [extractor.extract(text).model_dump_json() for text in texts]
    work = texts * 3
    with ThreadPoolExecutor(max_workers=4) as pool:
        shared = list(pool.map(lambda t: extractor.extract(t).model_dump_json(), work))
    assert shared == alone * 3


def test_pipe_and_extract_in_threads_keep_their_documents(
    extractor: claimex.Extractor,
) -> None:
    texts = _texts()
    alone = [extractor.extract(text).model_dump_json() for text in texts]

    def piped() -> list[str]:
        return [r.model_dump_json() for r in extractor.pipe(texts * 2, batch_size=2)]

    with ThreadPoolExecutor(max_workers=3) as pool:
        stream = pool.submit(piped)
        single = [pool.submit(lambda t=t: extractor.extract(t).model_dump_json()) for t in texts]
        assert [f.result() for f in single] == alone
        assert stream.result() == alone * 2
