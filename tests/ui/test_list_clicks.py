"""Clicks in the event list do what the cell clicked shows: the ★ cell stars and unstars
its event (it selected the row and nothing more), and Ctrl+Z takes the star back."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.viewer_process import ROOT
from viewer.store import opening
from viewer.ui.event_model import EVENT_ID_ROLE, Column
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

SEEDS = ROOT / "seeds"


def click_cell(qtbot: QtBot, window: MainWindow, row: int, column: Column) -> str:
    """Click a cell of the list; the id of the event on its row."""
    table = window.event_list.table
    index = window.model.index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return str(index.data(EVENT_ID_ROLE))


def test_a_click_on_the_star_cell_stars_its_event_and_undo_takes_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event_id = click_cell(qtbot, window, 3, Column.STAR)

    assert window.current_event_id() == event_id
    assert ws.annotation(event_id).starred
    assert window.model.index(3, Column.STAR).data() == "★"

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not ws.annotation(event_id).starred
    assert window.current_event_id() == event_id


def test_a_second_click_on_the_star_unstars_and_other_cells_only_select(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event_id = click_cell(qtbot, window, 2, Column.STAR)
    qtbot.wait(qtbot_double_click_gap())
    click_cell(qtbot, window, 2, Column.STAR)
    assert not ws.annotation(event_id).starred

    other = click_cell(qtbot, window, 5, Column.TITLE)
    assert window.current_event_id() == other
    assert not ws.annotation(other).starred


def qtbot_double_click_gap() -> int:
    """Long enough that two clicks are two clicks, not a double click."""
    from PySide6.QtWidgets import QApplication

    return QApplication.styleHints().mouseDoubleClickInterval() + 50


def test_the_star_header_says_a_click_stars(window: MainWindow) -> None:
    tip = window.model.headerData(
        Column.STAR, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "click" in str(tip)


def test_a_click_on_a_star_of_a_read_only_project_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    """S is not offered on a read-only project (a colleague's, on a shared folder): nor is
    the star's click, which selects the row and says why, as S does (it put up an error)."""
    project = tmp_path / "locked.tlproj"
    made = Workspace.open([SEEDS], project)
    made.load_all()
    made.close()
    before = project.read_bytes()
    monkeypatch.setattr(opening, "writable", lambda path: False)  # as a locked file says
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.session.show(ws)
    try:
        event_id = click_cell(qtbot, window, 2, Column.STAR)
        assert window.current_event_id() == event_id
        assert not ws.annotation(event_id).starred
        assert window.model.index(2, Column.STAR).data() == ""
        assert messages == []
        assert window.statusBar().currentMessage() == "Star: this project is read-only"
    finally:
        ws.close()
    assert project.read_bytes() == before


def test_a_double_click_on_the_star_stars_once_with_one_undo_step(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A double click stars as one click does (it starred and unstarred: nothing seemed to
    happen, and Ctrl+Z had two steps to take back)."""
    ws, stack = window.workspace, window.session.undo_stack
    table = window.event_list.table
    index = window.model.index(4, Column.STAR)
    table.scrollTo(index)
    event_id, before = str(index.data(EVENT_ID_ROLE)), stack.count()
    viewport, at = table.viewport(), table.visualRect(index).center()
    # What a double click delivers on a desktop: a click, then a double click and a release.
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert ws.annotation(event_id).starred
    assert stack.count() == before + 1

    qtbot.wait(qtbot_double_click_gap())
    click_cell(qtbot, window, 4, Column.STAR)  # the next click unstars it, as ever
    assert not ws.annotation(event_id).starred
