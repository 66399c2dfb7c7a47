"""The annotation panel on a laptop screen, used from the keyboard and the mouse wheel: the
field a shortcut goes to is scrolled into view, Enter and Escape in the title go back to the
list as they do in the other fields, and the wheel scrolls the panel rather than change the
date under the pointer."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.core.annotations import Status
from viewer.core.model import DateValue, Precision
from viewer.store import Project
from viewer.ui.main_window import MainWindow


def _laptop(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.reset_layout()
    qtbot.wait(50)


def in_view(window: MainWindow, widget: QWidget) -> bool:
    """Whether the top of a panel field is on screen in the panel's scrolled area."""
    viewport = window.panel.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + min(widget.height(), 30) <= viewport.height()


def test_a_shortcut_scrolls_its_field_into_view(qtbot: QtBot, window: MainWindow) -> None:
    _laptop(qtbot, window)
    panel = window.panel
    window.select_event(window.workspace.events[2].id)
    assert not in_view(window, panel.note_edit)  # a laptop's panel shows the date first

    key(qtbot, window, "N")  # Event › Edit Note
    assert panel.note_edit.hasFocus()
    assert in_view(window, panel.note_edit)

    key(qtbot, window, "Escape")
    key(qtbot, window, "F2")  # Event › Edit Title, at the top again
    assert panel.title_edit.hasFocus()
    assert in_view(window, panel.title_edit)
    key(qtbot, window, "Escape")
    key(qtbot, window, "T")  # Event › Add Tag
    assert in_view(window, panel.tags_edit)


def test_enter_in_the_title_saves_it_and_goes_back_to_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = ws.events[2]
    window.select_event(event.id)
    key(qtbot, window, "F2")
    qtbot.keyClicks(window.panel.title_edit, "Troops arrive in Poland")
    qtbot.keyClick(window.panel.title_edit, Qt.Key.Key_Return)
    assert ws.annotation(event.id).title == "Troops arrive in Poland"
    assert window.event_list.table.hasFocus()

    key(qtbot, window, "S")  # the next key is a shortcut again, not more title
    assert ws.annotation(event.id).starred
    assert ws.annotation(event.id).title == "Troops arrive in Poland"


def test_escape_in_the_title_puts_it_back_and_goes_back_to_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = ws.events[2]
    window.select_event(event.id)
    shown = window.panel.title_edit.text()
    key(qtbot, window, "F2")
    qtbot.keyClicks(window.panel.title_edit, "half a tit")
    qtbot.keyClick(window.panel.title_edit, Qt.Key.Key_Escape)
    assert window.event_list.table.hasFocus()
    assert ws.annotation(event.id).title is None
    assert window.panel.title_edit.text() == shown


def test_a_title_being_typed_is_on_disk_before_enter_and_escape_still_undoes_it(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    """A title typed when the program was killed (kill -9, a power cut) was lost: only Enter
    or leaving the field saved it, where the note and the tags are saved at every key."""
    ws = window.workspace
    event = ws.events[2]
    window.select_event(event.id)
    key(qtbot, window, "F2")
    qtbot.keyClicks(window.panel.title_edit, "Troops arrive in Pol")
    with Project.open(project_path) as store:  # what a reopening after a crash finds
        stored = store.annotation(event.id)
    assert stored is not None and stored.title == "Troops arrive in Pol"
    qtbot.keyClicks(window.panel.title_edit, "and")
    qtbot.keyClick(window.panel.title_edit, Qt.Key.Key_Escape)
    assert ws.annotation(event.id).title is None
    window.undo_stack.redo()  # the whole title again, one step
    assert ws.annotation(event.id).title == "Troops arrive in Poland"
    window.undo_stack.undo()
    assert ws.annotation(event.id).title is None


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_date_fields_scrolls_the_panel(qtbot: QtBot, window: MainWindow) -> None:
    _laptop(qtbot, window)
    panel = window.panel
    event = next(e for e in window.workspace.events if e.date.precision is Precision.DAY)
    window.select_event(event.id)
    window.event_list.table.setFocus()
    day, precision = panel.date_edit.date(), panel.precision_combo.currentIndex()
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    for field in (panel.date_edit, panel.precision_combo):
        _wheel_down(field)
    assert panel.date_edit.date() == day
    assert panel.precision_combo.currentIndex() == precision
    assert bar.value() > 0
    assert not panel.date_edit.hasFocus()


def test_with_no_event_shown_the_panel_shows_no_earlier_event_s_date_or_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.panel
    event = window.workspace.events[2]
    window.select_event(event.id)
    panel.set_status(Status.CONFIRMED)
    panel.date_correction.show(DateValue.day(date(2022, 3, 9)))
    panel.apply_corrected_date()
    assert panel.date_correction.date_edit.text() == "2022-03-09"

    panel.show_event(None)
    assert panel.date_label.text() == "Select an event"
    assert panel.date_correction.date_edit.text().strip() == ""
    assert not any(button.isChecked() for button in panel.status_buttons.values())

    window.select_event(event.id)  # and back: its own date and status again
    assert panel.date_correction.date_edit.text() == "2022-03-09"
    assert panel.status_buttons[Status.CONFIRMED].isChecked()


def test_a_long_title_left_by_tab_reads_from_its_start(qtbot: QtBot, window: MainWindow) -> None:
    """Tabbing through the panel selected the whole title and left it showing its tail
    ("hern Arizona and southern Utah have…")."""
    event = max(window.workspace.events, key=lambda e: len(window.workspace.effective(e).title))
    window.select_event(event.id)
    edit = window.panel.title_edit
    edit.setFixedWidth(edit.fontMetrics().horizontalAdvance(edit.text()) // 3)
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    edit.selectAll()  # as Tab into it does: the cursor at its end
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert not edit.hasFocus()
    qtbot.waitUntil(lambda: edit.cursorPosition() == 0)
