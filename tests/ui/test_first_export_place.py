"""The first export of a story is offered beside its articles' folder, where Save Project As
offers the project: it was offered in the home folder, and the researcher had to walk to her
story's folder from there."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.workspace import Workspace


def _window_on_story(
    qtbot: QtBot, seeds: Path, tmp_path: Path, opened_windows: list[MainWindow]
) -> tuple[MainWindow, Path]:
    """The window on a story's folder of articles, the keys in its list; the story's folder."""
    story = tmp_path / "story"
    articles = story / "articles"
    shutil.copytree(seeds, articles)
    ws = Workspace.open([articles], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    opened_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the window's shortcuts go to an active window
    window.event_list.table.setFocus()
    return window, story


def test_the_first_export_is_offered_beside_the_articles(
    qtbot: QtBot,
    seeds: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    window, story = _window_on_story(qtbot, seeds, tmp_path, opened_windows)
    offered: list[str] = []

    def cancel(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    key(qtbot, window, "Ctrl+Shift+C")  # File › Export CSV…
    assert Path(offered[0]).parent == story


def test_the_first_picture_and_import_are_offered_there_too(
    qtbot: QtBot,
    seeds: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """The picture was offered as ~/articles.png and the CSV to import looked for at home,
    while the CSV export beside them was offered in the story's folder."""
    window, story = _window_on_story(qtbot, seeds, tmp_path, opened_windows)
    offered: list[str] = []

    def read_and_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PictureExportDialog):
            QTimer.singleShot(10, read_and_cancel)  # not up yet
            return
        offered.append(dialog.path_edit.text())
        dialog.reject()

    QTimer.singleShot(0, read_and_cancel)
    key(qtbot, window, "Ctrl+Shift+P")  # File › Export Picture…
    assert Path(offered[0]).parent == story

    def cancel(_parent: object, _title: str, folder: str, _filter: str) -> tuple[str, str]:
        offered.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", cancel)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(qtbot, window, "Ctrl+Shift+I")  # File › Import Annotations from CSV…
    assert Path(offered[1]) == story
