"""A 1024 x 600 laptop scaling its text to 125 % (819 x 480 pixels as the window counts them):
the window with the strip of changes on disk and the Orphans panel still fits its screen."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_attaching_orphans import orphaned
from viewer.ui.main_window import MainWindow

# 1024 x 600 at 125 %, less a window manager's title bar
SCREEN_WIDTH, SCREEN_HEIGHT = 819, 480 - 30


@pytest.fixture
def corpus(tmp_path: Path, seeds: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(seeds, copy)
    return copy


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The screen as the window counts it: 1024 x 600 at 125 %."""
    small = QRect(0, 0, SCREEN_WIDTH, SCREEN_HEIGHT)
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: small)


@pytest.mark.usefixtures("small_screen")
def test_the_window_fits_a_small_scaled_screen_with_the_strip_and_the_orphans(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    (corpus / "000_gone.txt").write_bytes(b"\x00\x01 not an article")  # one more line
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    banner = window.banner
    assert banner.isVisible() and "see View › Orphans" in banner.label.text()
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN_WIDTH and hint.height() <= SCREEN_HEIGHT, hint

    window.resize(SCREEN_WIDTH, SCREEN_HEIGHT)
    QApplication.processEvents()
    assert window.height() <= SCREEN_HEIGHT  # its status bar on screen
    assert banner.isVisible() and banner.height() < SCREEN_HEIGHT / 4
    assert window.source_view.text.height() >= 2 * window.source_view.text.fontMetrics().height()


def test_the_orphans_panel_opens_as_before_where_there_is_room(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    dock = window.orphans_dock
    assert dock.isVisible()
    assert dock.table.viewport().height() >= dock.table.verticalHeader().defaultSectionSize()
