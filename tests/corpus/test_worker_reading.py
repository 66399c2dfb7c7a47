"""Articles are read and their events extracted in worker processes: an article must cross to
a worker and back whole, or the load falls back to one process without a word (half as fast
on two cores), as a compiled class that cannot be unpickled once made it."""

from __future__ import annotations

import dataclasses
import pickle
from pathlib import Path

from viewer.core.model import Document
from viewer.core.workers import WorkerPool
from viewer.corpus import read_document


def _as_read(doc: Document) -> tuple[object, ...]:
    """What a reader of the article sees and where its parts are, as plain values."""
    fields = dataclasses.asdict(dataclasses.replace(doc, visible=None))  # type: ignore[arg-type]
    return (
        tuple(sorted(fields.items(), key=lambda item: item[0])).__repr__(),
        doc.visible.render(),
        doc.visible.hidden(),
    )


def test_an_article_read_crosses_to_another_process_whole(seeds: Path) -> None:
    for path in sorted(seeds.glob("*.txt")):
        doc = read_document(path)
        assert _as_read(pickle.loads(pickle.dumps(doc))) == _as_read(doc)


def test_articles_are_read_in_worker_processes(seeds: Path) -> None:
    paths = sorted(seeds.glob("*.txt"))
    with WorkerPool(2) as pool:
        read = list(pool.map(read_document, paths, chunksize=1))
        assert not pool.broken
    assert [_as_read(doc) for doc in read] == [_as_read(read_document(p)) for p in paths]
