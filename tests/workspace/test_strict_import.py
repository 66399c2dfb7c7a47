"""A CSV import is all or nothing: UTF-8 or refused naming the line, every row usable and
naming a different event, cells of any size, a dry run that applies nothing; and a window
open on the project keeps its own edits and sees the imported ones."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.viewer_process import ROOT, run_viewer
from viewer.core.annotations import Annotation, Status
from viewer.store import Project, opening
from viewer.workspace import Workspace, WorkspaceError
from viewer.workspace.annotation_import import import_annotations, plan_import

SEEDS = ROOT / "seeds"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.tlproj"
    ws = Workspace.open([SEEDS], path)
    ws.load_all()
    ws.export_csv(tmp_path / "exported.csv")
    ws.close()
    return path


@pytest.fixture
def workspace(project: Path) -> Iterator[Workspace]:
    ws = Workspace.open([], project)
    ws.load_all()
    yield ws
    ws.close()


def _rows(tmp_path: Path) -> list[dict[str, str]]:
    with (tmp_path / "exported.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path: Path, rows: list[dict[str, str]]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def _stored(project: Path) -> dict[str, Annotation]:
    with Project.open(project) as store:
        return store.annotations()


def test_one_bad_byte_refuses_the_file_naming_its_line(project: Path, tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    for row in rows:
        row["note"] = f"checked {row['title']}…"
    edited = _write(tmp_path / "edited.csv", rows)
    data = edited.read_bytes()
    fourth = data.index(b"\n", data.index(b"\n", data.index(b"\n") + 1) + 1) + 1
    edited.write_bytes(data[:fourth] + b"Caf\xe9 " + data[fourth:])  # one cp1252 byte, line 4
    result = run_viewer("import-annotations", str(edited), "--project", str(project), home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"timeline-viewer: {edited}: line 4 is not UTF-8 (byte 0xe9 at column 4); save it as "
        "UTF-8 and import again. Nothing was applied"
    ]
    assert _stored(project) == {}


def test_a_file_with_a_bom_and_a_huge_cell_imports(workspace: Workspace, tmp_path: Path) -> None:
    rows = _rows(tmp_path)
    long_note = "word " * 60_000  # 300,000 characters, more than csv reads by default
    rows[0]["note"] = long_note
    rows[1]["tags"] = "summit; air defence, NATO"
    edited = _write(tmp_path / "edited.csv", rows)
    edited.write_bytes(b"\xef\xbb\xbf" + edited.read_bytes())
    report = import_annotations(workspace, edited)
    assert report.problems == [] and report.changed == 2
    assert workspace.annotation(rows[0]["event_id"]).note == long_note
    # Tags are split on ";" as the export joins them; a comma belongs to its tag.
    assert workspace.annotation(rows[1]["event_id"]).tags == ("summit", "air defence, NATO")


def test_the_export_of_a_huge_note_imports_back_unchanged(
    workspace: Workspace, tmp_path: Path
) -> None:
    event_id = workspace.events[0].id
    workspace.edit_annotation(event_id, note="x" * 200_000, tags=("a", "b c"))
    workspace.export_csv(tmp_path / "again.csv")
    report = import_annotations(workspace, tmp_path / "again.csv")
    assert report.problems == [] and report.changed == 0
    assert report.unchanged == len(workspace.events)


def test_duplicate_ids_are_refused_and_nothing_applied(project: Path, tmp_path: Path) -> None:
    one_line = [r for r in _rows(tmp_path) if not any("\n" in v for v in r.values())]
    rows = one_line[:4]
    rows[0]["note"] = "first"
    rows.append(dict(rows[0], note="second"))
    edited = _write(tmp_path / "edited.csv", rows)
    result = run_viewer("import-annotations", str(edited), "--project", str(project), home=tmp_path)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[0] == (
        f"timeline-viewer: line 6: event {rows[0]['event_id']} again (first on line 2)"
    )
    assert lines[-1] == "timeline-viewer: 1 row cannot be applied: nothing was applied"
    assert _stored(project) == {}


@pytest.mark.parametrize("precision", ["week", "month", "year", "day"])
def test_a_date_at_the_end_of_time_is_one_line_never_a_traceback(
    project: Path, tmp_path: Path, precision: str
) -> None:
    rows = _rows(tmp_path)
    rows[0].update(date="9999-12-31", precision=precision, date_end="")
    rows[1]["note"] = "would be applied"
    edited = _write(tmp_path / "edited.csv", rows)
    result = run_viewer("import-annotations", str(edited), "--project", str(project), home=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (
        f"line 2 ({rows[0]['event_id']}): date 9999-12-31 is outside the years 1000–2999"
        in result.stderr
    )
    assert _stored(project) == {}


def test_a_dry_run_lists_what_would_change_and_applies_nothing(
    project: Path, tmp_path: Path
) -> None:
    rows = _rows(tmp_path)
    rows[0].update(note="checked", status="confirmed")
    rows[2]["starred"] = "true"
    edited = _write(tmp_path / "edited.csv", rows)
    result = run_viewer(
        "import-annotations", str(edited), "--project", str(project), "--dry-run", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"would change line 2 ({rows[0]['event_id']}): note “” → “checked”; "
        "status “unreviewed” → “confirmed”",
        f"would change line 4 ({rows[2]['event_id']}): starred “false” → “true”",
        f"dry run: 2 rows would change, {len(rows) - 2} unchanged; nothing was applied",
    ]
    assert _stored(project) == {}


def test_an_import_into_a_project_open_in_a_window_keeps_both(
    project: Path, tmp_path: Path, workspace: Workspace
) -> None:
    """The window's unsaved-nothing edit stays, the import's fields arrive, and the window
    picks them up without being reopened."""
    rows = _rows(tmp_path)
    event_id = rows[0]["event_id"]
    workspace.edit_annotation(event_id, note="typed in the window")
    rows[0].update(status="confirmed", note="")  # the sheet was exported before the note
    rows[0]["note"] = "typed in the window"
    rows[1]["tags"] = "from the sheet"
    edited = _write(tmp_path / "edited.csv", rows)
    result = run_viewer("import-annotations", str(edited), "--project", str(project), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"changed line 2 ({event_id}): status “unreviewed” → “confirmed”",
        f"changed line 3 ({rows[1]['event_id']}): tags “” → “from the sheet”",
        f"applied 2 rows, {len(rows) - 2} unchanged",
    ]
    picked = workspace.pick_up_changes()
    assert {c.event_id for c in picked.annotations} == {event_id, rows[1]["event_id"]}
    note = workspace.annotation(event_id)
    assert (note.note, note.status) == ("typed in the window", Status.CONFIRMED)
    assert workspace.annotation(rows[1]["event_id"]).tags == ("from the sheet",)
    assert workspace.history(event_id)[-1].endswith("imported from edited.csv")


def test_a_read_only_project_refuses_an_import(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = _rows(tmp_path)
    rows[0]["note"] = "x"
    edited = _write(tmp_path / "edited.csv", rows)
    monkeypatch.setattr(opening, "writable", lambda path: False)  # as a locked file says
    ws = Workspace.open([], project)
    ws.load_all()
    try:
        assert ws.read_only
        with pytest.raises(WorkspaceError, match=r"p\.tlproj is read-only"):
            import_annotations(ws, edited)
    finally:
        ws.close()
    assert _stored(project) == {}


def test_a_changed_title_or_date_is_said_from_the_one_the_event_showed(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The summary said title “” → “Kremlin list…” of an event titled all along, and
    date “” → “Week 8…” of one dated Week 9: the values the window showed before."""
    rows = _rows(tmp_path)
    shown_title, shown_date = rows[3]["title"], workspace.event(rows[3]["event_id"]).date
    rows[3].update(title="Kremlin list of hostile countries", date="2022-02-21")
    report = plan_import(workspace, _write(tmp_path / "edited.csv", rows))
    said = report.changes[0].describe()
    assert f"title “{shown_title[:60]}" in said and "→ “Kremlin list of hostile countries”" in said
    assert f"date “{shown_date.label()}” → " in said


def test_tags_typed_between_commas_are_said_to_be_one_tag(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Tags typed between commas, as the window takes them, are one tag in the CSV (split on
    “;”): the summary said tags “” → “fire, arson”, which reads as two."""
    rows = _rows(tmp_path)
    rows[3]["tags"] = "fire, arson"
    rows[4]["tags"] = "fire; arson"
    report = plan_import(workspace, _write(tmp_path / "edited.csv", rows))
    first, second = (change.describe() for change in report.changes)
    assert first.endswith("tags “” → “fire, arson” (one tag: tags are split on “;”)"), first
    assert second.endswith("tags “” → “fire; arson”"), second
