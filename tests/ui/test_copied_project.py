"""A project copied elsewhere with its articles (a folder duplicated to work on a variant, or
a colleague's copy of it) reads the articles beside it, not the original's, while those
still exist: what the copy shows and saves is the copy's own."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.ui import app
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

NOTE = "checked against the wire copy"


def _story(work: Path) -> str:
    """A project in work/ reading work/articles (three seeds), a note on one event."""
    (work / "articles").mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(seed, work / "articles" / seed.name)
    ws = Workspace.open([work / "articles"], work / "story.tlproj")
    ws.load_all()
    event_id = ws.events[0].id
    ws.edit_annotation(event_id, note=NOTE)
    ws.close()
    return event_id


def test_a_copied_project_reads_the_articles_beside_it(
    qtbot: QtBot, messages: list[str], tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    event_id = _story(tmp_path / "work")
    shutil.copytree(tmp_path / "work", tmp_path / "copy")
    gone = sorted((tmp_path / "copy" / "articles").iterdir())[-1]
    gone.unlink()  # the copy is trimmed: the original keeps all three
    app.application()
    window = app.open_window([tmp_path / "copy" / "story.tlproj"], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    ws = window.workspace
    assert ws.sources == [tmp_path / "copy" / "articles"]  # was work/articles
    assert len(ws.documents) == 2
    assert gone.name not in {d.id for d in ws.documents}
    assert ws.annotation(event_id).note == NOTE


def test_the_original_still_reads_its_own_after_the_copy_was_opened(
    qtbot: QtBot, messages: list[str], tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    _story(tmp_path / "work")
    shutil.copytree(tmp_path / "work", tmp_path / "copy")
    copy = Workspace.open([tmp_path / "copy" / "story.tlproj"])
    copy.load_all()
    copy.close()
    original = Workspace.open([tmp_path / "work" / "story.tlproj"])
    try:
        assert original.sources == [tmp_path / "work" / "articles"]
    finally:
        original.close()


def test_a_project_moved_without_its_articles_still_reads_them(tmp_path: Path) -> None:
    _story(tmp_path / "work")
    (tmp_path / "elsewhere").mkdir()
    shutil.move(tmp_path / "work" / "story.tlproj", tmp_path / "elsewhere" / "story.tlproj")
    moved = Workspace.open([tmp_path / "elsewhere" / "story.tlproj"])
    try:
        assert moved.sources == [tmp_path / "work" / "articles"]
    finally:
        moved.close()


def test_a_folder_moved_whole_opens_in_the_window_with_its_notes_and_says_so(
    qtbot: QtBot, tmp_path: Path, messages: list[str], opened_windows: list[MainWindow]
) -> None:
    """Opened with no project named: its work was in the program's project of its old place."""
    (tmp_path / "work" / "articles").mkdir(parents=True)
    for seed in sorted(SEEDS.iterdir())[:3]:
        shutil.copy(seed, tmp_path / "work" / "articles" / seed.name)
    ws = Workspace.open([tmp_path / "work" / "articles"])
    ws.load_all()
    event_id = ws.events[0].id
    ws.edit_annotation(event_id, note=NOTE)
    ws.close()
    shutil.move(tmp_path / "work", tmp_path / "moved")
    app.application()
    window = app.open_window([tmp_path / "moved" / "articles"], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    window.select_event(event_id)
    assert window.panel.note_edit.toPlainText() == NOTE
    assert "carried over" in window.banner.label.text()
    assert window.banner.isVisible()
