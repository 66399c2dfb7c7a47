"""Apply the annotation columns of an exported CSV that a user edited in a spreadsheet.

Strict: the file is UTF-8 (with or without the BOM spreadsheets write) or it is refused,
naming the line; every row must be usable and name a different event, or nothing is applied;
what is applied is written in one transaction, as changes to the fields the rows change, so a
window open on the project keeps its own edits and picks these up. A dry run lists what would
change and applies nothing.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from viewer.core.annotations import Annotation, Status
from viewer.core.model import DateValue, Event, Precision
from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR
from viewer.store.annotation_fields import value_of
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.session import Workspace

FORMULA_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")
TRUE_WORDS = {"true", "yes", "1", "y", "x", "★"}
FALSE_WORDS = {"false", "no", "0", "n", ""}
TAG_SEPARATOR = ";"  # the export joins tags with "; "
# Cells as long as the app exports (a note, a passage): far above csv's default of 131,072.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

Row = dict[str, str | None]


@dataclass
class RowChange:
    """The fields one row changes, with their values before, for a dry run to show."""

    line: int
    event_id: str
    changes: dict[str, object]
    before: Annotation

    def describe(self) -> str:
        parts = [
            f"{name} {_shown(value_of(self.before, name))} → {_shown(value)}"
            for name, value in self.changes.items()
        ]
        return f"line {self.line} ({self.event_id}): {'; '.join(parts)}"


@dataclass
class ImportReport:
    """What an import found: the rows that change something, the rows that change nothing,
    and the lines that stop it (then nothing is applied)."""

    changes: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def changed(self) -> int:
        return len(self.changes) if self.applied else 0


def import_annotations(
    workspace: Workspace, csv_path: Path, *, dry_run: bool = False
) -> ImportReport:
    """Check every row, then apply them all in one transaction (unless `dry_run`, or a row
    is not usable: then nothing is applied and `problems` says why, one line each)."""
    report = plan_import(workspace, csv_path)
    if report.problems or dry_run or not report.changes:
        return report
    workspace.edit_annotations(
        [(c.event_id, c.changes) for c in report.changes], f"imported from {csv_path.name}"
    )
    report.applied = True
    return report


def plan_import(workspace: Workspace, csv_path: Path) -> ImportReport:
    """What the file would change, row by row, and every reason it cannot be applied."""
    report = ImportReport()
    seen: dict[str, int] = {}
    for line, row in _rows(csv_path):
        event_id = (row.get("event_id") or "").strip()
        if event_id in seen:
            report.problems.append(
                f"line {line}: event {event_id} again (first on line {seen[event_id]})"
            )
            continue
        seen[event_id] = line
        if not workspace.has_event(event_id):
            report.problems.append(f"line {line}: no event with id “{event_id}”")
            continue
        try:
            changes = _changes(workspace, workspace.event(event_id), row)
        except ValueError as error:
            report.problems.append(f"line {line} ({event_id}): {error}")
            continue
        before = workspace.annotation(event_id)
        changes = {k: v for k, v in changes.items() if value_of(before, k) != v}
        if changes:
            report.changes.append(RowChange(line, event_id, changes, before))
        else:
            report.unchanged += 1
    return report


def _rows(csv_path: Path) -> Iterator[tuple[int, Row]]:
    """Each row by column name, with the line it starts on."""
    reader = csv.reader(io.StringIO(_text(csv_path), newline=""))
    try:
        header = next(reader, None)
        names = [name.strip() for name in header or []]
        if "event_id" not in names:
            raise WorkspaceError(f"{csv_path}: no event_id column; is this an exported timeline?")
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                row: Row = dict.fromkeys(names)
                row.update(zip(names, cells, strict=False))
                yield line, row
            line = reader.line_num + 1
    except csv.Error as error:
        raise WorkspaceError(f"{csv_path}: line {reader.line_num}: {error}") from None


def _text(csv_path: Path) -> str:
    """The file as UTF-8, or a refusal naming the first line that is not."""
    try:
        raw = csv_path.read_bytes()
    except OSError as error:
        raise WorkspaceError(f"{csv_path}: cannot read ({error.strerror or error})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise WorkspaceError(
            f"{csv_path}: line {line} is not UTF-8 (byte 0x{raw[error.start]:02x} at column "
            f"{column}); save it as UTF-8 and import again. Nothing was applied"
        ) from None


def _cell(row: Row, name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    # Undo the quote the export put before text a spreadsheet would read as a formula.
    return value[1:] if value.startswith(FORMULA_GUARD) else value


def _changes(workspace: Workspace, event: Event, row: Row) -> dict[str, object]:
    """The field values this row asks for; ValueError on a value it cannot use."""
    changes: dict[str, object] = {}
    note = _cell(row, "note")
    if note is not None:
        changes["note"] = note
    tags = _cell(row, "tags")
    if tags is not None:
        words = [" ".join(t.split()) for t in tags.split(TAG_SEPARATOR)]
        changes["tags"] = tuple(dict.fromkeys(t for t in words if t))
    status = _cell(row, "status")
    if status is not None:
        changes["status"] = _status(status)
    starred = _cell(row, "starred")
    if starred is not None:
        word = starred.strip().lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError(f"starred “{starred}” is neither true nor false")
        changes["starred"] = word in TRUE_WORDS
    title = _cell(row, "title")
    if title is not None:
        text = " ".join(title.split())
        changes["title"] = None if not text or text == event.title else text
    if _cell(row, "date") is not None:
        wanted = _corrected_date(row)
        changes["date"] = None if wanted == event.date else wanted
    return changes


def _status(text: str) -> Status:
    word = text.strip().lower() or Status.UNREVIEWED.value
    if word not in {s.value for s in Status}:
        raise ValueError(f"status “{text}” is not one of unreviewed, confirmed, disputed, rejected")
    return Status(word)


def _day(text: str, column: str) -> date:
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{column} “{text}” is not a date like 2022-03-08") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise ValueError(f"{column} {text} is outside the years {FIRST_YEAR}–{LAST_YEAR}")
    return day


def _corrected_date(row: Row) -> DateValue:
    first = _day((_cell(row, "date") or "").strip(), "date")
    precision_text = (_cell(row, "precision") or "").strip().lower() or "day"
    if precision_text not in {p.value for p in Precision}:
        raise ValueError(f"precision “{precision_text}” is not day, week, month, year or range")
    precision = Precision(precision_text)
    if precision is Precision.DAY:
        return DateValue.day(first)
    if precision is Precision.WEEK:
        return DateValue(first, first + timedelta(days=6), precision)
    if precision is Precision.MONTH:
        return DateValue.month_of(first)
    if precision is Precision.YEAR:
        return DateValue.year_of(first)
    last = _day((_cell(row, "date_end") or "").strip(), "date_end")
    if last < first:
        raise ValueError("date_end is before date")
    return DateValue(first, last, precision)


def _shown(value: object) -> str:
    if isinstance(value, bool):
        value = "true" if value else "false"  # as the export writes it
    if isinstance(value, tuple):
        value = "; ".join(value)
    if isinstance(value, DateValue):
        value = value.label()
    text = " ".join(str(value).split()) if value is not None else ""
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
