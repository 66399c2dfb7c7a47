"""Exporting with events hidden says which they are: a colleague's project with rejected
events asked "Export only the 135 events shown? No exports all 140 events." and nothing
said the 5 left out were the rejected ones, which a chronology handed on may need."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def asked_on_export(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), ""))
    window.files.export("csv")
    return asked


def test_the_question_says_the_events_left_out_are_rejected(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for row in (2, 4):
        window.event_list.select_row(row)
        qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)  # Event › Reject: hidden
    total = len(window.workspace.events)
    assert window.model.rowCount() == total - 2

    asked = asked_on_export(window, tmp_path, monkeypatch)
    assert asked[0].startswith(f"Export only the {total - 2} events shown?")
    assert "2 rejected" in asked[0]


def test_the_question_says_what_a_search_hides_besides(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.event_list.select_row(1)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)
    window.timeline_pane.filter_bar.starred.click()  # none starred: every event hidden
    total = len(window.workspace.events)

    asked = asked_on_export(window, tmp_path, monkeypatch)
    assert "1 rejected" in asked[0]
    assert f"{total - 1} hidden by the search and filters" in asked[0]
