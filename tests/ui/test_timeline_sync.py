"""The painted timeline and the event list stay in step; the filter bar narrows both."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def test_selecting_in_the_list_selects_in_the_timeline(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    window.event_list.select(ws.events[5].id)
    assert window.current_event_id() == ws.events[5].id
    assert window.timeline_pane.timeline.selected_id() == ws.events[5].id


def test_keys_in_the_timeline_select_in_the_list(qtbot: QtBot, window: MainWindow) -> None:
    timeline = window.timeline_pane.timeline
    window.select_event(window.workspace.events[0].id)
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    chosen = timeline.selected_id()
    assert chosen and chosen != window.workspace.events[0].id
    assert window.current_event_id() == chosen
    assert window.event_list.current_event_id() == chosen
    passage = window.workspace.event(chosen).primary
    assert window.source_view.highlighted_range() == (passage.start, passage.end)


def test_search_in_the_filter_bar_narrows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    bar = window.timeline_pane.filter_bar
    bar.search.setFocus()
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    shown = window.model.events()
    assert 0 < len(shown) < len(window.workspace.events)
    assert all(
        "madrid"
        in (window.workspace.effective(e).title + " ".join(p.text for p in e.passages)).lower()
        for e in shown
    )
    assert f"{len(shown)} shown" in window.counts.text()
    assert window.event_list.table.hasFocus()
    bar.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == len(window.workspace.events))


def test_show_rejected_from_the_view_menu(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    rejected = ws.events[2].id
    window.select_event(rejected)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)
    assert window.model.row_of(rejected) is None
    window.actions_.action("show_rejected").trigger()
    assert window.model.row_of(rejected) is not None
    assert "rejected" in " ".join(window.timeline_pane.filter_bar.chip_keys()) or (
        window.timeline_pane.filter().show_rejected
    )
