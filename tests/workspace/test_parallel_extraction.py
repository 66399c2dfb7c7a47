"""Extraction across processes finds what one process finds; cancel stops a load; cache reused."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.synthetic_corpus import write_corpus
from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.corpus import read_corpus
from viewer.workspace import Workspace, WorkspaceError, extraction, run_load
from viewer.workspace.extraction_pool import extract_many

ARTICLES = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    write_corpus(folder, ARTICLES)
    return folder


def _summary(events: list[Event]) -> list[tuple[str, str, str, list[str]]]:
    return [(e.id, e.date.label(), e.title, [p.key() for p in e.passages]) for e in events]


def test_pool_finds_exactly_the_events_of_one_process(corpus: Path) -> None:
    documents, problems = read_corpus([corpus])
    assert len(documents) == ARTICLES and not problems
    alone = [extract_events(doc) for doc in documents]
    pooled = extract_many(documents, workers=2)
    assert sum(len(events) for events in alone) > ARTICLES
    assert pooled == alone


def test_the_timeline_is_the_same_on_one_core_and_on_all(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    timelines = []
    for workers in ("1", "2"):
        monkeypatch.setenv("TIMELINE_WORKERS", workers)
        workspace = Workspace.open([corpus], tmp_path / f"{workers}.tlproj")
        workspace.load_all()
        timelines.append(_summary(workspace.events))
        workspace.close()
    assert timelines[0] and timelines[0] == timelines[1]


def test_cancel_before_extraction_stops_the_load(corpus: Path, tmp_path: Path) -> None:
    workspace = Workspace.open([corpus], tmp_path / "p.tlproj")
    inputs = workspace.load_inputs()
    read: list[int] = []
    with pytest.raises(WorkspaceError, match="cancelled"):
        run_load(inputs, lambda done, total: read.append(done), lambda: len(read) >= 5)
    assert len(read) < ARTICLES
    workspace.close()


def test_cancel_while_extracting_keeps_what_is_done_and_says_so(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_WORKERS", "1")
    workspace = Workspace.open([corpus], tmp_path / "p.tlproj")
    inputs = workspace.load_inputs()
    seen: list[tuple[int, int]] = []

    def extracting_half() -> bool:
        # Past the reading half of the bar, and halfway through the articles.
        return bool(seen) and seen[-1][0] >= ARTICLES + ARTICLES // 2

    loaded = run_load(inputs, lambda done, total: seen.append((done, total)), extracting_half)
    assert 0 < len(loaded.documents) < ARTICLES
    assert any("loading cancelled" in problem for problem in loaded.problems)
    workspace.apply(loaded)
    assert workspace.events
    workspace.close()


def test_progress_moves_forward_to_the_end(corpus: Path, tmp_path: Path) -> None:
    workspace = Workspace.open([corpus], tmp_path / "p.tlproj")
    seen: list[tuple[int, int]] = []
    inputs = workspace.load_inputs()
    workspace.apply(run_load(inputs, lambda done, total: seen.append((done, total))))
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions)
    assert seen[-1][0] == seen[-1][1]
    workspace.close()


def test_reopening_extracts_nothing_again(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = Workspace.open([corpus], project)
    first.load_all()
    before = _summary(first.events)
    first.close()

    def no_extraction(documents: list[object], **kwargs: object) -> list[list[Event]]:
        assert not documents, "a cached article was extracted again"
        return []

    monkeypatch.setattr(extraction, "extract_many", no_extraction)
    monkeypatch.setattr(extraction, "extract_and_encode", no_extraction)
    again = Workspace.open([corpus], project)
    again.load_all()
    assert _summary(again.events) == before
    again.close()
