"""Filters in the window: counts follow edits, views live in the project, export what is shown."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QStyle
from pytestqt.qtbot import QtBot

from tests.ui.export_answer import answer_export
from viewer.core.filters import Filter
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace, WorkspaceError, exports


def menu_texts(window: MainWindow, facet: str) -> list[str]:
    bar = window.timeline_pane.filter_bar
    button = {"tag": bar.tag_button, "status": bar.status_button, "views": bar.views_button}[facet]
    button.menu().aboutToShow.emit()  # what opening the menu does
    return [a.text() for a in button.menu().actions()]


def test_facet_counts_follow_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    window.select_event(ws.events[1].id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_T)
    qtbot.keyClicks(window.panel.tags_edit, "madrid")
    qtbot.keyClick(window.panel.tags_edit, Qt.Key.Key_Return)
    assert "madrid (1)" in menu_texts(window, "tag")
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_C)
    assert "confirmed (1)" in menu_texts(window, "status")
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    assert window.timeline_pane.filter_bar.starred.text() == "★ &Starred (1)"


def test_star_filter_shows_a_chip_that_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    window.select_event(ws.events[4].id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)
    bar = window.timeline_pane.filter_bar
    qtbot.mouseClick(bar.starred, Qt.MouseButton.LeftButton)
    assert [e.id for e in window.model.events()] == [ws.events[4].id]
    assert "1 shown" in window.counts.text()
    chip = bar.chip_button("starred")
    assert chip is not None and chip.isVisible()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == len(ws.events)
    assert not bar.starred.isChecked()


def test_a_saved_view_is_kept_in_the_project(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Path,
    project_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "troops")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    shown = window.model.rowCount()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Troop moves", True))
    bar._fill_views_menu()
    next(a for a in bar.views_button.menu().actions() if a.text() == "Save view…").trigger()
    window.close()

    reopened = Workspace.open([seeds], project_path=project_path)
    reopened.load_all()
    second = MainWindow(reopened)
    qtbot.addWidget(second)
    try:
        assert "Troop moves" in menu_texts(second, "views")
        assert second.model.rowCount() == shown  # the search left on is kept too
        second.timeline_pane.filter_bar.set_filter(Filter())
        assert second.model.rowCount() == len(reopened.events)
        view = second.timeline_pane.filter_bar.views_button.menu().actions()[-1]
        view.trigger()
        assert second.timeline_pane.filter_bar.search.text() == "troops"
        assert second.model.rowCount() == shown
    finally:
        second.close()
        reopened.close()


def test_export_only_the_events_shown(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "Madrid")
    qtbot.keyClick(bar.search, Qt.Key.Key_Return)
    shown = {e.id for e in window.model.events()}
    assert 0 < len(shown) < len(window.workspace.events)
    out = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    asked = answer_export(qtbot, "Export &Shown")
    qtbot.keyClick(
        window.event_list.table,
        Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert f"shows {len(shown)} of the" in asked.text
    with out.open(encoding="utf-8", newline="") as handle:
        assert {row["event_id"] for row in csv.DictReader(handle)} == shown

    answer_export(qtbot, "Export &All")
    window.files.export("csv")
    with out.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == len(window.workspace.events)


def test_the_csv_writer_loads_off_the_window_thread_while_a_file_is_picked(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first CSV export froze the window for half a second while pandas was imported."""
    loaded_on: list[threading.Thread] = []
    monkeypatch.setattr(
        exports, "load_csv_writer", lambda: loaded_on.append(threading.current_thread())
    )
    monkeypatch.delitem(sys.modules, "pandas", raising=False)  # as in a window just opened
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))  # cancelled
    window.files.export("csv")
    qtbot.waitUntil(lambda: bool(loaded_on))
    assert loaded_on[0] is not threading.main_thread()


def test_exporting_the_one_event_shown_says_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.select_event(window.workspace.events[3].id)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)  # Event › Star
    window.timeline_pane.filter_bar.starred.click()  # only the starred event
    assert window.model.rowCount() == 1
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "one.csv"), "")
    )
    asked = answer_export(qtbot, "Export &Shown")
    window.files.export("csv")
    assert asked.buttons[0] == "Export &Shown (1)"
    assert window.statusBar().currentMessage().startswith("Exported 1 event to ")


