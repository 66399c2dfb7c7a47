"""A search that hides an event: a new event made from a passage is not made out of sight,
and the article of an event the search hid is not left showing as if it were selected."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _unreported_words(window: MainWindow, document_id: str) -> tuple[int, int]:
    """Some words of an article that no event reports and the search does not match."""
    ws = window.workspace
    doc = ws.document(document_id)
    assert doc is not None
    covered = {i for p, _ in ws.passages_in(doc.id) for i in range(p.start, p.end)}
    for span in doc.body:
        for start in range(span.start, span.end - 40):
            end = doc.text.rfind(" ", start, start + 40)
            words = doc.text[start:end]
            unmatched = doc.text[start - 1] == " " and "madrid" not in words.lower()
            if unmatched and not covered & set(range(start, end)):
                return start, end
    raise AssertionError("every word of the article is in an event")


def _search(qtbot: QtBot, window: MainWindow, words: str) -> None:
    bar = window.timeline_pane.filter_bar
    bar.search.clear()
    qtbot.keyClicks(bar.search, words)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)


def test_a_new_event_the_search_would_hide_is_shown_and_selected(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    _search(qtbot, window, "Madrid")
    found = window.model.event_at(0)  # a found event, its article read
    window.select_event(found.id)
    start, end = _unreported_words(window, found.primary.document_id)
    window.source_view.select_text(start, end)  # words the search does not match

    qtbot.keyClick(window.source_view.text, Qt.Key.Key_E, CTRL)

    created = window.current_event_id()
    assert ws.event(created).primary.start == start
    assert window.model.row_of(created) is not None  # in the list, selected
    assert window.timeline_pane.filter_bar.search.text() == ""
    assert window.source_view.highlighted_range() == (start, end)
    message = window.statusBar().currentMessage()
    assert message.startswith("New event “") and "the search “Madrid” hid it" in message


def test_the_article_of_an_event_the_search_hides_is_no_longer_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    selected = window.current_event_id()
    assert window.source_view.document() is not None
    _search(qtbot, window, "Madrid")
    qtbot.waitUntil(lambda: window.model.row_of(selected) is None)

    found = window.model.event_at(0)  # shown in its place: the first event found
    assert window.current_event_id() == found.id
    assert window.source_view.highlighted_range() == (found.primary.start, found.primary.end)
    assert "is hidden by the search" in window.statusBar().currentMessage()

    _search(qtbot, window, "no article says this")  # nothing left to show in its place
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert window.current_event_id() == ""
    assert window.source_view.document() is None
    assert window.source_view.text.toPlainText() == ""
    assert window.source_view.title.text() == "No article selected"

    _search(qtbot, window, "")  # shown again: selected again, its article back
    qtbot.waitUntil(lambda: window.current_event_id() == selected)
    assert window.source_view.highlighted_range() != (0, 0)


def test_the_status_bar_never_says_nothing_is_selected_while_an_event_is(
    qtbot: QtBot, window: MainWindow
) -> None:
    bar = window.timeline_pane.filter_bar
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_F, CTRL)  # Edit › Find
    qtbot.keyClicks(bar.search, "Madrid")  # hides the event selected
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)  # on to the list: its first event selected

    qtbot.waitUntil(lambda: window.current_event_id() != "")
    assert window.model.row_of(window.current_event_id()) == 0
    message = window.statusBar().currentMessage()
    assert "is hidden by the search and filters" in message
    assert "nothing is selected" not in message
