"""Two outlets' verdict stories merged, one giving the verdict's day in three passages: the
tooltip of the panel's "Sources disagree" line named that article three times over
("a.txt says 2025-11-25 (“Tuesday”); a.txt says 2025-11-25 (“Tuesday”); …"). Each date is
said once, with each article that gives it once and the words it was dated by."""
# mypy: allow-untyped-calls

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.article_window import window_on
from tests.ui.test_annotating import key
from viewer.ui.dialogs import EventPickerDialog

COURIER = """Brisk found guilty on four counts
Northern Courier
26 November 2025

A jury found Alan Brisk guilty of four counts of misconduct in public office on Tuesday.

He was cleared of the two remaining counts.
"""
GAZETTE = """# Guilty: jury convicts Brisk after three days

*The Harbour Gazette*

26 November 2025

Alan Brisk was found guilty on Wednesday of four counts of misconduct.
"""


def test_the_disagreement_names_each_article_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"courier_verdict.txt": COURIER, "gazette_verdict.md": GAZETTE}
    workspace, window = window_on(qtbot, tmp_path, files)
    try:
        courier = next(e for e in workspace.events if e.primary.text.startswith("A jury"))
        gazette = next(e for e in workspace.events if e.primary.text.startswith("Alan Brisk"))
        assert sum(p.document_id == "courier_verdict.txt" for p in courier.passages) > 1
        window.select_event(courier.id)
        window.event_list.table.setFocus()
        monkeypatch.setattr(EventPickerDialog, "exec", lambda self: 1)
        monkeypatch.setattr(EventPickerDialog, "chosen", lambda self: gazette.id)
        key(qtbot, window, "Ctrl+M")
        tip = window.panel.conflict_label.toolTip()
        assert tip.startswith("Sources disagree")
        for article in ("courier_verdict.txt", "gazette_verdict.md"):
            assert tip.count(article) == 1, tip
        assert "“Tuesday”" in tip and "“Wednesday”" in tip
    finally:
        window.close()
        workspace.close()
