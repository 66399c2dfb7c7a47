"""Keyboard first: letter shortcuts act on the event, never on what the user is typing."""
# mypy: allow-untyped-calls

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence, QScreen
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.core.model import Precision
from viewer.ui.dialogs import EventPickerDialog, ShortcutSheet
from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog

LETTERS = [Qt.Key.Key_S, Qt.Key.Key_C, Qt.Key.Key_D, Qt.Key.Key_R, Qt.Key.Key_U, Qt.Key.Key_N]


def sheet_rows(sheet: ShortcutSheet) -> list[tuple[str, str]]:
    """(action, shortcuts) as the sheet shows them."""
    cells = sheet.table
    rows = []
    for row in range(cells.rowCount()):
        action, keys = cells.item(row, 1), cells.item(row, 2)
        assert action is not None and keys is not None
        rows.append((action.text(), keys.text()))
    return rows


def typing_fields(window: MainWindow) -> dict[str, QWidget]:
    bar = window.timeline_pane.filter_bar
    panel = window.panel
    return {
        "search": bar.search,
        "from date": bar.date_from,
        "title": panel.title_edit,
        "tags": panel.tags_edit,
        "note": panel.note_edit,
        "corrected date": panel.date_edit,
        "precision": panel.precision_combo,
    }


@pytest.mark.parametrize(
    "field", ["search", "from date", "title", "tags", "note", "corrected date", "precision"]
)
def test_letters_typed_in_a_field_do_not_annotate(
    qtbot: QtBot, window: MainWindow, field: str
) -> None:
    ws = window.workspace
    event_id = ws.events[2].id
    window.select_event(event_id)
    widget = typing_fields(window)[field]
    widget.setFocus()
    for letter in LETTERS:
        qtbot.keyClick(widget, letter)
    note = ws.annotation(event_id)
    assert note.status is Status.UNREVIEWED
    assert not note.starred
    assert widget.hasFocus()
    assert window.current_event_id() == event_id


def test_letters_in_the_list_and_the_article_still_annotate(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event_id = ws.events[2].id
    window.select_event(event_id)
    qtbot.keyClick(window.source_view.text, Qt.Key.Key_D)
    assert ws.annotation(event_id).status is Status.DISPUTED
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    assert ws.annotation(event_id).starred


def test_correct_date_and_precision_without_the_mouse(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = next(e for e in ws.events if e.date.precision is Precision.DAY)
    window.select_event(event.id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.panel.date_edit.hasFocus()
    for _section in ("year", "month", "day"):  # Tab walks the date's sections, then on
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    combo = window.panel.precision_combo
    assert combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_M)  # the combo's own search: "Month", not a shortcut
    assert combo.currentText() == "Month"
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected is not None and corrected.precision is Precision.MONTH
    assert corrected.first == event.date.first.replace(day=1)
    assert ws.annotation(event.id).status is Status.UNREVIEWED
    assert window.event_list.table.hasFocus()  # Enter hands the keys back to the list
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.annotation(event.id).date is None


def test_every_shortcut_is_in_a_menu_and_on_the_sheet(qtbot: QtBot, window: MainWindow) -> None:
    sheet = ShortcutSheet(window.actions_.shortcut_rows(), window)
    qtbot.addWidget(sheet)
    keys_on_sheet = {k for _action, cell in sheet_rows(sheet) for k in cell.split(", ")}
    in_menus = {id(a) for menu in window.menuBar().findChildren(QMenu) for a in menu.actions()}
    for action in window.findChildren(QAction):
        for keys in action.shortcuts():
            text = keys.toString(QKeySequence.SequenceFormat.NativeText)
            assert text in keys_on_sheet, f"{action.text()} ({text}) is not on the sheet"
        if action.shortcuts() and action.isVisible():
            assert id(action) in in_menus, f"{action.text()} is in no menu"


def test_help_menu_opens_the_sheet(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ShortcutSheet] = []

    def exec_(sheet: ShortcutSheet) -> int:
        shown.append(sheet)
        return 0

    monkeypatch.setattr(ShortcutSheet, "exec", exec_)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_F1)
    assert len(shown) == 1
    rows = set(sheet_rows(shown[0]))
    assert ("Star", "S") in rows
    undo_keys = next(keys for action, keys in rows if action == "Undo")
    assert "Ctrl+Z" in undo_keys.split(", ")


def _tab_walk(qtbot: QtBot, steps: int) -> list[QWidget]:
    """The widgets Tab visits, one per key, from the one with the focus."""
    visited = []
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return visited


def test_tab_leaves_the_list_and_goes_round_the_window_as_laid_out(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Tab walked the list's cells (every seventh Tab another event) and never left it; the
    panel's date came after its note, the article's source buttons after the panel."""
    window.resize(1366, 768)
    event = window.workspace.events[2]
    window.select_event(event.id)
    window.event_list.table.setFocus()
    visited = _tab_walk(qtbot, 60)
    assert visited[1] is not window.event_list.table
    assert window.current_event_id() == event.id
    names = [w.accessibleName() for w in visited]
    cycle = names[: names.index("Events", 1) + 1]
    in_order = [
        "Events",
        "Article text",
        "Event title",
        "Corrected date",
        "Precision of the corrected date",
        "Tags",
        "Note",
        "Search events",
        "From date",
        "Status filter",
        "Timeline",
        "Lanes",
        "Events",
    ]
    assert _dedupe(cycle, in_order) == in_order
    source_button = window.source_view.source_buttons[0]
    # the date's button ends the row of sources: Tab visits it after them, then the text
    assert visited.index(source_button) + 1 == visited.index(window.source_view.date_button)
    assert visited.index(window.source_view.date_button) < names.index("Article text")
    assert all(w.accessibleName() or not w.inherits("QScrollArea") for w in visited)


def _dedupe(names: list[str], wanted: list[str]) -> list[str]:
    """The names of `wanted` in the order met, once a run (a date takes a Tab per part)."""
    out: list[str] = []
    for name in names:
        if name in wanted and (not out or out[-1] != name):
            out.append(name)
    return out


def test_each_dialog_fits_the_screen_with_its_buttons(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 150% on a 1366 x 768 laptop (or a 144-dpi font) the screen is 910 x 512: the
    shortcuts' sheet was 620 high, its Close button below the screen's edge."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 910, 512))
    ws = window.workspace
    dialogs: list[QDialog] = [
        ShortcutSheet(window.actions_.shortcut_rows(), window),
        EventPickerDialog(ws, ws.events[-1], window),
        PictureExportDialog(window.timeline_pane.timeline, ws, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.height() <= 512 - 40, type(dialog).__name__  # a title bar, a frame
        assert dialog.width() <= 910, type(dialog).__name__
