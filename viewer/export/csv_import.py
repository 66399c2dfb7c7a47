"""Reading back an exported CSV that a user edited in a spreadsheet: the rows, each with the
annotation fields its editable columns ask for, checked cell by cell.

Strict about the file: UTF-8 (with or without the BOM spreadsheets write) or it is refused,
naming the first line that is not. Read as spreadsheets save it: cells separated by commas,
or by semicolons or tabs where the locale says so; dates as the locale writes them
(spreadsheet_dates.py). What the rows change is decided by the workspace, which knows the
events (workspace/annotation_import.py).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from viewer.core.annotations import Status
from viewer.core.model import DateValue, Precision
from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR
from viewer.export.csv_format import split_list, starred_from, unguarded
from viewer.export.spreadsheet_dates import DayOrder, is_ambiguous, order_shown, spreadsheet_day

# Cells as long as the app exports (a note, a passage): far above csv's default of 131,072.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
SEPARATORS = (",", ";", "\t")
# How a workbook begins: .xlsx and .ods are zip files, .xls an OLE compound file.
WORKBOOK_STARTS = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
_HEADER = re.compile(r'(?:^|[,;\t])"?event_id"?[,;\t]"?date"?(?:[,;\t]|$)')
# The columns of days: the editable date and date_end, and the published date beside them,
# which a spreadsheet writes the same way and so tells the order of day and month too.
DATE_COLUMNS = ("date", "date_end", "published")


class CsvImportError(ValueError):
    """The file cannot be read as an exported timeline; one line for the user."""


@dataclass(frozen=True)
class EditedRow:
    """One row of an edited CSV: the line it starts on, its cells by column name (None
    for a column the file does not have), and the order of day and month in its file's
    dates when they are written with numbers only (None: not known)."""

    line: int
    cells: dict[str, str | None]
    day_order: DayOrder | None = None

    @property
    def event_id(self) -> str:
        return (self.cells.get("event_id") or "").strip()

    def cell(self, name: str) -> str | None:
        """A cell as the export meant it (its formula guard taken off), or None."""
        value = self.cells.get(name)
        return None if value is None else unguarded(value)

    def fields(self, shown: DateValue | None = None) -> dict[str, object]:
        """The annotation fields the editable columns give, as the user typed them (a title
        on one line, a date at its precision; `shown` is the date the event has now);
        ValueError on a value that cannot be used."""
        wanted: dict[str, object] = {}
        note, tags, status = self.cell("note"), self.cell("tags"), self.cell("status")
        if note is not None:
            wanted["note"] = note
        if tags is not None:
            wanted["tags"] = split_list(tags)
        if status is not None:
            wanted["status"] = _status(status)
        starred = self.cell("starred")
        if starred is not None:
            wanted["starred"] = starred_from(starred)
        title = self.cell("title")
        if title is not None:
            wanted["title"] = " ".join(title.split())
        if self.cell("date") is not None:
            wanted["date"] = self._date(shown)
        return wanted

    def day(self, column: str) -> date:
        """The day a date column names, as the export or a spreadsheet wrote it."""
        text = (self.cell(column) or "").strip()
        try:
            day = spreadsheet_day(text, self.day_order)
        except ValueError as error:
            raise ValueError(f"{column} “{text}” {error}") from None
        if not FIRST_YEAR <= day.year <= LAST_YEAR:
            raise ValueError(f"{column} {text} is outside the years {FIRST_YEAR}–{LAST_YEAR}")
        return day

    def ambiguous_days(self) -> bool:
        """Whether a date of this row reads as two days until the file's order is known."""
        return any(is_ambiguous(self.cell(c) or "") for c in DATE_COLUMNS)

    def _date(self, shown: DateValue | None) -> DateValue:
        first = self.day("date")
        precision_text = (self.cell("precision") or "").strip().lower() or "day"
        if precision_text not in {p.value for p in Precision}:
            raise ValueError(f"precision “{precision_text}” is not day, week, month, year or range")
        precision = Precision(precision_text)
        if (
            shown is not None
            and precision is shown.precision
            and first != shown.first
            and not _starts(precision, first)
        ):
            # A day typed over the first day the export wrote for a week, month or year,
            # the precision left as it was: the day is meant (the month alone lost it).
            precision = Precision.DAY
        if precision is Precision.DAY:
            return DateValue.day(first)
        if precision is Precision.WEEK:
            return DateValue(first, first + timedelta(days=6), precision)
        if precision is Precision.MONTH:
            return DateValue.month_of(first)
        if precision is Precision.YEAR:
            return DateValue.year_of(first)
        last = self.day("date_end")
        if last < first:
            raise ValueError("date_end is before date")
        return DateValue(first, last, precision)


