"""An article saved into the project's folder while the window is open went unseen: the
timeline stayed as the folder was read, and nothing said that File › Reload Articles would
read it. The strip over the window says which files are new (or gone), and F5 reads them."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import SEEDS
from viewer.ui import app
from viewer.ui.main_window import MainWindow

SALMON = """Salmon numbers down on the Tane, survey finds
The River Post
18 November 2025

A survey published on Monday by the Tane Rivers Trust found 40 per cent fewer young salmon.
"""


def test_an_article_saved_into_the_folder_is_told_and_read_with_f5(
    qtbot: QtBot, messages: list[str], tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    app.application()
    window = app.open_window([articles], None)
    assert window is not None, messages
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    documents = len(window.workspace.documents_by_id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    (articles / "salmon.txt").write_text(SALMON, encoding="utf-8")
    qtbot.waitUntil(lambda: "salmon.txt" in window.banner.label.text(), timeout=5_000)
    assert window.banner.isVisible()
    told = window.banner.label.text()
    assert "1 new article (salmon.txt)" in told and "Reload Articles (F5)" in told

    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: len(window.workspace.documents_by_id) == documents + 1, timeout=20_000)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert "Reload Articles (F5)" not in window.banner.label.text()  # read: no more to do

    (articles / "salmon.txt").unlink()
    qtbot.waitUntil(lambda: "gone (salmon.txt)" in window.banner.label.text(), timeout=5_000)
