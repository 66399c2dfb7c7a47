"""Apply the annotation columns of an exported CSV that a user edited in a spreadsheet."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from viewer.core.annotations import Annotation, Status
from viewer.core.model import DateValue, Precision
from viewer.workspace.session import Workspace, WorkspaceError

FORMULA_GUARD = ("'=", "'+", "'-", "'@", "'\t", "'\r")
TRUE_WORDS = {"true", "yes", "1", "y", "x", "★"}
FALSE_WORDS = {"false", "no", "0", "n", ""}


@dataclass
class ImportReport:
    """What an import did: rows applied, rows left unchanged, and rows it could not use."""

    changed: int = 0
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)


def _cell(row: dict[str, str | None], name: str) -> str | None:
    value = row.get(name)
    if value is None:
        return None
    # Undo the quote the export put before text a spreadsheet would read as a formula.
    return value[1:] if value.startswith(FORMULA_GUARD) else value


def _corrected_date(row: dict[str, str | None]) -> DateValue | None:
    first_text = (_cell(row, "date") or "").strip()
    precision_text = (_cell(row, "precision") or "day").strip().lower() or "day"
    end_text = (_cell(row, "date_end") or "").strip()
    first = date.fromisoformat(first_text)
    precision = Precision(precision_text)
    if precision is Precision.DAY:
        return DateValue.day(first)
    if precision is Precision.WEEK:
        return DateValue(first, first + timedelta(days=6), precision)
    if precision is Precision.MONTH:
        return DateValue.month_of(first)
    if precision is Precision.YEAR:
        return DateValue.year_of(first)
    last = date.fromisoformat(end_text)
    if last < first:
        raise ValueError("date_end is before date")
    return DateValue(first, last, precision)


def _updated(workspace: Workspace, row: dict[str, str | None]) -> Annotation:
    """The annotation this row asks for; raises ValueError on a value it cannot use."""
    event = workspace.event((row.get("event_id") or "").strip())
    current = workspace.annotation(event.id)
    changes: dict[str, object] = {}
    note = _cell(row, "note")
    if note is not None:
        changes["note"] = note
    tags = _cell(row, "tags")
    if tags is not None:
        changes["tags"] = tuple(t.strip() for t in tags.replace(",", ";").split(";") if t.strip())
    status = _cell(row, "status")
    if status is not None:
        word = status.strip().lower() or Status.UNREVIEWED.value
        if word not in {s.value for s in Status}:
            raise ValueError(
                f"status “{status}” is not one of unreviewed, confirmed, disputed, rejected"
            )
        changes["status"] = Status(word)
    starred = _cell(row, "starred")
    if starred is not None:
        word = starred.strip().lower()
        if word not in TRUE_WORDS | FALSE_WORDS:
            raise ValueError(f"starred “{starred}” is neither true nor false")
        changes["starred"] = word in TRUE_WORDS
    title = _cell(row, "title")
    if title is not None and title.strip() and title.strip() != event.title:
        changes["title"] = title.strip()
    if _cell(row, "date") is not None:
        wanted = _corrected_date(row)
        if wanted != workspace.effective_date(event):
            changes["date"] = None if wanted == event.date else wanted
    return current.with_(**changes)


def import_annotations(workspace: Workspace, csv_path: Path) -> ImportReport:
    """Apply every usable row in one transaction; report the others and change nothing else."""
    try:
        raw = csv_path.read_bytes()
    except OSError as error:
        raise WorkspaceError(f"{csv_path}: cannot read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if reader.fieldnames is None or "event_id" not in [f.strip() for f in reader.fieldnames]:
        raise WorkspaceError(f"{csv_path}: no event_id column; is this an exported timeline?")
    report = ImportReport()
    wanted: list[Annotation] = []
    for number, row in enumerate(reader, start=2):
        row = {(k or "").strip(): v for k, v in row.items()}
        event_id = (row.get("event_id") or "").strip()
        try:
            annotation = _updated(workspace, row)
        except KeyError:
            report.problems.append(f"line {number}: no event with id “{event_id}”")
            continue
        except ValueError as error:
            report.problems.append(f"line {number} ({event_id}): {error}")
            continue
        if annotation == workspace.annotation(event_id):
            report.unchanged += 1
        else:
            wanted.append(annotation)
    with workspace.project.batch():
        for annotation in wanted:
            workspace.save_annotation(annotation)
            workspace.project.add_history(annotation.event_id, f"imported from {csv_path.name}")
    report.changed = len(wanted)
    return report
