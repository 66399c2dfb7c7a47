"""Exporting with events hidden asks which events to write, with buttons that say what each
does and how many it writes (Yes/No's "No" exported every event), and says which the shown
ones leave out: a colleague's project with rejected events said nothing of the 5 left out,
which a chronology handed on may need."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.ui.export_answer import ExportQuestion, answer_export
from viewer.ui.main_window import MainWindow


def exported(
    qtbot: QtBot,
    window: MainWindow,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
    button: str = "Cancel",
) -> ExportQuestion:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    asked = answer_export(qtbot, button)
    window.files.export("csv")
    return asked


def rows(out: Path) -> list[dict[str, str]]:
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def reject_two(qtbot: QtBot, window: MainWindow) -> int:
    for row in (2, 4):
        window.event_list.select_row(row)
        qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)  # Event › Reject: hidden
    return len(window.workspace.events)


def test_the_buttons_say_what_they_export_and_count_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    total = reject_two(qtbot, window)
    out = tmp_path / "out.csv"
    asked = exported(qtbot, window, out, monkeypatch, "Export &Shown")
    assert asked.buttons[:2] == [f"Export &Shown ({total - 2})", f"Export &All ({total})"]
    assert asked.buttons[2].replace("&", "") == "Cancel"
    assert f"shows {total - 2} of the {total} events" in asked.text
    assert "2 rejected" in asked.text
    assert len(rows(out)) == total - 2

    exported(qtbot, window, out, monkeypatch, "Export &All")
    assert len(rows(out)) == total

    out.unlink()
    exported(qtbot, window, out, monkeypatch, "&Cancel")
    assert not out.exists()


def test_the_question_says_what_a_search_hides_besides(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.event_list.select_row(1)
    qtbot.keyClick(window.event_list.table, Qt.Key.Key_R)
    window.timeline_pane.filter_bar.starred.click()  # none starred: every event hidden
    total = len(window.workspace.events)

    asked = exported(qtbot, window, tmp_path / "out.csv", monkeypatch, "&Cancel")
    assert "1 rejected" in asked.text
    assert f"{total - 1} hidden by the search and filters" in asked.text
    assert asked.buttons[0] == "Export &Shown (0)"
