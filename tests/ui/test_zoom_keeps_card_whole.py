"""Zooming from the keyboard keeps the selected event's card whole in view: its day held
still, the card drawn about that day went off the view's edge ("emical spill close…")."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def _whole(window: MainWindow, event_id: str) -> bool:
    timeline = window.timeline_pane.timeline
    row = timeline._data.ids.index(event_id)
    card = timeline.marker_rect(row)
    return card is not None and card.left() >= 0 and card.right() < timeline.viewport().width()


def test_zooming_in_from_the_keyboard_keeps_the_selected_card_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    for event in (
        min(ws.events, key=lambda e: ws.effective(e).date.first),
        max(ws.events, key=lambda e: ws.effective(e).date.last),
    ):
        window.select_event(event.id)
        timeline = window.timeline_pane.timeline
        timeline.fit_all()  # the event at the edge, as on opening
        timeline.setFocus()
        for _ in range(10):
            qtbot.keyClick(timeline, Qt.Key.Key_Plus)
            assert _whole(window, event.id), timeline.visible_range()
        qtbot.keyClick(timeline, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Weeks
        assert _whole(window, event.id), timeline.visible_range()
