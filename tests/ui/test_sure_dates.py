"""The list could be sorted by how sure each date is, not filtered by it: an analyst who
wanted only the events whose date is sure had to read down a sorted list and stop by eye.
The Sure menu has the date's steps too, under "Its date"; a date the user corrected is
wholly sure; the choice is kept with the project like the other filters."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace


def _choice(window: MainWindow, start: str) -> QAction:
    menu = window.timeline_pane.filter_bar.sure_button.menu()
    menu.aboutToShow.emit()
    (choice,) = [a for a in menu.actions() if a.text().startswith(start)]
    return choice


def test_only_events_whose_date_is_sure_kept_on_reopening(
    qtbot: QtBot, window: MainWindow, seeds: Path, project_path: Path
) -> None:
    ws = window.workspace
    sure = {e.id for e in ws.events if e.date_confidence >= 0.85}
    assert 0 < len(sure) < len(ws.events)
    choice = _choice(window, "Date at least 85% sure")
    assert choice.text() == f"Date at least 85% sure ({len(sure)})"
    choice.trigger()
    assert {e.id for e in window.model.events()} == sure
    bar = window.timeline_pane.filter_bar
    assert bar.chip_keys() == ["date_sure"]

    # A date the user corrects is sure: its event joins those shown.
    unsure = next(e for e in ws.events if e.id not in sure)
    _choice(window, "Any date").trigger()
    window.select_event(unsure.id)
    window.event_list.table.setFocus()
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Up")  # a year later
    key(qtbot, window, "Return")
    assert ws.annotation(unsure.id).date is not None
    _choice(window, "Date at least 85% sure").trigger()
    assert {e.id for e in window.model.events()} == sure | {unsure.id}
    window.close()
    ws.close()

    again = Workspace.open([seeds], project_path=project_path)
    again.load_all()
    reopened = MainWindow(again)
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    try:
        assert reopened.timeline_pane.filter_bar.filter().min_date_sure == 0.85
        assert {e.id for e in reopened.model.events()} == sure | {unsure.id}
    finally:
        reopened.close()
        again.close()
