"""Two windows typing into one event's fields at once: neither's typing is lost, and a user
whose save met the other window's is told. Each window picks up the other's saves only when
the test says (its once-a-second look is stopped), so the order is the one written here."""
# mypy: allow-untyped-calls

from __future__ import annotations

import signal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from tests.ui.test_window_sessions import _on_one_event, _two_windows, _window, typist
from viewer.core.annotations import Annotation, Status
from viewer.store import Project
from viewer.ui.main_window import MainWindow


def _looking_only_when_told(*windows: MainWindow) -> None:
    for window in windows:
        window.elsewhere.timer.stop()


def _sharing(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> tuple[Path, MainWindow, MainWindow, str]:
    """Two windows on one project, each on the same event, looking only when told."""
    project = tmp_path / "shared.tlproj"
    first, second = _two_windows(qtbot, project, opened_windows)
    _looking_only_when_told(first, second)
    return project, first, second, _on_one_event(first, second)


def _type_in(
    qtbot: QtBot, window: MainWindow, field: QLineEdit | QPlainTextEdit, text: str
) -> None:
    """The window in front, the cursor where it was left in that field, and keys typed."""
    window.activateWindow()
    window.panel.focus_field(field)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClicks(field, text)


def _stored(project: Path, event_id: str) -> Annotation:
    with Project.open(project) as store:
        return store.annotations()[event_id]


def test_a_note_typed_in_two_windows_at_once_keeps_both(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project, first, second, event_id = _sharing(qtbot, tmp_path, opened_windows)
    _type_in(qtbot, first, first.panel.note_edit, "asked the ministry")
    # The second window has not looked yet: its empty note is what it types into.
    _type_in(qtbot, second, second.panel.note_edit, "ministry denies")
    both = "ministry denies\n\nasked the ministry"
    assert _stored(project, event_id).note == both
    assert second.panel.note_edit.toPlainText() == both
    told = second.statusBar().currentMessage()
    assert "another window" in told and "both" in told
    # The first window looks while its cursor is still at the end of what it typed.
    first.activateWindow()
    qtbot.waitUntil(first.panel.note_edit.hasFocus)
    first.elsewhere.check()
    qtbot.keyClicks(first.panel.note_edit, " again")
    assert first.panel.note_edit.toPlainText() == both + " again"
    assert _stored(project, event_id).note == both + " again"
    second.elsewhere.check()  # the other typing on does not take the line away
    assert "both" in second.statusBar().currentMessage()
    assert "both" in first.panel.history.text()  # and said where it stays
    first.undo_stack.undo()  # what it typed since it looked: the other window's text stays
    assert _stored(project, event_id).note == both


def test_tags_typed_in_two_windows_at_once_keep_each_ones_changes(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project, first, second, event_id = _sharing(qtbot, tmp_path, opened_windows)
    _type_in(qtbot, first, first.panel.tags_edit, "troops, nato")
    second.elsewhere.check()
    _type_in(qtbot, first, first.panel.tags_edit, ", madrid")  # the cursor stays in the tags
    # The second window saw "troops, nato": it takes "nato" out and adds its own.
    second.activateWindow()
    second.panel.focus_field(second.panel.tags_edit)
    qtbot.waitUntil(second.panel.tags_edit.hasFocus)
    qtbot.keyClick(second.panel.tags_edit, Qt.Key.Key_End)
    for _ in "nato":
        qtbot.keyClick(second.panel.tags_edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(second.panel.tags_edit, "summit")
    assert _stored(project, event_id).tags == ("troops", "madrid", "summit")
    assert "another window" in second.statusBar().currentMessage()
    first.activateWindow()
    qtbot.waitUntil(first.panel.tags_edit.hasFocus)
    first.elsewhere.check()  # while typing: the field is the user's until it is left
    assert first.panel.tags_edit.text() == "troops, nato, madrid"
    qtbot.keyClicks(first.panel.tags_edit, ", spain")
    assert _stored(project, event_id).tags == ("troops", "madrid", "summit", "spain")
    assert "another window" in first.statusBar().currentMessage()
    qtbot.keyClick(first.panel.tags_edit, Qt.Key.Key_Return)  # done: the field shows all
    assert first.panel.tags_edit.text() == "troops, madrid, summit, spain"


def test_a_title_saved_over_another_windows_title_says_so_and_undo_brings_theirs_back(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project, first, second, event_id = _sharing(qtbot, tmp_path, opened_windows)
    first.activateWindow()
    first.panel.edit_title()
    qtbot.waitUntil(first.panel.title_edit.hasFocus)
    first.panel.title_edit.selectAll()
    qtbot.keyClicks(first.panel.title_edit, "Pentagon sends 500 troops")
    # Going to the other window saves the title; that one has not looked yet.
    second.activateWindow()
    second.panel.edit_title()
    qtbot.waitUntil(second.panel.title_edit.hasFocus)
    assert _stored(project, event_id).title == "Pentagon sends 500 troops"
    second.panel.title_edit.selectAll()
    qtbot.keyClicks(second.panel.title_edit, "NATO reinforces its east")
    qtbot.keyClick(second.panel.title_edit, Qt.Key.Key_Return)
    assert _stored(project, event_id).title == "NATO reinforces its east"
    told = second.statusBar().currentMessage()
    assert "“Pentagon sends 500 troops”" in told and "Undo" in told
    # Back in the first window, typing on in its title, which it left a moment ago.
    first.activateWindow()
    qtbot.waitUntil(first.panel.title_edit.hasFocus)
    first.elsewhere.check()
    qtbot.keyClick(first.panel.title_edit, Qt.Key.Key_End)
    qtbot.keyClicks(first.panel.title_edit, " to Poland")
    first.elsewhere.check()  # what is being typed stays as typed
    assert first.panel.title_edit.text() == "Pentagon sends 500 troops to Poland"
    qtbot.keyClick(first.panel.title_edit, Qt.Key.Key_Return)
    assert _stored(project, event_id).title == "Pentagon sends 500 troops to Poland"
    told = first.statusBar().currentMessage()
    assert "“NATO reinforces its east”" in told and "Undo" in told
    first.undo_stack.undo()
    assert _stored(project, event_id).title == "NATO reinforces its east"


def test_a_status_clicked_over_another_windows_unseen_status_says_so(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    project, first, second, event_id = _sharing(qtbot, tmp_path, opened_windows)
    qtbot.mouseClick(second.panel.status_buttons[Status.DISPUTED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.panel.status_buttons[Status.CONFIRMED], Qt.MouseButton.LeftButton)
    assert _stored(project, event_id).status is Status.CONFIRMED
    assert "disputed" in first.statusBar().currentMessage()
    # A star is a field of its own: the other window's status is not touched by it.
    qtbot.mouseClick(second.panel.star_box, Qt.MouseButton.LeftButton)
    assert (_stored(project, event_id).status, _stored(project, event_id).starred) == (
        Status.CONFIRMED,
        True,
    )


def test_a_corrected_date_being_typed_is_not_replaced_by_a_pick_up(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    _, first, second, event_id = _sharing(qtbot, tmp_path, opened_windows)
    first.activateWindow()
    first.panel.correct_date()
    qtbot.waitUntil(first.panel.date_edit.hasFocus)
    first.panel.date_edit.selectAll()
    qtbot.keyClicks(first.panel.date_edit, "2022-03-06")
    qtbot.keyClicks(second.panel.note_edit, "checked")
    first.elsewhere.check()
    assert first.panel.date_edit.date().toString("yyyy-MM-dd") == "2022-03-06"
    assert first.workspace.annotation(event_id).note == "checked"


def test_a_window_killed_while_typing_after_another_typed_keeps_both_notes(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    """A window of its own process types key by key, looking for the other's saves before
    each key, and is killed right after one; this window typed its note in between."""
    project = tmp_path / "shared.tlproj"
    here = _window(qtbot, project, opened_windows)
    _looking_only_when_told(here)
    text = "Confirmed by the ministry"
    child = typist(project, text, tmp_path)
    assert child.stdout is not None and child.stdin is not None
    event_id = child.stdout.readline().strip()
    for n in range(1, 10):
        assert child.stdout.readline() == f"{n}\n"
        if n == 5:  # five keys typed there; this window has not looked, and types its own
            here.select_event(event_id)
            _type_in(qtbot, here, here.panel.note_edit, "denied here")
        if n < 9:
            child.stdin.write("\n")
            child.stdin.flush()
    child.send_signal(signal.SIGKILL)  # right after its ninth key
    child.wait()
    assert _stored(project, event_id).note == "denied here\n\n" + text[:9]
