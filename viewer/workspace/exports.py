"""A workspace's exports: which writer each kind uses, and a failure told in one line."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from enum import Enum
from pathlib import Path

from viewer.core.annotations import Annotation
from viewer.core.model import Document, Event
from viewer.export import write_csv, write_json, write_timelinejs, write_timelinejs_csv
from viewer.workspace.errors import WorkspaceError

Writer = Callable[[Path, Sequence[Event], Mapping[str, Document], Mapping[str, Annotation]], int]


class ExportKind(Enum):
    """The files a timeline can be exported to, each by its own writer."""

    CSV = "csv"
    JSON = "json"
    TIMELINEJS = "timelinejs"
    TIMELINEJS_CSV = "timelinejs-csv"


WRITERS: dict[ExportKind, Writer] = {
    ExportKind.CSV: write_csv,
    ExportKind.JSON: write_json,
    ExportKind.TIMELINEJS: write_timelinejs,
    ExportKind.TIMELINEJS_CSV: write_timelinejs_csv,
}


def write_export(
    kind: ExportKind,
    path: Path,
    events: Sequence[Event],
    documents: Mapping[str, Document],
    annotations: Mapping[str, Annotation],
) -> int:
    """Write the events to `path` as `kind`; how many were written. WorkspaceError, in one
    line, when the file cannot be written (the old one, if any, is left as it was)."""
    try:
        return WRITERS[kind](path, events, documents, annotations)
    except OSError as error:
        raise WorkspaceError(f"{path}: cannot write ({error.strerror or error})") from None
