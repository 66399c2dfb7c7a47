"""Bad input from the File menu: one clear message, nothing overwritten, the work stays open."""
# mypy: allow-untyped-calls

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Answer every file dialog with this path."""
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(path))
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def test_missing_folder(
    qtbot: QtBot, window: MainWindow, messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.workspace
    events = len(before.events)
    choose(monkeypatch, Path("/no/such/folder"))
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(messages) == 1
    assert "no such file or folder" in messages[0]
    assert window.workspace is before
    assert len(window.workspace.events) == events == window.model.rowCount()
    assert not window.is_loading()


def test_corrupt_project(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.tlproj"
    bad.write_bytes(b"this is not a project\x00" * 50)
    before_bytes = digest(bad)
    own = digest(window.workspace.project.path)
    before = window.workspace
    choose(monkeypatch, bad)
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert len(messages) == 1
    assert "bad.tlproj" in messages[0]
    assert "\n" not in messages[0].strip()
    assert digest(bad) == before_bytes
    assert window.workspace is before
    assert digest(window.workspace.project.path) == own
    assert window.windowTitle().startswith("p.tlproj")


def test_folder_with_no_articles(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    before = window.workspace
    sources = before.project.sources()
    choose(monkeypatch, empty)
    window.files.open_folder()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=10_000)
    assert len(messages) == 1
    assert "nothing to show" in messages[0]
    assert window.workspace is before
    assert window.model.rowCount() == len(before.events) > 0
    assert before.project.sources() == sources


def test_opening_a_good_folder_replaces_the_workspace(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    seeds: Path,
) -> None:
    folder = tmp_path / "two"
    folder.mkdir()
    for src in sorted(seeds.iterdir())[:2]:
        (folder / src.name).write_bytes(src.read_bytes())
    (folder / "broken.txt").write_bytes(b"")
    choose(monkeypatch, folder)
    window.files.open_folder()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert messages == []
    assert len(window.workspace.documents) == 2
    assert window.banner.isVisible()
    assert "broken.txt" in window.banner.label.text()
    assert window.model.rowCount() == len(window.workspace.events)
    assert "2 documents" in window.counts.text()
