"""Extraction across all cores, in the worker pool of the load (core/workers.py), with progress
and cancel."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool

from viewer.core.model import Document, Event
from viewer.core.workers import WorkerPool
from viewer.store.codecs.extraction_cache import DateCache, decode_events, encode_events

POOL_MINIMUM = 8  # below this many documents, starting processes costs more than it saves
CHUNK = 8  # documents per task: a few tens of milliseconds, so cancel and progress stay prompt

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Arrived = Callable[[list[Event]], None]  # one document's events, as soon as they are found
Found = tuple[list[Event], str]  # a document's events, and the payload the project caches


def extract_many(
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    arrived: Arrived | None = None,
    pool: WorkerPool | None = None,
) -> list[list[Event]]:
    """Each document's events, in order; shorter than `documents` only when cancelled."""
    found = extract_and_encode(
        documents,
        progress=progress,
        cancelled=cancelled,
        workers=workers,
        arrived=arrived,
        pool=pool,
    )
    return [events for events, _payload in found]


def extract_and_encode(
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    arrived: Arrived | None = None,
    pool: WorkerPool | None = None,
) -> list[Found]:
    """extract_many, each document's events with the payload the project caches, across
    `pool`'s processes (by default a pool of its own, of `workers` or every core).

    Workers send back only that payload, one string: the events are decoded from it here,
    which costs far less than pickling and unpickling every event object.
    """
    if pool is None:
        with WorkerPool(workers) as own:
            return extract_and_encode(
                documents, progress=progress, cancelled=cancelled, arrived=arrived, pool=own
            )
    report = _Report(len(documents), progress, arrived)
    if not pool.spreads(len(documents), POOL_MINIMUM):
        return _in_process(documents, [], report, cancelled)
    return _in_pool(documents, pool, report, cancelled)


def _extracted(doc: Document) -> list[Event]:
    """The extractor's events of one document. The extractor (with the tagger and its rules)
    is imported on first use: a project whose kept timeline is reused never loads it."""
    from viewer.core.extract import extract_events

    return extract_events(doc)


def _extract_payload(doc: Document) -> str:
    """A worker's task: one document's events, encoded."""
    return encode_events(_extracted(doc))


class _Report:
    """Keeps each result as it comes, and says how many are done and what was found."""

    def __init__(self, total: int, progress: Progress | None, arrived: Arrived | None) -> None:
        self.total = total
        self.progress = progress
        self.arrived = arrived

    def __call__(self, results: list[Found], result: Found) -> None:
        results.append(result)
        if self.arrived is not None:
            self.arrived(result[0])
        if self.progress is not None:
            self.progress(len(results), self.total)


def _in_process(
    documents: Sequence[Document],
    results: list[Found],
    report: _Report,
    cancelled: Cancelled | None,
) -> list[Found]:
    for doc in documents[len(results) :]:
        if cancelled is not None and cancelled():
            break
        events = _extracted(doc)
        report(results, (events, encode_events(events)))
    return results


def _in_pool(
    documents: Sequence[Document],
    pool: WorkerPool,
    report: _Report,
    cancelled: Cancelled | None,
) -> list[Found]:
    results: list[Found] = []
    dates = DateCache()
    found = pool.map(_extract_payload, documents, chunksize=CHUNK)
    try:
        for doc, payload in zip(documents, found, strict=False):
            events = decode_events(doc, payload, dates)
            if events is None:  # cannot happen: the payload was made by encode_events
                events = _extracted(doc)
            report(results, (events, payload))
            if cancelled is not None and cancelled():
                break
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish on this process rather than fail.
        return _in_process(documents, results, report, cancelled)
    finally:
        found.close()  # cancelled early: the documents not started are not extracted
    return results
