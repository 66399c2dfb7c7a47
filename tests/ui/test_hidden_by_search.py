"""A search that hides an event: a new event made from a passage is not made out of sight,
and the article of an event the search hid is not left showing as if it were selected."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def _search(qtbot: QtBot, window: MainWindow, words: str) -> None:
    bar = window.timeline_pane.filter_bar
    bar.search.clear()
    qtbot.keyClicks(bar.search, words)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)


def test_the_article_of_an_event_the_search_hides_is_no_longer_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    selected = window.current_event_id()
    assert window.source_view.document() is not None
    _search(qtbot, window, "Madrid")
    qtbot.waitUntil(lambda: window.model.row_of(selected) is None)

    assert window.current_event_id() == ""
    assert window.source_view.document() is None
    assert window.source_view.text.toPlainText() == ""
    assert window.source_view.title.text() == "No article selected"
    assert "is hidden by the search" in window.statusBar().currentMessage()

    _search(qtbot, window, "")  # shown again: selected again, its article back
    qtbot.waitUntil(lambda: window.current_event_id() == selected)
    assert window.source_view.highlighted_range() != (0, 0)
