"""At 1366 x 768, a note quoted with Q (the panel scrolled down to the note), then the next
event chosen: the panel stayed scrolled down, and the next event's title and date were out
of sight above, where a laptop's panel is laid out to show them first. Another event shows
the panel from its top; the same event, or a field being typed in, keeps it where it is."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.main_window import MainWindow


def test_the_next_event_shows_its_date_not_the_last_one_s_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    qtbot.wait(50)
    ws = window.workspace
    panel = window.panel
    window.select_event(ws.events[3].id)
    window.event_list.table.setFocus()
    key(qtbot, window, "N")  # the cursor in the note, scrolled to
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.value() > 0  # the panel is taller than its pane: the case this is about
    qtbot.keyClicks(panel.note_edit, "seen")
    qtbot.keyClick(panel.note_edit, Qt.Key.Key_Escape)  # back to the list
    assert window.event_list.table.hasFocus()
    key(qtbot, window, "J")  # the next event
    assert window.current_event_id() != ws.events[3].id
    assert bar.value() == 0
    assert not panel.date_label.visibleRegion().isEmpty()