def edited_rows(csv_path: Path) -> list[EditedRow]:
    """Each row that is not blank, by column name, with the line it starts on and the order
    of day and month its file's dates show; CsvImportError when the file is not an exported
    timeline or cannot be read."""
    rows = list(_rows(csv_path))
    order = order_shown(row.cells.get(c) or "" for row in rows for c in DATE_COLUMNS)
    return [replace(row, day_order=order) for row in rows] if order is not None else rows


def _rows(csv_path: Path) -> Iterator[EditedRow]:
    text = _text(csv_path)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    try:
        header = next(reader, None)
        names = [name.strip() for name in header or []]
        if "event_id" not in names:
            raise CsvImportError(_no_header(csv_path, text))
        line = reader.line_num + 1
        for values in reader:
            if any(value.strip() for value in values):
                cells: dict[str, str | None] = dict.fromkeys(names)
                cells.update(zip(names, values, strict=False))
                yield EditedRow(line, cells)
            line = reader.line_num + 1
    except csv.Error as error:
        raise CsvImportError(f"{csv_path}: line {reader.line_num}: {error}") from None


def _no_header(csv_path: Path, text: str) -> str:
    """Why the first line is not the header: the rows sorted with it, or no timeline at all."""
    for number, line in enumerate(text.splitlines(), start=1):
        if _HEADER.search(line):
            return (
                f"{csv_path}: the header (event_id, date, …) is on line {number}, not the "
                "first: was it sorted with the rows? Move it back to the top and import again. "
                "Nothing was applied"
            )
    return f"{csv_path}: no event_id column; is this an exported timeline?"


def _separator(text: str) -> str:
    """The separator the header is written with: a comma, or the semicolon or tab a
    spreadsheet saves with where a comma is the decimal mark."""
    header = text.split("\n", 1)[0]
    for separator in SEPARATORS:
        names = next(csv.reader([header], delimiter=separator), [])
        if "event_id" in (name.strip() for name in names):
            return separator
    return SEPARATORS[0]


def _text(csv_path: Path) -> str:
    """The file as UTF-8, or as the UTF-16 its byte-order mark says (a spreadsheet's
    "Unicode text"), or a refusal naming the first line that is neither."""
    try:
        raw = csv_path.read_bytes()
    except OSError as error:
        raise CsvImportError(f"{csv_path}: cannot read ({error.strerror or error})") from None
    if raw.startswith(WORKBOOK_STARTS):
        raise CsvImportError(
            f"{csv_path}: a spreadsheet's own file (a workbook), not a CSV; in the spreadsheet, "
            "save it as CSV (UTF-8) and import that. Nothing was applied"
        )
    try:
        if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise CsvImportError(
            f"{csv_path}: line {line} is not UTF-8 (byte 0x{raw[error.start]:02x} at column "
            f"{column}); save it as UTF-8 and import again. Nothing was applied"
        ) from None


def _status(text: str) -> Status:
    word = text.strip().lower() or Status.UNREVIEWED.value
    if word not in {s.value for s in Status}:
        raise ValueError(f"status “{text}” is not one of unreviewed, confirmed, disputed, rejected")
    return Status(word)


def _starts(precision: Precision, first: date) -> bool:
    """Whether a day is where the export writes a span of this precision to begin."""
    if precision is Precision.WEEK:
        return first.weekday() == 0
    if precision is Precision.MONTH:
        return first.day == 1
    if precision is Precision.YEAR:
        return (first.month, first.day) == (1, 1)
    return True
