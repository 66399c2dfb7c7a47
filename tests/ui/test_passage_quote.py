"""Citing a passage in a note took selecting it, Ctrl+C, N, Ctrl+V and typing the article's
name and date after it: Q (Event › Quote Passage in Note) types the passage shown, or the
words selected in the article, at the note's end with its article and date."""
# mypy: allow-untyped-calls

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.core.day_words import short_day
from viewer.ui.main_window import MainWindow


def test_q_quotes_the_passage_shown_then_the_words_selected_in_the_note(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    event = next(e for e in ws.events if ws.documents_by_id[e.primary.document_id].date)
    doc = ws.documents_by_id[event.primary.document_id]
    window.select_event(event.id)
    window.focus_list()
    table = window.event_list.table
    qtbot.keyClick(table, Qt.Key.Key_N)
    qtbot.keyClicks(window.panel.note_edit, "Check against the ministry's release:")
    qtbot.keyClick(window.panel.note_edit, Qt.Key.Key_Escape)  # back to the list

    qtbot.keyClick(table, Qt.Key.Key_Q)
    cited = f"{doc.title} ({doc.id}, {short_day(doc.date)})" if doc.date else ""
    passage = " ".join(event.primary.text.split())
    expected = f"Check against the ministry's release:\n“{passage}” — {cited}\n"
    assert window.panel.note_edit.toPlainText() == expected
    qtbot.wait(300)  # the views catch up once typing pauses
    assert ws.annotation(event.id).note == expected  # saved, as typed keys are

    # a few words selected in the article: those are quoted
    start = event.primary.start
    window.source_view.select_text(start, start + 12)
    window.focus_article()
    qtbot.keyClick(window.source_view.text, Qt.Key.Key_Q)
    words = " ".join(doc.text[start : start + 12].split())
    assert window.panel.note_edit.toPlainText() == f"{expected}“{words}” — {cited}\n"

    window.focus_list()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.annotation(event.id).note == expected  # the second quote undone, as one step
