"""A window on a folder of articles written for a test, shown at a laptop's size."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def window_on(
    qtbot: QtBot, tmp_path: Path, articles: dict[str, str], *, active: bool = True
) -> tuple[Workspace, MainWindow]:
    """The workspace and the shown window (1366x768) on `articles` (file name: text), read
    whole before the window opens; `active`: waited on until it has the keyboard."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    workspace = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    workspace.load_all()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    return workspace, window
