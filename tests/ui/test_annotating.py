"""Annotating from the keyboard: every edit saved at once, undoable, and there after reopening."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.core.model import DateValue, Event, Precision
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

UNDO = "Ctrl+Z"
REDO = "Ctrl+Shift+Z"


def key(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """Press a shortcut where the user's focus is (the event list unless they moved it)."""
    target = QApplication.focusWidget() or window.event_list.table
    if "+" in keys:
        *mods, last = keys.split("+")
        modifiers = Qt.KeyboardModifier.NoModifier
        for mod in mods:
            modifiers |= {
                "Ctrl": Qt.KeyboardModifier.ControlModifier,
                "Shift": Qt.KeyboardModifier.ShiftModifier,
            }[mod]
        qtbot.keyClick(target, getattr(Qt.Key, f"Key_{last}"), modifiers)
    else:
        qtbot.keyClick(target, getattr(Qt.Key, f"Key_{keys}"))


def test_a_typed_note_survives_closing_and_is_exported(
    qtbot: QtBot, window: MainWindow, project_path: Path, seeds: Path, tmp_path: Path
) -> None:
    event_id = window.workspace.events[3].id
    window.select_event(event_id)
    key(qtbot, window, "N")
    assert window.panel.note_edit.hasFocus()
    qtbot.keyClicks(window.panel.note_edit, "Check against the Pentagon release")
    window.close()

    reopened = Workspace.open([seeds], project_path=project_path)
    try:
        reopened.load_all()
        assert reopened.annotation(event_id).note == "Check against the Pentagon release"
        out = tmp_path / "out.csv"
        reopened.export_csv(out)
        with out.open(encoding="utf-8", newline="") as handle:
            rows = {r["event_id"]: r for r in csv.DictReader(handle)}
        assert rows[event_id]["note"] == "Check against the Pentagon release"
    finally:
        reopened.close()


def test_a_reopened_window_shows_the_note(
    qtbot: QtBot, window: MainWindow, project_path: Path, seeds: Path
) -> None:
    event_id = window.workspace.events[0].id
    window.select_event(event_id)
    key(qtbot, window, "N")
    qtbot.keyClicks(window.panel.note_edit, "seen twice")
    key(qtbot, window, "Escape")
    assert window.event_list.table.hasFocus()
    window.close()

    reopened = Workspace.open([seeds], project_path=project_path)
    reopened.load_all()
    second = MainWindow(reopened)
    qtbot.addWidget(second)
    second.select_event(event_id)
    assert second.panel.note_edit.toPlainText() == "seen twice"
    second.close()
    reopened.close()


def test_note_typing_is_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event_id = ws.events[0].id
    window.select_event(event_id)
    key(qtbot, window, "N")
    qtbot.keyClicks(window.panel.note_edit, "first")
    window.panel.flush()  # nothing left to save: every key was
    qtbot.keyClicks(window.panel.note_edit, " second")
    key(qtbot, window, "Escape")
    assert ws.annotation(event_id).note == "first second"
    key(qtbot, window, UNDO)
    assert ws.annotation(event_id).note == ""
    assert window.panel.note_edit.toPlainText() == ""
    key(qtbot, window, REDO)
    assert ws.annotation(event_id).note == "first second"


def test_star_and_status_by_keyboard_with_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event_id = ws.events[2].id
    window.select_event(event_id)
    key(qtbot, window, "S")
    assert ws.annotation(event_id).starred
    assert window.panel.star_box.isChecked()
    assert "1 starred" in window.counts.text()
    for letter, status in (("C", Status.CONFIRMED), ("D", Status.DISPUTED)):
        key(qtbot, window, letter)
        assert ws.annotation(event_id).status is status
        assert window.panel.status_buttons[status].isChecked()
    key(qtbot, window, "U")
    assert ws.annotation(event_id).status is Status.UNREVIEWED

    key(qtbot, window, UNDO)
    assert ws.annotation(event_id).status is Status.DISPUTED
    key(qtbot, window, UNDO)
    key(qtbot, window, UNDO)
    assert ws.annotation(event_id).status is Status.UNREVIEWED
    assert ws.annotation(event_id).starred
    key(qtbot, window, UNDO)
    assert not ws.annotation(event_id).starred
    key(qtbot, window, REDO)
    assert ws.annotation(event_id).starred
    key(qtbot, window, REDO)
    assert ws.annotation(event_id).status is Status.CONFIRMED


