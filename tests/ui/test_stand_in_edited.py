"""An event found by a search, its date corrected there (Ctrl+D), then the search cleared:
the list jumped back to the event selected before the search, as if the user had not
worked on the one found. An edit of the event shown in place of a hidden one chooses it,
a corrected date as a note or a status does."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.main_window import MainWindow


def test_a_date_corrected_on_the_event_found_keeps_it_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    before = ws.events[0]
    window.select_event(before.id)
    assert "madrid" not in before.primary.text.lower()
    key(qtbot, window, "Ctrl+F")
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.row_of(before.id) is None)
    found = ws.event(window.current_event_id())  # the first left, shown in its place
    assert found.id == window.model.event_at(0).id != before.id
    window.event_list.table.setFocus()
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Up")  # a year later
    key(qtbot, window, "Return")
    assert ws.annotation(found.id).date is not None
    bar.search.setFocus()
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)  # the search cleared
    qtbot.waitUntil(lambda: window.model.row_of(before.id) is not None)
    assert window.current_event_id() == found.id
