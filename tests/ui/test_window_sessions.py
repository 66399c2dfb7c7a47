"""The window with others on its project, and with projects it cannot fully trust: a second
window sees the first one's edits, a read-only project says so, a damaged one still opens,
and a window killed right after a key keeps that key."""
# mypy: allow-untyped-calls

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from tests.viewer_process import ROOT
from viewer.core.annotations import Status
from viewer.store import Project, opening
from viewer.ui import app
from viewer.ui.commands import DocumentDateCommand, MergeCommand, SplitCommand
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

SEEDS = ROOT / "seeds"


def _window(qtbot: QtBot, project: Path, opened: list[MainWindow]) -> MainWindow:
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    opened.append(window)
    return window


def _two_windows(
    qtbot: QtBot, project: Path, opened: list[MainWindow]
) -> tuple[MainWindow, MainWindow]:
    """Two windows on one project, as a user opens it twice."""
    return _window(qtbot, project, opened), _window(qtbot, project, opened)


def _on_one_event(first: MainWindow, second: MainWindow) -> str:
    """Both windows on the same event; its id."""
    event_id = first.workspace.events[3].id
    first.select_event(event_id)
    second.select_event(event_id)
    return event_id


def test_a_second_window_shows_what_the_first_one_typed(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project = tmp_path / "shared.tlproj"
    first, second = _two_windows(qtbot, project, opened_windows)
    event_id = _on_one_event(first, second)
    qtbot.keyClicks(first.panel.note_edit, "checked with the ministry")
    qtbot.mouseClick(first.panel.status_buttons[Status.CONFIRMED], Qt.MouseButton.LeftButton)
    assert first.workspace.annotation(event_id).status is Status.CONFIRMED
    # Within the second window's next look at the project (once a second).
    qtbot.waitUntil(
        lambda: second.panel.note_edit.toPlainText() == "checked with the ministry", timeout=5000
    )
    assert second.panel.status_buttons[Status.CONFIRMED].isChecked()
    assert "Changed elsewhere" in second.statusBar().currentMessage()
    # The second window's own edit of another field keeps the first one's.
    qtbot.mouseClick(second.panel.star_box, Qt.MouseButton.LeftButton)
    with Project.open(project) as store:
        stored = store.annotations()[event_id]
    assert (stored.note, stored.status, stored.starred) == (
        "checked with the ministry",
        Status.CONFIRMED,
        True,
    )


def test_a_read_only_project_opens_read_only_and_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    opened_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    messages: list[str],
) -> None:
    project = tmp_path / "locked.tlproj"
    made = Workspace.open([SEEDS], project)
    made.load_all()
    event_id = made.events[0].id
    made.edit_annotation(event_id, note="from before")
    made.close()
    before = project.read_bytes()
    monkeypatch.setattr(opening, "writable", lambda path: False)  # as a locked file says
    window = _window(qtbot, project, opened_windows)
    window.session.show(window.workspace)
    assert window.windowTitle().startswith("locked.tlproj (read-only)")
    assert window.banner.isVisible()
    assert "read-only" in window.banner.label.text()
    window.select_event(event_id)
    assert window.panel.note_edit.toPlainText() == "from before"
    assert not window.panel.isEnabled()
    key(qtbot, window, "S")  # star: not offered
    assert not window.actions_.action("star").isEnabled()
    assert window.workspace.annotation(event_id).starred is False
    assert messages == []
    assert project.read_bytes() == before


def test_a_damaged_corrected_date_still_opens_the_window(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow], messages: list[str]
) -> None:
    project = tmp_path / "damaged.tlproj"
    made = Workspace.open([SEEDS], project)
    made.load_all()
    from datetime import date

    made.set_document_date(made.documents[0].id, date(2022, 3, 1))
    made.close()
    conn = sqlite3.connect(project)
    conn.execute("UPDATE document_dates SET value = 'not a date'")
    conn.commit()
    conn.close()
    app.application()
    window = app.open_window([], project)
    assert window is not None
    opened_windows.append(window)
    qtbot.waitUntil(lambda: not window.is_loading(), timeout=20_000)
    assert messages == []
    assert len(window.workspace.documents) == 5 and window.model.rowCount() > 0
    assert "checking the articles" not in window.statusBar().currentMessage()
    assert "corrected publication date “not a date”" in window.banner.label.text()


# A window of its own process: types a note key by key and says each key once typed; the
# test kills it at once, with no chance to save anything more.
TYPIST = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import date
from pathlib import Path
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from viewer.ui.commands import DocumentDateCommand, MergeCommand, SplitCommand
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

project, seeds, text = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
qt = QApplication([])
ws = Workspace.open([seeds], project)
ws.load_all()
window = MainWindow(ws)
window.show()
window.select_event(ws.events[2].id)
window.panel.edit_note()
window.elsewhere.timer.stop()
print(ws.events[2].id, flush=True)
for n, letter in enumerate(text, 1):
    window.elsewhere.check()  # what another window saved meanwhile, as a second would
    QTest.keyClicks(window.panel.note_edit, letter)
    print(n, flush=True)
    sys.stdin.readline()
