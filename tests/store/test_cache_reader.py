"""A loader thread reads cached extraction results without the project's own connection."""

from __future__ import annotations

import threading
from pathlib import Path

from viewer.store import PROJECT_SUFFIX, Project
from viewer.store.cache_reader import CacheReader


def read_in_thread(project: Project, key: tuple[str, str]) -> list[str | None]:
    found: list[str | None] = []

    def read() -> None:
        reader = project.cache_reader()
        try:
            found.append(reader.payload(*key))
        finally:
            reader.close()

    worker = threading.Thread(target=read)
    worker.start()
    worker.join()
    return found


def test_a_worker_thread_reads_what_the_project_cached(tmp_path: Path) -> None:
    with Project.open(tmp_path / f"work{PROJECT_SUFFIX}") as project:
        project.cache_extractions([("h1", "v1", '[["e1"]]')])
        assert read_in_thread(project, ("h1", "v1")) == ['[["e1"]]']
        assert read_in_thread(project, ("h1", "v2")) == [None]
        assert read_in_thread(project, ("h9", "v1")) == [None]


def test_a_cache_that_cannot_be_read_gives_nothing_rather_than_failing(tmp_path: Path) -> None:
    reader = CacheReader(tmp_path / f"gone{PROJECT_SUFFIX}")
    assert reader.payload("h1", "v1") is None
    reader.close()
