"""TimelineJS export: its JSON format and its 18-column spreadsheet template, for publishing."""

from __future__ import annotations

import csv
import html
import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from viewer.core.annotations import Annotation, Status
from viewer.core.counted_words import counted
from viewer.core.model import DateValue, Document, Event, Precision
from viewer.export.atomic import written_whole
from viewer.export.csv_format import spreadsheet_safe
from viewer.export.rows import ExportOrder

TEMPLATE_COLUMNS = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Type",
    "Group",
    "Background",
]


def _date_object(day: date, precision: Precision) -> dict[str, str]:
    """A TimelineJS date: only the parts the precision vouches for."""
    parts = {"year": str(day.year)}
    if precision is not Precision.YEAR:
        parts["month"] = str(day.month)
    if precision in (Precision.DAY, Precision.WEEK, Precision.RANGE):
        parts["day"] = str(day.day)
    return parts


def _end(value: DateValue) -> date | None:
    """TimelineJS shows an interval only when there is one worth showing."""
    if value.precision in (Precision.DAY, Precision.MONTH, Precision.YEAR):
        return None
    return value.last


def _body(event: Event, documents: Mapping[str, Document], note: Annotation | None) -> str:
    """The slide text: the event's review status, every source passage quoted with its
    article, and the user's note. The status comes first: a reader of the published timeline
    could not tell a disputed event from a confirmed one, where the CSV and JSON said it."""
    status = note.status if note is not None else Status.UNREVIEWED
    paragraphs = [f"<p><strong>Status:</strong> {html.escape(status.value)}</p>"]
    for passage in event.passages:
        doc = documents.get(passage.document_id)
        where = doc.title if doc is not None and doc.title else passage.document_id
        quote = " ".join(passage.text.split())
        paragraphs.append(f"<p>“{html.escape(quote)}” — <em>{html.escape(where)}</em></p>")
    if note is not None and note.note:
        # Its lines as written: a line break in HTML shows as a space.
        lines = "<br>".join(html.escape(line) for line in note.note.splitlines())
        paragraphs.append(f"<p><strong>Note:</strong> {lines}</p>")
    return "".join(paragraphs)


def _slides(order: ExportOrder) -> list[dict[str, Any]]:
    slides = []
    documents = order.documents
    for event, note, shown in order.shown:
        if note is not None and note.status is Status.REJECTED:
            continue
        value, title = shown.date, shown.title
        slide: dict[str, Any] = {
            "unique_id": event.id,
            "start_date": _date_object(value.first, value.precision),
            "text": {"headline": html.escape(title), "text": _body(event, documents, note)},
            "group": ", ".join(note.tags) if note is not None and note.tags else "",
            "display_date": value.label(),
        }
        end = _end(value)
        if end is not None:
            slide["end_date"] = _date_object(end, value.precision)
        slides.append(slide)
    return slides


def write_timelinejs(path: Path, order: ExportOrder, title: str = "Timeline") -> int:
    """Write TimelineJS JSON; rejected events are left out. Returns the number of slides."""
    slides = _slides(order)
    payload = {
        "title": {"text": {"headline": html.escape(title), "text": counted(len(slides), "event")}},
        "events": slides,
    }
    with written_whole(path, streams=True) as tmp:
        tmp.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return len(slides)


def write_timelinejs_csv(path: Path, order: ExportOrder) -> int:
    """Write the TimelineJS spreadsheet template (18 columns). Returns the number of rows."""
    slides = _slides(order)
    with (
        written_whole(path, streams=True) as tmp,
        tmp.open("w", encoding="utf-8", newline="") as handle,
    ):
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(TEMPLATE_COLUMNS)
        for slide in slides:
            start = slide["start_date"]
            end = slide.get("end_date", {})
            row = [
                start.get("year", ""),
                start.get("month", ""),
                start.get("day", ""),
                "",
                end.get("year", ""),
                end.get("month", ""),
                end.get("day", ""),
                "",
                slide["display_date"],
                slide["text"]["headline"],
                slide["text"]["text"],
                "",
                "",
                "",
                "",
                "",
                slide["group"],
                "",
            ]
            writer.writerow([spreadsheet_safe(cell) for cell in row])
    return len(slides)
