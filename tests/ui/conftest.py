"""Fixtures for the window tests: a loaded seed workspace on a project of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Path:
    """Window layout and recent files of the test's own, never the user's nor another test's."""
    folder = tmp_path / "settings"
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, str(folder))
    return folder


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
    qtbot.waitUntil(win.isActiveWindow)  # focus goes only to an active window's fields
    win.event_list.table.setFocus()
    return win


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of warning and error boxes, captured instead of blocking on them."""
    shown: list[str] = []

    def fake(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(fake))
    return shown


@pytest.fixture
def opened_windows() -> Iterator[list[MainWindow]]:
    """Windows a test opens itself, closed with their projects afterwards."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.workspace.close()
        window.deleteLater()
