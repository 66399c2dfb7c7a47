"""Apply the annotation columns of an exported CSV that a user edited in a spreadsheet.

Strict: the file is read by export/csv_import.py (UTF-8 or refused, naming the line); every
row must be usable and name a different event, or nothing is applied; what is applied is
written in one transaction, as changes to the fields the rows change, so a window open on the
project keeps its own edits and picks these up. A dry run lists what would change and applies
nothing. A row naming no event of the project (added in the spreadsheet, or of an event an
older extraction had) is left out and named; a file none of whose rows names one is refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from viewer.core.annotations import Annotation
from viewer.core.counted_words import agreeing
from viewer.core.model import DateValue, Event, passage_id
from viewer.core.typed_merge import merge_typed
from viewer.export.csv_format import joined, starred_cell
from viewer.export.csv_import import CsvImportError, EditedRow, edited_rows
from viewer.export.spreadsheet_dates import DayOrder
from viewer.store.annotation_fields import value_of
from viewer.workspace.annotation_service import AnnotationChange
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.export_bases import Base, base_for, base_value
from viewer.workspace.session import Workspace


@dataclass
class RowChange:
    """The fields one row changes, with their values before, for a dry run to show."""

    line: int
    event_id: str
    changes: dict[str, object]
    before: Annotation
    kept: tuple[str, ...] = ()
    extracted: dict[str, object] = field(default_factory=dict)  # the event's title and date

    def describe(self) -> str:
        parts = [
            f"{name} {self._said(name, value_of(self.before, name))} → {self._said(name, value)}"
            f"{_ONE_TAG if name == 'tags' and any(',' in t for t in _tags(value)) else ''}"
            for name, value in self.changes.items()
        ]
        return f"line {self.line} ({self.event_id}): {'; '.join(parts)}"

    def describe_kept(self) -> str:
        """The project's own values this row's extracted or empty cells leave in place."""
        parts = [f"{name} {self._said(name, value_of(self.before, name))}" for name in self.kept]
        return f"line {self.line} ({self.event_id}): kept {'; '.join(parts)}"

    def _said(self, name: str, value: object) -> str:
        """A value as the window shows it: no title or date of the user's is the extracted
        one (it said title “” of an event titled all along)."""
        return _shown(self.extracted.get(name, value) if value in (None, "") else value)


@dataclass
class ImportReport:
    """What an import found: the rows that change something, the rows that change nothing,
    the rows left out as they name no event of the project, the rows matched to the event
    their event became, and the lines that stop it (then nothing is applied)."""

    changes: list[RowChange] = field(default_factory=list)
    kept: list[RowChange] = field(default_factory=list)
    unchanged: int = 0
    left_out: list[str] = field(default_factory=list)
    renamed: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    applied: bool = False
    done: list[AnnotationChange] = field(default_factory=list)  # as written, for an undo

    @property
    def changed(self) -> int:
        return len(self.changes) if self.applied else 0

    def told(self, *, dry_run: bool = False) -> list[str]:
        """Every row matched anew, changed, keeping the project's values or left out, one line
        each, in that order."""
        verb = "would change" if dry_run else "changed"
        return [
            *self.renamed,
            *(f"{verb} {change.describe()}" for change in self.changes),
            *(f"{row.describe_kept()} (the CSV has what its export wrote)" for row in self.kept),
            *(f"left out {line}" for line in self.left_out),
        ]

    def counts(self) -> str:
        """The rows kept and left out, after the changed and unchanged counts ("" for none)."""
        said = f"; kept the project's own values in {_rows(len(self.kept))}" if self.kept else ""
        if self.left_out:
            names = "names" if len(self.left_out) == 1 else "name"
            said += f"; left out {_rows(len(self.left_out))} that {names} no event of the project"
        return said


def import_annotations(
    workspace: Workspace, csv_path: Path, *, dry_run: bool = False
) -> ImportReport:
    """Check every row, then apply them all in one transaction (unless `dry_run`, or a row
    is not usable: then nothing is applied and `problems` says why, one line each)."""
    report = plan_import(workspace, csv_path)
    if report.problems or dry_run or not report.changes:
        return report
    return apply_planned(workspace, report, csv_path.name)


def apply_planned(workspace: Workspace, report: ImportReport, file_name: str) -> ImportReport:
    """Write the changes a plan without problems found, in one transaction."""
    report.done = workspace.edit_annotations(
        [(c.event_id, c.changes) for c in report.changes], f"imported from {file_name}"
    )
    report.applied = True
    return report


def plan_import(workspace: Workspace, csv_path: Path) -> ImportReport:
    """What the file would change, row by row, and every reason it cannot be applied."""
    report = ImportReport()
    rows = _rows_read(workspace, csv_path)
    if not rows:
        raise WorkspaceError(f"{csv_path}: no rows under its header; nothing to import")
    asked = _asked(workspace, rows, report)
    if not asked and not report.problems:
        raise WorkspaceError(
            f"{csv_path}: {_none_of(len(rows))} "
            "event of this project (is it the export of another project?); nothing was applied"
        )
    base = base_for(workspace.project, {row.event_id: wanted for row, wanted, _ in asked})
    for row, wanted, emptied in asked:
        _plan_row(report, workspace, row, _Asked(wanted, emptied, base))
    return report


def _asked(
    workspace: Workspace, rows: list[EditedRow], report: ImportReport
) -> list[tuple[EditedRow, dict[str, object], bool]]:
    """Each row with its event's id, the fields it asks for and whether its title cell was
    emptied; the rows of no event left out, and every row that cannot be used a problem."""
    asked = []
    seen: dict[str, int] = {}
    events = _EventsByPassage(workspace)
    for row in rows:
        event_id = events.event_of(row, report)
        if event_id is None:
            continue
        if event_id in seen:
            report.problems.append(
                f"line {row.line}: event {event_id} again (first on line {seen[event_id]})"
            )
            continue
        seen[event_id] = row.line
        row = replace(row, cells={**row.cells, "event_id": event_id})
        event = workspace.event(event_id)
        try:
            wanted, emptied = _wanted(event, row, workspace.effective(event).date)
            tags = value_of(workspace.annotation(event_id), "tags")
            wanted["tags"] = _as_written(wanted.get("tags"), tags)
            if wanted["tags"] is None:
                del wanted["tags"]
            asked.append((row, wanted, emptied))
        except ValueError as error:
            report.problems.append(f"line {row.line} ({event_id}): {error}")
    return asked


def _rows_read(workspace: Workspace, csv_path: Path) -> list[EditedRow]:
    """The file's rows, with the order of day and month of its dates, which the events tell
    when no cell does (05/03/2022 in every row: the file's unchanged rows give it away)."""
    try:
        rows = edited_rows(csv_path)
    except CsvImportError as error:
        raise WorkspaceError(str(error)) from None
    if not any(row.day_order is None and row.ambiguous_days() for row in rows):
        return rows
    agreeing = {order: _dated_alike(workspace, rows, order) for order in DayOrder}
    told = [order for order, count in agreeing.items() if count >= 2]
    if len(told) != 1 or any(agreeing[o] for o in DayOrder if o is not told[0]):
        return rows  # each cell that reads as two days says so
    return [replace(row, day_order=told[0]) for row in rows]


def _dated_alike(workspace: Workspace, rows: list[EditedRow], order: DayOrder) -> int:
    """How many rows with a date like 05/03/2022 name their event's date when read so."""
    count = 0
    for row in rows:
        if not row.ambiguous_days() or not workspace.has_event(row.event_id):
            continue
        try:
            day = replace(row, day_order=order).day("date")
        except ValueError:
            continue
        count += day == workspace.effective(workspace.event(row.event_id)).date.first
    return count


class _EventsByPassage:
    """The event a row names: by its id; else by the id its event had before it was merged
    with another (the id of one of its passages now), or by its passage's place in its
    article (`source`, `start`, `end`), where an event of an older extraction had read the
    same passage in other words (an id is made of the words)."""

    def __init__(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._by_passage: dict[str, str] | None = None
        self._by_place: dict[tuple[str, int, int], str] = {}

    def event_of(self, row: EditedRow, report: ImportReport) -> str | None:
        """The event's id, or None with the row named in the report's rows left out."""
        event_id = row.event_id
        if self._workspace.has_event(event_id):
            return event_id
        if not event_id:
            report.left_out.append(f"line {row.line}: no event_id (a row added by hand?)")
            return None
        now = self._passages().get(event_id)
        if now is not None:
            report.renamed.append(f"line {row.line}: event {event_id} is part of event {now} now")
            return now
        now = self._by_place.get(_place(row))
        if now is not None:
            report.renamed.append(
                f"line {row.line}: event {event_id} is event {now} now (the same passage)"
            )
            return now
        report.left_out.append(f"line {row.line}: no event with id “{event_id}” here")
        return None

    def _passages(self) -> dict[str, str]:
        if self._by_passage is None:
            self._by_passage = {}
            for event in self._workspace.events:
                for p in event.passages:
                    self._by_passage[passage_id(p.document_id, p.text)] = event.id
                    self._by_place[(p.document_id, p.start, p.end)] = event.id
        return self._by_passage


def _place(row: EditedRow) -> tuple[str, int, int]:
    """Where the row's passage is: its source file and offsets ("", -1, -1 when unreadable)."""
    try:
        start, end = (int(float(row.cell(c) or "")) for c in ("start", "end"))
    except ValueError:
        return ("", -1, -1)
    return ((row.cell("source") or "").strip(), start, end)


@dataclass(frozen=True)
class _Asked:
    """What one row asks for: its fields, whether its title cell was emptied (the extracted
    title asked back), and what the export it came from wrote."""

    wanted: dict[str, object]
    emptied_title: bool
    base: Base | None  # None: the project kept no export to compare with


def _plan_row(report: ImportReport, workspace: Workspace, row: EditedRow, asked: _Asked) -> None:
    """Sort one row's fields into what it changes and the project's values it leaves: a
    cell holding what its export wrote has no opinion, so it never writes over a value the
    project holds now (typed in the window since, or another copy's import); a cell changed
    from it is written, merged with the project's note or tags if they changed too."""
    before = workspace.annotation(row.event_id)
    changes: dict[str, object] = {}
    kept: list[str] = []
    for name, value in asked.wanted.items():
        was, stored = base_value(asked.base, row.event_id, name), value_of(before, name)
        if name == "tags":
            value = _as_written(value, was, stored)
        if value == was and not (name == "title" and asked.emptied_title):
            if stored != value:
                kept.append(name)
            continue
        # Not knowing what the export wrote, a note or tags changed both here and there
        # may be the same edit twice: the spreadsheet's is taken, as it was before exports
        # were kept.
        merged = merge_typed(name, was, value, stored)[0] if asked.base is not None else value
        if merged != stored:
            changes[name] = merged
    event = workspace.event(row.event_id)
    extracted = {"title": event.title, "date": event.date}
    planned = RowChange(row.line, row.event_id, changes, before, tuple(kept), extracted)
    if changes:
        report.changes.append(planned)
    else:
        report.unchanged += 1
    if kept:
        report.kept.append(planned)


def _wanted(event: Event, row: EditedRow, shown: DateValue) -> tuple[dict[str, object], bool]:
    """The field values this row asks for, the extracted title and date as unset, and
    whether its title cell was emptied (which asks for the extracted title back). ValueError
    on a value it cannot use."""
    wanted = row.fields(shown)
    emptied = "title" in wanted and not wanted["title"]
    if "title" in wanted:
        text = wanted["title"]
        wanted["title"] = None if not text or text == event.title else text
    if "date" in wanted and wanted["date"] == event.date:
        wanted["date"] = None
    return wanted, emptied


def _none_of(count: int) -> str:
    """ "none of its 3 rows names an", "its one row names no" (before "event")."""
    return agreeing(count, "its one row names no", f"none of its {count} rows names an")


def _rows(count: int) -> str:
    return f"{count} row{'s' if count != 1 else ''}"


_ONE_TAG = " (one tag: tags are split on “;”)"  # typed between commas, as in the window


def _as_written(value: object, *alike: object) -> object:
    """Tags read from a cell that says what the export wrote for tags alike: those tags. A
    tag holding "; " ("arrest; police", typed between commas) is written as two and was read
    back split, changing the tags of a row no one edited."""
    if not isinstance(value, tuple):
        return value
    written = joined(value)
    same = (o for o in alike if isinstance(o, tuple) and o != value and joined(o) == written)
    return next(same, value)


def _tags(value: object) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else ()


def _shown(value: object) -> str:
    if isinstance(value, bool):
        value = starred_cell(value)  # as the export writes it
    if isinstance(value, tuple):
        value = joined(value)
    if isinstance(value, DateValue):
        value = value.label()
    text = " ".join(str(value).split()) if value is not None else ""
    return f"“{text[:60]}…”" if len(text) > 60 else f"“{text}”"
