"""File › Save Project As…: a folder opened on its own keeps its work in a project the user
never chose; saved as a file of their naming (beside the articles, to hand on or to keep a
dated copy), every note goes with it and the window goes on saving there."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.store import opening
from viewer.ui import app
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def _saved_as(monkeypatch: pytest.MonkeyPatch, target: Path, asked: list[str]) -> None:
    def where(_parent: object, title: str, start: str, *_a: object, **_k: object) -> object:
        asked.append(f"{title} {start}")
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(where))


def test_save_project_as_keeps_every_note_and_goes_on_saving_there(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    articles = tmp_path / "story" / "articles"
    articles.mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(seed, articles / seed.name)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    first, second = (e.id for e in window.workspace.events[:2])
    window.workspace.edit_annotation(first, note="before saving as", tags=("Smith, J.",))

    asked: list[str] = []
    target = tmp_path / "story" / "chronology"  # typed without its suffix
    _saved_as(monkeypatch, target, asked)
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    # offered beside the articles' folder, named after it (not in it, nor "articles-1a2b…")
    assert asked == [f"Save Project As {tmp_path / 'story' / 'articles.tlproj'}"]
    saved = target.with_suffix(".tlproj")
    assert window.workspace.project_path == saved
    assert window.workspace.sources == [articles]
    assert window.workspace.annotation(first).note == "before saving as"
    window.workspace.edit_annotation(second, note="after saving as")
    assert "chronology.tlproj" in window.windowTitle()

    reopened = Workspace.open([saved])
    try:
        reopened.load_all()
        assert reopened.annotation(first).tags == ("Smith, J.",)
        assert reopened.annotation(second).note == "after saving as"
    finally:
        reopened.close()


def test_the_folder_opened_again_opens_the_project_it_was_saved_as(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    _saved_as(monkeypatch, tmp_path / "story.tlproj", [])
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    event_id = window.workspace.events[0].id
    window.workspace.edit_annotation(event_id, note="written after saving as")

    # a later day: File › Open Folder… on the same articles
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(articles))
    )
    window.actions_.action("open_folder").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project_path == tmp_path / "story.tlproj"  # was the folder's own
    assert window.workspace.annotation(event_id).note == "written after saving as"


def test_a_read_only_project_says_how_to_go_on_and_its_copy_can_be_written(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """On a write-protected disk or shared folder: the strip said nothing could be saved, and
    not what to do; the way on (a copy you can write) is File › Save Project As…"""
    locked = tmp_path / "locked.tlproj"
    made = Workspace.open([SEEDS], locked)
    made.load_all()
    event_id = made.events[0].id
    made.edit_annotation(event_id, note="from before")
    made.close()
    monkeypatch.setattr(opening, "writable", lambda path: path.name != "locked.tlproj")
    app.application()
    window = app.open_window([locked], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.read_only
    assert "File › Save Project As" in window.banner.label.text()
    _saved_as(monkeypatch, tmp_path / "mine.tlproj", [])
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project_path == tmp_path / "mine.tlproj"
    assert not window.workspace.read_only
    assert window.workspace.annotation(event_id).note == "from before"
    window.workspace.edit_annotation(event_id, note="from before, and after")


def test_after_save_project_as_the_event_selected_stays_selected(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """The window opened the copy with the list back at its top: the researcher had to find
    the event she was on again."""
    articles = tmp_path / "story" / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    on = window.workspace.events[20].id
    window.select_event(on)

    _saved_as(monkeypatch, tmp_path / "story" / "chronology.tlproj", [])
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)

    assert window.workspace.project_path.name == "chronology.tlproj"
    assert window.current_event_id() == on
    assert window.event_list.current_event_id() == on


def test_after_save_project_as_undo_takes_back_the_edits_made_before(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """Saved as a copy, the window went on there with no history: Edit › Undo no longer
    took back the last change, as it does in every editor after Save As."""
    articles = tmp_path / "story" / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    window.activateWindow()
    on = window.workspace.events[3].id
    window.select_event(on)
    window.focus_list()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_D)  # disputed
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)  # starred
    assert window.workspace.annotation(on).status.value == "disputed"

    _saved_as(monkeypatch, tmp_path / "story" / "chronology.tlproj", [])
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.workspace.project_path.name == "chronology.tlproj"

    window.focus_list()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.annotation(on).starred
    assert window.workspace.annotation(on).status.value == "disputed"
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.annotation(on).status.value == "unreviewed"
    assert messages == []
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.workspace.annotation(on).status.value == "disputed"
    # written to the copy, the project the window goes on in
    reopened = Workspace.open([tmp_path / "story" / "chronology.tlproj"])
    try:
        reopened.load_all()
        assert reopened.annotation(on).status.value == "disputed"
        assert not reopened.annotation(on).starred
    finally:
        reopened.close()


def test_after_save_project_as_the_event_selected_stays_the_one_the_user_is_on(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """Reopened on the event she closed it on, the researcher went on to another one and saved
    a copy: the copy opened on the event of the last closing, kept in the project."""
    articles = tmp_path / "story" / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    first = app.open_window([articles], None)
    assert first is not None, messages
    qtbot.waitUntil(lambda: not first.is_loading(), timeout=20_000)
    closed_on = first.workspace.events[5].id
    first.select_event(closed_on)
    first.close()
    first.workspace.close()

    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert window.current_event_id() == closed_on
    on = window.workspace.events[20].id
    window.select_event(on)

    _saved_as(monkeypatch, tmp_path / "story" / "chronology.tlproj", [])
    window.actions_.action("save_project_as").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)

    assert window.workspace.project_path.name == "chronology.tlproj"
    assert window.current_event_id() == on
    assert window.event_list.current_event_id() == on
