"""Only events whose date is sure, searched for "gave evidence": two outlets' accounts of one
testimony (Monday in one, Tuesday in the other) merged with Ctrl+M. The merged event's
sources disagree, its date is no longer sure, and the filters hide it: the panel went on
showing it with nothing selected in the list, while the status bar said an event chosen
before the search was hidden and the list's first event was "showing" in its place. The
status bar says the merged event is hidden, the first event left is shown, and the merged
event is selected again once the filter is off."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.article_window import window_on
from tests.ui.test_annotating import key
from viewer.ui.dialogs import EventPickerDialog
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

COURIER = """Brisk's brother-in-law tells court he never discussed bids
Northern Courier
17 September 2025

Martin Hale, whose firm won the dredging contracts, gave evidence on Tuesday.
"""
HERALD = """<html><head><title>Secret recording played at Brisk trial</title></head>
<body><h1>Secret recording played at Brisk trial</h1>
<p class="byline">Valley Herald Online &middot; 16 September 2025</p>
<p>Martin Hale gave evidence on Monday and denied discussing the bids.</p>
</body></html>
"""
AUDIT = """Auditor says harbour board ignored warnings
Northern Courier
1 October 2025

The harbour board's former auditor, Priya Nand, gave evidence on Tuesday about the contracts.
"""
OTHER = """Harbour board names a new chair
Northern Courier
2 October 2025

The harbour board appointed Dana Roe as its chair on Wednesday.
"""


def test_a_merge_the_filters_hide_is_said_and_handed_over(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {
        "courier_hale.txt": COURIER,
        "herald_recording.html": HERALD,
        "courier_audit.txt": AUDIT,
        "courier_chair.txt": OTHER,
    }
    workspace, window = window_on(qtbot, tmp_path, files)
    try:
        chair = next(e for e in workspace.events if "chair" in e.primary.text)
        herald = next(e for e in workspace.events if e.primary.text.startswith("Martin Hale gave"))
        courier = next(e for e in workspace.events if e.primary.text.startswith("Martin Hale,"))
        window.select_event(chair.id)
        bar = window.timeline_pane.filter_bar
        menu = bar.sure_button.menu()
        menu.aboutToShow.emit()
        next(a for a in menu.actions() if a.text().startswith("Date at least 85%")).trigger()
        key(qtbot, window, "Ctrl+F")
        qtbot.keyClicks(bar.search, "gave evidence")
        qtbot.keyClick(bar.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.model.rowCount() == 3)
        window.select_event(herald.id)
        window.event_list.table.setFocus()
        monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
        monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: courier.id)
        key(qtbot, window, "Ctrl+M")
        QApplication.processEvents()

        merged = workspace.event(herald.id)
        assert {p.document_id for p in merged.passages} == {
            "courier_hale.txt",
            "herald_recording.html",
        }
        assert window.model.row_of(merged.id) is None  # its date is no longer sure
        line = window.statusBar().currentMessage()
        assert line.startswith("“Martin Hale gave evidence"), line
        assert "hidden by the search and filters" in line
        current = window.current_event_id()
        assert window.model.row_of(current) is not None  # what the panel shows, the list shows
        assert window.panel.event_id() == current
        assert window.event_list.table.currentIndex().row() == window.model.row_of(current)

        for chip in ("text", "date_sure"):  # the filters off: the merged event again
            button = bar.chip_button(chip)
            assert button is not None
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.current_event_id() == merged.id)
    finally:
        window.close()
        workspace.close()


def test_reopened_on_an_event_its_filters_hide_the_first_left_is_shown(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Closed on an event the filters hid (the panel showed it, the list did not), the
    project reopened the same way: an empty day on the timeline, nothing selected in the
    list, the panel on an event the list did not have."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, text in (("courier_hale.txt", COURIER), ("courier_chair.txt", OTHER)):
        (articles / name).write_text(text, encoding="utf-8")
    project = tmp_path / "p.tlproj"
    workspace = Workspace.open([articles], project_path=project)
    workspace.load_all()
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hale = next(e for e in workspace.events if "Hale" in e.primary.text)
    bar = window.timeline_pane.filter_bar
    bar.search.setText("chair")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    window.select_event(hale.id)  # as a click on its passage in an article does
    window.close()
    workspace.close()

    again = Workspace.open([articles], project_path=project)
    reopened = MainWindow(again)
    qtbot.addWidget(reopened)
    reopened.show()
    qtbot.waitExposed(reopened)
    reopened.start_loading()  # as the app opens it: the kept timeline, then the articles
    qtbot.waitUntil(lambda: not reopened.is_loading(), timeout=60_000)
    try:
        assert reopened.timeline_pane.filter_bar.filter().text == "chair"
        current = reopened.current_event_id()
        assert current != hale.id and reopened.model.row_of(current) is not None
        assert reopened.panel.event_id() == current  # the panel shows what the list selects
        assert reopened.source_view.document() is not None
        assert reopened.event_list.table.currentIndex().row() == reopened.model.row_of(current)
    finally:
        reopened.close()
        reopened.workspace.close()
