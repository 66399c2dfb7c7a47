"""A CSV saved again by a spreadsheet comes back: separated by semicolons where the comma is
the decimal mark, its dates in the locale's way in every row, true as 1.0 or WAHR."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from tests.viewer_process import ROOT
from viewer.core.annotations import Status
from viewer.workspace import Workspace
from viewer.workspace.annotation_import import import_annotations

SEEDS = ROOT / "seeds"
DATES = ("date", "date_end", "published")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    ws.load_all()
    yield ws
    ws.close()


def _exported(ws: Workspace, path: Path) -> list[dict[str, str]]:
    ws.export_csv(path)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


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
    rows = _exported(workspace, tmp_path / "e.csv")
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
    rows = _exported(workspace, tmp_path / "e.csv")
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
    rows = _exported(workspace, tmp_path / "e.csv")
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
