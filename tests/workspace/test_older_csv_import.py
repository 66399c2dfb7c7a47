"""Importing a CSV exported before edits made in the window: the CSV's extracted or empty
cells have no opinion, so the newer title, date, note, tags, status and star stay, and the
summary (and the dry run) says which values were kept."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.viewer_process import ROOT, run_viewer
from viewer.core.annotations import Status
from viewer.core.model import DateValue
from viewer.workspace import Workspace
from viewer.workspace.annotation_import import import_annotations

SEEDS = ROOT / "seeds"


def _export_then_edit(tmp_path: Path) -> tuple[Path, Path, list[dict[str, str]]]:
    """A project whose first event got a title, a date, a note, a tag, a status and a star
    in the window after the CSV was exported."""
    project, exported = tmp_path / "p.tlproj", tmp_path / "older.csv"
    ws = Workspace.open([SEEDS], project)
    ws.load_all()
    ws.export_csv(exported)
    with exported.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    ws.edit_annotation(
        rows[0]["event_id"],
        title="Typed after the export",
        date=DateValue.day(ws.event(rows[0]["event_id"]).date.first.replace(day=1)),
        note="newer note",
        tags=("newer",),
        status=Status.CONFIRMED,
        starred=True,
    )
    ws.close()
    return project, exported, rows


def test_an_older_csv_keeps_what_was_typed_after_the_export(tmp_path: Path) -> None:
    project, exported, rows = _export_then_edit(tmp_path)
    ws = Workspace.open([], project)
    ws.load_all()
    try:
        report = import_annotations(ws, exported)
        kept = ws.annotation(rows[0]["event_id"])
    finally:
        ws.close()
    assert report.problems == [] and report.changed == 0
    assert (kept.title, kept.note, kept.tags, kept.status, kept.starred) == (
        "Typed after the export",
        "newer note",
        ("newer",),
        Status.CONFIRMED,
        True,
    )
    assert kept.date is not None and kept.date.first.day == 1
    assert [r.event_id for r in report.kept] == [rows[0]["event_id"]]


def test_the_dry_run_and_the_summary_say_what_was_kept(tmp_path: Path) -> None:
    project, exported, rows = _export_then_edit(tmp_path)
    dry = run_viewer(
        "import-annotations", str(exported), "--project", str(project), "--dry-run", home=tmp_path
    )
    assert dry.returncode == 0, dry.stderr
    kept_line = dry.stdout.splitlines()[0]
    assert kept_line.startswith(f"line 2 ({rows[0]['event_id']}): kept note “newer note”")
    assert "title “Typed after the export”" in kept_line
    assert not any(line.startswith("would change") for line in dry.stdout.splitlines())
    assert dry.stdout.splitlines()[-1].endswith(
        "kept the project's own values in 1 row; nothing was applied"
    )
    done = run_viewer("import-annotations", str(exported), "--project", str(project), home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == (
        f"applied 0 rows, {len(rows)} unchanged; kept the project's own values in 1 row"
    )


def test_a_changed_cell_is_merged_and_an_emptied_title_restores_the_extracted(
    tmp_path: Path,
) -> None:
    """The note typed in the spreadsheet and the one typed in the window since the export
    are both kept, as two windows' are."""
    project, exported, rows = _export_then_edit(tmp_path)
    rows[0].update(note="from the spreadsheet", title="")
    with exported.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    ws = Workspace.open([], project)
    ws.load_all()
    try:
        report = import_annotations(ws, exported)
        after = ws.annotation(rows[0]["event_id"])
    finally:
        ws.close()
    assert report.changed == 1
    assert (after.note, after.title, after.status) == (
        "from the spreadsheet\n\nnewer note",
        None,
        Status.CONFIRMED,
    )
