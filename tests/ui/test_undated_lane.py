"""Articles with no date: named in the undated lane, dated by hand; their relative dates follow."""
# mypy: allow-untyped-calls

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from viewer.ui.dialogs import DocumentDateDialog
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

UNDATED = """Council approves harbour budget

The city council approved the harbour budget on Tuesday, officials said.

The port authority signed the lease on 3 March 2021.
"""


@pytest.fixture
def corpus(seeds: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seeds, folder)
    (folder / "council.txt").write_text(UNDATED, encoding="utf-8")
    return folder


@pytest.fixture
def undated_window(qtbot: QtBot, corpus: Path, tmp_path: Path) -> Iterator[MainWindow]:
    ws = Workspace.open([corpus], project_path=tmp_path / "u.tlproj")
    ws.load_all()
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.workspace.close()


def _council_dates(window: MainWindow) -> dict[str, date]:
    ws = window.workspace
    return {
        e.primary.text.split(" ")[1]: ws.effective(e).date.first
        for e in ws.events
        if e.primary.document_id == "council.txt"
    }


def _answer_date_dialog(qtbot: QtBot, day: QDate) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DocumentDateDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, answer)
            return
        dialog.date_edit.setDate(day)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_the_lane_names_the_undated_article_and_nothing_else(undated_window: MainWindow) -> None:
    lane = undated_window.undated
    assert lane.isVisible()
    assert [d.id for d in lane.documents()] == ["council.txt"]
    assert "1 article has no publication date" in lane.label.text()
    assert "Council approves harbour budget" in lane.label.text()


def test_dating_the_article_by_hand_moves_its_relative_dates_and_undo_restores(
    qtbot: QtBot, undated_window: MainWindow
) -> None:
    lane = undated_window.undated
    _answer_date_dialog(qtbot, QDate(2021, 3, 12))
    qtbot.mouseClick(lane.set_date_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not lane.isVisible())
    dates = _council_dates(undated_window)
    assert dates["city"] == date(2021, 3, 9)  # "on Tuesday" before Friday 12 March 2021
    assert dates["port"] == date(2021, 3, 3)  # explicit: unmoved

    undated_window.undo_stack.undo()
    assert lane.isVisible()
    assert undated_window.workspace.documents_by_id["council.txt"].date is None
    undated_window.undo_stack.redo()
    assert not lane.isVisible()
    assert _council_dates(undated_window)["city"] == date(2021, 3, 9)


def test_with_several_undated_articles_the_button_offers_each(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    (corpus / "harbour.txt").write_text(UNDATED.replace("Council", "Harbour"), encoding="utf-8")
    ws = Workspace.open([corpus], project_path=tmp_path / "two.tlproj")
    ws.load_all()
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    try:
        lane = win.undated
        assert "2 articles have no publication date" in lane.label.text()
        shown: list[list[str]] = []

        def look() -> None:
            menu = QApplication.activePopupWidget()
            assert isinstance(menu, QMenu)
            shown.append([a.text() for a in menu.actions()])
            menu.close()

        QTimer.singleShot(50, look)
        qtbot.mouseClick(lane.set_date_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown))
        assert sorted(shown[0]) == [
            "Council approves harbour budget",
            "Harbour approves harbour budget",
        ]
    finally:
        win.close()
        ws.close()


def test_a_corpus_where_every_article_is_dated_shows_no_lane(window: MainWindow) -> None:
    assert not window.undated.isVisible()


def _open_date_dialog(
    qtbot: QtBot, window: MainWindow, answer: Callable[[DocumentDateDialog], None]
) -> None:
    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, DocumentDateDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, look)
            return
        answer(dialog)

    QTimer.singleShot(0, look)
    qtbot.mouseClick(window.undated.set_date_button, Qt.MouseButton.LeftButton)


def test_the_date_asked_of_an_undated_article_is_never_today(
    qtbot: QtBot, undated_window: MainWindow
) -> None:
    seen: list[tuple[bool, str]] = []

    def answer(dialog: DocumentDateDialog) -> None:
        seen.append((dialog.ok_button.isEnabled(), dialog.offer_label.text()))
        qtbot.keyClick(dialog.date_edit, Qt.Key.Key_Return)  # takes the day offered

    _open_date_dialog(qtbot, undated_window, answer)
    qtbot.waitUntil(lambda: not undated_window.undated.isVisible())
    assert seen == [(True, "Enter or OK takes 3 Mar 2021, the latest day the article names.")]
    doc = undated_window.workspace.documents_by_id["council.txt"]
    assert doc.date == date(2021, 3, 3)  # "signed the lease on 3 March 2021", not today


def test_a_click_on_ok_takes_the_day_offered_as_enter_does(
    qtbot: QtBot, undated_window: MainWindow
) -> None:
    """OK was grey while a day was offered, though Enter took it."""

    enabled: list[bool] = []

    def answer(dialog: DocumentDateDialog) -> None:
        enabled.append(dialog.ok_button.isEnabled())
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the field loses focus
        if dialog.isVisible():  # the click did nothing: close it all the same
            dialog.reject()

    _open_date_dialog(qtbot, undated_window, answer)
    qtbot.waitUntil(lambda: bool(enabled))
    assert enabled == [True]
    doc = undated_window.workspace.documents_by_id["council.txt"]
    assert doc.date == date(2021, 3, 3)


def test_an_article_naming_no_day_is_offered_the_date_of_the_one_before_it(
    qtbot: QtBot, corpus: Path, tmp_path: Path
) -> None:
    (corpus / "council.txt").write_text(UNDATED.split("The port")[0], encoding="utf-8")
    ws = Workspace.open([corpus], project_path=tmp_path / "v.tlproj")
    ws.load_all()
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    before = max((d.id, d.date) for d in ws.documents if d.date and d.id < "council.txt")
    seen: list[str] = []

    def answer(dialog: DocumentDateDialog) -> None:
        seen.append(dialog.offer_label.text())
        dialog.reject()

    try:
        _open_date_dialog(qtbot, win, answer)
        qtbot.waitUntil(lambda: bool(seen))
        assert seen[0].startswith("Enter or OK takes ")
        assert f"the date of {before[0]}, the article before it" in seen[0]
        assert ws.documents_by_id["council.txt"].date is None  # cancelled: still undated
    finally:
        win.close()
        ws.close()
