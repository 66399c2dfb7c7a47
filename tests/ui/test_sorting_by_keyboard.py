"""Sorting the list from the keyboard, by how sure each event's date is too: the list sorted
only by a mouse click on a header, never by the date's confidence; and filtering to the
starred events with Alt+S, where it took ten Tabs from the search."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def _sort_entry(window: MainWindow, text: str) -> QAction:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view, QMenu)
    sorts = next(a.menu() for a in view.actions() if a.text() == "&Sort List By")
    assert isinstance(sorts, QMenu)
    return next(a for a in sorts.actions() if a.text() == text)


def _sure_cells(window: MainWindow) -> list[int]:
    model = window.model
    return [int(model.index(r, Column.SURE).data().rstrip("%")) for r in range(model.rowCount())]


def test_the_list_sorts_by_how_sure_each_date_is_least_sure_again(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    _sort_entry(window, "Sure of Its Dat&e").trigger()

    model = window.model
    assert model.headerData(Column.SURE, Qt.Orientation.Horizontal) == "Dated"
    header = window.event_list.table.horizontalHeader()
    assert header.sectionSize(Column.SURE) >= header.sectionSizeHint(Column.SURE)  # not "Date▾"
    dated = [round(100 * ws.effective(model.event_at(r)).date_confidence) for r in range(5)]
    assert _sure_cells(window)[:5] == dated
    cells = _sure_cells(window)
    assert cells == sorted(cells, reverse=True)  # the most sure first
    assert cells != sorted((round(100 * e.event_confidence) for e in ws.events), reverse=True), (
        "the dates' confidence, not the events'"
    )

    _sort_entry(window, "Sure of Its Dat&e").trigger()  # again: the least sure first
    assert _sure_cells(window) == sorted(cells)

    _sort_entry(window, "Sure It &Happened").trigger()
    assert model.headerData(Column.SURE, Qt.Orientation.Horizontal) == "Sure"
    assert _sure_cells(window) == sorted(
        (round(100 * e.event_confidence) for e in ws.events), reverse=True
    )
    _sort_entry(window, "&Date").trigger()
    assert window.event_list.table.horizontalHeader().sortIndicatorSection() == Column.DATE


def test_alt_s_shows_only_the_starred_events(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    window.select_event(ws.events[4].id)
    key(qtbot, window, "S")  # Event › Star
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.event_at(0).id == ws.events[4].id
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.model.rowCount() == len(ws.events))


def test_the_list_s_order_is_kept_in_the_project(
    qtbot: QtBot, window: MainWindow, project_path: Path, seeds: Path
) -> None:
    """Reopened, the list was back in date order, whatever order the user had chosen."""
    _sort_entry(window, "Sure of Its Dat&e").trigger()
    _sort_entry(window, "Sure of Its Dat&e").trigger()  # the least sure first
    cells = _sure_cells(window)
    order = window.event_list.table.horizontalHeader().sortIndicatorOrder()
    window.close()

    reopened = Workspace.open([seeds], project_path=project_path)
    reopened.load_all()
    second = MainWindow(reopened)
    qtbot.addWidget(second)
    try:
        header = second.event_list.table.horizontalHeader()
        assert header.sortIndicatorSection() == Column.SURE
        assert header.sortIndicatorOrder() == order
        assert second.model.headerData(Column.SURE, Qt.Orientation.Horizontal) == "Dated"
        assert _sure_cells(second) == cells == sorted(cells)
    finally:
        second.close()
        reopened.close()
