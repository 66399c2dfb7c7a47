"""A CSV imported back as exported leaves a tag holding "; " whole: typed in the window as
one tag ("arrest; police", between commas), it is written "fire; arrest; police", and the
import read three tags, changing every such event and saying “fire; arrest; police” →
“fire; arrest; police”. A cell as the export wrote it has no opinion; one edited is split."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.viewer_process import ROOT
from viewer.workspace import Workspace
from viewer.workspace.annotation_import import import_annotations, plan_import

SEEDS = ROOT / "seeds"
TAGS = ("fire", "arrest; police")


def _exported(tmp_path: Path) -> tuple[Workspace, Path, str]:
    ws = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    ws.load_all()
    event_id = ws.events[0].id
    ws.edit_annotation(event_id, tags=TAGS)
    exported = tmp_path / "out.csv"
    ws.export_csv(exported)
    return ws, exported, event_id


def test_an_unedited_csv_changes_no_tag_holding_a_semicolon(tmp_path: Path) -> None:
    ws, exported, event_id = _exported(tmp_path)
    try:
        assert plan_import(ws, exported).changes == []
        report = import_annotations(ws, exported)
        assert report.problems == [] and report.changed == 0
        assert ws.annotation(event_id).tags == TAGS
    finally:
        ws.close()


def test_a_tags_cell_edited_in_the_spreadsheet_is_split_on_semicolons(tmp_path: Path) -> None:
    ws, exported, event_id = _exported(tmp_path)
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    for row in rows:
        if row["event_id"] == event_id:
            row["tags"] = "fire; arrest; police; court"
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)
    try:
        import_annotations(ws, exported)
        assert ws.annotation(event_id).tags == ("fire", "arrest", "police", "court")
    finally:
        ws.close()
