"""An analyst building a chronology from a folder of articles, with the keyboard and on a
laptop's screen: what got in the way of checking each event against every source."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.core.merge import _rank
from viewer.core.strip_layout import StripLayout
from viewer.core.strip_packing import Card, Cluster
from viewer.ui.cluster_popup import cluster_to_open
from viewer.ui.dialogs import EventPickerDialog, ShortcutSheet
from viewer.ui.event_model import EVENT_ID_ROLE, Column
from viewer.ui.main_window import MainWindow
from viewer.ui.menus import EXTRA_SHORTCUTS
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.ui.picture_export import picture_of


def _most_reported(window: MainWindow) -> str:
    """The event reported by the most articles, each once."""
    once = [
        e
        for e in window.workspace.events
        if len({p.document_id for p in e.passages}) == len(e.passages)
    ]
    return max(once, key=lambda e: len(e.passages)).id


def _buttons_in_sight(window: MainWindow) -> bool:
    row = window.source_view._buttons.scroll  # the row they scroll in
    seen = row.viewport()
    for button in window.source_view.source_buttons:
        left = button.mapTo(seen, QPoint(0, 0)).x()
        if left < 0 or left + button.width() > seen.width():
            return False
    return True


def test_every_source_button_is_in_sight_on_a_laptop(qtbot: QtBot, window: MainWindow) -> None:
    """At 1366 × 768 an event of three sources showed one button and a scroll bar: the other
    sources, the ones to check it against, were out of sight. Each button is cut to its share
    of the row, its whole name in its tooltip."""
    event_id = _most_reported(window)
    window.resize(1366, 768)
    window.select_event(event_id)
    buttons = window.source_view.source_buttons
    assert len(buttons) >= 2
    qtbot.wait(200)  # the row laid out
    assert window.source_view._buttons.scroll.horizontalScrollBar().maximum() == 0
    assert _buttons_in_sight(window)
    texts = [b.text() for b in buttons]
    assert len(set(texts)) == len(texts)  # still told apart
    assert all(b.accessibleName() for b in buttons)  # the whole name, for a screen reader
    assert all(b.accessibleName() in b.toolTip() for b in buttons)


def _chip(x: float, x0: float, x1: float, first_year: int) -> Cluster:
    day = date(first_year, 1, 1).toordinal()
    rows = np.array([first_year], dtype=np.int64)
    return Cluster(rows, 0, x, 20.0, 160.0, 18.0, x0, x1, "span", day, day + 400, 0)


def test_enter_on_the_timeline_lists_the_cluster_nearest_the_event_in_time() -> None:
    """Twelve articles of 1947–1998: Enter on the card of an event of 1985 listed "18 events ·
    1 Jul 1997 – 22 Feb 1998", whose chip was drawn nearest the card, not the chip of the
    events of 1976–1990 around it, packed aside to the left of the crowd."""
    card = Card(7, 0, 350.0, 40.0, 190.0, 40.0, 1000.0, 0, 0)
    around = _chip(410.0, 700.0, 1050.0, 1976)  # its events reach from 1976 to 1990
    later = _chip(850.0, 1180.0, 1290.0, 1997)  # drawn nearer the card, its events 12 years on
    layout = StripLayout([card], [around, later], [], 300.0, np.array([], dtype=np.int64))
    assert cluster_to_open(layout, 7, 600.0) is around
    assert cluster_to_open(layout, -1, 1200.0) is later  # nothing selected: the view's middle


def test_the_shortcut_sheet_shows_every_key(qtbot: QtBot, window: MainWindow) -> None:
    """Help › Keyboard Shortcuts cut its Shortcut column at "Ctrl+Shift+" behind a scroll bar,
    at 1366 × 768 and at 1440 × 900 alike: the one column the sheet is opened for."""
    sheet = ShortcutSheet(window.actions_.shortcut_rows() + EXTRA_SHORTCUTS, window)
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    table = sheet.table
    assert table.horizontalScrollBar().maximum() == 0
    keys = table.horizontalHeader().sectionViewportPosition(2) + table.columnWidth(2)
    assert keys <= table.viewport().width()


def test_delete_rejects_the_selected_event_as_r_does(qtbot: QtBot, window: MainWindow) -> None:
    """Rejecting what is not an event, done fifty times in an hour: Delete in the list or on
    the timeline did nothing. It rejects, as R does, and Ctrl+Z undoes; in a field it still
    deletes a character."""
    table = window.event_list.table
    first = window.current_event_id()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.workspace.annotation(first).status is Status.REJECTED
    assert window.model.row_of(first) is None  # hidden, as every rejected event is
    assert "Ctrl+Z undoes" in window.statusBar().currentMessage()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.annotation(first).status is Status.UNREVIEWED

    second = window.current_event_id()
    timeline = window.timeline_pane.timeline
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    assert window.workspace.annotation(second).status is Status.REJECTED
    qtbot.keyClick(timeline, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    third = window.current_event_id()
    tags = window.panel.tags_edit
    tags.setFocus()
    qtbot.keyClicks(tags, "arson")
    qtbot.keyClick(tags, Qt.Key.Key_Home)
    qtbot.keyClick(tags, Qt.Key.Key_Delete)
    assert tags.text() == "rson"
    assert window.workspace.annotation(third).status is Status.UNREVIEWED


def test_a_picture_with_no_filter_on_says_none_is(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """One event rejected, nothing searched or filtered: the picture's dialog said "A search
    or filter is on" and the picture, for the editor, "filtered: 54 of 55 events". Rejected
    events are hidden as they always are; only a search or filter is told."""
    rejected = window.current_event_id()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)
    assert window.model.row_of(rejected) is None
    dialog = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    assert dialog.filter_label.isHidden()
    data, mask = window.timeline_pane.timeline.shown()
    assert "filtered" not in picture_of(data, mask).headline

    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    shown, total = window.model.rowCount(), len(window.workspace.events) - 1
    searched = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    assert f"the {shown} events it lets through, of {total}" in searched.filter_label.text()
    data, mask = window.timeline_pane.timeline.shown()
    assert f"filtered: {shown} of {total} events" in picture_of(data, mask).headline


def test_home_and_end_in_the_list_go_to_the_first_and_last_event(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Home and End moved along the columns of the selected row, which is selected whole: the
    selection stayed where it was."""
    table = window.event_list.table
    model = window.model
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_End)
    assert window.current_event_id() == model.index(model.rowCount() - 1, 0).data(EVENT_ID_ROLE)
    qtbot.keyClick(table, Qt.Key.Key_Home)
    assert window.current_event_id() == model.index(0, 0).data(EVENT_ID_ROLE)


