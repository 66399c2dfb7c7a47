"""TimelineJS export: the JSON format TimelineJS reads, and its 18-column template."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.core.annotations import Status
from viewer.export.rows import ExportOrder
from viewer.export.timelinejs import TEMPLATE_COLUMNS, write_timelinejs
from viewer.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.open([SEEDS], tmp_path / "p.tlproj")
    ws.load_all()
    yield ws
    ws.close()


def test_every_slide_has_the_fields_timelinejs_reads(workspace: Workspace, tmp_path: Path) -> None:
    rejected = workspace.events[0]
    workspace.edit_annotation(rejected.id, status=Status.REJECTED)
    tagged = workspace.events[1]
    workspace.edit_annotation(tagged.id, tags=("summit",), note="<b>x")
    count = workspace.export_timelinejs(tmp_path / "t.json")
    payload = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))

    assert set(payload) == {"title", "events"}
    assert payload["title"]["text"]["headline"]
    slides = payload["events"]
    assert len(slides) == count == len(workspace.events) - 1
    assert rejected.id not in {s["unique_id"] for s in slides}
    for slide in slides:
        start = slide["start_date"]
        assert start["year"].isdigit() and len(start["year"]) == 4
        assert 1 <= int(start.get("month", "1")) <= 12
        assert 1 <= int(start.get("day", "1")) <= 31
        assert slide["text"]["headline"] and slide["text"]["text"].startswith("<p>")
        assert isinstance(slide["group"], str) and slide["display_date"]
    by_id = {s["unique_id"]: s for s in slides}
    assert by_id[tagged.id]["group"] == "summit"
    assert "&lt;b&gt;x" in by_id[tagged.id]["text"]["text"]  # a note is text, never markup
    week = next(e for e in workspace.events[1:] if e.date.precision.value == "week")
    assert by_id[week.id]["end_date"]["day"] == str(week.date.last.day)
    assert by_id[week.id]["display_date"].startswith("Week")


def test_the_spreadsheet_template_has_its_18_columns(workspace: Workspace, tmp_path: Path) -> None:
    count = workspace.export_timelinejs(tmp_path / "t.csv", template_csv=True)
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == TEMPLATE_COLUMNS and len(TEMPLATE_COLUMNS) == 18
    assert len(rows) == count + 1
    assert all(len(r) == 18 and r[0].isdigit() and r[9] for r in rows[1:])


def test_a_note_keeps_its_line_breaks_on_the_slide(workspace: Workspace, tmp_path: Path) -> None:
    """A line break in the note showed as a space: HTML folds it."""
    noted = workspace.events[2]
    workspace.edit_annotation(noted.id, note='First line\nsecond, "quoted" <line>')
    workspace.export_timelinejs(tmp_path / "t.json")
    payload = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    text = next(s for s in payload["events"] if s["unique_id"] == noted.id)["text"]["text"]
    assert "First line<br>second, &quot;quoted&quot; &lt;line&gt;</p>" in text
    assert "\n" not in text


def test_the_title_counts_one_event_as_one(workspace: Workspace, tmp_path: Path) -> None:
    """A timeline of one event read "1 events" under its headline."""
    write_timelinejs(
        tmp_path / "one.json", ExportOrder(workspace.events[:1], workspace.documents_by_id, {})
    )
    payload = json.loads((tmp_path / "one.json").read_text(encoding="utf-8"))
    assert payload["title"]["text"]["text"] == "1 event"


def test_each_slide_says_whether_its_event_is_confirmed_or_disputed(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The published timeline showed a disputed event as it showed a confirmed one; the CSV
    and JSON exports said which was which."""
    disputed, confirmed, unseen = workspace.events[:3]
    workspace.edit_annotation(disputed.id, status=Status.DISPUTED, note="Dates differ")
    workspace.edit_annotation(confirmed.id, status=Status.CONFIRMED)
    workspace.export_timelinejs(tmp_path / "t.json")
    payload = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    texts = {s["unique_id"]: s["text"]["text"] for s in payload["events"]}
    assert texts[disputed.id].startswith("<p><strong>Status:</strong> disputed</p>")
    assert texts[confirmed.id].startswith("<p><strong>Status:</strong> confirmed</p>")
    assert texts[unseen.id].startswith("<p><strong>Status:</strong> unreviewed</p>")

    workspace.export_timelinejs(tmp_path / "t.csv", template_csv=True)
    with (tmp_path / "t.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["Headline"]: row["Text"] for row in csv.DictReader(handle)}
    title = next(s["text"]["headline"] for s in payload["events"] if s["unique_id"] == disputed.id)
    assert "<strong>Status:</strong> disputed" in rows[title]