def test_a_date_range_brings_its_events_into_view(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1366, 768)
    timeline = window.timeline_pane.timeline
    bar = window.timeline_pane.filter_bar
    first, last = timeline.visible_range()
    assert (last - first).days > 200  # the whole corpus, February to December 2022
    with qtbot.waitSignal(bar.filters_changed):
        bar.date_from.setDate(QDate(2022, 3, 7))
    with qtbot.waitSignal(bar.filters_changed):
        bar.date_to.setDate(QDate(2022, 3, 9))
    first, last = timeline.visible_range()
    assert first <= date(2022, 3, 7) and date(2022, 3, 9) <= last
    assert (last - first).days < 30  # the week's events as cards, not one cluster


def test_the_search_texts_are_made_when_first_searched(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filling in the timeline while a folder loads made them for every event each time."""
    ws = window.workspace
    made: list[int] = []
    real = ws.search_texts

    def counted() -> object:
        made.append(1)
        return real()

    monkeypatch.setattr(ws, "search_texts", counted)
    window.timeline_pane.rebuild()
    assert made == []
    bar = window.timeline_pane.filter_bar
    qtbot.keyClicks(bar.search, "troops")
    qtbot.waitUntil(lambda: bool(made) and window.model.rowCount() < len(ws.events))
    assert window.model.rowCount() > 0  # the search found what it looks for


def test_the_source_menu_of_many_articles_is_one_column_in_date_order(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "same-name"
    folder.mkdir()
    for name, day in (("a", "2 April 2011"), ("b", "1 December 2016"), ("c", "10 January 2012")):
        text = f"Summit ends\n\n{day}\n\nLeaders agreed on Monday to raise spending.\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    ws = Workspace.open([folder], project_path=tmp_path / "m.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    try:
        menu = window.timeline_pane.filter_bar.source_button.menu()
        menu.aboutToShow.emit()  # what opening the menu does
        days = [a.text().split(" · ")[1].split(" (")[0] for a in menu.actions()]
        assert days == ["2 Apr 2011", "10 Jan 2012", "1 Dec 2016"]  # not "1 Dec…" first
        scrolls = menu.style().styleHint(QStyle.StyleHint.SH_Menu_Scrollable, None, menu)
        assert scrolls  # a thousand sources in one column, not columns across the screen
    finally:
        window.close()
        ws.close()


def test_an_export_shows_the_busy_cursor_while_it_writes(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, messages: list[str]
) -> None:
    """Ten thousand events take a second to write: the window says it is at work."""
    ws = window.workspace
    cursors: list[object] = []
    real = ws.export

    def export(*args: object) -> int:
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        if len(cursors) == 2:
            raise WorkspaceError("disk full")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(ws, "export", export)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "all.csv"), "")
    )
    window.files.export("csv")
    window.files.export("json")  # fails: told, and the cursor is back
    assert cursors == [Qt.CursorShape.WaitCursor, Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None
    assert messages == ["Could not export: disk full"]
    assert (tmp_path / "all.csv").is_file()


def _star_the_events_of(qtbot: QtBot, window: MainWindow, day: date) -> None:
    ws = window.workspace
    for event in [e for e in ws.events if ws.effective(e).date.first == day]:
        window.select_event(event.id)
        qtbot.keyClick(window.event_list.table, Qt.Key.Key_S)  # Event › Star


def test_a_filter_fits_the_whole_timeline_to_what_it_leaves(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    timeline = window.timeline_pane.timeline
    _star_the_events_of(qtbot, window, date(2022, 3, 7))
    timeline.fit_all()  # Ctrl+0: the whole corpus, February to December 2022
    first, last = timeline.visible_range()
    assert (last - first).days > 200

    window.timeline_pane.filter_bar.starred.click()
    first, last = timeline.visible_range()
    assert first <= date(2022, 3, 7) <= last and (last - first).days < 30

    window.timeline_pane.filter_bar.starred.click()  # off: the whole corpus again
    first, last = timeline.visible_range()
    assert (last - first).days > 200


def test_a_filter_keeps_a_view_moved_by_hand_unless_it_leaves_nothing_there(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 768)
    timeline = window.timeline_pane.timeline
    bar = window.timeline_pane.filter_bar
    _star_the_events_of(qtbot, window, date(2022, 3, 7))
    timeline.zoom_to("day")
    timeline.center_on(date(2022, 3, 7).toordinal())
    kept = timeline.visible_range()
    bar.starred.click()
    assert timeline.visible_range() == kept  # what the user looks at passes the filter
    bar.starred.click()

    timeline.center_on(date(2022, 6, 29).toordinal())  # the Madrid summit, nothing starred
    bar.starred.click()
    first, last = timeline.visible_range()
    assert first <= date(2022, 3, 7) <= last
