"""Small things that break trust, each done as a user does it: a date typed in full, a split
that leaves no stale merge reason, a quoted phrase searched as a phrase, a filter that hides
the selected event, tags and notes saved at every key."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.core.model import Precision
from viewer.store import Project
from viewer.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _stored_note(project: Path, event_id: str) -> tuple[str, tuple[str, ...]]:
    """What the file holds now, read through a connection of its own."""
    with Project.open(project) as store:
        found = store.annotations().get(event_id)
    return (found.note, found.tags) if found is not None else ("", ())


@pytest.mark.parametrize("typed", ["2022-03-06", "2021-12-31", "2022-11-09"])
def test_a_date_typed_in_full_is_that_date(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    ws = window.workspace
    event = next(e for e in ws.events if e.date.precision is Precision.DAY)
    window.select_event(event.id)
    key(qtbot, window, "Ctrl+D")  # Event › Correct Date
    assert window.panel.date_edit.hasFocus()
    qtbot.wait(10)  # the field selects itself once focused
    qtbot.keyClicks(window.panel.date_edit, typed)
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected is not None
    assert (corrected.first, corrected.last) == (date.fromisoformat(typed),) * 2


@pytest.mark.parametrize("typed", ["1977-04-17", "19770417", "2022-3-6"])
def test_a_date_typed_over_select_all_is_that_date(
    qtbot: QtBot, window: MainWindow, typed: str
) -> None:
    """Ctrl+A then a date typed in full: the year shown was kept (1976-04-17)."""
    ws = window.workspace
    event = next(e for e in ws.events if e.date.precision is Precision.DAY)
    window.select_event(event.id)
    key(qtbot, window, "Ctrl+D")
    qtbot.wait(10)
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_A, CTRL)  # select all, out of habit
    qtbot.keyClicks(window.panel.date_edit, typed)
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected is not None
    parts = [
        int(p) for p in (typed.split("-") if "-" in typed else (typed[:4], typed[4:6], typed[6:]))
    ]
    assert corrected.first == date(*parts)


def test_after_a_split_the_event_left_keeps_no_stale_merge_reason(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    merged = next(e for e in ws.events if len(e.passages) == 2)
    assert merged.merge_reason
    left_behind = merged.passages[0]
    window.select_event(merged.id)
    window.source_view.show_passage(merged.passages[1])
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_M, CTRL | SHIFT)  # Split Passage Out
    remaining = next(e for e in ws.events if left_behind in e.passages)
    assert len(remaining.passages) == 1
    assert remaining.merge_reason == ""
    window.select_event(remaining.id)
    assert not window.panel.merge_label.isVisible()
    assert "Merged" not in window.panel.merge_label.text()


def test_a_quoted_phrase_matches_as_a_phrase(qtbot: QtBot, window: MainWindow) -> None:
    search = window.timeline_pane.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "troops NATO")
    qtbot.wait(400)  # the search waits for typing to pause
    words = window.model.rowCount()
    search.clear()
    qtbot.keyClicks(search, '"troops NATO"')
    qtbot.wait(400)
    phrase = window.model.rowCount()
    assert 0 <= phrase < words
    for row in range(phrase):
        event = window.model.events()[row]
        text = " ".join([e.text for e in event.passages] + [event.title]).lower()
        assert "troops nato" in " ".join(text.split())
    chip = window.timeline_pane.filter_bar.chip_button("text")
    assert chip is not None and chip.text().startswith("text: “troops nato”")


def test_a_filter_that_hides_the_selected_event_stops_showing_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = ws.events[2]
    window.select_event(event.id)
    assert window.panel.event_id() == event.id
    search = window.timeline_pane.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "zzz-nothing-matches")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0, timeout=3000)
    assert window.current_event_id() == ""
    assert window.panel.event_id() == ""
    assert window.panel.date_label.text() == "Select an event"
    assert window.source_view.current_passage() is None
    search.clear()  # shown again: selected again
    qtbot.waitUntil(lambda: window.current_event_id() == event.id, timeout=3000)
    assert window.panel.event_id() == event.id


def test_every_key_of_a_note_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    event_id = window.workspace.events[4].id
    window.select_event(event_id)
    key(qtbot, window, "N")
    qtbot.keyClicks(window.panel.note_edit, "Che")
    assert _stored_note(project_path, event_id)[0] == "Che"  # no pause, no focus change
    qtbot.keyClicks(window.panel.note_edit, "ck")
    assert _stored_note(project_path, event_id)[0] == "Check"
    qtbot.keyClick(window.panel.note_edit, Qt.Key.Key_Z, CTRL)
    assert _stored_note(project_path, event_id)[0] == ""  # the whole note was one step


def test_a_tag_typed_without_enter_is_saved(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    event_id = window.workspace.events[5].id
    window.select_event(event_id)
    key(qtbot, window, "T")
    qtbot.keyClicks(window.panel.tags_edit, "summit, madr")
    assert _stored_note(project_path, event_id)[1] == ("summit", "madr")
    qtbot.keyClicks(window.panel.tags_edit, "id")
    assert _stored_note(project_path, event_id)[1] == ("summit", "madrid")
    assert window.panel.tags_edit.text() == "summit, madrid"  # not rewritten under the cursor


def test_the_corrected_date_stays_in_the_years_the_timeline_works_in(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = ws.events[0]
    window.select_event(event.id)
    key(qtbot, window, "Ctrl+D")
    qtbot.wait(10)
    qtbot.keyClicks(window.panel.date_edit, "9999-12-31")
    window.panel.precision_combo.setCurrentIndex(1)  # Week
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected is None or corrected.first.year <= 2999


def test_looking_at_an_imported_tag_with_a_comma_leaves_it_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    first, second = ws.events[0].id, ws.events[1].id
    ws.edit_annotation(first, tags=("air defence, NATO",))  # as a CSV import can make it
    window.select_event(first)
    key(qtbot, window, "T")  # into the tags field, and out again, typing nothing
    key(qtbot, window, "Escape")
    window.select_event(second)
    window.select_event(first)
    assert ws.annotation(first).tags == ("air defence, NATO",)


def test_a_day_typed_over_a_week_says_the_week_kept_it_and_how_to_have_the_day(
    qtbot: QtBot, window: MainWindow
) -> None:
    """A day typed over a year's or a week's date (1985-06-15 over 1969) corrected it to the
    year or week holding it, and nothing said where the day went."""
    ws = window.workspace
    event = next(e for e in ws.events if e.date.precision is Precision.WEEK)
    window.select_event(event.id)
    key(qtbot, window, "Ctrl+D")
    qtbot.wait(10)
    typed = event.date.first + timedelta(days=9)  # the Wednesday of the week after
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(window.panel.date_edit, typed.isoformat())
    qtbot.keyClick(window.panel.date_edit, Qt.Key.Key_Return)
    corrected = ws.annotation(event.id).date
    assert corrected is not None and corrected.precision is Precision.WEEK  # as documented
    said = window.statusBar().currentMessage()
    assert said == (
        f"Corrected to {corrected.label()}, the week that holds {typed.day} "
        f"{typed:%b %Y}: for that day alone, choose Day beside the date"
    ), said
