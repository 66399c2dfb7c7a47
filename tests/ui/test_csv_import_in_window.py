"""File › Import Annotations from CSV: colleagues' spreadsheet edits arrive on their events in
the window and the saved project, as one undo step; a file of another project is refused in
one message and changes nothing."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace, WorkspaceError

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The text and details of each message box the import shows, instead of waiting on it."""
    shown: list[tuple[str, str]] = []

    def shown_box(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", shown_box)
    return shown


def _exported(ws: Workspace, path: Path) -> list[dict[str, str]]:
    ws.export_csv(path)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _saved_by_a_spreadsheet(path: Path, rows: list[dict[str, str]]) -> Path:
    """As a European spreadsheet saves it: a BOM, semicolons, Windows line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=";")
    writer.writeheader()
    writer.writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


def _pick(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _notes(ws: Workspace) -> dict[str, tuple[str, Status, bool]]:
    return {k: (a.note, a.status, a.starred) for k, a in ws.annotations().items()}


def test_colleagues_edits_arrive_and_undo_as_one_step(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    rows = _exported(workspace, tmp_path / "exported.csv")
    first, second, third, fourth = rows[3], rows[7], rows[11], rows[13]
    first["note"] = "Pentagon release, p. 2"
    second["status"] = "confirmed"
    third["starred"] = "TRUE"
    fourth.update(date="2022-03-02", precision="day")
    watched = rows[20]["event_id"]
    window.session.select(watched)
    added = dict.fromkeys(rows[0], "") | {"title": "Found by a colleague"}
    rows.reverse()  # sorted the other way in the spreadsheet
    _pick(monkeypatch, _saved_by_a_spreadsheet(tmp_path / "edited.csv", [*rows, added]))

    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)

    text, details = boxes[-1]
    assert text == (
        f"Imported edited.csv: 4 events changed, {len(rows) - 4} unchanged; left out 1 row "
        "that names no event of the project. Edit › Undo takes the import back."
    )
    assert f"left out line {len(rows) + 2}: no event_id (a row added by hand?)" in details
    assert window.statusBar().currentMessage().startswith("Imported edited.csv: 4 events")
    imported = {
        first["event_id"]: ("Pentagon release, p. 2", Status.UNREVIEWED, False),
        second["event_id"]: ("", Status.CONFIRMED, False),
        third["event_id"]: ("", Status.UNREVIEWED, True),
    }
    assert _notes(workspace) == imported | {fourth["event_id"]: ("", Status.UNREVIEWED, False)}
    assert window.current_event_id() == watched  # the selection stays where the user left it
    window.session.select(first["event_id"])
    assert window.panel.note_edit.toPlainText() == "Pentagon release, p. 2"

    window.session.select(watched)
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL)
    assert _notes(workspace) == {}
    assert window.current_event_id() == watched
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _notes(workspace) == imported | {fourth["event_id"]: ("", Status.UNREVIEWED, False)}
    window.session.select(first["event_id"])
    assert window.panel.note_edit.toPlainText() == "Pentagon release, p. 2"

    again = Workspace.open([], workspace.project_path)
    try:
        again.load_all()
        assert _notes(again) == imported | {fourth["event_id"]: ("", Status.UNREVIEWED, False)}
        moved = again.annotation(fourth["event_id"]).date
        assert moved is not None and moved.first.isoformat() == "2022-03-02"
    finally:
        again.close()


def test_the_status_bar_says_the_import_was_undone_not_that_it_was_made(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    """Undone, the import left "Imported edited.csv: 2 events changed" in the status bar
    over events that no longer held its values."""
    rows = _exported(workspace, tmp_path / "exported.csv")
    rows[3]["note"], rows[7]["status"] = "Pentagon release, p. 2", "confirmed"
    _pick(monkeypatch, _saved_by_a_spreadsheet(tmp_path / "edited.csv", rows))
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)
    assert window.statusBar().currentMessage().startswith("Imported edited.csv: 2 events")

    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL)
    assert _notes(workspace) == {}
    assert window.statusBar().currentMessage() == (
        "Import of edited.csv undone: its 2 events are as they were (Redo imports it again)"
    )
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert window.statusBar().currentMessage() == "edited.csv imported again: 2 events changed"


def test_another_projects_csv_is_refused_in_one_message(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    rows = _exported(workspace, tmp_path / "exported.csv")
    for number, row in enumerate(rows):
        row["event_id"] = f"e{number:012x}"
        row["source"] = f"another story {row['source']}"
        row["note"] = "of another story"
    other = _saved_by_a_spreadsheet(tmp_path / "other.csv", rows)
    _pick(monkeypatch, other)

    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)

    assert [text for text, _ in boxes] == [
        f"{other}: none of its {len(rows)} rows names an event of this "
        "project (is it the export of another project?); nothing was applied"
    ]
    assert _notes(workspace) == {}
    assert not window.undo_stack.canUndo()


def test_an_import_that_cannot_be_saved_says_so_and_leaves_no_step(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
    messages: list[str],
) -> None:
    rows = _exported(workspace, tmp_path / "exported.csv")
    rows[0]["note"] = "typed in the spreadsheet"
    _pick(monkeypatch, _saved_by_a_spreadsheet(tmp_path / "edited.csv", rows))

    def full_disk(*_args: object) -> None:
        raise WorkspaceError("p.tlproj: the disk is full: nothing was saved")

    monkeypatch.setattr(workspace, "edit_annotations", full_disk)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)

    assert messages == ["Import edited.csv: p.tlproj: the disk is full: nothing was saved"]
    assert boxes == []  # no "Imported" box after it
    assert _notes(workspace) == {}
    assert not window.undo_stack.canUndo()


def test_a_read_only_project_says_so_before_asking_for_a_file(
    qtbot: QtBot,
    window: MainWindow,
    workspace: Workspace,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[tuple[str, str]],
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a: asked.append(a)))
    monkeypatch.setattr(workspace.project, "read_only", True)
    qtbot.keyClick(window, Qt.Key.Key_I, CTRL | SHIFT)
    assert boxes == [("p.tlproj is read-only: nothing can be imported into it.", "")]
    assert asked == []
