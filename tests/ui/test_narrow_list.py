"""On an 800-pixel screen the event list gives its titles room before its Sure, Notes and ✓
columns (the annotation panel shows those for the selected event)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.ui.test_timeline_cards import laptop
from viewer.ui.event_model import Column
from viewer.workspace import Workspace


def test_on_an_800_pixel_screen_the_titles_get_room_before_sure_notes_and_status(
    qtbot: QtBot, workspace: Workspace
) -> None:
    window = laptop(qtbot, workspace, 800, 600)
    table = window.event_list.table
    assert table.columnWidth(Column.TITLE) >= 80  # "The Russia…", was one letter
    assert table.isColumnHidden(Column.SURE)  # the panel shows it for the selected event
    window.resize(1440, 900)
    qtbot.waitUntil(lambda: not table.isColumnHidden(Column.SURE))
    assert not table.isColumnHidden(Column.MARKS) and not table.isColumnHidden(Column.STATUS)
    assert table.columnWidth(Column.SURE) == 44
