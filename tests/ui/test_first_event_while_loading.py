"""A folder opened for the first time fills the list as its articles are read. The window
selected the first event of the first articles read and kept it when earlier ones came:
opened on a folder whose oldest article was read last, the list stood scrolled to its
middle, on an event of 2023 under fifteen of 1962, as if the user had chosen it."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

OLD = """The long story of the harbour bridge

By Jonas Weber, Harbour Gazette
1 October 2024

The harbour bridge was opened in 1962 by the then mayor, Karl Lund.
"""
NEW = """City council approves harbour bridge repairs

By Maria Lindqvist, Harbour Gazette
14 March 2024

The city council voted on Tuesday to spend 12 million euros on repairs to the bridge.

The transport ministry announced on Monday that it would pay a third of the cost.
"""


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "long_story.txt").write_text(OLD, encoding="utf-8")
    (folder / "council.txt").write_text(NEW, encoding="utf-8")
    return folder


def _window_on_first_read(qtbot: QtBot, tmp_path: Path) -> tuple[Workspace, MainWindow, Workspace]:
    """The window showing the events of the article read first; a workspace that has read
    them all, closed by the test."""
    folder = _articles(tmp_path)
    scout = Workspace.open([folder], project_path=tmp_path / "scout.tlproj")
    scout.load_all()  # what the first articles read give, before the rest
    read_first = [d for d in scout.documents if d.id == "council.txt"]
    found_first = [e for e in scout.events if e.primary.document_id == "council.txt"]
    workspace = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    workspace.show_partial(read_first, found_first)
    window.session.show(workspace, keep_view=False)
    return workspace, window, scout


def test_the_first_event_is_selected_once_earlier_ones_are_read(
    qtbot: QtBot, tmp_path: Path
) -> None:
    workspace, window, scout = _window_on_first_read(qtbot, tmp_path)
    try:
        assert window.current_event_id() == window.model.event_at(0).id
        workspace.load_all()  # the older article read too
        window.session.show(workspace, keep_view=True)
        first = window.model.event_at(0)
        assert first.date.first.year == 1962
        assert window.current_event_id() == first.id
        assert window.event_list.table.currentIndex().row() == 0
    finally:
        window.close()
        workspace.close()
        scout.close()


def test_an_event_the_user_chose_meanwhile_stays_selected(qtbot: QtBot, tmp_path: Path) -> None:
    workspace, window, scout = _window_on_first_read(qtbot, tmp_path)
    try:
        table = window.event_list.table
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_Down)  # the user's own choice
        chosen = window.current_event_id()
        assert chosen == window.model.event_at(1).id
        workspace.load_all()
        window.session.show(workspace, keep_view=True)
        assert window.current_event_id() == chosen
    finally:
        window.close()
        workspace.close()
        scout.close()
