"""Reopening a project paints its kept timeline at once; a new corpus fills in as it is read."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

import viewer.workspace.loading as loading
from viewer.corpus import read_corpus
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace
from viewer.workspace.load_progress import PartialResults


@pytest.fixture
def corpus(seeds: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(seeds, folder)
    return folder


def _window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_kept_timeline_is_on_screen_before_the_articles_are_read(
    qtbot: QtBot, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "p.tlproj"
    first = Workspace.open([corpus], project)
    first.load_all()
    count = len(first.events)
    first.close()
    # Reading the articles waits for the test, so what shows before it can be looked at.
    go_on = threading.Event()

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        go_on.wait(30)
        return read_corpus(*args, **kwargs)

    monkeypatch.setattr(loading, "read_corpus", slow_read)

    window = _window(qtbot, Workspace.open([corpus], project))
    window.start_loading()
    # Straight away: the whole timeline, painted from its kept columns; nothing editable.
    assert len(window.timeline_pane.shown_ids()) == count
    assert f"{count} events" in window.counts.text()
    assert "checking the articles" in window.statusBar().currentMessage()
    # Then the kept events: the list, and any article, read on the spot when opened.
    qtbot.waitUntil(lambda: window.model.rowCount() == count, timeout=10_000)
    assert window.is_loading()
    picked = window.workspace.events[3]
    window.select_event(picked.id)
    assert not window.panel.isEnabled()
    article = window.workspace.document(picked.primary.document_id)
    assert article is not None and article.text
    assert window.source_view.highlighted_text().strip()
    assert not window.actions_.action("merge").isEnabled()

    go_on.set()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    assert window.panel.isEnabled()
    assert window.current_event_id() == picked.id  # the selection stayed
    assert window.model.rowCount() == count
    assert window.statusBar().currentMessage() == ""


def test_a_new_corpus_fills_the_timeline_in_while_it_loads(
    qtbot: QtBot, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PartialResults, "FIRST_AFTER", 0.0)
    window = _window(qtbot, Workspace.open([corpus], tmp_path / "p.tlproj"))
    shown: list[tuple[int, bool]] = []
    window.model.modelReset.connect(
        lambda: shown.append((window.model.rowCount(), not window.workspace.state.checked))
    )
    window.start_loading()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    # (a workspace put on screen resets the list twice, the first time before its filters)
    partial = [rows for rows, reading in shown if reading and rows]
    assert partial, "the timeline showed nothing before the load ended"
    assert partial == sorted(partial)  # it only ever fills in
    # Then the merged timeline replaces the events found so far, ready to edit.
    assert shown[-1] == (len(window.workspace.events), False)
    assert window.panel.isEnabled()


def test_reading_the_articles_again_keeps_the_timeline_editable(
    qtbot: QtBot, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Workspace.open([corpus], tmp_path / "p.tlproj")
    first.load_all()
    window = _window(qtbot, first)
    count = len(first.events)
    go_on = threading.Event()

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        go_on.wait(30)
        return read_corpus(*args, **kwargs)

    monkeypatch.setattr(loading, "read_corpus", slow_read)
    window.files.reload()
    assert window.is_loading()
    # Meanwhile the timeline on screen stays as it was, and can be edited.
    assert window.model.rowCount() == count
    window.select_event(first.events[0].id)
    assert window.panel.isEnabled()
    a, b = first.events[0], first.events[-1]
    first.merge(a.id, b.id)
    assert len(first.events) == count - 1

    go_on.set()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    # The merge made during the load is in the timeline it loaded.
    assert len(window.workspace.events) == count - 1
    assert any(len(e.passages) > 1 and a.primary in e.passages for e in window.workspace.events)


def test_an_event_of_an_article_gone_since_is_shown_without_its_text(
    qtbot: QtBot, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A project handed on without one of its folders: its kept events still open."""
    project = tmp_path / "p.tlproj"
    first = Workspace.open([corpus], project)
    first.load_all()
    picked = first.events[3]
    first.close()
    (corpus / picked.primary.document_id).unlink()
    go_on = threading.Event()

    def slow_read(*args: Any, **kwargs: Any) -> Any:
        go_on.wait(30)
        return read_corpus(*args, **kwargs)

    monkeypatch.setattr(loading, "read_corpus", slow_read)
    errors: list[BaseException] = []
    monkeypatch.setattr("sys.excepthook", lambda _t, e, _tb: errors.append(e))
    window = _window(qtbot, Workspace.open([corpus], project))
    window.start_loading()
    qtbot.waitUntil(lambda: window.model.rowCount() > 3, timeout=10_000)
    window.select_event(picked.id)
    assert errors == []
    assert window.current_event_id() == picked.id
    go_on.set()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
