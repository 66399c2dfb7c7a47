"""The strip on what changed on disk and the Orphans panel, both open on a laptop, left the
timeline one row of cards at 1366 x 768 and at 1440 x 900: the panel opened by itself is
folded to one line (the orphan to attach, its buttons), and the height it does not take is
the timeline's; Show List unfolds it, the timeline giving way again."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_articles_changed_on_disk import (
    FIRE,
    HEADLINED,
    OTHER,
    _annotate_yesterday,
)
from viewer.ui.dock_room import STRIP_FLOOR
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

SIXTY = "Sixty residents were moved from their homes, while shops nearby suffered smoke damage."


def _opened_at(qtbot: QtBot, corpus: Path, project: Path, size: tuple[int, int]) -> MainWindow:
    window = MainWindow(Workspace.open([corpus], project_path=project))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.start_loading()
    qtbot.waitUntil(
        lambda: window.workspace.state.checked and not window.is_loading(), timeout=20_000
    )
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.orphans_dock.isVisible())
    qtbot.wait(100)  # the docks and strips settled
    return window


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_with_the_strip_and_the_orphans_the_timeline_keeps_its_rows_of_cards(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    fire = FIRE.format(added="").split("\n", 2)[2]
    (corpus / "fire.txt").write_text(HEADLINED.format(fire=fire), encoding="utf-8")
    (corpus / "other.txt").write_text(OTHER, encoding="utf-8")
    project = tmp_path / "p.tlproj"
    _annotate_yesterday(corpus, project)
    (corpus / "fire.txt").write_text(
        HEADLINED.format(fire=fire.replace(SIXTY, "")), encoding="utf-8"
    )
    (corpus / "other.txt").unlink()

    window = _opened_at(qtbot, corpus, project, size)
    dock = window.orphans_dock
    assert dock.orphan_count() == 2
    strip = window.timeline_pane.timeline
    # a row of cards more than its floor, and the panel one line: not four rows
    assert strip.height() >= STRIP_FLOOR + 60, (window.vertical.sizes(), dock.height())
    assert dock.height() < 90
    assert dock.table.isVisible() and not dock.table.horizontalHeader().isVisible()
    text = window.source_view.text  # the article keeps lines to read
    assert text.viewport().height() // text.fontMetrics().lineSpacing() >= 4
    assert "could not be found again" in window.banner.label.text()  # still told

    # Down in the folded line goes to the next orphan
    dock.table.setFocus()
    first = dock.table.currentIndex().row()
    qtbot.keyClick(dock.table, Qt.Key.Key_Down)
    assert dock.table.currentIndex().row() == first + 1

    # Show List: the whole list, the timeline giving way again down to its floor
    dock.fold.button.setFocus()
    qtbot.keyClick(dock.fold.button, Qt.Key.Key_Space)
    qtbot.wait(100)
    assert dock.table.horizontalHeader().isVisible()
    assert dock.attach_line.isVisible()
    assert dock.height() > 90
    assert strip.height() >= STRIP_FLOOR - 2
    qtbot.keyClick(dock.fold.button, Qt.Key.Key_Space)
    qtbot.wait(100)
    assert dock.height() < 90
    assert strip.height() >= STRIP_FLOOR + 60
