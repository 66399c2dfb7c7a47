"""Extraction across all cores: a process pool over documents, with progress and cancel."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Generic, TypeVar

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event
from viewer.core.workers import worker_count
from viewer.workspace.cache_codec import encode_events

Result = TypeVar("Result")

POOL_MINIMUM = 8  # below this many documents, starting processes costs more than it saves
CHUNK = 8  # documents per task: a few tens of milliseconds, so cancel and progress stay prompt

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Arrived = Callable[[list[Event]], None]  # one document's events, as soon as they are found


def extract_many(
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    arrived: Arrived | None = None,
) -> list[list[Event]]:
    """Each document's events, in order; shorter than `documents` only when cancelled."""
    report: _Report[list[Event]] = _Report(len(documents), progress, arrived, lambda r: r)
    return _run(extract_events, documents, report, cancelled, workers)


def extract_and_encode(
    documents: Sequence[Document],
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    workers: int | None = None,
    arrived: Arrived | None = None,
) -> list[tuple[list[Event], str]]:
    """extract_many, each document's events with the payload the project caches, encoded
    on the workers too."""
    report: _Report[tuple[list[Event], str]] = _Report(
        len(documents), progress, arrived, lambda r: r[0]
    )
    return _run(_extract_encoded, documents, report, cancelled, workers)


def _extract_encoded(doc: Document) -> tuple[list[Event], str]:
    events = extract_events(doc)
    return events, encode_events(events)


def _run(
    work: Callable[[Document], Result],
    documents: Sequence[Document],
    report: _Report[Result],
    cancelled: Cancelled | None,
    workers: int | None,
) -> list[Result]:
    count = worker_count() if workers is None else workers
    if count <= 1 or len(documents) < POOL_MINIMUM:
        return _in_process(work, documents, [], report, cancelled)
    return _in_pool(work, documents, min(count, -(-len(documents) // CHUNK)), report, cancelled)


class _Report(Generic[Result]):
    """Says each result as it comes: how many are done, and what was found."""

    def __init__(
        self,
        total: int,
        progress: Progress | None,
        arrived: Arrived | None,
        events_of: Callable[[Result], list[Event]],
    ) -> None:
        self.total = total
        self.progress = progress
        self.arrived = arrived
        self.events_of = events_of

    def __call__(self, results: list[Result]) -> None:
        if self.arrived is not None:
            self.arrived(self.events_of(results[-1]))
        if self.progress is not None:
            self.progress(len(results), self.total)


def _in_process(
    work: Callable[[Document], Result],
    documents: Sequence[Document],
    results: list[Result],
    report: _Report[Result],
    cancelled: Cancelled | None,
) -> list[Result]:
    for doc in documents[len(results) :]:
        if cancelled is not None and cancelled():
            break
        results.append(work(doc))
        report(results)
    return results


def _in_pool(
    work: Callable[[Document], Result],
    documents: Sequence[Document],
    workers: int,
    report: _Report[Result],
    cancelled: Cancelled | None,
) -> list[Result]:
    results: list[Result] = []
    # Spawned workers share no locks or threads with a window that may be running: a forked
    # copy of a threaded Qt process can deadlock.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        for result in pool.map(work, documents, chunksize=CHUNK):
            results.append(result)
            report(results)
            if cancelled is not None and cancelled():
                break
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish on this process rather than fail.
        return _in_process(work, documents, results, report, cancelled)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results
