"""What each CSV export wrote in the columns an edited copy may change, kept in the project
for the import of that copy: a cell still holding what its export wrote has no opinion, so
neither work done in the window since nor what another colleague's copy brought in is
written over; a cell changed from it is the spreadsheet's edit, and where the project's note
or tags changed too, both are kept (core.typed_merge, as for two windows).

Only the annotated events of an export are kept (any other had every field unset), for the
last few exports: a copy may come back from any of them, and the one its rows agree with most
is taken. A project that kept none (exported before, or read-only) compares with unset fields.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from datetime import date

from viewer.core.annotations import Annotation, Status
from viewer.core.model import DateValue, Precision
from viewer.store import Project, ProjectError
from viewer.store.annotation_fields import value_of

KEY = "csv_export_bases"
KEPT = 8  # exports remembered
FORMAT = 1  # of the setting: {"format": 1, "exports": [{event id: values}, ...]}, oldest first

Values = dict[str, object]  # an event's editable fields as an export wrote them
Base = Mapping[str, Values]  # by event id: what one export wrote of its annotated events


def remember_export(
    project: Project, annotations: Mapping[str, Annotation], event_ids: Iterable[str]
) -> None:
    """Keep what a CSV export of these events wrote of their annotations."""
    if project.read_only:
        return
    written = {
        event_id: _encoded(found)
        for event_id in event_ids
        if (found := annotations.get(event_id)) is not None and not found.is_empty()
    }
    kept = [*_stored(project)[-(KEPT - 1) :], written]
    # Not kept (the project cannot be written): the export is written all the same, and
    # its import compares with unset fields.
    text = json.dumps({"format": FORMAT, "exports": kept}, ensure_ascii=False)
    with contextlib.suppress(ProjectError):
        project.set_setting(KEY, text)


def base_for(project: Project, wanted: Mapping[str, Values]) -> Base | None:
    """The kept export the rows (their fields by event id) agree with most, the latest of
    equals; None when none is kept."""
    best: Base | None = None
    best_count = -1
    for stored in _stored(project):
        base = {event_id: _decoded(values) for event_id, values in stored.items()}
        count = sum(
            all(value == base_value(base, event_id, name) for name, value in fields.items())
            for event_id, fields in wanted.items()
        )
        if count >= best_count:
            best, best_count = base, count
    return best


def base_value(base: Base | None, event_id: str, name: str) -> object:
    """A field of an event as the export wrote it (unset where it had no annotation, or
    when no export is known)."""
    values = None if base is None else base.get(event_id)
    return values[name] if values is not None and name in values else value_of(None, name)


def _stored(project: Project) -> list[dict[str, dict[str, object]]]:
    try:
        kept = json.loads(project.setting(KEY) or "{}")
    except (ProjectError, ValueError):
        return []  # damaged or unreadable: no export to compare with
    if not isinstance(kept, dict) or kept.get("format") != FORMAT:
        return []  # another format (a later version's): none to compare with
    exports = kept.get("exports")
    return [k for k in exports if isinstance(k, dict)] if isinstance(exports, list) else []


def _encoded(annotation: Annotation) -> dict[str, object]:
    value = annotation.date
    return {
        "note": annotation.note,
        "tags": list(annotation.tags),
        "status": annotation.status.value,
        "starred": annotation.starred,
        "title": annotation.title,
        "date": None
        if value is None
        else [value.first.isoformat(), value.last.isoformat(), value.precision.value],
    }


def _decoded(values: object) -> Values:
    """Kept values back as fields; any damaged one left out (then taken as unset)."""
    if not isinstance(values, dict):
        return {}
    found: Values = {}
    try:
        found["note"] = str(values["note"])
        found["tags"] = tuple(str(tag) for tag in values["tags"])
        found["status"] = Status(values["status"])
        found["starred"] = bool(values["starred"])
        title = values["title"]
        found["title"] = None if title is None else str(title)
        day = values["date"]
        found["date"] = (
            None
            if day is None
            else DateValue(
                date.fromisoformat(day[0]), date.fromisoformat(day[1]), Precision(day[2])
            )
        )
    except (KeyError, TypeError, ValueError, IndexError):
        pass
    return found
