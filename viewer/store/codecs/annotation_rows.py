"""Conversions between table rows and the core's annotation objects."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from viewer.core.annotations import Anchor, Annotation, GroupAction, Grouping, Status, UserEvent
from viewer.core.model import DateValue, Precision

Row = tuple[Any, ...]

_ANCHOR = ("document_id", "start", '"end"', "quote", "prefix", "suffix")
_DATE = ("date_first", "date_last", "date_precision")
ANNOTATION_FIELDS = (
    "event_id",
    *_ANCHOR,
    "note",
    "tags",
    "status",
    "starred",
    "title",
    *_DATE,
    "orphaned",
)
USER_EVENT_FIELDS = ("id", *_ANCHOR, *_DATE, "title", "date_basis", "date_text")
ANNOTATION_COLUMNS = ", ".join(ANNOTATION_FIELDS)
USER_EVENT_COLUMNS = ", ".join(USER_EVENT_FIELDS)
GROUPING_COLUMNS = "passage_id, action, target"


def anchor_row(anchor: Anchor) -> Row:
    a = anchor
    return (a.document_id, a.start, a.end, a.quote, a.prefix, a.suffix)


def anchor_from(row: Row) -> Anchor:
    document_id, start, end, quote, prefix, suffix = row
    return Anchor(str(document_id), int(start), int(end), str(quote), str(prefix), str(suffix))


def date_row(value: DateValue | None) -> tuple[str | None, str | None, str | None]:
    if value is None:
        return (None, None, None)
    return (value.first.isoformat(), value.last.isoformat(), value.precision.value)


def date_from(first: str | None, last: str | None, precision: str | None) -> DateValue | None:
    if first is None or last is None or precision is None:
        return None
    return DateValue(date.fromisoformat(first), date.fromisoformat(last), Precision(precision))


def annotation_row(a: Annotation) -> Row:
    """The row for an annotation; its history lives in the history table, not here."""
    return (
        a.event_id,
        *anchor_row(a.anchor),
        a.note,
        json.dumps(list(a.tags), ensure_ascii=False),
        a.status.value,
        int(a.starred),
        a.title,
        *date_row(a.date),
        int(a.orphaned),
    )


def annotation_from(row: Row) -> Annotation:
    return Annotation(
        event_id=str(row[0]),
        anchor=anchor_from(row[1:7]),
        note=str(row[7]),
        tags=tuple(str(tag) for tag in json.loads(row[8])),
        status=Status(row[9]),
        starred=bool(row[10]),
        title=None if row[11] is None else str(row[11]),
        date=date_from(row[12], row[13], row[14]),
        orphaned=bool(row[15]),
    )


def user_event_row(e: UserEvent) -> Row:
    return (e.id, *anchor_row(e.anchor), *date_row(e.date), e.title, e.basis.value, e.date_text)


def grouping_row(g: Grouping) -> Row:
    return (g.passage_id, g.action.value, g.target)


def grouping_from(row: Row) -> Grouping:
    return Grouping(passage_id=str(row[0]), action=GroupAction(row[1]), target=str(row[2]))
