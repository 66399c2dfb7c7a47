"""Copies of one export edited by several colleagues come back one after the other, while the
researcher goes on in the window: each copy brings only what was changed in it, never the
values its export wrote over what the project holds now; a cell emptied in a copy empties it."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.workspace.conftest import exported
from viewer.core.annotations import Status
from viewer.workspace import Workspace
from viewer.workspace.annotation_import import import_annotations


def _copy(path: Path, rows: list[dict[str, str]], **edits: dict[str, str]) -> Path:
    """A colleague's copy: the rows with some cells changed (by event id)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(dict(row, **edits.get(row["event_id"], {})) for row in rows)
    return path


def test_two_colleagues_copies_both_arrive(workspace: Workspace, tmp_path: Path) -> None:
    first, second = workspace.events[0].id, workspace.events[1].id
    workspace.edit_annotation(first, note="Seen on the wire")
    rows = exported(workspace, tmp_path / "shared.csv")
    mine = {first: {"note": "Seen on the wire; confirmed by the embassy"}}
    theirs = {second: {"status": "confirmed"}}

    import_annotations(workspace, _copy(tmp_path / "a.csv", rows, **mine))
    report = import_annotations(workspace, _copy(tmp_path / "b.csv", rows, **theirs))

    assert report.problems == [] and [c.event_id for c in report.changes] == [second]
    assert [r.event_id for r in report.kept] == [first]
    assert workspace.annotation(first).note == "Seen on the wire; confirmed by the embassy"
    assert workspace.annotation(second).status is Status.CONFIRMED


def test_work_in_the_window_since_the_export_stays(workspace: Workspace, tmp_path: Path) -> None:
    event = workspace.events[2].id
    workspace.edit_annotation(event, status=Status.DISPUTED, starred=True)
    rows = exported(workspace, tmp_path / "shared.csv")
    workspace.edit_annotation(event, status=Status.CONFIRMED)  # the researcher went on
    copy = _copy(tmp_path / "a.csv", rows, **{event: {"tags": "embassy"}})

    report = import_annotations(workspace, copy)

    after = workspace.annotation(event)
    assert (after.status, after.starred, after.tags) == (Status.CONFIRMED, True, ("embassy",))
    assert report.kept[0].kept == ("status",)


def test_a_cell_emptied_in_a_copy_empties_it(workspace: Workspace, tmp_path: Path) -> None:
    event = workspace.events[3].id
    workspace.edit_annotation(event, note="check the date", starred=True, tags=("todo",))
    rows = exported(workspace, tmp_path / "shared.csv")
    emptied = {event: {"note": "", "starred": "false", "tags": ""}}

    report = import_annotations(workspace, _copy(tmp_path / "a.csv", rows, **emptied))

    after = workspace.annotation(event)
    assert report.changed == 1
    assert (after.note, after.starred, after.tags) == ("", False, ())


def test_a_damaged_record_of_exports_is_read_as_none(workspace: Workspace, tmp_path: Path) -> None:
    """Then a cell compares with unset fields, as in a project exported by an earlier version."""
    event = workspace.events[4].id
    workspace.edit_annotation(event, note="kept since", starred=True)
    rows = exported(workspace, tmp_path / "shared.csv")
    workspace.project.set_setting("csv_export_bases", '{"format": 1, "exports": [[1, 2]')
    copy = _copy(tmp_path / "a.csv", rows, **{event: {"note": "", "status": "confirmed"}})

    report = import_annotations(workspace, copy)

    after = workspace.annotation(event)
    assert report.problems == [] and report.changed == 1
    assert (after.note, after.starred, after.status) == ("kept since", True, Status.CONFIRMED)
