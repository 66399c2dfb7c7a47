"""The undo history goes on over File › Reload Articles (F5) and an article added: the same
project read anew, as it goes on over Save Project As; an edit made before is undone after."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.ui import app
from viewer.ui.main_window import MainWindow


def test_an_edit_made_before_reload_articles_is_undone_after_it(
    qtbot: QtBot, messages: list[str], tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    window.activateWindow()
    on = window.workspace.events[2].id
    window.select_event(on)
    table = window.event_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_S)  # starred
    assert window.workspace.annotation(on).starred

    shutil.copy(sorted(SEEDS.iterdir())[0], articles / "copy_of_the_first.txt")
    qtbot.keyClick(table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert "copy_of_the_first.txt" in window.workspace.documents_by_id

    window.focus_list()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.workspace.annotation(on).starred
    assert messages == []
