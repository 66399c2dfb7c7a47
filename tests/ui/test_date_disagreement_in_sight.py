"""Two outlets' dates of one happening, merged: the panel says where they disagree by the
date, each date once with the articles that state it. It said so under the note, out of sight
on a laptop, and named each passage of an article over again."""
# mypy: allow-untyped-calls

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.core.model import DateBasis, Precision
from viewer.ui.dialogs import EventPickerDialog
from viewer.ui.main_window import MainWindow


def test_a_merged_event_says_which_article_gives_which_date_by_its_date(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    stated = [
        e
        for e in ws.events
        if e.date_basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        and e.date.precision is Precision.DAY
    ]
    one = stated[0]
    other = next(
        e
        for e in stated
        if not e.date.overlaps(one.date) and e.primary.document_id != one.primary.document_id
    )
    window.select_event(one.id)
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other.id)
    key(qtbot, window, "Ctrl+M")
    event = ws.event(window.current_event_id())
    assert event.date_conflict

    label = window.panel.conflict_label
    assert label.isVisible()
    text = label.text()
    assert text.startswith("Sources disagree: ")
    for day in (one.date.label(), other.date.label()):
        assert text.count(f"{day} in ") == 1
    for document in {p.document_id for p in event.passages}:
        assert text.count(document) <= 1  # each article once, however many passages it gave
    inner = window.panel.scroll_area.widget()
    assert inner is not None
    top = label.mapTo(inner, QPoint(0, 0)).y()
    assert top < window.panel.date_edit.mapTo(inner, QPoint(0, 0)).y()  # above the correction
    assert top < window.panel.note_edit.mapTo(inner, QPoint(0, 0)).y()
    assert "Sources disagree" in label.toolTip()  # the merge's full account, on hover
