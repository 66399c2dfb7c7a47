"""A date typed in words ("1 Nov 2025", "Nov 2025") in the corrected date and in the date
filter, by keyboard: Enter in the corrected date applied the date shown before the words were
read (nothing was corrected, though the field then showed the typed day), and Tab walked the
date's parts while the words went on being typed ("1 Nov 2025" then Tab and "d" for Day read
"1 Nov 2025d")."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.core.model import Precision
from viewer.ui.main_window import MainWindow


def _correct_date(qtbot: QtBot, window: MainWindow, precision: Precision) -> str:
    """Ctrl+D on an event of that precision; its id."""
    event = next(e for e in window.workspace.events if e.date.precision is precision)
    window.select_event(event.id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.date_edit.hasFocus()
    qtbot.wait(10)  # the field selects its first part once focused
    return event.id


def test_a_day_typed_in_words_and_entered_corrects_the_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    event_id = _correct_date(qtbot, window, Precision.WEEK)
    qtbot.keyClicks(window.panel.date_edit, "1 Nov 2025")
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)

    corrected = window.workspace.annotation(event_id).date
    assert corrected is not None
    assert (corrected.first, corrected.precision) == (date(2025, 11, 1), Precision.DAY)
    assert window.event_list.table.hasFocus()  # Enter hands the keys back to the list


def test_words_that_name_no_date_yet_wait_in_the_field(qtbot: QtBot, window: MainWindow) -> None:
    event_id = _correct_date(qtbot, window, Precision.DAY)
    qtbot.keyClicks(window.panel.date_edit, "1 Nov 2025x")
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)
    assert window.workspace.annotation(event_id).date is None
    assert window.panel.date_edit.hasFocus()
    assert "not a date yet" in window.panel.date_edit.toolTip()


def test_a_month_typed_in_words_then_tab_goes_on_to_its_precision(
    qtbot: QtBot, window: MainWindow
) -> None:
    event_id = _correct_date(qtbot, window, Precision.DAY)
    qtbot.keyClicks(window.panel.date_edit, "Nov 2025")
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Tab)
    combo = window.panel.precision_combo
    assert combo.hasFocus()
    assert combo.currentText() == "Month"  # as the words said
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    corrected = window.workspace.annotation(event_id).date
    assert corrected is not None
    assert (corrected.first, corrected.last) == (date(2025, 11, 1), date(2025, 11, 30))
    assert corrected.precision is Precision.MONTH


def test_tab_after_a_from_date_typed_in_words_goes_to_the_to_date(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.timeline_pane.filter_bar
    bar.date_from.setFocus()
    qtbot.waitUntil(bar.date_from.hasFocus)
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_from, "1 Mar 2022")
    qtbot.keyClick(bar.date_from, Qt.Key.Key_Tab)  # taken, and on to the To date
    assert QApplication.focusWidget() is bar.date_to
    qtbot.wait(10)
    qtbot.keyClicks(bar.date_to, "Jun 2022")
    qtbot.keyClick(bar.date_to, Qt.Key.Key_Return)
    assert (bar.filter().date_from, bar.filter().date_to) == (date(2022, 3, 1), date(2022, 6, 30))

    qtbot.keyClick(bar.date_to, Qt.Key.Key_Tab)  # after Enter took the words: on, not a part
    assert QApplication.focusWidget() is not bar.date_to
