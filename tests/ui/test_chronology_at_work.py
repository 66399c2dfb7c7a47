"""An analyst building a chronology from a folder of articles, with the keyboard and on a
laptop's screen: what got in the way of checking each event against every source."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


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
