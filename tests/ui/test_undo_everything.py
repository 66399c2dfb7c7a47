"""Every kind of edit undoes back to the start and redoes to the end, saved in the project."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.ui.test_editing_events import uncovered_words
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def state(ws: Workspace) -> tuple[Any, ...]:
    """Everything a user's edits can change, in a form that compares across reopening."""
    notes = {
        event_id: (a.note, a.tags, a.status, a.starred, a.title, a.date)
        for event_id, a in ws.annotations().items()
        if not a.is_empty()
    }
    return (
        notes,
        sorted(u.id for u in ws.project.user_events()),
        sorted((g.passage_id, g.action.value, g.target) for g in ws.project.groupings()),
        dict(ws.project.document_dates()),
        sorted(
            (e.id, ws.effective(e).date, ws.effective(e).title, len(e.passages)) for e in ws.events
        ),
    )


def reopened_state(seeds: Path, project: Path) -> tuple[Any, ...]:
    ws = Workspace.open([seeds], project_path=project)
    try:
        ws.load_all()
        return state(ws)
    finally:
        ws.close()


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, key, modifiers)


def test_every_kind_of_edit_undoes_and_redoes(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Path,
    project_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ws = window.workspace
    start = state(ws)
    annotated = ws.events[1]
    dated = next(
        e
        for e in ws.events
        if e.date_basis.value == "relative"
        and e.primary.document_id != annotated.primary.document_id
    )
    single = [
        e
        for e in ws.events
        if len(e.passages) == 1
        and e.id != annotated.id
        and e.primary.document_id != dated.primary.document_id
    ]
    target, other = single[2], single[5]
    window.select_event(annotated.id)
    window.focus_list()

    press(qtbot, Qt.Key.Key_N)
    qtbot.keyClicks(window.panel.note_edit, "ask the ministry")
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_T)
    qtbot.keyClicks(window.panel.tags_edit, "nato, troops")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_D)  # status
    press(qtbot, Qt.Key.Key_S)  # star
    press(qtbot, Qt.Key.Key_F2)
    window.panel.title_edit.selectAll()
    qtbot.keyClicks(window.panel.title_edit, "Retitled by hand")
    press(qtbot, Qt.Key.Key_Return)
    window.focus_list()
    press(qtbot, Qt.Key.Key_D, CTRL)
    press(qtbot, Qt.Key.Key_Up)  # one year later
    press(qtbot, Qt.Key.Key_Return)
    note = ws.annotation(annotated.id)
    assert (note.note, note.tags, note.status.value, note.starred, note.title) == (
        "ask the ministry",
        ("nato", "troops"),
        "disputed",
        True,
        "Retitled by hand",
    )
    assert note.date is not None

    # the publication date of another article
    window.select_event(dated.id)
    monkeypatch.setattr(DocumentDateDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    monkeypatch.setattr(DocumentDateDialog, "value", lambda self: date(2021, 5, 3))
    window.edits.correct_document_date()
    assert ws.documents_by_id[dated.primary.document_id].date == date(2021, 5, 3)

    # a new event from selected words
    doc, begin, end = uncovered_words(window)
    window.select_event(next(e.id for e in ws.events if e.primary.document_id == doc.id))
    window.source_view.select_text(begin, end)
    window.focus_article()
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert ws.event(window.current_event_id()).primary.text == doc.text[begin:end]

    # merge two events, then split a passage out of an event reported twice
    window.select_event(target.id)
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other.id)
    window.focus_list()
    press(qtbot, Qt.Key.Key_M, CTRL)
    assert len(ws.event(window.current_event_id()).passages) == 2
    twice = next(e for e in ws.events if e.source_count > 1 and e.id != window.current_event_id())
    window.select_event(twice.id)
    window.source_view.show_passage(twice.passages[-1])
    window.focus_list()
    press(qtbot, Qt.Key.Key_M, CTRL | SHIFT)
    assert len(ws.event(twice.id).passages) == len(twice.passages) - 1

    final = state(ws)
    assert final != start
    steps = window.undo_stack.count()
    assert steps == 10  # note, tags, status, star, title, date, document date, new, merge, split
    assert reopened_state(seeds, project_path) == final

    window.focus_list()
    for _ in range(steps):
        press(qtbot, Qt.Key.Key_Z, CTRL)
    assert state(ws) == start
    assert reopened_state(seeds, project_path) == start
    assert not window.undo_stack.canUndo()

    for _ in range(steps):
        press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(ws) == final
    assert reopened_state(seeds, project_path) == final
    window.select_event(annotated.id)
    assert window.panel.note_edit.toPlainText() == "ask the ministry"
    assert window.panel.title_edit.text() == "Retitled by hand"
