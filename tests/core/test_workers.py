"""One pool of worker processes serves a whole load, and a worker that dies leaves the rest
of the work to this process rather than failing it."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from bench.synthetic_corpus import write_corpus
from viewer.core import workers
from viewer.core.workers import WorkerPool
from viewer.corpus.reader import PARALLEL_MINIMUM
from viewer.workspace import Workspace, run_load


def _square_or_die(n: int) -> int:
    """A worker's task that kills its process at 3, as running out of memory would."""
    if n == 3:
        os._exit(1)
    return n * n


def test_a_small_batch_is_not_spread() -> None:
    pool = WorkerPool(2)
    assert not pool.spreads(7, minimum=8)
    assert pool.spreads(8, minimum=8)
    assert not WorkerPool(1).spreads(1000, minimum=8)


def test_a_dead_worker_breaks_the_pool_and_nothing_is_spread_after() -> None:
    with WorkerPool(2) as pool, pytest.raises(BrokenProcessPool):
        list(pool.map(_square_or_die, range(10), chunksize=1))
    assert pool.broken
    assert not pool.spreads(1000, minimum=8)


def test_a_load_reads_and_extracts_in_one_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "corpus"
    write_corpus(folder, PARALLEL_MINIMUM + 6)  # enough to read across processes
    started: list[int] = []

    class Counted(ProcessPoolExecutor):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            started.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(workers, "ProcessPoolExecutor", Counted)
    monkeypatch.setenv("TIMELINE_WORKERS", "2")
    workspace = Workspace.open([folder], tmp_path / "p.tlproj")
    loaded = run_load(workspace.load_inputs())
    assert len(loaded.documents) == PARALLEL_MINIMUM + 6
    assert loaded.shown is not None and len(loaded.shown.events) > len(loaded.documents)
    assert started == [1]
    workspace.close()
