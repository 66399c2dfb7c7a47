"""Merging and splitting by hand as a user does it: a note written on either event is still
there after the merge (and back on its own event when the merge is undone), and a split
leaves the user on an event, not at the top of the list."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.store import Project
from viewer.ui.dialogs import EventPickerDialog
from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow

NOTE = 'Said by "the Pentagon"?, check; =quotes'


def _merge_into_selected(
    qtbot: QtBot, window: MainWindow, other_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Event › Merge With…, picking `other_id` in the dialog."""
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other_id)
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)


def _stored_notes(project: Path) -> list[str]:
    with Project.open(project) as store:
        return sorted(a.note for a in store.annotations().values() if a.note)


def test_the_note_of_the_event_merged_in_is_kept(
    qtbot: QtBot, window: MainWindow, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    target, other = ws.events[3], ws.events[6]
    window.select_event(other.id)
    key(qtbot, window, "N")  # Event › Edit Note
    qtbot.keyClicks(window.panel.note_edit, NOTE)
    qtbot.keyClick(window.panel.note_edit, Qt.Key.Key_Escape)
    window.select_event(target.id)  # the event with no note of its own is the one kept

    _merge_into_selected(qtbot, window, other.id, monkeypatch)

    merged = ws.event(window.current_event_id())
    assert {p.key() for p in other.passages} <= {p.key() for p in merged.passages}
    assert ws.annotation(merged.id).note == NOTE
    assert window.panel.note_edit.toPlainText() == NOTE
    assert _stored_notes(project_path) == [NOTE]
    row = window.model.row_of(merged.id)
    assert row is not None
    assert "✎" in window.model.index(row, Column.MARKS).data()

    # Undone, the merge gives the note back to the event it was written on; redone, it
    # goes with the passages again.
    key(qtbot, window, "Ctrl+Z")
    assert ws.annotation(other.id).note == NOTE
    assert ws.annotation(target.id).note == ""
    window.select_event(other.id)
    assert window.panel.note_edit.toPlainText() == NOTE
    key(qtbot, window, "Ctrl+Shift+Z")
    assert ws.annotation(merged.id).note == NOTE
    assert _stored_notes(project_path) == [NOTE]


def test_splitting_out_the_first_passage_stays_on_it(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    target, other = ws.events[3], ws.events[6]
    window.select_event(target.id)
    _merge_into_selected(qtbot, window, other.id, monkeypatch)
    merged = ws.event(window.current_event_id())
    first = merged.passages[0]
    window.source_view.show_passage(first)  # the passage in the article is the one split out

    key(qtbot, window, "Ctrl+Shift+M")  # Event › Split Passage Out

    current = ws.event(window.current_event_id())
    assert [(p.document_id, p.start, p.end) for p in current.passages] == [
        (first.document_id, first.start, first.end)
    ]
    assert window.source_view.highlighted_range() == (first.start, first.end)
    assert window.event_list.current_event_id() == current.id
    key(qtbot, window, "Ctrl+Z")
    assert window.current_event_id() == merged.id


@pytest.mark.parametrize("split_index", [0, 1])
def test_after_merge_and_split_each_event_has_its_own_title(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, split_index: int
) -> None:
    """Both events were titled by the passage split out, or both by the one left, and the
    one split out was 100% sure; and the
    one left kept the id of the one split out when that was not its first passage (two
    events of one id shared their notes and rows)."""
    ws = window.workspace
    target, other = ws.events[3], ws.events[6]
    titles = {p.key(): e.title for e in (target, other) for p in e.passages}
    sure = {
        p.key(): (e.event_confidence, e.date_confidence)
        for e in (target, other)
        for p in e.passages
    }
    assert len(set(titles.values())) == 2
    window.select_event(target.id)
    _merge_into_selected(qtbot, window, other.id, monkeypatch)
    merged = ws.event(window.current_event_id())
    window.source_view.show_passage(merged.passages[split_index])

    key(qtbot, window, "Ctrl+Shift+M")  # Event › Split Passage Out

    assert len({e.id for e in ws.events}) == len(ws.events)
    for event in ws.events:
        if event.primary.key() in titles:
            assert event.title == titles[event.primary.key()]
            # not the 100% of an event with no confidence of its own
            assert (event.event_confidence, event.date_confidence) == sure[event.primary.key()]
            row = window.model.row_of(event.id)
            assert row is not None
            assert window.model.index(row, Column.TITLE).data() == event.title


def test_a_passage_split_out_of_a_merged_event_is_titled_by_its_own_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    """It was given the title of the passage it had been merged with."""
    ws = window.workspace
    merged = next(e for e in ws.events if len(e.passages) == 2)
    second = merged.passages[1]
    window.select_event(merged.id)
    window.source_view.show_passage(second)

    key(qtbot, window, "Ctrl+Shift+M")  # Event › Split Passage Out

    split_out = next(e for e in ws.events if e.passages == [second])
    left = next(e for e in ws.events if merged.passages[0] in e.passages)
    assert left.title == merged.title
    assert split_out.title != merged.title
    assert split_out.title.split()[0] in second.text
