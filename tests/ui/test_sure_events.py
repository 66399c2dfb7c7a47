"""Sorting the event list by a column, and showing only events the extractor is sure of."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.export_answer import answer_export
from viewer.ui.event_model import Column
from viewer.ui.main_window import MainWindow


def click_header(qtbot: QtBot, window: MainWindow, column: Column) -> None:
    header = window.event_list.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def listed(window: MainWindow) -> list[str]:
    model = window.model
    return [model.event_at(row).id for row in range(model.rowCount())]


def test_a_click_on_sure_lists_the_surest_first_and_keeps_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    chosen = ws.events[7]
    window.select_event(chosen.id)
    click_header(qtbot, window, Column.SURE)
    sure = [window.model.event_at(row).event_confidence for row in range(window.model.rowCount())]
    assert sure == sorted(sure, reverse=True) and sure[0] > sure[-1]
    shown = window.model.index(0, Column.SURE).data()
    assert shown == f"{sure[0]:.0%}"
    assert window.current_event_id() == chosen.id  # the same event stays selected
    assert window.event_list.table.currentIndex().row() == window.model.row_of(chosen.id)
    click_header(qtbot, window, Column.SURE)  # again: the least sure first
    assert window.model.event_at(0).event_confidence == min(sure)
    click_header(qtbot, window, Column.DATE)  # back to the timeline's order
    assert listed(window) == [e.id for e in ws.events]


def test_only_events_at_least_so_sure(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    bar = window.timeline_pane.filter_bar
    bar.sure_button.menu().aboutToShow.emit()
    texts = [action.text() for action in bar.sure_button.menu().actions()]
    many = sum(e.event_confidence >= 0.85 for e in ws.events)
    assert texts[0] == f"Any ({len(ws.events)})"
    assert f"At least 85% sure ({many})" in texts
    (choice,) = [a for a in bar.sure_button.menu().actions() if a.text().startswith("At least 85")]
    choice.trigger()
    assert 0 < window.model.rowCount() == many < len(ws.events)
    assert all(e.event_confidence >= 0.85 for e in window.model.events())
    assert bar.chip_keys() == ["sure"]
    assert f"{many} shown" in window.counts.text()

    # Sorted by how sure, the events shown still export in the order of their dates.
    click_header(qtbot, window, Column.SURE)
    out = tmp_path / "sure.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    answer_export(qtbot, "Export &Shown")
    window.files.export("csv")
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == many
    assert [row["date"] for row in rows] == sorted(row["date"] for row in rows)

    chip = bar.chip_button("sure")
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == len(ws.events)


def test_a_list_sorted_by_star_sorts_an_event_starred_since_when_next_filtered(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    click_header(qtbot, window, Column.STAR)
    later = ws.events[-1]
    assert window.model.event_at(0).id != later.id
    window.select_event(later.id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)  # star it
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "the")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    qtbot.keyClick(bar.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    assert window.model.event_at(0).id == later.id
