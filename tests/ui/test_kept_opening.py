"""Reopening a project paints its kept timeline at once; a new corpus fills in as it is read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    project = tmp_path / "p.tlproj"
    first = Workspace.open([corpus], project)
    first.load_all()
    count = len(first.events)
    first.close()

    window = _window(qtbot, Workspace.open([corpus], project))
    window.start_loading()
    # Straight away, before the load has run: every event listed, nothing editable yet.
    assert window.model.rowCount() == count
    assert not window.panel.isEnabled()
    assert "checking the articles" in window.statusBar().currentMessage()
    picked = window.workspace.events[3]
    window.select_event(picked.id)
    # Its article is read on the spot, with the passage highlighted where it is.
    passage = picked.primary
    article = window.workspace.document(passage.document_id)
    assert article is not None and article.text
    assert window.source_view.highlighted_text().strip()

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
        lambda: shown.append((window.model.rowCount(), window.workspace.reading))
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