"""


def typist(project: Path, text: str, tmp_path: Path) -> subprocess.Popen[str]:
    """A window of its own process on `project` that types `text` into an event's note, a key
    each time a line is written to it, saying each key's number once typed."""
    return subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(project), str(SEEDS), text],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT), XDG_DATA_HOME=str(tmp_path / "data")),
    )


def test_a_window_killed_right_after_a_key_keeps_it(tmp_path: Path) -> None:
    text = "Confirmed by the ministry"
    rng = random.Random(17)
    for attempt in range(4):
        project = tmp_path / f"typed{attempt}.tlproj"
        typed = rng.randint(1, len(text))
        child = typist(project, text, tmp_path)
        assert child.stdout is not None and child.stdin is not None
        event_id = child.stdout.readline().strip()
        for n in range(1, typed + 1):
            assert child.stdout.readline() == f"{n}\n"
            if n < typed:
                child.stdin.write("\n")
                child.stdin.flush()
        child.send_signal(signal.SIGKILL)  # right after key `typed` was typed
        child.wait()
        assert child.returncode == -signal.SIGKILL
        with Project.open(project) as store:
            assert store.annotations()[event_id].note == text[:typed]


def test_an_undo_keeps_a_date_and_a_split_another_window_saved_since(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow], messages: list[str]
) -> None:
    project = tmp_path / "shared.tlproj"
    first, second = _two_windows(qtbot, project, opened_windows)
    doc = first.workspace.documents[1].id
    first.undo_stack.push(DocumentDateCommand(first.session, doc, date(2022, 3, 1), ""))
    second.elsewhere.check()
    second.undo_stack.push(DocumentDateCommand(second.session, doc, date(2022, 3, 5), ""))
    first.elsewhere.check()
    first.undo_stack.undo()  # its own correction, but the second window corrected it since
    assert "publication date changed in another window since" in messages[-1]
    second.elsewhere.check()
    for window in (first, second):
        assert window.workspace.documents_by_id[doc].date == date(2022, 3, 5)
    # Merge two events here, split one passage back out there, undo the merge here.
    x, y = [e for e in first.workspace.events if len(e.passages) == 1][:2]
    first.undo_stack.push(MergeCommand(first.session, y.id, x.id))
    second.elsewhere.check()
    merged = second.workspace.event(y.id)
    second.undo_stack.push(SplitCommand(second.session, y.id, merged.passages[-1]))
    split = second.workspace.project.groupings()
    first.elsewhere.check()
    first.undo_stack.undo()
    assert "merges and splits of these passages changed" in messages[-1]
    with Project.open(project) as store:
        assert store.groupings() == split
    # With no one else in between, undo and redo go through as before.
    second.undo_stack.undo()
    second.undo_stack.redo()
    with Project.open(project) as store:
        assert store.groupings() == split


def test_a_title_field_left_unchanged_keeps_the_title_another_window_saved(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project = tmp_path / "shared.tlproj"
    first, second = _two_windows(qtbot, project, opened_windows)
    # The second window looks for the change when the test says, once its title has the
    # cursor: its own timer, on a slow machine, could look before and show the new title.
    second.elsewhere.timer.stop()
    event_id = _on_one_event(first, second)
    first.activateWindow()
    first.panel.title_edit.setText("Ministry confirms the deployment")
    first.panel.title_edit.setModified(True)
    first.panel.title_edit.editingFinished.emit()
    assert first.workspace.annotation(event_id).title == "Ministry confirms the deployment"
    second.activateWindow()
    second.panel.edit_title()
    qtbot.waitUntil(second.panel.title_edit.hasFocus)
    second.elsewhere.check()  # picked up while the cursor rests in the title
    assert second.panel.title_edit.text() != "Ministry confirms the deployment"
    qtbot.keyClick(second.panel.title_edit, Qt.Key.Key_Return)  # Enter on the title as shown
    with Project.open(project) as store:
        assert store.annotations()[event_id].title == "Ministry confirms the deployment"
    assert second.panel.title_edit.text() == "Ministry confirms the deployment"


def test_an_event_merged_away_in_another_window_is_followed_to_the_merged_one(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    """The second window went to the list's first event, and the rest of a note being
    typed was saved on that event."""
    project = tmp_path / "shared.tlproj"
    first, second = _two_windows(qtbot, project, opened_windows)
    x, y = [e for e in first.workspace.events if len(e.passages) == 1][:2]
    second.select_event(x.id)
    qtbot.keyClicks(second.panel.note_edit, "ask the ministry")
    first.elsewhere.check()
    first.undo_stack.push(MergeCommand(first.session, y.id, x.id))
    merged = first.current_event_id()
    second.elsewhere.check()
    assert second.current_event_id() == merged
    qtbot.keyClicks(second.panel.note_edit, " again")
    with Project.open(project) as store:
        notes = {k: a.note for k, a in store.annotations().items() if a.note}
    assert notes == {merged: "ask the ministry again"}
