"""Spreadsheet round trip: an exported CSV edited by a user is applied back by event id."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.workspace.conftest import exported
from viewer.core.annotations import Status
from viewer.core.model import Precision
from viewer.workspace import Workspace
from viewer.workspace.annotation_import import import_annotations


def _write(path: Path, rows: list[dict[str, str]], columns: list[str], *, excel: bool) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer,
        fieldnames=columns,
        lineterminator="\r\n" if excel else "\n",
        quoting=csv.QUOTE_MINIMAL if excel else csv.QUOTE_ALL,
    )
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    data = buffer.getvalue().encode("utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + data if excel else data)


def test_edits_made_in_a_spreadsheet_come_back(workspace: Workspace, tmp_path: Path) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    first, second = rows[0], rows[1]
    first.update(
        note="Checked against the wire copy",
        tags="summit; air defence",
        status="confirmed",
        starred="TRUE",
    )
    second.update(
        date="2022-03-01", precision="week", date_end="2022-03-07", title="A better title"
    )
    # A spreadsheet re-saves with a BOM, CRLF and its own column order.
    columns = list(reversed(list(rows[0].keys())))
    _write(tmp_path / "edited.csv", rows, columns, excel=True)

    report = import_annotations(workspace, tmp_path / "edited.csv")

    assert report.problems == []
    assert report.changed == 2
    a = workspace.annotation(first["event_id"])
    assert (a.note, a.tags, a.status, a.starred) == (
        "Checked against the wire copy",
        ("summit", "air defence"),
        Status.CONFIRMED,
        True,
    )
    b = workspace.annotation(second["event_id"])
    assert b.title == "A better title"
    assert b.date is not None and b.date.precision is Precision.WEEK
    assert b.date.first.isoformat() == "2022-03-01"


def test_bad_rows_are_each_reported_and_nothing_is_applied(
    workspace: Workspace, tmp_path: Path
) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "not applied: the file has bad rows"
    rows[1]["status"] = "maybe"
    rows[2].update(event_id="e000000000000", source="gone.txt")
    rows[3]["date"] = "3/7/2022"
    _write(tmp_path / "edited.csv", rows, list(rows[0].keys()), excel=False)

    report = import_annotations(workspace, tmp_path / "edited.csv")

    assert report.changed == 0
    assert len(report.problems) == 2
    assert report.problems[0].startswith("line 3 (")
    assert report.problems[1] == (
        f"line 5 ({rows[3]['event_id']}): date “3/7/2022” could be 3 July or 7 March: "
        "write it as year-month-day (2022-03-08)"
    )
    assert report.left_out == ["line 4: no event with id “e000000000000” here"]
    assert workspace.annotation(rows[0]["event_id"]).note == ""
    assert workspace.annotation(rows[1]["event_id"]).status is Status.UNREVIEWED
    assert workspace.annotation(rows[3]["event_id"]).date is None


def test_a_formula_guard_is_removed_on_the_way_back(workspace: Workspace, tmp_path: Path) -> None:
    rows = exported(workspace, tmp_path / "e.csv")
    rows[0]["note"] = "'=not a formula"
    _write(tmp_path / "edited.csv", rows, list(rows[0].keys()), excel=False)
    import_annotations(workspace, tmp_path / "edited.csv")
    assert workspace.annotation(rows[0]["event_id"]).note == "=not a formula"


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    cells=st.lists(
        st.tuples(
            st.sampled_from(["status", "starred", "date", "precision", "event_id"]),
            st.text(max_size=12),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_fuzzed_cells_are_reported_never_half_applied(
    workspace: Workspace, tmp_path: Path, cells: list[tuple[str, str]]
) -> None:
    rows = exported(workspace, tmp_path / "e.csv")[:3]
    before = {r["event_id"]: workspace.annotation(r["event_id"]) for r in rows}
    edited_id = rows[0]["event_id"]
    for column, value in cells:
        rows[0][column] = value
    _write(tmp_path / "fuzz.csv", rows, list(rows[0].keys()), excel=False)
    report = import_annotations(workspace, tmp_path / "fuzz.csv")
    for row in rows[1:]:
        assert workspace.annotation(row["event_id"]) == before[row["event_id"]]
    if report.problems:
        assert report.changed == 0
        assert workspace.annotation(edited_id) == before[edited_id]
    else:
        assert report.changed + report.unchanged + len(report.left_out) == len(rows)
