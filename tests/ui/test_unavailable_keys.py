"""A key of an event's action pressed when it cannot act says why in the status bar; it does
not move the list's selection to a title beginning with that letter."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def test_a_key_with_no_event_selected_says_to_select_one(qtbot: QtBot, window: MainWindow) -> None:
    window.select_event("")
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_N)
    assert window.statusBar().currentMessage() == "Edit Note: select an event first"
    assert window.session.current_event_id() == ""  # the letter moved no selection
    assert not window.panel.note_edit.hasFocus()


def test_a_key_while_the_articles_are_read_says_it_opens_when_they_are(
    qtbot: QtBot, seeds: Path, tmp_path: Path
) -> None:
    workspace = Workspace.open([seeds], project_path=tmp_path / "q.tlproj")  # not read yet
    try:
        win = MainWindow(workspace)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        win.event_list.table.setFocus()
        qtbot.keyClick(win.event_list.table, Qt.Key.Key_S)
        assert win.statusBar().currentMessage() == (
            "Star: the articles are still being read; it opens when they are"
        )
    finally:
        workspace.close()


def test_a_key_that_can_act_acts(qtbot: QtBot, window: MainWindow) -> None:
    event_id = window.workspace.events[2].id
    window.select_event(event_id)
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    assert window.workspace.annotation(event_id).starred


def test_a_letter_typed_in_the_search_is_typed_there(qtbot: QtBot, window: MainWindow) -> None:
    window.select_event("")
    search = window.timeline_pane.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "ns")
    assert search.text() == "ns"
    assert window.statusBar().currentMessage() != "Edit Note: select an event first"
