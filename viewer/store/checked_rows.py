"""Every value read from a project checked before it is used: a damaged one is named in one
line (which event, which field, what it held) and left out, never a traceback.

A project is a file anyone can open with other tools; a value of the wrong type or shape
must not stop the window from opening what is still good in it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from viewer.core.annotations import Anchor, Annotation, GroupAction, Grouping, Status, UserEvent
from viewer.core.model import DateBasis, DateValue, Precision
from viewer.core.supported_dates import supported

Row = tuple[Any, ...]
SHOWN_CHARS = 40  # of a damaged value, in the line that names it


class DamagedRowError(ValueError):
    """A row that cannot be used at all; str() names it and what is wrong, in one line."""


def shown(value: object) -> str:
    """A damaged value as the line naming it shows it: short, on one line."""
    text = value.hex() if isinstance(value, bytes) else str(value)
    text = " ".join(text.split())
    return f"“{text[:SHOWN_CHARS]}…”" if len(text) > SHOWN_CHARS else f"“{text}”"


def _text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} {shown(value)} is not text")
    return value


def _count(value: object, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{what} {shown(value)} is not a whole number")
    return value


def _flag(value: object, what: str) -> bool:
    if value not in (0, 1) or isinstance(value, float):
        raise ValueError(f"{what} {shown(value)} is neither 0 nor 1")
    return bool(value)


def _iso(value: object, what: str) -> date:
    try:
        day = date.fromisoformat(_text(value, what))
    except ValueError:
        raise ValueError(f"{what} {shown(value)} is not a date") from None
    if not supported(day):
        raise ValueError(f"{what} {shown(value)} is outside the years 1000–2999")
    return day


def date_value(first: object, last: object, precision: object) -> DateValue | None:
    """A stored date (three columns), None when all three are empty; ValueError if damaged."""
    if first is None and last is None and precision is None:
        return None
    start, end = _iso(first, "first day"), _iso(last, "last day")
    if end < start:
        raise ValueError(f"last day {shown(last)} is before the first {shown(first)}")
    if precision not in {p.value for p in Precision}:
        raise ValueError(f"precision {shown(precision)} is not day, week, month, year or range")
    return DateValue(start, end, Precision(str(precision)))


def anchor(row: Row) -> Anchor:
    """The passage an annotation or user event is anchored to; ValueError if damaged."""
    document_id, start, end, quote, prefix, suffix = row
    first, stop = _count(start, "start"), _count(end, "end")
    if stop < first:
        raise ValueError(f"end {stop} is before start {first}")
    return Anchor(
        _text(document_id, "document"),
        first,
        stop,
        _text(quote, "quote"),
        _text(prefix, "text before"),
        _text(suffix, "text after"),
    )


def tags(value: object) -> tuple[str, ...]:
    """Tags are kept as a JSON list of text."""
    try:
        found = json.loads(_text(value, "tags"))
    except json.JSONDecodeError:
        raise ValueError(f"tags {shown(value)} are not a list") from None
    if not isinstance(found, list) or not all(isinstance(t, str) for t in found):
        raise ValueError(f"tags {shown(value)} are not a list of words")
    return tuple(found)


def status(value: object) -> Status:
    if value not in {s.value for s in Status}:
        raise ValueError(
            f"status {shown(value)} is not unreviewed, confirmed, disputed or rejected"
        )
    return Status(str(value))


def title(value: object) -> str | None:
    return None if value is None else _text(value, "title")


# What an annotation shows in place of a damaged field: the field as if never set.
_FIELDS: tuple[tuple[str, int, Callable[..., object], str], ...] = (
    ("note", 7, lambda v: _text(v, "note"), "shown empty"),
    ("tags", 8, tags, "shown without tags"),
    ("status", 9, status, "shown as unreviewed"),
    ("starred", 10, lambda v: _flag(v, "starred"), "shown unstarred"),
    ("title", 11, title, "the title found in the text is shown"),
    ("orphaned", 15, lambda v: _flag(v, "orphaned"), "taken as anchored"),
)


def annotation(row: Row) -> tuple[Annotation, list[str]]:
    """An annotation row, with a line for each damaged field (left as if never set);
    DamagedRowError when it cannot be placed at all (no event id, a damaged anchor)."""
    event_id = row[0]
    if not isinstance(event_id, str) or not event_id:
        raise DamagedRowError(f"an annotation with no event id ({shown(event_id)}): not shown")
    try:
        where = anchor(row[1:7])
    except ValueError as error:
        raise DamagedRowError(f"event {event_id}: its passage's {error}; not shown") from None
    problems: list[str] = []
    values: dict[str, Any] = {}
    for name, column, read, fallback in _FIELDS:
        try:
            values[name] = read(row[column])
        except ValueError as error:
            problems.append(f"event {event_id}: {error}; {fallback}")
    try:
        values["date"] = date_value(row[12], row[13], row[14])
    except ValueError as error:
        problems.append(f"event {event_id}: corrected date: {error}; the date found is shown")
    return Annotation(event_id=event_id, anchor=where, **values), problems


def user_event(row: Row) -> UserEvent:
    """A row of the user's own events; DamagedRowError if any of it cannot be used."""
    event_id = row[0]
    if not isinstance(event_id, str) or not event_id:
        raise DamagedRowError(f"an event of yours with no id ({shown(event_id)}): not shown")
    try:
        when = date_value(row[7], row[8], row[9])
        if when is None:
            raise ValueError("date is missing")
        made = UserEvent(event_id, anchor(row[1:7]), when, _text(row[10], "title"))
    except ValueError as error:
        raise DamagedRowError(f"your event {event_id}: {error}; not shown") from None
    # How it was dated is an explanation, not the date: damaged, the date is shown as yours.
    if row[11] in {b.value for b in DateBasis} and isinstance(row[12], str):
        return replace(made, basis=DateBasis(row[11]), date_text=row[12])
    return made


