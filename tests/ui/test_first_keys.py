"""The first keys typed in a window just opened reach the event list, where J, K, S, T
and N work: they went into the search box, which hid every event behind "jt"."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.ui import app
from viewer.ui.main_window import MainWindow


def test_the_first_keys_go_to_the_event_list(
    qtbot: QtBot, messages: list[str], opened_windows: list[MainWindow]
) -> None:
    app.application()
    window = app.open_window([SEEDS], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    first = window.current_event_id()
    focused = QApplication.focusWidget()
    assert focused is window.event_list.table  # was the search box
    qtbot.keyClick(focused, Qt.Key.Key_J)
    assert window.timeline_pane.filter_bar.search.text() == ""
    assert window.current_event_id() not in ("", first)  # J: the next event
