"""The fields of an annotation a user edits, each with the columns that keep it, so an edit
is written as a change to the fields it touched and never as a whole row."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from viewer.core.annotations import USER_FIELDS, Annotation, Status
from viewer.core.model import DateValue
from viewer.store.codecs import annotation_rows as codec

# Field name -> the columns of the annotations table that hold it.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "note": ("note",),
    "tags": ("tags",),
    "status": ("status",),
    "starred": ("starred",),
    "title": ("title",),
    "date": ("date_first", "date_last", "date_precision"),
}
EDITABLE = USER_FIELDS


@dataclass(frozen=True)
class FieldWrite:
    """What one field-level write did: the annotation before and after, as stored, and the
    fields it wrote (those already holding their new value are not written)."""

    before: Annotation | None
    after: Annotation | None
    written: frozenset[str]


def check_fields(names: Iterable[str]) -> None:
    """Refuse a field name that is not one a user edits: names go into SQL text."""
    unknown = [n for n in names if n not in COLUMNS]
    if unknown:
        raise ValueError(f"not an annotation field: {', '.join(map(str, unknown))}")


def encoded(field: str, value: object) -> tuple[Any, ...]:
    """The column values that keep one field's value."""
    if field == "tags":
        assert isinstance(value, tuple)
        return (json.dumps(list(value), ensure_ascii=False),)
    if field == "status":
        assert isinstance(value, Status)
        return (value.value,)
    if field == "starred":
        return (int(bool(value)),)
    if field == "date":
        assert value is None or isinstance(value, DateValue)
        return codec.date_row(value)
    return (value,)


def assignments(changes: Mapping[str, object]) -> tuple[str, list[Any]]:
    """`col = ?, …` for an UPDATE of these fields, and its parameters."""
    check_fields(changes)
    columns: list[str] = []
    params: list[Any] = []
    for field, value in changes.items():
        columns.extend(COLUMNS[field])
        params.extend(encoded(field, value))
    return ", ".join(f"{column} = ?" for column in columns), params


def value_of(annotation: Annotation | None, field: str) -> object:
    """A field's value in an annotation; an annotation not stored has every field unset."""
    if annotation is None:
        return getattr(Annotation("", _NOWHERE), field)
    return getattr(annotation, field)


def differing(before: Annotation | None, after: Annotation | None) -> frozenset[str]:
    """The user-edited fields whose values differ between two states of an annotation."""
    return frozenset(f for f in EDITABLE if value_of(before, f) != value_of(after, f))


_NOWHERE = codec.anchor_from(("", 0, 0, "", "", ""))
