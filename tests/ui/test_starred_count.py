"""The status bar's count of starred events says how many of them are hidden: a project
with a starred event rejected said "12 starred" while ★ Starred listed 11, and an editor
checking every starred event could not tell where the twelfth was."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def test_a_starred_event_rejected_is_counted_as_hidden(qtbot: QtBot, window: MainWindow) -> None:
    table = window.event_list.table
    for row in (1, 3):
        window.event_list.select_row(row)
        qtbot.keyClick(table, Qt.Key.Key_S)
    assert "2 starred" in window.counts.text()
    assert "hidden" not in window.counts.text()

    window.event_list.select_row(3)
    qtbot.keyClick(table, Qt.Key.Key_R)  # rejected: hidden
    assert "2 starred (1 hidden)" in window.counts.text()
    window.timeline_pane.filter_bar.starred.click()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert "2 starred (1 hidden)" in window.counts.text()
