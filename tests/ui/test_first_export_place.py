"""The first export of a story is offered beside its articles' folder, where Save Project As
offers the project: it was offered in the home folder, and the researcher had to walk to her
story's folder from there."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def test_the_first_export_is_offered_beside_the_articles(
    qtbot: QtBot,
    seeds: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
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
    offered: list[str] = []

    def cancel(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", cancel)
    key(qtbot, window, "Ctrl+Shift+C")  # File › Export CSV…
    assert Path(offered[0]).parent == story
