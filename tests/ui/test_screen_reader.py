"""What a screen reader says: the list's signs in words, the timeline's selected event with
its status, and the passage the article highlights, which the screen tells by colour only."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow


def spoken(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface


def said(interface: QAccessibleInterface) -> str:
    name = interface.text(QAccessible.Text.Name)
    return f"{name}. {interface.text(QAccessible.Text.Description)}"


def cell_names(window: MainWindow, row: int) -> dict[Column, str]:
    """Each cell of a list row as read out (row 0 of the interface's children: headers)."""
    table = spoken(window.event_list.table)
    found: dict[Column, str] = {}
    for k in range(table.childCount()):
        child = table.child(k)
        if child is None or child.role() != QAccessible.Role.Cell:
            continue
        cell = child.tableCellInterface()
        if cell is not None and cell.rowIndex() == row:
            found[Column(cell.columnIndex())] = child.text(QAccessible.Text.Name)
    return found


def test_the_list_s_cells_describe_what_their_tooltips_tell(window: MainWindow) -> None:
    table = spoken(window.event_list.table)
    described = {}
    for k in range(table.childCount()):
        child = table.child(k)
        cell = child.tableCellInterface() if child is not None else None
        if child is not None and cell is not None and cell.rowIndex() == 0:
            described[Column(cell.columnIndex())] = child.text(QAccessible.Text.Description)
    # "80%" of what: the tooltip says, a screen reader did not
    assert described[Column.SURE].startswith("Sure it is a reported happening: ")
    assert "Sure of its date: " in described[Column.SURE]
    event = window.event_list.model.event_at(0)
    assert described[Column.TITLE] == " ".join(event.primary.text.split())


def header_names(window: MainWindow) -> list[str]:
    table = spoken(window.event_list.table)
    children = [table.child(k) for k in range(table.childCount())]
    return [
        c.text(QAccessible.Text.Name)
        for c in children
        if c is not None and c.role() == QAccessible.Role.ColumnHeader
    ]


def test_the_list_reads_its_star_status_and_marks_as_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.event_list.select_row(0)
    for key in (Qt.Key.Key_S, Qt.Key.Key_C, Qt.Key.Key_T):
        qtbot.keyClick(window.event_list.table, key)
    qtbot.keyClicks(window.panel.tags_edit, "navy")
    qtbot.keyClick(window.panel.tags_edit, Qt.Key.Key_Return)
    window.event_list.table.setFocus()
    row = window.event_list.model.row_of(window.event_list.current_event_id())
    assert row is not None
    cells = cell_names(window, row)
    # "★", "✓" and "#navy" were read as signs; an unstarred event's empty cell as nothing
    assert cells[Column.STAR] == "starred"
    assert cells[Column.STATUS] == "confirmed"
    assert cells[Column.MARKS] == "#navy"
    assert cell_names(window, row + 1)[Column.STAR] == "not starred"
    assert "Starred" in header_names(window) and "Review status" in header_names(window)


def test_the_timeline_says_which_event_is_selected_and_its_status(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = window.timeline_pane.timeline
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    event_id = view.selected_id()
    title = window.workspace.effective(window.workspace.event(event_id)).title
    qtbot.keyClick(view, Qt.Key.Key_D)  # disputed: told by an orange stripe on its card
    text = said(spoken(view))
    assert text.startswith("Timeline. ") and title in text, text
    assert "disputed" in text and "Left and Right move between events" in text


def test_the_article_says_which_passage_is_highlighted(window: MainWindow) -> None:
    event = window.workspace.events[3]
    window.select_event(event.id)
    text = said(spoken(window.source_view.text))
    words = " ".join(event.primary.text.split())
    assert text.startswith("Article text. Highlighted passage: ")
    assert words[:40] in text, text


def test_the_window_s_panes_are_named(window: MainWindow) -> None:
    panes = [
        window.timeline_pane.timeline,
        window.event_list.table,
        window.source_view,
        window.panel,
    ]
    # the article and the event's details were nameless groups
    names = [spoken(pane).text(QAccessible.Text.Name) for pane in panes]
    assert names == ["Timeline", "Events", "Article", "Event details"]


def test_the_docks_tables_are_named(window: MainWindow) -> None:
    """The Orphans table was a nameless table to a screen reader (the Documents one had its
    name): what an annotation lost is listed there."""
    tables = [window.documents_dock.table, window.orphans_dock.table]
    names = [spoken(table).text(QAccessible.Text.Name) for table in tables]
    assert names == ["Documents", "Orphans"]
