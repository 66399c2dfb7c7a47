"""A folder of one article with one event: the status line and the key events' count say
"1 document · 1 event", not "1 documents · 1 events"."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from viewer.ui.export_scope import _question
from viewer.ui.main_window import MainWindow
from viewer.workspace import Workspace

ARTICLE = """Council votes to sue trucking firm
Valley Gazette
18 September 2025

Millbrook's town council voted 5-2 on Wednesday to sue Northway Freight for the cost of
the water emergency.
"""


def test_one_article_and_one_event_are_counted_as_one(
    qtbot: QtBot, tmp_path: Path, opened_windows: list[MainWindow]
) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    ws = Workspace.open([folder], project_path=tmp_path / "p.tlproj")
    ws.load_all()
    assert len(ws.events) == 1
    window = MainWindow(ws)
    opened_windows.append(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.counts.text().startswith("1 document · 1 event · 1 shown")
    tip = window.timeline_pane.controls.count.toolTip()
    assert tip in ("1 of the 1 event shown is a key event", "0 of the 1 event shown are key events")


def test_the_export_question_counts_one_event_as_one() -> None:
    assert _question(0, 1) == "The list shows 0 of the 1 event. Which do you want to export?"
    assert _question(2, 5) == "The list shows 2 of the 5 events. Which do you want to export?"
