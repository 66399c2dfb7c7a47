"""A filter that hides the selected event: the first event left is shown in its place, the
article and the panel stay filled, and the event is selected again once the filter is off."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def _star(qtbot: QtBot, window: MainWindow, indices: tuple[int, ...]) -> list[str]:
    ids = [window.model.event_at(i).id for i in indices]
    for event_id in ids:
        window.select_event(event_id)
        qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    return ids


def test_starred_only_shows_the_first_starred_event_in_place_of_the_selected_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    starred = _star(qtbot, window, (3, 5))
    chosen = window.model.event_at(1).id  # not starred: the filter will hide it
    window.select_event(chosen)

    window.timeline_pane.filter_bar.starred.click()

    first = window.model.event_at(0)
    assert first.id in starred
    assert window.current_event_id() == first.id
    assert window.event_list.table.currentIndex().row() == 0
    assert window.source_view.document() is not None  # its article, not an empty pane
    assert window.source_view.highlighted_range() == (first.primary.start, first.primary.end)
    assert window.panel.title_edit.text() != ""
    message = window.statusBar().currentMessage()
    assert "is hidden by the search and filters; showing “" in message
    assert "nothing is selected" not in message

    window.timeline_pane.filter_bar.starred.click()  # off: the event chosen is back
    assert window.current_event_id() == chosen


def test_an_event_chosen_under_the_filter_stays_chosen_when_it_is_cleared(
    qtbot: QtBot, window: MainWindow
) -> None:
    starred = _star(qtbot, window, (3, 5))
    window.select_event(window.model.event_at(1).id)
    window.timeline_pane.filter_bar.starred.click()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Down)  # the user moves on
    moved_to = window.current_event_id()
    assert moved_to in starred and moved_to != window.model.event_at(0).id

    window.timeline_pane.filter_bar.starred.click()

    assert window.current_event_id() == moved_to


def test_an_event_annotated_under_a_search_stays_chosen_when_it_is_cleared(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A search that finds the event to annotate puts it in place of the one selected; the
    user annotates it and clears the search: it stays (the list went back to the one before,
    and the event just annotated was lost from sight)."""
    window.select_event(window.model.event_at(1).id)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    found = window.current_event_id()
    assert found == window.model.event_at(0).id
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_T)  # Event › Add Tag
    qtbot.keyClicks(window.panel.tags_edit, "summit")
    qtbot.keyClick(window.panel.tags_edit, Qt.Key.Key_Return)
    assert window.workspace.annotation(found).tags == ("summit",)

    bar.search.clear()
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.model.rowCount() == len(window.workspace.events)
    assert window.current_event_id() == found


def test_the_line_saying_an_event_is_hidden_goes_once_it_is_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Cleared, the search no longer hides the event: the status bar said it still did."""
    window.select_event(window.model.event_at(1).id)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert "is hidden by the search and filters" in window.statusBar().currentMessage()

    bar.search.clear()
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert "hidden" not in window.statusBar().currentMessage()


def test_a_filter_that_left_nothing_then_leaves_some_shows_the_first_of_them(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A search that found nothing, then a search that finds some events (but not the one
    selected before): nothing was selected, the article and panel stayed empty, and Ctrl+D
    said "select an event first"."""
    chosen = window.model.event_at(0)
    window.select_event(chosen.id)
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "zzqx")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.model.rowCount() == 0 and window.current_event_id() == ""

    bar.search.clear()
    other = next(e for e in window.workspace.events if "Madrid" in e.primary.text)
    assert "Madrid" not in chosen.primary.text
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)

    first = window.model.event_at(0)
    assert window.current_event_id() == first.id != ""
    assert window.panel.title_edit.text() != ""
    assert window.source_view.document() is not None
    assert other.id in {window.model.event_at(i).id for i in range(window.model.rowCount())}

    bar.search.clear()  # the search off: the event chosen at first is selected again
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.current_event_id() == chosen.id
