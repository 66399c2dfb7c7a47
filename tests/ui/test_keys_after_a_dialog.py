"""Keys on opening and after a dialog: on a desktop with no window manager to give the
window the keyboard (a bare X server, a kiosk), it had none until clicked, and lost it to
every dialog that closed. The Set Date dialog answered, J (next event), S (star) and Ctrl+F
did nothing while the arrows still moved the list, and the letters typed for a shortcut
jumped the list to events starting with them."""
# mypy: allow-untyped-calls

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.ui import app
from viewer.ui.main_window import MainWindow


def _close_when_up(qtbot: QtBot) -> None:
    """Close the dialog about to open with Escape once it is up (a loaded machine is slow)."""

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, close)
            return
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, close)


def test_shortcuts_work_again_once_a_dialog_is_closed(qtbot: QtBot, window: MainWindow) -> None:
    first = window.current_event_id()
    _close_when_up(qtbot)
    window.show_shortcuts()  # Help › Keyboard Shortcuts, closed with Escape
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_J)
    assert window.current_event_id() != first  # J went to the next event
    assert QApplication.focusWidget() is window.event_list.table


def test_a_message_box_hands_the_keyboard_back(qtbot: QtBot, window: MainWindow) -> None:
    _close_when_up(qtbot)
    window._edit_failed("That date is not one the calendar has.")
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    assert window.workspace.annotation(window.current_event_id()).starred


def test_the_window_asks_for_the_keyboard_when_it_opens(
    qtbot: QtBot,
    messages: list[str],
    opened_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opened on a bare X server, the window had no keyboard until clicked: J did nothing."""
    asked: list[MainWindow] = []
    activate = MainWindow.activateWindow

    def asking(window: MainWindow) -> None:
        asked.append(window)
        activate(window)

    monkeypatch.setattr(MainWindow, "activateWindow", asking)
    app.application()
    window = app.open_window([], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert asked[:1] == [window]
