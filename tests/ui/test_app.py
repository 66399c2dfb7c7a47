"""Starting the window: background loading with progress, and refusing a bad project."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.ui import app
from viewer.ui.main_window import MainWindow


def test_a_corrupt_project_exits_with_2(
    qapp: QApplication, messages: list[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.tlproj"
    bad.write_bytes(b"garbage" * 100)
    assert app.run([], bad) == 2
    assert len(messages) == 1 and "bad.tlproj" in messages[0]
    assert bad.read_bytes() == b"garbage" * 100


def test_the_window_loads_the_corpus_in_the_background(
    qtbot: QtBot, messages: list[str], seeds: Path, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    app.application()
    window = app.open_window([seeds], tmp_path / "p.tlproj")
    assert window is not None
    opened_windows.append(window)
    assert window.is_loading()
    assert window.loading.progress.isVisible() and window.loading.cancel_button.isVisible()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert messages == []
    assert len(window.workspace.documents) == 5
    assert window.model.rowCount() == len(window.workspace.events) > 0
    assert not window.loading.progress.isVisible()
    assert window.current_event_id() == window.workspace.events[0].id
    assert window.windowTitle().startswith("p.tlproj")
    assert "5 documents" in window.counts.text()


def test_unreadable_files_are_listed_once_and_the_rest_load(
    qtbot: QtBot, messages: list[str], seeds: Path, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    first = sorted(seeds.iterdir())[0]
    (folder / first.name).write_bytes(first.read_bytes())
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    window = app.open_window([folder], tmp_path / "p.tlproj")
    assert window is not None
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert messages == []
    assert len(window.workspace.documents) == 1
    assert window.banner.isVisible()
    assert "binary.txt" in window.banner.label.text()
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


def test_the_icon_is_found() -> None:
    resources = app.resources_dir()
    assert resources is not None
    assert (resources / "timeline-viewer.svg").is_file()