def grouping(row: Row) -> Grouping:
    """A manual merge or split; DamagedRowError if it cannot be applied."""
    passage_id, action, target = row
    if not isinstance(passage_id, str) or not passage_id:
        raise DamagedRowError(
            f"a merge or split with no passage ({shown(passage_id)}): not applied"
        )
    if action not in {a.value for a in GroupAction}:
        raise DamagedRowError(
            f"merge or split of passage {passage_id}: action {shown(action)} is neither "
            "join nor split; not applied"
        )
    if not isinstance(target, str):
        raise DamagedRowError(
            f"merge of passage {passage_id}: target {shown(target)} is damaged; not applied"
        )
    return Grouping(passage_id, GroupAction(str(action)), target)


def document_date(row: Row) -> tuple[str, date]:
    """A corrected publication date; DamagedRowError if it cannot be used."""
    document_id, value = row
    if not isinstance(document_id, str):
        raise DamagedRowError(f"a corrected publication date of no article ({shown(document_id)})")
    try:
        return document_id, _iso(value, "corrected publication date")
    except ValueError as error:
        raise DamagedRowError(f"article {document_id}: {error}; its own date is used") from None


def text_value(value: object, what: str) -> str:
    """A value that must be text (a source path, a setting, a history line)."""
    try:
        return _text(value, what)
    except ValueError as error:
        raise DamagedRowError(f"{error}; left out") from None


def source_list(value: object) -> list[str]:
    """The sources a kept timeline was made from: a JSON list of paths."""
    try:
        found = json.loads(_text(value, "kept sources"))
    except (ValueError, TypeError):
        raise DamagedRowError("the kept timeline's sources are damaged; it is made again") from None
    if not isinstance(found, list) or not all(isinstance(s, str) for s in found):
        raise DamagedRowError("the kept timeline's sources are damaged; it is made again")
    return found
