"""Opening your own articles: the open dialogs, Open Recent, drag and drop, and Add Articles."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.ui.main_window import MainWindow
from viewer.ui.recent import RECENT_KEY
from viewer.ui.titles import SETTINGS_APP, SETTINGS_ORG
from viewer.workspace import Workspace


@pytest.fixture(autouse=True)
def no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def fake(_parent: QWidget | None, _title: str, text: str, *_args: Any) -> int:
        shown.append(text)
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


def _folder_of(seeds: Path, where: Path, count: int) -> Path:
    where.mkdir()
    for src in sorted(seeds.iterdir())[:count]:
        shutil.copy(src, where / src.name)
    return where


def _recent_menu(window: MainWindow) -> QMenu:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    for action in file_menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu) and action.text() == "Open &Recent":
            sub.aboutToShow.emit()
            return sub
    raise AssertionError("no Open Recent menu")


def _recent_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in _recent_menu(window).actions() if not a.isSeparator()]


def _wait_loaded(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)


def _drop(window: MainWindow, paths: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(200, 200), action, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(QPointF(200, 200), action, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_open_files_reads_the_chosen_articles(
    qtbot: QtBot, window: MainWindow, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = sorted(seeds.iterdir())[:2]
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *_a, **_k: ([str(p) for p in chosen], "")),
    )
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _wait_loaded(qtbot, window)
    assert sorted(window.workspace.documents_by_id) == [p.name for p in chosen]
    assert "2 documents" in window.counts.text()


def test_opened_folders_and_projects_are_offered_again_newest_first(
    qtbot: QtBot, window: MainWindow, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _folder_of(seeds, tmp_path / "first", 2)
    second = _folder_of(seeds, tmp_path / "second", 3)
    for folder in (first, second):
        monkeypatch.setattr(
            QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, f=folder, **_k: str(f))
        )
        window.files.open_folder()
        _wait_loaded(qtbot, window)
    # Each folder opened with a project of its own: offered again by the folder alone.
    texts = _recent_texts(window)
    assert texts[:2] == ["&1 second  (Folder)", "&2 first  (Folder)"]
    assert window.workspace.project.path.name.startswith("second-")

    shutil.rmtree(second)  # gone from disk: no longer offered
    texts = _recent_texts(window)
    assert texts[:1] == ["&1 first  (Folder)"]

    recent = _recent_menu(window)
    recent.actions()[0].trigger()  # "first"
    _wait_loaded(qtbot, window)
    assert len(window.workspace.documents) == 2
    assert window.workspace.project.path.name.startswith("first-")


def test_an_empty_history_says_so(window: MainWindow) -> None:
    QSettings(SETTINGS_ORG, SETTINGS_APP).remove(RECENT_KEY)
    actions = _recent_menu(window).actions()
    assert [a.text() for a in actions] == ["No Recent Projects or Folders"]
    assert not actions[0].isEnabled()


def test_dropping_a_folder_opens_it(
    qtbot: QtBot, window: MainWindow, seeds: Path, tmp_path: Path
) -> None:
    folder = _folder_of(seeds, tmp_path / "dropped", 3)
    assert _drop(window, [folder])
    _wait_loaded(qtbot, window)
    assert len(window.workspace.documents) == 3
    assert window.workspace.sources == [folder.resolve()]


def test_dropping_a_project_file_opens_that_project(
    qtbot: QtBot, window: MainWindow, seeds: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.tlproj"
    ws = Workspace.open([_folder_of(seeds, tmp_path / "two", 2)], project_path=other)
    ws.load_all()
    ws.close()
    assert _drop(window, [other])
    _wait_loaded(qtbot, window)
    assert window.workspace.project.path == other
    assert len(window.workspace.documents) == 2
    assert window.windowTitle().startswith("other.tlproj")


def test_a_drag_of_text_is_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("not a file")
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_adding_articles_keeps_every_annotation(
    qtbot: QtBot, window: MainWindow, seeds: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_event(window.workspace.events[5].id)  # not the first: it stays selected
    event_id = window.current_event_id()
    window.panel.toggle_star()
    window.panel.set_status(Status.CONFIRMED)
    new = tmp_path / "new.txt"
    new.write_text(
        "Harbour talks\n\n8 March 2022\n\nThe ministers announced on Monday that the talks "
        "would resume in April.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([str(new)], ""))
    )
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _wait_loaded(qtbot, window)
    ws = window.workspace
    assert len(ws.documents) == 6 and "new.txt" in ws.documents_by_id
    note = ws.annotations()[event_id]
    assert note.starred and note.status is Status.CONFIRMED
    assert "1 starred" in window.counts.text()
    assert seeds.resolve() in ws.sources and new.resolve() in ws.sources
    assert window.current_event_id() == event_id  # not the first event: the user's stays


def test_add_articles_starts_where_the_articles_are(
    qtbot: QtBot, window: MainWindow, seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It started in whatever folder the program was started from."""
    asked: list[str] = []

    def dialog(_parent: QWidget, _title: str, folder: str, _filter: str) -> tuple[list[str], str]:
        asked.append(folder)
        return [], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(dialog))
    monkeypatch.chdir(seeds.parent.parent)
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked and Path(asked[0]).resolve() == seeds.resolve()


def test_open_folder_starts_beside_the_articles_open_now(
    qtbot: QtBot,
    seeds: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """The next story's folder is most often a sibling of this one: it started in whatever
    folder the program was started from, as did Open Articles and Open Project."""
    stories = tmp_path / "stories"
    stories.mkdir()
    folder = _folder_of(seeds, stories / "nato", 3)
    workspace = Workspace.open([folder], project_path=tmp_path / "nato.tlproj")
    workspace.load_all()
    window = MainWindow(workspace)
    opened_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    asked: list[str] = []

    def folder_dialog(_parent: QWidget, _title: str, start: str) -> str:
        asked.append(start)
        return ""

    def files_dialog(_parent: QWidget, _title: str, start: str, _f: str) -> tuple[Any, str]:
        asked.append(start)
        return ([] if "Articles" in _title else ""), ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(folder_dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(files_dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(files_dialog))
    monkeypatch.chdir(seeds)

    for name in ("open_folder", "open_files", "open_project"):
        window.actions_.action(name).trigger()  # File › Open Folder…, Open Files…, Open Project…

    assert [Path(a) for a in asked] == [stories, folder, tmp_path]
