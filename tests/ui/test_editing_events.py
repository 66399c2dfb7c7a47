"""New events from a selection, merge and split, and a document's corrected date: all undoable."""
# mypy: allow-untyped-calls

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from viewer.core.model import DocDateBasis, Document
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog
from viewer.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def uncovered_words(window: MainWindow) -> tuple[Document, int, int]:
    """Some article words that no event reports yet."""
    ws = window.workspace
    for doc in ws.documents:
        covered = {i for p, _ in ws.passages_in(doc.id) for i in range(p.start, p.end)}
        for span in doc.body:
            for start in range(span.start, span.end - 40):
                end = start + 40
                if doc.text[start - 1] == " " and not covered & set(range(start, end)):
                    return doc, start, doc.text.rindex(" ", start, end)
    raise AssertionError("every word of the corpus is in an event")


def test_new_event_from_selection(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    doc, start, end = uncovered_words(window)
    window.select_event(next(e.id for e in ws.events if e.primary.document_id == doc.id))
    window.source_view.select_text(start, end)
    before = len(ws.events)

    qtbot.keyClick(window.source_view.text, Qt.Key.Key_E, CTRL)
    assert len(ws.events) == before + 1
    created = ws.event(window.current_event_id())
    assert (created.primary.start, created.primary.end) == (start, end)
    assert created.primary.text == doc.text[start:end]
    assert window.source_view.highlighted_range() == (start, end)
    assert window.model.row_of(created.id) is not None

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL)
    assert len(ws.events) == before
    assert window.model.rowCount() == before
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(ws.events) == before + 1


def test_new_event_needs_a_selection(qtbot: QtBot, window: MainWindow) -> None:
    before = len(window.workspace.events)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_E, CTRL)
    assert len(window.workspace.events) == before
    assert "Select some article text" in window.statusBar().currentMessage()


def test_merge_and_split_with_undo(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    target, other = ws.events[3], ws.events[6]
    window.select_event(target.id)
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other.id)
    count = len(ws.events)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_M, CTRL)
    merged = ws.event(window.current_event_id())
    assert len(ws.events) == count - 1
    assert {p.key() for p in other.passages} <= {p.key() for p in merged.passages}
    assert len(window.source_view.source_buttons) == len(merged.passages)

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL)
    assert len(ws.events) == count

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(ws.events) == count - 1
    window.select_event(target.id)
    window.source_view.show_passage(ws.event(target.id).passages[-1])
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(ws.events) == count


def test_correcting_a_document_date_redates_and_undoes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    # A weekday named relative to publication ("on Tuesday"): it follows the new date closely.
    weekdays = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    event = next(
        e for e in ws.events if e.date_basis.value == "relative" and e.date_text in weekdays
    )
    doc_id = event.primary.document_id
    original = ws.documents_by_id[doc_id].date
    assert original is not None
    window.select_event(event.id)
    monkeypatch.setattr(DocumentDateDialog, "exec", lambda self: int(QDialog.DialogCode.Accepted))
    monkeypatch.setattr(DocumentDateDialog, "value", lambda self: date(2021, 1, 15))
    qtbot.mouseClick(window.source_view.date_button, Qt.MouseButton.LeftButton)
    doc = ws.documents_by_id[doc_id]
    assert doc.date == date(2021, 1, 15)
    assert doc.date_basis is DocDateBasis.USER
    assert "corrected by you" in window.source_view.meta.text()
    assert window.current_event_id() == event.id
    assert ws.event(event.id).date.first.year == 2021

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL)
    assert ws.documents_by_id[doc_id].date == original
    assert ws.event(event.id).date == event.date


def test_shortcut_sheet_lists_every_menu_action(window: MainWindow) -> None:
    rows = {(action, keys) for _menu, action, keys in window.actions_.shortcut_rows()}
    for expected in (
        ("Star", "S"),
        ("Confirm", "C"),
        ("Dispute", "D"),
        ("Reject", "R, Del"),  # Delete too
        ("Unreviewed", "U"),
        ("Edit Note", "N"),
        ("Add Tag", "T"),
        ("Correct Date", "Ctrl+D"),
        ("New Event from Selection", "Ctrl+E"),
        ("Next Event", "J"),
        ("Previous Event", "K"),
    ):
        assert expected in rows
