"""A tag holding a comma ("Smith, J.", a byline or a place) stays one tag: written in quotes
in the tags field, kept whole by the project, and one item of the export's tags."""
# mypy: allow-untyped-calls

from __future__ import annotations

import csv
import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from viewer.export.csv_format import split_list
from viewer.ui.main_window import MainWindow
from viewer.ui.tag_text import parse_tags, tags_text
from viewer.workspace import Workspace


def _type_tags(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.panel.add_tag()  # T: the cursor at the end of the tags, after ", "
    qtbot.keyClicks(window.panel.tags_edit, text)
    qtbot.keyClick(window.panel.tags_edit, Qt.Key.Key_Return)


def test_a_tag_with_a_comma_survives_adding_another(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event_id = ws.events[1].id
    ws.edit_annotation(event_id, tags=("Smith, J.",))  # as an edited CSV brings it back
    window.select_event(event_id)
    assert window.panel.tags_edit.text() == '"Smith, J."'
    _type_tags(qtbot, window, "verified")
    assert ws.annotation(event_id).tags == ("Smith, J.", "verified")  # was Smith / J. / verified
    assert window.panel.tags_edit.text() == '"Smith, J.", verified'


def test_a_quoted_tag_is_typed_whole_and_exported_whole(
    qtbot: QtBot, window: MainWindow, project_path: Path, seeds: Path, tmp_path: Path
) -> None:
    event_id = window.workspace.events[2].id
    window.select_event(event_id)
    _type_tags(qtbot, window, 'nato, "Doe, A.", Kyiv')
    assert window.workspace.annotation(event_id).tags == ("nato", "Doe, A.", "Kyiv")
    assert window.panel.tags_edit.text() == 'nato, "Doe, A.", Kyiv'
    window.close()

    reopened = Workspace.open([seeds], project_path=project_path)
    try:
        reopened.load_all()
        assert reopened.annotation(event_id).tags == ("nato", "Doe, A.", "Kyiv")
        reopened.export_csv(tmp_path / "out.csv")
        reopened.export_json(tmp_path / "out.json")
    finally:
        reopened.close()
    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["event_id"] == event_id)
    assert row["tags"] == "nato; Doe, A.; Kyiv"  # the contract's "; " between tags
    events = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["events"]
    assert next(e for e in events if e["event_id"] == event_id)["tags"] == [
        "nato",
        "Doe, A.",
        "Kyiv",
    ]


def test_a_quote_left_open_while_typing_keeps_the_comma(qtbot: QtBot, window: MainWindow) -> None:
    ws = window.workspace
    event_id = ws.events[1].id
    window.select_event(event_id)
    window.panel.add_tag()
    qtbot.keyClicks(window.panel.tags_edit, '"Smith, J')  # saved key by key, quote still open
    assert ws.annotation(event_id).tags == ("Smith, J",)
    qtbot.keyClicks(window.panel.tags_edit, '."')
    assert ws.annotation(event_id).tags == ("Smith, J.",)


def test_every_tag_shown_in_the_field_reads_back_as_itself() -> None:
    tags = ("Smith, J.", 'the "Z" order', '"quoted"', "nato")
    assert parse_tags(tags_text(tags)) == tags
    assert parse_tags("a,, b ;c") == ("a", "b", "c")
    for typed in ('"arrest; police"', "arrest;police ; court", '"a;"; b'):  # as the import reads
        assert parse_tags(typed) == split_list(typed.replace('"', ""))


def test_a_semicolon_starts_a_new_tag_even_in_quotes(qtbot: QtBot, window: MainWindow) -> None:
    """The CSV joins tags with "; " and its import splits them there: a tag holding one
    ("arrest; police", typed in quotes) was one tag in the window and two once re-imported."""
    ws = window.workspace
    event_id = ws.events[1].id
    window.select_event(event_id)
    _type_tags(qtbot, window, '"arrest; police", "Smith, J."')
    assert ws.annotation(event_id).tags == ("arrest", "police", "Smith, J.")
    assert window.panel.tags_edit.text() == 'arrest, police, "Smith, J."'
    assert "semicolon" in window.panel.tags_edit.toolTip()
