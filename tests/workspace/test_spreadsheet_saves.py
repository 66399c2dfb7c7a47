"""A CSV saved again by a spreadsheet comes back: separated by semicolons where the comma is
the decimal mark, its dates in the locale's way in every row, true as 1.0 or WAHR; rows added
by hand or of events the project no longer has are left out and named, the rest applied; the
export of another project is refused in one line."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from tests.viewer_process import run_viewer
from tests.workspace.conftest import exported
from viewer.core.annotations import Status
from viewer.core.model import passage_id
from viewer.store import Project
from viewer.workspace import Workspace, WorkspaceError
from viewer.workspace.annotation_import import import_annotations

DATES = ("date", "date_end", "published")


def _saved(path: Path, rows: list[dict[str, str]], *, separator: str = ",", day: str = "") -> Path:
    """Rows as a spreadsheet saves them: a BOM, Windows line ends, and every date cell in
    the `day` format (strftime) when given, as a spreadsheet rewrites a column of dates."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter=separator)
    writer.writeheader()
    for row in rows:
        cells = dict(row)
        for column in DATES if day else ():
            if cells[column]:
                cells[column] = date.fromisoformat(cells[column]).strftime(day)
        writer.writerow(cells)
    path.write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))
    return path


def test_a_semicolon_separated_file_is_read(workspace: Workspace, tmp_path: Path) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "Checked; the wire copy agrees, 2 sources"
    rows[1]["tags"] = "nato; troops"
    rows[2]["status"] = "confirmed"
    report = import_annotations(workspace, _saved(tmp_path / "eu.csv", rows, separator=";"))
    assert report.problems == [] and report.changed == 3
    assert workspace.annotation(rows[0]["event_id"]).note == rows[0]["note"]
    assert workspace.annotation(rows[1]["event_id"]).tags == ("nato", "troops")
    assert workspace.annotation(rows[2]["event_id"]).status is Status.CONFIRMED


@pytest.mark.parametrize(
    ("day", "typed"),
    [
        ("%d/%m/%Y", "01/03/2022"),  # United Kingdom
        ("%m/%d/%Y", "3/1/2022"),  # United States
        ("%d.%m.%Y", "01.03.2022"),  # Germany
        ("%d-%b-%y", "1-Mar-22"),
        ("%Y-%m-%d 00:00:00", "2022-03-01 00:00:00"),
    ],
)
def test_dates_a_spreadsheet_rewrote_in_every_row_come_back(
    workspace: Workspace, tmp_path: Path, day: str, typed: str
) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "seen"
    corrected = next(r for r in rows if r["precision"] == "day" and r["date"] != "2022-03-01")
    saved = _saved(tmp_path / "saved.csv", rows, day=day)
    text = saved.read_text(encoding="utf-8-sig")
    typed_row = corrected["event_id"] + ","
    start = text.index(typed_row) + len(typed_row)
    saved.write_text(text[:start] + typed + text[text.index(",", start) :], encoding="utf-8-sig")

    report = import_annotations(workspace, saved)

    assert report.problems == []
    assert [c.event_id for c in report.changes] == [rows[0]["event_id"], corrected["event_id"]]
    value = workspace.annotation(corrected["event_id"]).date
    assert value is not None and value.first == date(2022, 3, 1) == value.last


def test_the_order_of_day_and_month_is_told_by_the_unchanged_rows(
    workspace: Workspace, tmp_path: Path
) -> None:
    """No cell has a day over 12: the events' own dates say 3/7/2022 is 7 March."""
    rows = exported(workspace, tmp_path / "e.csv")
    early = [r for r in rows if all(int(r[c][-2:]) <= 12 for c in DATES if r[c])]
    early = [r for r in early if r["date"][-2:] != r["date"][5:7]]
    assert len(early) >= 3
    early[0]["starred"] = "1.0"
    early[1]["starred"] = "WAHR"
    report = import_annotations(workspace, _saved(tmp_path / "us.csv", early, day="%m/%d/%Y"))
    assert report.problems == [] and report.changed == 2
    assert workspace.annotation(early[0]["event_id"]).starred
    assert workspace.annotation(early[1]["event_id"]).starred
    assert all(workspace.annotation(r["event_id"]).date is None for r in early)


