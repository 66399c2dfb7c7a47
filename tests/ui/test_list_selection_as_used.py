"""The event list highlights the event the window shows, whatever selected it: a click on the
row only half shown at the bottom, or an event the filters hide (a new event from a passage
while a search is on), and again once the filters show it."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_editing_events import uncovered_words
from viewer.ui.event_list import ROW_HEIGHT
from viewer.ui.event_model import EVENT_ID_ROLE, Column
from viewer.ui.main_window import MainWindow


def highlighted(window: MainWindow) -> list[str]:
    """The ids of the rows the list shows selected."""
    rows = window.event_list.table.selectionModel().selectedRows(Column.TITLE)
    return [str(index.data(EVENT_ID_ROLE)) for index in rows]


def test_a_click_on_the_half_shown_last_row_selects_that_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = window.event_list.table
    frame = table.horizontalHeader().height() + 2 * table.frameWidth()
    table.setFixedHeight(frame + 8 * ROW_HEIGHT + ROW_HEIGHT // 2)  # eight rows and a half
    qtbot.waitUntil(lambda: table.viewport().height() < 9 * ROW_HEIGHT)
    viewport = table.viewport()
    row = table.rowAt(viewport.height() - 2)
    rect = table.visualRect(window.model.index(row, Column.TITLE))
    assert rect.bottom() > viewport.height()  # only its top shows
    clicked = str(window.model.index(row, Column.TITLE).data(EVENT_ID_ROLE))

    qtbot.mouseClick(
        viewport, Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x(), rect.top() + 3)
    )

    assert window.current_event_id() == clicked
    assert highlighted(window) == [clicked]
    assert window.panel.event_id() == clicked


def test_a_new_event_the_search_hides_leaves_no_other_row_highlighted(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    doc, start, end = uncovered_words(window)
    shown = next(e for e in ws.events if e.primary.document_id == doc.id)
    window.select_event(shown.id)
    search = window.timeline_pane.filter_bar.search
    title_word = max(shown.title.split(), key=len)
    search.setText(title_word)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() < len(ws.events))
    window.select_event(shown.id)
    assert highlighted(window) == [shown.id]

    window.source_view.select_text(start, end)
    qtbot.keyClick(window.source_view.text, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    created = window.current_event_id()
    assert created != shown.id
    if window.model.row_of(created) is None:  # the search hides it
        assert highlighted(window) == []

    search.clear()  # every event shown again: the list highlights the new one
    qtbot.waitUntil(lambda: window.model.rowCount() == len(ws.events))
    assert window.current_event_id() == created
    assert highlighted(window) == [created]
    row = window.model.row_of(created)
    assert row is not None
    window.event_list.step(1)  # J goes on from it
    assert window.current_event_id() == window.model.events()[row + 1].id


def test_a_search_that_hides_the_selected_event_shows_what_it_found_from_the_top(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    window.resize(1280, 520)  # a few rows of the list in sight
    first = window.model.events()[0]
    window.select_event(first.id)
    table = window.event_list.table
    table.scrollToBottom()  # the user reads on down the list
    mine = ws.search_texts()[ws.timeline_columns().index_of(first.id)]
    word = next(w for w in ("said", "will", "troops", "summit") if w.encode() not in mine)
    qtbot.keyClicks(window.timeline_pane.filter_bar.search, word)
    qtbot.waitUntil(lambda: window.model.rowCount() < len(ws.events))
    assert window.model.row_of(first.id) is None
    assert table.verticalScrollBar().maximum() > 0  # more found than the rows in sight
    assert table.verticalScrollBar().value() == 0  # its first finds, not the end of them
