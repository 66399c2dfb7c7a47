"""Whenever the window opens, the event it selects shows in its article, on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


@pytest.fixture
def corpus(seeds: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(seeds, folder)
    return folder


def _opened(qtbot: QtBot, corpus: Path, project: Path) -> MainWindow:
    window = MainWindow(Workspace.open([corpus], project))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.start_loading()
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=60_000)
    qtbot.waitUntil(lambda: bool(window.current_event_id()), timeout=10_000)
    return window


def _passage_on_screen(window: MainWindow) -> bool:
    view = window.source_view
    start, end = view.highlighted_range()
    lo, _hi = view._shown(start, end)
    cursor = QTextCursor(view.text.document())
    cursor.setPosition(lo)
    rect = view.text.cursorRect(cursor)
    return rect.top() >= 0 and rect.bottom() <= view.text.viewport().height()


@pytest.mark.parametrize("opening", ["first", "again"])
def test_the_selected_event_is_highlighted_in_view_once_open(
    qtbot: QtBot, corpus: Path, tmp_path: Path, opening: str
) -> None:
    project = tmp_path / "p.tlproj"
    if opening == "again":
        _opened(qtbot, corpus, project).close()
    window = _opened(qtbot, corpus, project)
    event = window.workspace.event(window.current_event_id())
    assert window.source_view.highlighted_text().split() == event.primary.text.split()
    assert _passage_on_screen(window)


def test_the_selected_passage_stays_in_view_when_the_window_changes_size(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    window = _opened(qtbot, corpus, tmp_path / "p.tlproj")
    window.select_event(window.workspace.events[len(window.workspace.events) // 2].id)
    for width, height in ((900, 600), (1440, 900), (1100, 700)):
        window.resize(width, height)
        qtbot.wait(50)
        assert _passage_on_screen(window), (width, height)


def test_a_reader_who_scrolled_away_is_not_pulled_back_by_a_new_size(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    window = _opened(qtbot, corpus, tmp_path / "p.tlproj")
    text = window.source_view.text
    bar = text.verticalScrollBar()
    bar.triggerAction(bar.SliderAction.SliderToMaximum)  # as dragging the bar to the end does
    top_block = text.cursorForPosition(QPoint(0, 0)).blockNumber()
    assert not _passage_on_screen(window)
    window.resize(1100, 700)
    qtbot.wait(50)
    assert text.cursorForPosition(QPoint(0, 0)).blockNumber() >= top_block - 1
    assert not _passage_on_screen(window)


def test_reopened_the_window_selects_the_event_the_user_was_on(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    """Reopened, the window showed the first event of the list: with a long chronology the
    researcher had to find where she was again."""
    project = tmp_path / "p.tlproj"
    window = _opened(qtbot, corpus, project)
    on = window.workspace.events[30].id
    window.select_event(on)
    window.close()
    window.workspace.close()

    again = _opened(qtbot, corpus, project)
    assert again.current_event_id() == on
    assert again.event_list.current_event_id() == on
    assert again.source_view.current_passage() == again.workspace.event(on).primary
    again.close()
    again.workspace.close()
