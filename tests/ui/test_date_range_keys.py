"""The date range by keyboard: Tab goes from the From date to the To date (it stopped on the
From date's × first, and a date typed straight after Tab went nowhere); the × buttons come
after both dates."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def test_tab_from_the_from_date_goes_to_the_to_date_and_typing_sets_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.timeline_pane.filter_bar
    bar.date_from.setFocus()
    qtbot.waitUntil(bar.date_from.hasFocus)
    qtbot.wait(10)  # the field selects its first part once focused
    qtbot.keyClicks(bar.date_from, "2022-03-01")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is bar.date_to
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_to, "2022-06-30")
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Return)

    assert bar.filter().date_from == date(2022, 3, 1)
    assert bar.filter().date_to == date(2022, 6, 30)


def test_the_clear_buttons_come_after_both_dates(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.timeline_pane.filter_bar
    bar.date_to.setFocus()
    qtbot.waitUntil(bar.date_to.hasFocus)
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_to, "2022-06-30")  # Tab leaves the field from its last part
    reached: list[QToolButton] = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        assert isinstance(widget, QToolButton), widget
        reached.append(widget)
    assert [w.accessibleName() for w in reached] == ["Clear from date", "Clear to date"]


def test_tab_from_the_search_past_empty_dates_reaches_the_filter_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Each empty date field took three Tabs (the parts of the day it offers): the Status
    button was seven Tabs from the search."""
    bar = window.timeline_pane.filter_bar
    bar.focus_search()
    qtbot.waitUntil(bar.search.hasFocus)
    visited = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    assert visited[:2] == [bar.date_from, bar.date_to]
    assert bar.status_button in visited
    assert bar.filter().date_from is None and bar.filter().date_to is None  # passed, not set
    assert bar.date_from.is_empty() and bar.date_to.is_empty()