def test_reject_hides_the_event_and_undo_brings_it_back(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    rejected, following = ws.events[4].id, ws.events[5].id
    window.select_event(rejected)
    key(qtbot, window, "R")
    assert ws.annotation(rejected).status is Status.REJECTED
    assert window.model.row_of(rejected) is None
    assert window.current_event_id() == following
    key(qtbot, window, UNDO)
    assert ws.annotation(rejected).status is Status.UNREVIEWED
    assert window.model.row_of(rejected) is not None
    assert window.current_event_id() == rejected


def test_tags_by_keyboard_with_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event_id = ws.events[1].id
    window.select_event(event_id)
    key(qtbot, window, "T")
    qtbot.keyClicks(window.panel.tags_edit, "troops, nato")
    key(qtbot, window, "Return")
    assert ws.annotation(event_id).tags == ("troops", "nato")
    assert window.event_list.table.hasFocus()
    key(qtbot, window, "T")
    qtbot.keyClicks(window.panel.tags_edit, "madrid")
    key(qtbot, window, "Return")
    assert ws.annotation(event_id).tags == ("troops", "nato", "madrid")
    key(qtbot, window, UNDO)
    assert ws.annotation(event_id).tags == ("troops", "nato")
    assert window.panel.tags_edit.text() == "troops, nato"
    key(qtbot, window, REDO)
    assert ws.annotation(event_id).tags == ("troops", "nato", "madrid")


def test_corrected_date_by_keyboard_with_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = ws.events[3]
    window.select_event(event.id)
    key(qtbot, window, "Ctrl+D")
    assert window.panel.date_edit.hasFocus()
    key(qtbot, window, "Up")  # the year section is selected: one year later
    key(qtbot, window, "Return")
    corrected = ws.annotation(event.id).date
    assert corrected is not None
    assert corrected.first.year == ws.effective(event).date.first.year == event.date.first.year + 1
    assert "corrected" in window.panel.date_label.text()
    key(qtbot, window, UNDO)
    assert ws.annotation(event.id).date is None
    key(qtbot, window, REDO)
    assert ws.annotation(event.id).date == corrected
    window.panel.clear_date_button.click()
    assert ws.annotation(event.id).date is None


def test_title_edit_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = ws.events[0]
    window.select_event(event.id)
    key(qtbot, window, "F2")
    qtbot.keyClicks(window.panel.title_edit, "Milley visits airfield")
    key(qtbot, window, "Return")
    window.focus_list()
    assert ws.effective(event).title == "Milley visits airfield"
    key(qtbot, window, UNDO)
    assert ws.effective(event).title == event.title


def _ranged(ws: Workspace) -> Event:
    return next(e for e in ws.events if e.date.precision is Precision.RANGE)


def test_an_event_found_as_a_range_shows_both_ends_and_enter_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = _ranged(ws)  # "late February": 19 to 28 February 2022
    window.select_event(event.id)
    panel = window.panel
    assert panel.precision_combo.currentText() == "Range"
    assert panel.date_edit.date().toPython() == event.date.first
    assert panel.end_edit.date().toPython() == event.date.last
    assert panel.end_edit.isVisibleTo(panel)
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Return")
    assert ws.annotation(event.id).date is None  # the same range: nothing to correct


def test_a_range_is_corrected_by_its_two_ends_and_exported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    ws = window.workspace
    event = next(e for e in ws.events if e.date.precision is Precision.DAY)
    window.select_event(event.id)
    panel = window.panel
    assert panel.precision_combo.currentText() == "Day"
    assert not panel.end_edit.isVisibleTo(panel)  # a single day has no last day to type
    panel.precision_combo.setCurrentIndex(panel.precision_combo.findText("Range"))
    assert panel.end_edit.isVisibleTo(panel)
    panel.date_edit.setDate(QDate(2022, 3, 20))  # typed the wrong way round
    panel.end_edit.setDate(QDate(2022, 3, 1))
    qtbot.keyClick(panel.end_edit, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected == DateValue(date(2022, 3, 1), date(2022, 3, 20), Precision.RANGE)
    assert "1–20 Mar 2022" in panel.date_label.text()
    out = tmp_path / "out.csv"
    ws.export_csv(out)
    with out.open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["event_id"] == event.id)
    assert (row["date"], row["date_end"], row["precision"]) == (
        "2022-03-01",
        "2022-03-20",
        "range",
    )


def test_a_range_of_one_day_is_that_day(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = _ranged(ws)
    window.select_event(event.id)
    panel = window.panel
    panel.end_edit.setDate(panel.date_edit.date())
    qtbot.keyClick(panel.date_edit, Qt.Key.Key_Return)
    assert ws.annotation(event.id).date == DateValue.day(event.date.first)
