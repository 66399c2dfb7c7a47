"""Fixtures for the window tests: a loaded seed workspace on a project of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "p.tlproj"


@pytest.fixture
def workspace(seeds: Path, project_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open([seeds], project_path=project_path)
    ws.load_all()
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: QtBot, workspace: Workspace) -> MainWindow:
    win = MainWindow(workspace)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    win.event_list.table.setFocus()
    return win