def test_rows_naming_no_event_are_left_out_and_the_rest_applied(
    workspace: Workspace, tmp_path: Path
) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "applied"
    rows[1].update(event_id="e000000000000", note="of an event that is gone", start="", end="")
    added = dict.fromkeys(rows[0], "") | {"title": "Found by a colleague", "note": "new"}
    edited = _saved(tmp_path / "edited.csv", [*rows, added, dict.fromkeys(rows[0], "")])
    project = tmp_path / "p.tlproj"
    workspace.close()

    result = run_viewer("import-annotations", str(edited), "--project", str(project), home=tmp_path)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "left out line 3: no event with id “e000000000000” here" in lines
    assert f"left out line {len(rows) + 2}: no event_id (a row added by hand?)" in lines
    assert lines[-1].startswith("applied 1 row, ")
    assert lines[-1].endswith("; left out 2 rows that name no event of the project")
    assert "left out 1 row that names" not in lines[-1]
    with Project.open(project) as store:
        notes = {k: a.note for k, a in store.annotations().items()}
    assert notes == {rows[0]["event_id"]: "applied"}


def test_another_projects_export_is_refused_in_one_line(
    workspace: Workspace, tmp_path: Path
) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    for number, row in enumerate(rows):
        row["event_id"] = f"e{number:012x}"
        row["source"] = f"another story {row['source']}"
        row["note"] = "not ours"
    edited = _saved(tmp_path / "other.csv", rows)
    with pytest.raises(WorkspaceError) as refused:
        import_annotations(workspace, edited)
    assert str(refused.value) == (
        f"{edited}: none of its {len(rows)} rows names an event of this project (is it the "
        "export of another project?); nothing was applied"
    )
    assert workspace.annotations() == {}


def test_an_event_merged_since_the_export_gets_its_rows_edit(
    workspace: Workspace, tmp_path: Path
) -> None:
    """An older CSV names an event by the id of a passage now merged into another event."""
    rows = exported(workspace, tmp_path / "e.csv")
    merged = next(e for e in workspace.events if len(e.passages) > 1)
    second = merged.passages[1]
    old_id = passage_id(second.document_id, second.text)
    assert not workspace.has_event(old_id)
    row = next(r for r in rows if r["event_id"] == merged.id)
    row.update(event_id=old_id, note="typed on the older export")

    report = import_annotations(workspace, _saved(tmp_path / "old.csv", [row]))

    assert report.renamed == [f"line 2: event {old_id} is part of event {merged.id} now"]
    assert workspace.annotation(merged.id).note == "typed on the older export"


