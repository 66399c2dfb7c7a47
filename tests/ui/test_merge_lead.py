"""Merging by hand from a clause cut from a sentence into the sentence another article
leads with: the merged event shows the whole sentence and its title, not the clause; the
dialog says which leads, and the user can put the other first."""
# mypy: allow-untyped-calls

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.test_annotating import key
from viewer.core.model import DateValue, Event
from viewer.ui.dialogs import EventPickerDialog
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

CLAUSE = "The staggering pace of US weapons transfers to Ukraine was spelled out"
SENTENCE = "The Pentagon has deployed thousands of additional troops to Europe"


def _event(window: MainWindow, opening: str) -> Event:
    return next(e for e in window.workspace.events if e.primary.text.startswith(opening))


def _merge_by_keyboard(
    qtbot: QtBot, window: MainWindow, typed: str, in_dialog: Callable[[EventPickerDialog], None]
) -> None:
    """Ctrl+M, the picked event found by typing, `in_dialog` done, then Enter."""

    def work_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EventPickerDialog):  # not up yet (a loaded machine)
            QTimer.singleShot(10, work_the_dialog)
            return
        try:
            qtbot.keyClicks(dialog.search, typed)
            in_dialog(dialog)
            qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # not merged: closed, so that the test reports, not hangs
                dialog.reject()

    QTimer.singleShot(50, work_the_dialog)
    key(qtbot, window, "Ctrl+M")


def test_the_whole_sentence_leads_the_merge_of_a_clause_into_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    clause, sentence = _event(window, CLAUSE), _event(window, SENTENCE)
    window.select_event(clause.id)  # the clause is the event the user started from
    told: list[str] = []

    def read(dialog: EventPickerDialog) -> None:
        assert dialog.chosen() == sentence.id
        assert dialog.lead.picked_first.isChecked()
        told.append(dialog.lead.result.text())

    _merge_by_keyboard(qtbot, window, "pentagon deployed thousands", read)

    merged = window.workspace.event(window.current_event_id())
    assert merged.primary == sentence.primary
    assert merged.title == sentence.title
    assert {p.key() for p in clause.passages} < {p.key() for p in merged.passages}
    assert f"“{sentence.title}”" in told[0]
    row = window.model.row_of(merged.id)
    assert row is not None and window.event_list.current_event_id() == merged.id

    window.activateWindow()  # the dialog gone, the window takes the keys again
    qtbot.waitUntil(window.isActiveWindow)
    window.event_list.table.setFocus()
    key(qtbot, window, "Ctrl+Z")  # undone, the clause and the sentence stand apart again
    ws = window.workspace
    assert ws.event(clause.id).primary == clause.primary
    assert ws.event(sentence.id).primary == sentence.primary
    assert len(ws.event(sentence.id).passages) == len(sentence.passages)


def test_the_user_can_put_the_clause_first(qtbot: QtBot, window: MainWindow) -> None:
    clause = _event(window, CLAUSE)
    window.select_event(clause.id)
    told: list[str] = []

    def put_the_clause_first(dialog: EventPickerDialog) -> None:
        dialog.lead.current_first.setFocus()
        qtbot.keyClick(dialog.lead.current_first, Qt.Key.Key_Space)
        told.append(dialog.lead.result.text())
        dialog.search.setFocus()

    _merge_by_keyboard(qtbot, window, "pentagon deployed thousands", put_the_clause_first)

    merged = window.workspace.event(window.current_event_id())
    assert merged.primary == clause.primary
    assert f"“{clause.title}”" in told[0]


def test_the_dialog_tells_the_date_the_user_gave(qtbot: QtBot, window: MainWindow) -> None:
    """The merged event keeps the corrected date of the event annotated: the dialog said
    the date found instead."""
    clause, sentence = _event(window, CLAUSE), _event(window, SENTENCE)
    corrected = DateValue.day(date(2022, 3, 4))
    window.workspace.edit_annotation(clause.id, date=corrected)
    dialog = EventPickerDialog(window.workspace, window.workspace.event(clause.id), window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "pentagon deployed thousands")
    assert dialog.chosen() == sentence.id
    assert f"The merged event: {corrected.label()} — " in dialog.lead.result.text()


LEDE = """Chemical spill closes Brennan River intakes
Valley Gazette
By Maria Ocampo
3 September 2025

The town of Millbrook shut both of its drinking water intakes on the Brennan River on Tuesday \
after a tanker carrying industrial solvent overturned on the Route 9 bridge, officials said.

About 2,000 litres of the solvent entered the river, according to the county fire service.
"""
MONTH_ON = """<html><head><title>Tap water safe again in parts of Millbrook</title></head>
<body>
<h1>Tap water safe again in parts of Millbrook</h1>
<p>By Sara Lind | October 3, 2025</p>
<p>Millbrook lifted its do-not-drink order for the northern half of the town on Thursday, a \
month after a solvent spill closed the river intakes.</p>
</body></html>
"""


def test_a_lede_leads_a_clause_from_another_article_a_little_surer_of_its_day(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    """The clause "after a solvent spill closed the river intakes", told a month on, is dated
    the same Tuesday as the lede, a little surer: merged by hand, it took the lede's place and
    its title, whichever event the merge was made into."""
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "gazette.txt").write_text(LEDE, encoding="utf-8")
    (folder / "herald.html").write_text(MONTH_ON, encoding="utf-8")
    ws = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    window = MainWindow(ws)
    opened_windows.append(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    clause = _event(window, "after a solvent spill closed the river intakes")
    lede = _event(window, "The town of Millbrook shut both")
    window.select_event(clause.id)
    window.event_list.table.setFocus()

    _merge_by_keyboard(qtbot, window, "shut both", lambda dialog: None)

    merged = ws.event(window.current_event_id())
    assert merged.primary == lede.primary
    assert merged.title == lede.title
