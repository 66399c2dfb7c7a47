"""What a journalist met in an afternoon of building one story's chronology: the event picked
with the keyboard in Merge With… is the one merged, each event offered there says which
article it is from, zooming in from the keyboard keeps the selected event in view, a date the
user corrected is the one the CSV and the panel say was kept, a range moved keeps its length,
exports are offered where the last one went, a narrow window keeps the search readable and
every button of the panel whole, OK on a publication date as shown corrects nothing, and a
search applied with Enter brings what it found into view, and a rejected event does not
vanish without a word."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.core.model import DateBasis, Precision
from viewer.core.source_names import document_labels
from viewer.store import Project
from viewer.ui.dialogs import DocumentDateDialog, EventPickerDialog
from viewer.ui.main_window import MainWindow
from viewer.ui.picture_dialog import PictureExportDialog
from viewer.workspace import Workspace


def _pick_in_merge_dialog(qtbot: QtBot, window: MainWindow, keys: list[Qt.Key]) -> list[str]:
    """Event › Merge With… (Ctrl+M), then these keys typed into its search; returns the
    events the dialog listed, top first."""
    listed: list[str] = []

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventPickerDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, type_in_dialog)
            return
        rows = (dialog.list.item(row) for row in range(dialog.list.count()))
        listed.extend(str(item.data(Qt.ItemDataRole.UserRole)) for item in rows if item)
        for pressed in keys:
            qtbot.keyClick(dialog.search, pressed)

    QTimer.singleShot(50, type_in_dialog)
    key(qtbot, window, "Ctrl+M")
    return listed


def test_the_event_moved_to_with_down_in_merge_with_is_the_one_merged(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    target = ws.events[3]
    window.select_event(target.id)
    window.event_list.table.setFocus()

    listed = _pick_in_merge_dialog(
        qtbot, window, [Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Return]
    )

    first, second = listed[0], listed[1]
    merged = ws.event(window.current_event_id())
    ids = {e.id for e in ws.events}
    assert first in ids  # the top of the list was left alone
    assert second not in ids  # the one moved to went into the event
    assert {p.key() for p in target.passages} < {p.key() for p in merged.passages}


def test_merge_with_names_the_source_of_each_event_offered(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    dialog = EventPickerDialog(ws, ws.events[0], window)
    qtbot.addWidget(dialog)
    labels = document_labels(ws.documents)
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        assert item is not None
        event = ws.event(str(item.data(Qt.ItemDataRole.UserRole)))
        assert item.text().endswith(f"({labels[event.primary.document_id]})")


def _selected_card_in_view(window: MainWindow, event_id: str) -> bool:
    """Whether the event's card is drawn, at least partly, inside the timeline's view."""
    timeline = window.timeline_pane.timeline
    row = timeline._data.index_of(event_id)
    card = timeline.current_layout().card_of(row)
    return card is not None and card.x < timeline.viewport().width() and card.x + card.w > 0


def test_zooming_in_with_the_keyboard_keeps_the_selected_event_in_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    ws = window.workspace
    earliest = min(ws.events, key=lambda e: ws.effective(e).date.first)
    window.select_event(earliest.id)
    timeline = window.timeline_pane.timeline
    timeline.fit_all()  # the earliest event at the left edge, as on opening
    timeline.setFocus()
    assert _selected_card_in_view(window, earliest.id)

    for _ in range(12):  # from years down to days
        qtbot.keyClick(timeline, Qt.Key.Key_Plus)
        assert _selected_card_in_view(window, earliest.id), timeline.visible_range()
    qtbot.keyClick(timeline, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # Zoom to Days
    assert _selected_card_in_view(window, earliest.id), timeline.visible_range()


def test_a_corrected_date_is_the_one_the_csv_and_panel_say_was_kept(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = window.workspace
    stated = [
        e
        for e in ws.events
        if e.date_basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        and e.date.precision is Precision.DAY
    ]
    one, other = stated[0], next(e for e in stated if not e.date.overlaps(stated[0].date))
    window.select_event(one.id)  # two events the user takes for one happening, merged
    monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
    monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: other.id)
    key(qtbot, window, "Ctrl+M")
    event = ws.event(window.current_event_id())
    assert event.date_conflict  # the two sources disagree on its date
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Up")  # a year later than any source says
    key(qtbot, window, "Return")
    corrected = ws.effective(event).date.first.isoformat()
    assert "Corrected by the user to " + corrected in window.panel.conflict_label.text()

    out = tmp_path / "chronology.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    key(qtbot, window, "Ctrl+Shift+C")
    with out.open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["event_id"] == event.id)
    assert row["date"] == corrected
    assert row["date_conflict"].startswith("Sources disagree: ")
    assert row["date_conflict"].endswith(f"Corrected by the user to {corrected}.")


def test_moving_a_ranges_first_day_moves_the_whole_range(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    ranged = next(e for e in ws.events if e.date.precision is Precision.RANGE)
    was = ranged.date
    window.select_event(ranged.id)
    key(qtbot, window, "Ctrl+D")
    key(qtbot, window, "Up")  # the year section is selected: a year later
    key(qtbot, window, "Return")
    corrected = ws.effective(ranged).date
    assert corrected.precision is Precision.RANGE
    assert corrected.first == was.first.replace(year=was.first.year + 1)
    assert corrected.days == was.days  # not a range from the old last day to the new first


def test_the_next_export_is_offered_in_the_folder_the_last_one_went_to(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "story"
    story.mkdir()
    offered: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(story / Path(suggested).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    key(qtbot, window, "Ctrl+Shift+C")  # File › Export CSV…
    assert (story / "p.csv").is_file()
    key(qtbot, window, "Ctrl+Shift+J")  # File › Export JSON…
    assert Path(offered[1]).parent == story
    picture = PictureExportDialog(window.timeline_pane.timeline, window.workspace, window)
    qtbot.addWidget(picture)
    assert Path(picture.path_edit.text()).parent == story


def _whole_across(widget: QWidget, frame: QWidget) -> bool:
    """Whether the widget is drawn whole across the frame's width (not cut off at its right
    or left edge; the panel scrolls up and down)."""
    left = widget.mapTo(frame, QPoint(0, 0)).x()
    return left >= 0 and left + widget.width() <= frame.width()


def test_a_window_as_narrow_as_it_goes_keeps_the_search_and_every_button_whole(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.select_event(window.workspace.events[0].id)
    window.resize(window.minimumSizeHint().width(), 740)  # half a laptop's screen, near enough
    qtbot.wait(50)
    bar = window.timeline_pane.filter_bar
    search = bar.search
    assert search.width() >= search.fontMetrics().horizontalAdvance("Search titles, passages")
    for tool in (bar.status_button, bar.source_button, bar.tag_button, bar.starred):
        assert _whole_across(tool, bar), tool.text()
    assert _whole_across(bar.views_button, bar)
    panel = window.panel
    seen = panel.scroll_area.viewport()
    for button in (*panel.status_buttons.values(), panel.clear_date_button):
        assert _whole_across(button, seen), button.text()
    assert _whole_across(panel.title_edit, seen)


def test_a_wide_window_keeps_the_search_and_the_filters_on_one_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1366, 740)
    qtbot.wait(50)
    bar = window.timeline_pane.filter_bar
    assert bar.views_button.geometry().top() < bar.search.geometry().bottom()  # beside it


def test_ok_on_the_publication_date_as_shown_corrects_nothing(
    qtbot: QtBot, window: MainWindow, project_path: Path
) -> None:
    ws = window.workspace
    event = next(e for e in ws.events if ws.documents_by_id[e.primary.document_id].date)
    window.select_event(event.id)
    doc = ws.documents_by_id[event.primary.document_id]
    steps = window.undo_stack.count()

    def press_ok() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DocumentDateDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, press_ok)
            return
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)

    QTimer.singleShot(50, press_ok)
    window.source_view.date_button.click()  # Correct date…, then Enter on the date shown

    assert ws.documents_by_id[doc.id].date == doc.date
    assert window.undo_stack.count() == steps  # nothing to undo
    assert "corrected by you" not in window.source_view.meta.text()
    with Project.open(project_path) as store:
        assert store.document_dates() == {}


def test_a_search_applied_with_enter_brings_what_it_found_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    timeline = window.timeline_pane.timeline
    timeline.zoom_to("day")
    timeline.center_on(date(2022, 12, 25).toordinal())  # a day none of the articles tells
    search = window.timeline_pane.filter_bar.search
    search.setFocus()
    qtbot.keyClicks(search, "troops")
    qtbot.keyClick(search, Qt.Key.Key_Return)

    found = window.model.events()
    assert found
    first, last = timeline.visible_range()
    for event in found:
        shown = window.workspace.effective(event).date
        assert first <= shown.last and shown.first <= last, shown


def test_rejecting_an_event_says_where_it_went(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event = ws.events[2]
    window.select_event(event.id)
    window.event_list.table.setFocus()
    key(qtbot, window, "R")  # Event › Status › Reject

    assert window.model.row_of(event.id) is None  # gone from the list, as rejected events are
    said = window.statusBar().currentMessage()
    assert "hidden" in said and "Show Rejected Events" in said and "Ctrl+Z" in said
    key(qtbot, window, "Ctrl+Z")
    assert window.model.row_of(event.id) is not None


def test_a_folders_exports_are_offered_under_its_name_not_its_projects(
    qtbot: QtBot,
    seeds: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened_windows: list[MainWindow],
) -> None:
    """A folder opened without naming a project offered "ecbplus-5be08b02.csv": its project's
    name in the data folder, fingerprint and all."""
    folder = tmp_path / "ecbplus"
    folder.mkdir()
    for article in sorted(seeds.iterdir())[:2]:
        (folder / article.name).write_bytes(article.read_bytes())
    workspace = Workspace.open([folder])  # its own project, in the data folder
    workspace.load_all()
    assert workspace.project_path.stem != "ecbplus"
    window = MainWindow(workspace)
    opened_windows.append(window)
    window.show()
    qtbot.waitExposed(window)
    offered: list[str] = []

    def save_as(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.actions_.action("export_csv").trigger()  # File › Export CSV…
    picture = PictureExportDialog(window.timeline_pane.timeline, workspace, window)
    qtbot.addWidget(picture)

    assert Path(offered[0]).name == "ecbplus.csv"
    assert Path(picture.path_edit.text()).name == "ecbplus.png"
