"""An orphan's work is attached to the event its edited passage became: whole onto an event
with no annotation, joined with the event's own otherwise; undone and redone; told."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.core.annotations import Status
from viewer.store import opening
from viewer.ui.main_window import MainWindow
from viewer.ui.orphans_panel import Column
from viewer.workspace import Workspace

ARTICLE = "003_4562f5bd9218622e.txt"
WAS = (
    "NATO foreign ministers met in Bucharest, Romania on Tuesday, along with representatives "
    "of prospective NATO members Ukraine, Finland and Sweden,"
)
NOW = "The alliance held talks in the Romanian capital on Tuesday with envoys from Kyiv,"
NOTE = "Check this against the communique"
ATTACH = "Ctrl+Shift+V"


@pytest.fixture
def corpus(tmp_path: Path, seeds: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(seeds, copy)
    return copy


def press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    """A key where the user's focus is (the event list unless they moved it)."""
    target = QApplication.focusWidget() or window.event_list.table
    *mods, last = keys.split("+")
    modifiers = Qt.KeyboardModifier.NoModifier
    for mod in mods:
        modifiers |= getattr(Qt.KeyboardModifier, f"{mod.replace('Ctrl', 'Control')}Modifier")
    qtbot.keyClick(target, getattr(Qt.Key, f"Key_{last}"), modifiers)


