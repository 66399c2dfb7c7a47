"""Extraction across all cores: a process pool over documents, with progress and cancel."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from viewer.core.extract import extract_events
from viewer.core.model import Document, Event
from viewer.core.workers import worker_count

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
    count = worker_count() if workers is None else workers
    report = _Report(len(documents), progress, arrived)
    if count <= 1 or len(documents) < POOL_MINIMUM:
        return _in_process(documents, [], report, cancelled)
    return _in_pool(documents, min(count, -(-len(documents) // CHUNK)), report, cancelled)


class _Report:
    """Says each result as it comes: how many are done, and what was found."""

    def __init__(self, total: int, progress: Progress | None, arrived: Arrived | None) -> None:
        self.total = total
        self.progress = progress
        self.arrived = arrived

    def __call__(self, results: list[list[Event]]) -> None:
        if self.arrived is not None:
            self.arrived(results[-1])
        if self.progress is not None:
            self.progress(len(results), self.total)


def _in_process(
    documents: Sequence[Document],
    results: list[list[Event]],
    report: _Report,
    cancelled: Cancelled | None,
) -> list[list[Event]]:
    for doc in documents[len(results) :]:
        if cancelled is not None and cancelled():
            break
        results.append(extract_events(doc))
        report(results)
    return results


def _in_pool(
    documents: Sequence[Document],
    workers: int,
    report: _Report,
    cancelled: Cancelled | None,
) -> list[list[Event]]:
    results: list[list[Event]] = []
    # Spawned workers share no locks or threads with a window that may be running: a forked
    # copy of a threaded Qt process can deadlock.
    pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    try:
        for events in pool.map(extract_events, documents, chunksize=CHUNK):
            results.append(events)
            report(results)
            if cancelled is not None and cancelled():
                break
    except BrokenProcessPool:
        # A worker died (killed, out of memory): finish on this process rather than fail.
        return _in_process(documents, results, report, cancelled)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    return results