def test_a_day_typed_over_a_weeks_first_day_is_that_day(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The precision cell left as exported: the day typed is meant, not the week from it."""
    rows = exported(workspace, tmp_path / "e.csv")
    week, day = next(r for r in rows if r["precision"] == "week"), rows[1]
    week["date"] = "2022-03-02"  # a Wednesday, where the export wrote the week's Monday
    day.update(date="2022-03-15", precision="month")  # a month asked for in so many words
    report = import_annotations(workspace, _saved(tmp_path / "typed.csv", rows))
    assert report.problems == [] and report.changed == 2
    typed = workspace.annotation(week["event_id"]).date
    assert typed is not None and (typed.first, typed.last) == (date(2022, 3, 2), date(2022, 3, 2))
    month = workspace.annotation(day["event_id"]).date
    assert month is not None and (month.first, month.last) == (date(2022, 3, 1), date(2022, 3, 31))


def test_a_spreadsheets_unicode_text_is_read(workspace: Workspace, tmp_path: Path) -> None:
    """Saved as "Unicode Text": UTF-16 with its byte-order mark, cells separated by tabs."""
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "Zürich, Łódź, Αθήνα"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), delimiter="\t")
    writer.writeheader()
    writer.writerows(rows)
    (tmp_path / "unicode.txt").write_bytes(buffer.getvalue().encode("utf-16"))
    report = import_annotations(workspace, tmp_path / "unicode.txt")
    assert report.problems == [] and report.changed == 1
    assert workspace.annotation(rows[0]["event_id"]).note == "Zürich, Łódź, Αθήνα"


def test_an_older_extractions_row_finds_its_passage_by_place(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Its event read the same passage in other words, so had another id: the source and
    offsets of the passage find the event; a row whose passage is nowhere is left out."""
    rows = exported(workspace, tmp_path / "e.csv")
    same, gone = dict(rows[5]), dict(rows[6])
    same.update(event_id="e0123456789ab", note="typed on last month's export")
    gone.update(event_id="e0123456789ac", note="lost", start="1", end="2")
    report = import_annotations(workspace, _saved(tmp_path / "older.csv", [same, gone]))
    assert report.renamed == [
        f"line 2: event e0123456789ab is event {rows[5]['event_id']} now (the same passage)"
    ]
    assert report.left_out == ["line 3: no event with id “e0123456789ac” here"]
    assert workspace.annotation(rows[5]["event_id"]).note == "typed on last month's export"
    assert workspace.annotation(rows[6]["event_id"]).note == ""


def test_a_header_sorted_with_the_rows_is_named(workspace: Workspace, tmp_path: Path) -> None:
    """Sorted by date with no header row marked: the header sinks below the dated rows."""
    rows = exported(workspace, tmp_path / "e.csv")
    lines = _saved(tmp_path / "s.csv", rows).read_text(encoding="utf-8-sig").splitlines()
    header, body = lines[0], lines[1:]
    sorted_csv = tmp_path / "sorted.csv"
    sorted_csv.write_text("\r\n".join([*body, header]) + "\r\n", encoding="utf-8")
    with pytest.raises(WorkspaceError) as refused:
        import_annotations(workspace, sorted_csv)
    assert str(refused.value) == (
        f"{sorted_csv}: the header (event_id, date, …) is on line {len(lines)}, not the first: "
        "was it sorted with the rows? Move it back to the top and import again. Nothing was "
        "applied"
    )


def test_a_workbook_picked_instead_of_its_csv_is_named(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The colleague sent back the .xlsx: it is said to be a workbook, not a bad byte."""
    book = tmp_path / "timeline.xlsx"
    book.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)))
    with pytest.raises(WorkspaceError) as refused:
        import_annotations(workspace, book)
    assert str(refused.value) == (
        f"{book}: a spreadsheet's own file (a workbook), not a CSV; in the spreadsheet, save it "
        "as CSV (UTF-8) and import that. Nothing was applied"
    )
    assert workspace.annotations() == {}


def test_a_file_with_only_its_header_says_so(workspace: Workspace, tmp_path: Path) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    only = tmp_path / "header.csv"
    only.write_text(",".join(rows[0]) + "\r\n,,,\r\n", encoding="utf-8")
    with pytest.raises(WorkspaceError) as refused:
        import_annotations(workspace, only)
    assert str(refused.value) == f"{only}: no rows under its header; nothing to import"


def test_a_spreadsheets_csv_opened_as_a_project_says_how_to_import_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Opened (File › Open, a drop, the command line) rather than imported: it was read as an
    article, and showed an empty timeline of a new project, "no publication date found"."""
    edited = _saved(tmp_path / "edited.csv", exported(workspace, tmp_path / "e.csv"))
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open([edited])
    assert "File › Import Annotations from CSV" in str(refused.value)
    assert "import-annotations" in str(refused.value)
    done = run_viewer("export", str(edited), "--csv", str(tmp_path / "out.csv"), home=tmp_path)
    assert done.returncode != 0 and "Import Annotations" in done.stderr
    assert not (tmp_path / "out.csv").exists()