def open_window(qtbot: QtBot, corpus: Path, project: Path, opened: list[MainWindow]) -> MainWindow:
    """The window opened on a project as the app opens it: the articles read behind it."""
    window = MainWindow(Workspace.open([corpus], project_path=project))
    qtbot.addWidget(window)
    opened.append(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.start_loading()
    qtbot.waitUntil(
        lambda: window.workspace.state.checked and not window.is_loading(), timeout=20_000
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    window.event_list.table.setFocus()
    return window


def event_of(window: MainWindow, words: str) -> str:
    (event_id,) = [
        e.id for e in window.workspace.events if any(words in p.text for p in e.passages)
    ]
    return event_id


def annotate(qtbot: QtBot, window: MainWindow, event_id: str, note: str, *keys: str) -> None:
    """Type a note on an event, then press the panel's letter keys (D disputes, S stars…)."""
    window.select_event(event_id)
    window.event_list.table.setFocus()
    press(qtbot, window, "N")
    qtbot.keyClicks(window.panel.note_edit, note)
    qtbot.keyClick(window.panel.note_edit, Qt.Key.Key_Escape)
    for key in keys:
        press(qtbot, window, key)


def add_tag(qtbot: QtBot, window: MainWindow, tag: str) -> None:
    press(qtbot, window, "T")
    qtbot.keyClicks(window.panel.tags_edit, tag)
    press(qtbot, window, "Return")


def orphaned(qtbot: QtBot, corpus: Path, project: Path, opened: list[MainWindow]) -> MainWindow:
    """A note, a tag, disputed and starred on the sentence of WAS; the sentence rewritten in
    the article; the window opened again, the note in the Orphans panel."""
    first = open_window(qtbot, corpus, project, opened)
    annotate(qtbot, first, event_of(first, "NATO foreign ministers met"), NOTE, "D", "S")
    add_tag(qtbot, first, "communique")
    first.close()
    first.workspace.close()
    opened.remove(first)
    path = corpus / ARTICLE
    path.write_text(path.read_text(encoding="utf-8").replace(WAS, NOW), encoding="utf-8")
    window = open_window(qtbot, corpus, project, opened)
    assert window.orphans_dock.orphan_count() == 1
    return window


def pick_orphan(qtbot: QtBot, window: MainWindow) -> None:
    table = window.orphans_dock.table
    rect = table.visualRect(table.model().index(0, Column.QUOTE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_an_orphan_attached_to_an_event_with_no_annotation_brings_its_whole_work(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    dock = window.orphans_dock
    assert "1 event you annotated could not be found again" in window.banner.label.text()
    became = event_of(window, "The alliance held talks")
    pick_orphan(qtbot, window)
    window.select_event(became)  # clicked in the list
    title = window.panel.title_edit.text()
    assert title[:20] in dock.attach_line.text()  # said beforehand: which event it goes onto
    assert "whole" in dock.attach_button.toolTip()

    qtbot.mouseClick(dock.attach_button, Qt.MouseButton.LeftButton)

    assert dock.orphan_count() == 0
    assert "could not be found again" not in window.banner.label.text()
    assert window.current_event_id() == became
    panel = window.panel
    assert panel.note_edit.toPlainText() == NOTE
    assert panel.tags_edit.text() == "communique"
    assert panel.status_buttons[Status.DISPUTED].isChecked()
    assert panel.star_box.isChecked()
    assert "Attached" in panel.history.text()
    told = window.statusBar().currentMessage()
    assert told.startswith("Attached the orphan") and title[:20] in told

    # Kept: the next opening shows it on the event, and no orphan.
    window.close()
    window.workspace.close()
    opened_windows.remove(window)
    again = open_window(qtbot, corpus, project_path, opened_windows)
    assert again.orphans_dock.orphan_count() == 0
    assert again.workspace.annotation(became).note == NOTE


def test_attaching_onto_an_annotated_event_keeps_both_and_says_what_was_not_applied(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    dock = window.orphans_dock
    became = event_of(window, "The alliance held talks")
    annotate(qtbot, window, became, "Typed since", "C")  # confirmed
    add_tag(qtbot, window, "bucharest")
    pick_orphan(qtbot, window)
    window.select_event(became)
    assert "disputed" in dock.attach_line.text()  # the orphan's status will not be applied

    window.event_list.table.setFocus()
    press(qtbot, window, ATTACH)

    assert dock.orphan_count() == 0
    note = window.workspace.annotation(became)
    assert note.note == f"Typed since\n\n{NOTE}"
    assert note.tags == ("bucharest", "communique")
    assert note.starred
    assert note.status is Status.CONFIRMED  # the event's own kept
    assert window.panel.note_edit.toPlainText() == f"Typed since\n\n{NOTE}"
    told = window.statusBar().currentMessage()
    assert "not applied" in told and "disputed" in told
    assert "disputed" in window.panel.history.text()


def test_undo_puts_the_event_and_the_orphan_back_and_redo_attaches_again(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    dock = window.orphans_dock
    became = event_of(window, "The alliance held talks")
    annotate(qtbot, window, became, "Typed since", "C")
    pick_orphan(qtbot, window)
    window.select_event(became)
    dock.attach_action.trigger()  # the panel's right-click menu
    assert dock.attach_action in dock.table.actions()
    assert dock.orphan_count() == 0

    window.event_list.table.setFocus()
    press(qtbot, window, "Ctrl+Z")

    assert dock.orphan_count() == 1
    assert dock.isVisible()
    assert window.statusBar().currentMessage().startswith("Attaching undone")
    note = window.workspace.annotation(became)
    assert (note.note, note.status, note.starred, note.tags) == (
        "Typed since",
        Status.CONFIRMED,
        False,
        (),
    )
    assert window.panel.note_edit.toPlainText() == "Typed since"

    press(qtbot, window, "Ctrl+Shift+Z")

    assert dock.orphan_count() == 0
    assert window.workspace.annotation(became).note == f"Typed since\n\n{NOTE}"


def test_with_no_event_selected_nothing_is_attached_and_the_status_bar_says_why(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    pick_orphan(qtbot, window)
    window.select_event("")
    assert not window.orphans_dock.attach_button.isEnabled()
    assert "Select an event" in window.orphans_dock.attach_line.text()

    press(qtbot, window, ATTACH)  # in the Orphans panel, where the orphan was clicked

    assert window.orphans_dock.orphan_count() == 1
    assert "select an event first" in window.statusBar().currentMessage()


def test_a_read_only_project_attaches_nothing_and_says_why(
    qtbot: QtBot,
    corpus: Path,
    project_path: Path,
    opened_windows: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    orphaned(qtbot, corpus, project_path, opened_windows)
    for window in list(opened_windows):
        window.close()
        window.workspace.close()
        opened_windows.remove(window)
    before = project_path.read_bytes()
    monkeypatch.setattr(opening, "writable", lambda path: False)  # as a locked file says
    window = open_window(qtbot, corpus, project_path, opened_windows)
    pick_orphan(qtbot, window)
    window.select_event(event_of(window, "The alliance held talks"))
    assert "read-only" in window.orphans_dock.attach_line.text()

    press(qtbot, window, ATTACH)

    assert window.orphans_dock.orphan_count() == 1
    assert "read-only" in window.statusBar().currentMessage()
    assert project_path.read_bytes() == before


def test_the_key_with_the_orphans_panel_closed_attaches_no_orphan_unseen(
    qtbot: QtBot, corpus: Path, project_path: Path, opened_windows: list[MainWindow]
) -> None:
    window = orphaned(qtbot, corpus, project_path, opened_windows)
    window.orphans_dock.toggleViewAction().trigger()  # View › Orphans: closed
    window.select_event(event_of(window, "The alliance held talks"))
    window.event_list.table.setFocus()

    press(qtbot, window, ATTACH)

    assert window.orphans_dock.orphan_count() == 1
    assert "open View › Orphans" in window.statusBar().currentMessage()
