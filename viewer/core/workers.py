"""The processes long work may use: how many (every core, unless TIMELINE_WORKERS says
otherwise), and the one pool of them that a load's steps share."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import TypeVar

WORKERS_VARIABLE = "TIMELINE_WORKERS"  # e.g. TIMELINE_WORKERS=1 to read and extract on one core

T = TypeVar("T")
R = TypeVar("R")


def worker_count() -> int:
    """Processes to use: TIMELINE_WORKERS if set to a positive number, else every core."""
    wanted = os.environ.get(WORKERS_VARIABLE, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class WorkerPool:
    """The worker processes of one long task, shared by its steps: a load reads its articles
    and extracts their events in the same processes, started once rather than once a step.

    Processes start when a step first spreads its items, and stop at close() (or at the end
    of a `with` block). They are spawned, never forked: a forked copy of a threaded window
    process can deadlock. Once a worker has died the pool is broken, and every step finishes
    in this process."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = worker_count() if workers is None else workers
        self.broken = False
        self._executor: ProcessPoolExecutor | None = None

    def spreads(self, count: int, minimum: int) -> bool:
        """Whether `count` items are worth spreading over the processes: at least `minimum`
        of them (below, starting processes costs more than it saves), more than one worker,
        and no worker has died."""
        return self.workers > 1 and count >= minimum and not self.broken

    def map(
        self, task: Callable[[T], R], items: Iterable[T], chunksize: int
    ) -> Generator[R, None, None]:
        """`task` of each item across the processes, in order, each as soon as it and those
        before it are done. Leaving early cancels what has not started. BrokenProcessPool
        when a worker dies: the caller does the rest itself."""
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._executor = ProcessPoolExecutor(self.workers, mp_context=context)
        results = self._executor.map(task, items, chunksize=chunksize)
        try:
            yield from results
        except BrokenProcessPool:
            self.broken = True
            raise
        finally:
            results.close()  # type: ignore[attr-defined]  # a generator: cancels the rest

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