def test_escape_in_the_search_clears_it_and_goes_back_to_the_list(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Escape in the search did nothing: the events it hid stayed hidden until the words were
    selected and deleted. It clears the search, and the list has the keys again."""
    total = window.model.rowCount()
    bar = window.timeline_pane.filter_bar
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bar.search.hasFocus()
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert 0 < window.model.rowCount() < total
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Down)  # the one looked for
    found = window.current_event_id()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.search.text() == ""
    assert window.model.rowCount() == total
    assert window.event_list.table.hasFocus()
    assert window.current_event_id() == found  # the event chosen stays selected


def test_a_merged_event_is_titled_by_the_passage_it_is_dated_by(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two reports of one fire merged by hand: the event was dated by, and showed, the other
    article's passage ("which broke out on the roof at about 2045 GMT on Friday", its source
    in the list) under the title of the first ("The blaze broke out in the roof at around
    9pm"), and the CSV wrote that title over that passage. As every merged event is, it is
    titled by the passage it is dated by."""
    ws = window.workspace
    single = [e for e in ws.events if len(e.passages) == 1]
    target, other = next(
        (t, o)
        for t in single
        for o in single
        if _rank(o.dating_of(0)) < _rank(t.dating_of(0)) and o.title != t.title
    )
    window.select_event(target.id)
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other.id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)

    merged = ws.event(window.current_event_id())
    assert merged.primary.key() == other.primary.key()  # dated by the other's passage
    assert merged.title == other.title
    row = window.model.row_of(merged.id)
    assert row is not None
    assert window.model.index(row, Column.TITLE).data() == other.title
    assert window.panel.title_edit.text() == other.title
