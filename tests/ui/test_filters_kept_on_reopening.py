"""The search and filters are kept in the project: closed with a date range, the starred
events only and a status chosen, the project reopened showed every event, the date fields
empty, and the user had to set her range again (or, unaware, read the whole corpus as hers)."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.ui import app
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def _reopened(qtbot: QtBot, seeds: Path, project_path: Path) -> MainWindow:
    workspace = Workspace.open([seeds], project_path=project_path)
    workspace.load_all()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_date_range_and_filters_come_back_on_reopening(
    qtbot: QtBot, window: MainWindow, seeds: Path, project_path: Path
) -> None:
    bar = window.timeline_pane.filter_bar
    bar.date_from.setFocus()
    qtbot.waitUntil(bar.date_from.hasFocus)
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_from, "2022-03-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_to, "2022-03-31")
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Return)
    bar.status_button.menu().actions()[0].trigger()  # one status, from its menu
    chosen = bar.filter()
    assert chosen.date_from == date(2022, 3, 1) and chosen.date_to == date(2022, 3, 31)
    assert chosen.statuses == {Status.UNREVIEWED}
    shown = window.model.rowCount()
    assert 0 < shown < len(window.workspace.events)
    window.close()
    window.workspace.close()

    again = _reopened(qtbot, seeds, project_path)
    try:
        kept = again.timeline_pane.filter_bar
        assert kept.filter() == chosen
        assert kept.date_from.date().toString("yyyy-MM-dd") == "2022-03-01"
        assert kept.date_to.date().toString("yyyy-MM-dd") == "2022-03-31"
        assert {"date_from", "date_to"} <= set(kept.chip_keys())  # shown, and one click away
        assert again.model.rowCount() == shown
    finally:
        again.close()
        again.workspace.close()


def test_filters_cleared_before_closing_stay_cleared(
    qtbot: QtBot, window: MainWindow, seeds: Path, project_path: Path
) -> None:
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "troops")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert bar.filter().text == "troops"
    bar.set_filter(Filter())  # Views › Reset filters
    window.close()
    window.workspace.close()

    again = _reopened(qtbot, seeds, project_path)
    try:
        assert again.timeline_pane.filter_bar.filter() == Filter()
        assert again.model.rowCount() == len(again.workspace.events)
    finally:
        again.close()
        again.workspace.close()


def test_another_folder_opens_with_its_own_filters_and_a_copy_keeps_them(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """A date range set for one story is no filter of the next one opened in the window; a
    project saved under another name goes on with the filters on screen."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, seeds in (
        (first, sorted(SEEDS.iterdir())[:3]),
        (second, sorted(SEEDS.iterdir())[3:]),
    ):
        folder.mkdir()
        for seed in seeds:
            shutil.copy(seed, folder / seed.name)
    app.application()
    window = app.open_window([first], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "troops")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    chosen = bar.filter()
    assert chosen.text == "troops"

    copy = tmp_path / "copy.tlproj"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project_path == copy
    assert bar.filter() == chosen  # the copy goes on as the user left it

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(second))
    window.actions_.action("open_folder").trigger()
    qtbot.waitUntil(lambda: window.workspace.sources == [second], timeout=20_000)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert bar.filter() == Filter()
    assert window.model.rowCount() == len(window.workspace.events) > 0
