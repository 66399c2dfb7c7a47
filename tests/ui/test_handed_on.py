"""A project handed on to a colleague with its folder renamed: the window asks where the
articles are now, reads them from there, and every note is back on its passage."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.ui import app
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

NOTE = "checked against the wire copy"


def _handed_on(tmp_path: Path, folders: tuple[str, ...]) -> tuple[Path, str]:
    """A project reading `folders` (two seeds each) with a note in the first, copied to
    colleague/ with the first folder renamed "renamed"; the originals gone."""
    work = tmp_path / "work"
    for k, name in enumerate(folders):
        (work / name).mkdir(parents=True)
        for seed in sorted(SEEDS.iterdir())[2 * k : 2 * k + 2]:
            shutil.copy(seed, work / name / seed.name)
    ws = Workspace.open([work / name for name in folders], work / "story.tlproj")
    ws.load_all()
    first = sorted(SEEDS.iterdir())[0].name
    event_id = next(e.id for e in ws.events if e.primary.document_id == first)
    ws.edit_annotation(event_id, note=NOTE)
    ws.close()
    colleague = tmp_path / "colleague"
    shutil.copytree(work, colleague)
    (colleague / folders[0]).rename(colleague / "renamed")
    shutil.rmtree(work)
    return colleague, event_id


def _answers(monkeypatch: pytest.MonkeyPatch, folder: Path, asked: list[str]) -> None:
    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Open

    def where(_parent: object, title: str, *_a: object, **_k: object) -> str:
        asked.append(title)
        return str(folder)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(where))


def test_a_project_none_of_whose_articles_is_there_asks_where_they_are(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    colleague, event_id = _handed_on(tmp_path, ("articles",))
    asked: list[str] = []
    _answers(monkeypatch, colleague / "renamed", asked)
    app.application()
    window = app.open_window([colleague / "story.tlproj"], None)
    assert window is not None, messages  # was refused, naming a command to type
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert "not where it read them" in asked[0] and "“articles”" in asked[1]
    assert window.workspace.annotation(event_id).note == NOTE
    assert window.orphans_dock.orphan_count() == 0
    assert window.workspace.sources == [colleague / "renamed"]


def test_a_folder_gone_is_named_and_located_from_the_file_menu(
    qtbot: QtBot,
    messages: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    colleague, event_id = _handed_on(tmp_path, ("ecb", "wire"))
    (tmp_path / "work").mkdir()
    (colleague / "wire").rename(tmp_path / "work" / "wire")  # the other one where it was
    monkeypatch.setattr(QMessageBox, "question", None)  # nothing to ask: it opens
    app.application()
    window = app.open_window([colleague / "story.tlproj"], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    strip = window.banner.label.text()
    assert "1 folder or file not found" in strip and "could not be read" not in strip
    assert "File › Locate Moved Articles…" in strip
    assert window.orphans_dock.orphan_count() == 1

    asked: list[str] = []
    _answers(monkeypatch, colleague / "renamed", asked)
    window.actions_.action("locate_moved").trigger()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert asked == [f"Where is “ecb” now? (read from {tmp_path / 'work'})"]
    assert window.workspace.annotation(event_id).note == NOTE
    assert window.orphans_dock.orphan_count() == 0
    assert not window.banner.isVisible() or "not found" not in window.banner.label.text()
