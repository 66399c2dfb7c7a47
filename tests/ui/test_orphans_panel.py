"""The Orphans panel lists annotations whose passage left the source file; moves are told."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.ui.orphans_panel import Column, OrphansModel
from viewer.workspace import Workspace

ARTICLE = "003_4562f5bd9218622e.txt"
WORDS = "NATO foreign ministers met"
NOTE = "Check this against the communique <b>not bold</b>"


@pytest.fixture
def corpus(tmp_path: Path, seeds: Path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(seeds, copy)
    return copy


def open_window(qtbot: QtBot, corpus: Path, project: Path) -> MainWindow:
    ws = Workspace.open([corpus], project_path=project)
    ws.load_all()
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window


def annotate_by_keyboard(qtbot: QtBot, window: MainWindow) -> str:
    """Select the event of WORDS, type a note with N, and leave the window."""
    ws = window.workspace
    (event_id,) = [e.id for e in ws.events if any(WORDS in p.text for p in e.passages)]
    window.select_event(event_id)
    window.event_list.table.setFocus()
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_N)
    qtbot.keyClicks(window.panel.note_edit, NOTE)
    qtbot.keyClick(window.panel.note_edit, Qt.Key.Key_Escape)
    window.close()
    window.workspace.close()
    return event_id


def rewrite(corpus: Path, change: str) -> None:
    path = corpus / ARTICLE
    text = path.read_text(encoding="utf-8")
    start = text.index(WORDS)
    end = text.index("\n", start)
    paragraph = text.rindex("\n\n", 0, start) + 2
    if change == "delete":
        text = text[:start] + text[end:]
    else:
        text = (
            text[:paragraph] + "A paragraph added later, with no date in it.\n\n" + text[paragraph:]
        )
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def closing() -> Iterator[list[MainWindow]]:
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
        window.workspace.close()


def test_no_orphans_keeps_the_panel_hidden_but_offered(window: MainWindow) -> None:
    dock = window.orphans_dock
    assert dock.isHidden()
    assert dock.orphan_count() == 0
    action = dock.toggleViewAction()
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert isinstance(view_menu, QMenu) and action in view_menu.actions()
    action.trigger()
    assert dock.isVisible()
    assert dock.empty.isVisible() and "No orphans" in dock.empty.text()


def test_a_deleted_passage_leaves_its_note_in_the_orphans_panel(
    qtbot: QtBot,
    corpus: Path,
    project_path: Path,
    closing: list[MainWindow],
    qtmodeltester: ModelTester,
) -> None:
    annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project_path))
    rewrite(corpus, "delete")

    window = open_window(qtbot, corpus, project_path)
    closing.append(window)
    dock = window.orphans_dock
    assert dock.isVisible()  # shown without being asked: the user must not miss it
    assert dock.windowTitle() == "Orphans (1)"
    model = dock.model
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    cell = {c: model.index(0, c).data() for c in Column}
    assert WORDS in cell[Column.QUOTE]
    assert ARTICLE in cell[Column.DOCUMENT]
    assert cell[Column.NOTE] == NOTE  # as typed: no markup interpreted, nothing lost
    assert "no longer in the file" in cell[Column.REASON]
    assert dock.table.isVisible()

    # Still there after another reopening: an orphan is never dropped.
    window.close()
    window.workspace.close()
    closing.clear()
    again = open_window(qtbot, corpus, project_path)
    closing.append(again)
    assert again.orphans_dock.orphan_count() == 1


def test_inserted_text_moves_the_annotation_and_its_history_says_so(
    qtbot: QtBot, corpus: Path, project_path: Path, closing: list[MainWindow]
) -> None:
    event_id = annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project_path))
    rewrite(corpus, "insert")

    window = open_window(qtbot, corpus, project_path)
    closing.append(window)
    assert window.orphans_dock.orphan_count() == 0
    assert window.orphans_dock.isHidden()
    window.select_event(event_id)
    assert window.panel.note_edit.toPlainText() == NOTE
    assert "moved" in window.panel.history.text()
    assert "characters later" in window.panel.history.text()
    start, end = window.source_view.highlighted_range()
    assert WORDS in window.workspace.documents_by_id[ARTICLE].text[start:end]


def test_the_orphans_model_passes_the_model_tester_when_empty(
    qtmodeltester: ModelTester, workspace: Workspace
) -> None:
    qtmodeltester.check(OrphansModel(workspace))


def _open_in(qtbot: QtBot, window: MainWindow, folder: Path, project: Path) -> None:
    """Open another folder in the window, as File › Open Folder does."""
    window.start_loading(Workspace.open([folder], project_path=project))
    qtbot.waitUntil(
        lambda: window.workspace.project_path == project and window.workspace.state.checked,
        timeout=20_000,
    )


def test_the_panel_opened_for_orphans_closes_when_another_folder_has_none(
    qtbot: QtBot, corpus: Path, seeds: Path, tmp_path: Path, closing: list[MainWindow]
) -> None:
    project = tmp_path / "orphaned.tlproj"
    annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project))
    rewrite(corpus, "delete")
    window = open_window(qtbot, corpus, project)
    closing.append(window)
    assert window.orphans_dock.isVisible()

    _open_in(qtbot, window, seeds, tmp_path / "seeds.tlproj")

    assert window.orphans_dock.orphan_count() == 0
    assert window.orphans_dock.isHidden()  # no empty panel left taking the list's rows
    assert window.actions_.action("orphans").isEnabled()  # still offered in View


def test_the_panel_the_user_opened_stays_open(
    qtbot: QtBot, corpus: Path, seeds: Path, tmp_path: Path, closing: list[MainWindow]
) -> None:
    window = open_window(qtbot, corpus, tmp_path / "first.tlproj")
    closing.append(window)
    window.actions_.action("orphans").trigger()  # View › Orphans
    assert window.orphans_dock.isVisible()

    _open_in(qtbot, window, seeds, tmp_path / "seeds.tlproj")

    assert window.orphans_dock.isVisible()


def test_an_export_says_the_orphans_are_not_in_it(
    qtbot: QtBot,
    corpus: Path,
    project_path: Path,
    closing: list[MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project_path))
    rewrite(corpus, "delete")
    window = open_window(qtbot, corpus, project_path)
    closing.append(window)
    out = corpus.parent / "all.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    window.actions_.action("export_csv").trigger()  # File › Export CSV

    assert out.exists()
    told = window.statusBar().currentMessage()
    assert told.startswith("Exported ")
    assert told.endswith("; 1 orphaned annotation is not in it (View › Orphans)")


def test_the_panel_opened_for_one_orphan_is_as_tall_as_its_row(
    qtbot: QtBot, corpus: Path, project_path: Path, closing: list[MainWindow]
) -> None:
    """It opened 150 pixels tall for one orphan: at 1366 x 768 the list kept eight rows and
    the article three lines."""
    annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project_path))
    rewrite(corpus, "delete")
    ws = Workspace.open([corpus], project_path=project_path)
    window = MainWindow(ws)
    closing.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.start_loading()  # the orphan is found once the articles are read
    dock = window.orphans_dock
    qtbot.waitUntil(dock.isVisible, timeout=20_000)
    qtbot.wait(50)  # the dock laid out at its height

    table = dock.table
    row_bottom = table.rowViewportPosition(0) + table.rowHeight(0)
    assert row_bottom <= table.viewport().height()  # the orphan's row whole
    assert table.viewport().height() < 2 * table.rowHeight(0) + 8  # and no empty rows' room


def test_an_orphans_note_can_be_copied_to_paste_on_another_event(
    qtbot: QtBot, corpus: Path, project_path: Path, closing: list[MainWindow]
) -> None:
    """The panel showed the note, cut to a line, and nothing could take it: to keep it on the
    event its passage became, it had to be typed again from the tooltip."""
    annotate_by_keyboard(qtbot, open_window(qtbot, corpus, project_path))
    rewrite(corpus, "delete")
    window = open_window(qtbot, corpus, project_path)
    closing.append(window)
    table = window.orphans_dock.table
    QApplication.clipboard().clear()
    rect = table.visualRect(table.model().index(0, Column.NOTE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)

    assert QApplication.clipboard().text() == NOTE
    copy = table.actions()[0]  # also on the right-click menu
    assert copy.text() == "&Copy Note and Tags"


def test_an_orphan_shows_its_star_status_and_corrections_besides_its_note(
    qtbot: QtBot, corpus: Path, project_path: Path, closing: list[MainWindow]
) -> None:
    """A starred, disputed event whose passage was deleted showed its note alone: the star
    had gone from the Starred count, and nothing said the orphan had one."""
    window = open_window(qtbot, corpus, project_path)
    (event_id,) = [
        e.id for e in window.workspace.events if any(WORDS in p.text for p in e.passages)
    ]
    window.select_event(event_id)
    window.workspace.edit_annotation(event_id, title="The corrected title")
    for key in (Qt.Key.Key_S, Qt.Key.Key_D):  # Event › Star, Event › Status › Dispute
        qtbot.keyClick(window.event_list.table, key)
    annotate_by_keyboard(qtbot, window)
    rewrite(corpus, "delete")

    again = open_window(qtbot, corpus, project_path)
    closing.append(again)
    cell = str(again.orphans_dock.model.index(0, Column.NOTE).data())
    assert cell.startswith("★ disputed “The corrected title” ")
    assert cell.endswith(NOTE)
