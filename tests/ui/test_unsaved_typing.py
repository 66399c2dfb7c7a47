"""Typing that the project could not take (its disk full, the file held by another program):
said once, not at every key; kept on screen for its event while another is looked at; saved
once the project takes writes again; and never lost by closing the window without a word."""
# mypy: allow-untyped-calls

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from viewer.store import Project
from viewer.ui.main_window import MainWindow


@contextmanager
def held(window: MainWindow, project_path: Path) -> Iterator[None]:
    """The project file held for writing by another program: every save fails at once
    ("database is locked"), as on a full disk, until it lets go."""
    window.workspace.project._conn.execute("PRAGMA busy_timeout = 0")
    other = sqlite3.connect(project_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("ROLLBACK")
        other.close()


def _stored_notes(project_path: Path) -> dict[str, str]:
    with Project.open(project_path, read_only=True) as project:
        return {a.event_id: a.note for a in project.annotations().values()}


@dataclass
class Asked:
    """The questions asked, each answered with the next of `answers` (Cancel when none)."""

    questions: list[str] = field(default_factory=list)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    record = Asked()

    def ask(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> int:
        record.questions.append(text)
        answers = record.answers
        return int(answers.pop(0) if answers else QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    return record


def _type_note(qtbot: QtBot, window: MainWindow, event_id: str, text: str) -> None:
    window.select_event(event_id)
    window.panel.note_edit.setFocus()
    qtbot.keyClicks(window.panel.note_edit, text)


def test_a_note_that_cannot_be_saved_is_said_once_with_what_to_do(
    qtbot: QtBot, window: MainWindow, project_path: Path, messages: list[str]
) -> None:
    event_id = window.workspace.events[2].id
    with held(window, project_path):
        _type_note(qtbot, window, event_id, "wire copy")
    assert len(messages) == 1  # not one box for each of nine keys
    assert "could not be saved" in messages[0]
    assert "stays on screen" in messages[0]
    assert window.panel.note_edit.toPlainText() == "wire copy"


def test_a_note_not_saved_waits_for_its_event_and_is_saved_once_it_can_be(
    qtbot: QtBot, window: MainWindow, project_path: Path, messages: list[str]
) -> None:
    first, other = window.workspace.events[2].id, window.workspace.events[3].id
    with held(window, project_path):
        _type_note(qtbot, window, first, "wire copy")
        window.select_event(other)
        assert window.panel.note_edit.toPlainText() == ""
        window.select_event(first)
        assert window.panel.note_edit.toPlainText() == "wire copy"  # kept, not dropped
        window.select_event(other)
    window.select_event(first)  # the project takes writes again
    assert _stored_notes(project_path).get(first) == "wire copy"
    assert window.panel.note_edit.toPlainText() == "wire copy"


def test_closing_with_a_note_not_saved_asks_and_cancel_keeps_it(
    qtbot: QtBot, window: MainWindow, project_path: Path, messages: list[str], asked: Asked
) -> None:
    event_id = window.workspace.events[2].id
    with held(window, project_path):
        _type_note(qtbot, window, event_id, "wire copy")
        window.close()
        assert len(asked.questions) == 1 and "could not be saved" in asked.questions[0]
        assert window.isVisible()  # the answer was to keep the window open
        assert window.panel.note_edit.toPlainText() == "wire copy"
    window.close()  # saved by the last try as the window closes: nothing left to ask
    assert len(asked.questions) == 1
    assert not window.isVisible()
    assert _stored_notes(project_path).get(event_id) == "wire copy"


def test_closing_and_losing_a_note_not_saved_closes(
    qtbot: QtBot, window: MainWindow, project_path: Path, messages: list[str], asked: Asked
) -> None:
    event_id = window.workspace.events[2].id
    with held(window, project_path):
        _type_note(qtbot, window, event_id, "wire copy")
        asked.answers.append(QMessageBox.StandardButton.Discard)
        window.close()
        assert len(asked.questions) == 1
        assert not window.isVisible()


def test_closing_with_everything_saved_asks_nothing(
    qtbot: QtBot, window: MainWindow, project_path: Path, asked: Asked
) -> None:
    _type_note(qtbot, window, window.workspace.events[2].id, "wire copy")
    window.close()
    assert asked.questions == []
    assert not window.isVisible()


def test_opening_another_project_with_a_note_not_saved_asks_and_cancel_stays(
    qtbot: QtBot,
    window: MainWindow,
    project_path: Path,
    tmp_path: Path,
    messages: list[str],
    asked: Asked,
) -> None:
    event_id = window.workspace.events[2].id
    with held(window, project_path):
        _type_note(qtbot, window, event_id, "wire copy")
        assert not window.files.open_paths([tmp_path / "other.tlproj"], into_current_project=False)
    assert len(asked.questions) == 1
    assert window.workspace.project_path == project_path
    assert window.panel.note_edit.toPlainText() == "wire copy"


def test_a_note_not_saved_goes_with_save_project_as_into_the_copy(
    qtbot: QtBot,
    window: MainWindow,
    project_path: Path,
    tmp_path: Path,
    messages: list[str],
    asked: Asked,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    event_id = window.workspace.events[2].id
    copy = tmp_path / "elsewhere" / "copy.tlproj"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(copy), ""))
    )
    with held(window, project_path):
        _type_note(qtbot, window, event_id, "wire copy")
        window.actions_.action("save_project_as").trigger()
        qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project_path == copy
    window.select_event(event_id)
    assert _stored_notes(copy).get(event_id) == "wire copy"
    assert asked.questions == []


def test_adding_articles_with_a_note_not_saved_keeps_it_without_asking(
    qtbot: QtBot,
    window: MainWindow,
    project_path: Path,
    tmp_path: Path,
    messages: list[str],
    asked: Asked,
) -> None:
    """The same project goes on with more articles: nothing of the note is at stake (here
    the project, held, cannot be opened again either: the window stays as it was)."""
    first, other = window.workspace.events[2].id, window.workspace.events[3].id
    extra = tmp_path / "extra.txt"
    extra.write_text("date 2022-03-01\n\nNATO said on Monday it would send more ships.\n", "utf-8")
    with held(window, project_path):
        _type_note(qtbot, window, first, "wire copy")
        assert not window.files.open_paths([*window.workspace.sources, extra])
        assert asked.questions == []
        assert messages[-1].startswith("Could not open:")
        assert window.panel.note_edit.toPlainText() == "wire copy"
        window.select_event(other)
    window.select_event(first)
    assert _stored_notes(project_path).get(first) == "wire copy"
