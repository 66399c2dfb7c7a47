"""A workspace's exports: which writer each kind uses, what may not be written over, and a
failure told in one line."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Sequence
from enum import Enum
from functools import partial
from pathlib import Path

from viewer.core.annotations import Annotation
from viewer.core.model import Document, Event
from viewer.export import (
    load_csv_writer,
    write_csv,
    write_json,
    write_timelinejs,
    write_timelinejs_csv,
)
from viewer.export.rows import ExportOrder
from viewer.store import Project
from viewer.workspace.corpus_projects import default_project_path, is_corpus_project
from viewer.workspace.errors import WorkspaceError
from viewer.workspace.export_bases import remember_export
from viewer.workspace.export_paths import protected_files, refusal
from viewer.workspace.session_state import SessionState

Writer = Callable[[Path, ExportOrder], int]


class ExportKind(Enum):
    """The files a timeline can be exported to, each by its own writer."""

    CSV = "csv"
    JSON = "json"
    TIMELINEJS = "timelinejs"
    TIMELINEJS_CSV = "timelinejs-csv"


# The events an export writes: all (None), these, or an order made for several exports.
Events = Sequence[Event] | ExportOrder | None

WRITERS: dict[ExportKind, Writer] = {
    ExportKind.CSV: write_csv,
    ExportKind.JSON: write_json,
    ExportKind.TIMELINEJS: write_timelinejs,
    ExportKind.TIMELINEJS_CSV: write_timelinejs_csv,
}


def prepare_export(kind: ExportKind) -> None:
    """Load what the export's writer needs on a thread of its own, if it is not loaded yet:
    the first CSV waited half a second for pandas on the window's thread. Called as the user
    is asked where to write, so the writer is ready by the time they have chosen."""
    if kind is ExportKind.CSV and "pandas" not in sys.modules:
        threading.Thread(target=load_csv_writer, name="load-csv-writer", daemon=True).start()


def write_export(kind: ExportKind, path: Path, order: ExportOrder, title: str = "Timeline") -> int:
    """Write the events to `path` as `kind` (a published timeline headed by `title`); how
    many were written. WorkspaceError, in one line, when the file cannot be written (the
    old one, if any, is left as it was)."""
    writer = WRITERS[kind]
    if kind is ExportKind.TIMELINEJS:
        writer = partial(write_timelinejs, title=title)
    try:
        return writer(path, order)
    except OSError as error:
        raise WorkspaceError(f"{path}: cannot write ({error.strerror or error})") from None


class Exports:
    """The exports of a Workspace (mixed into it): every event, or those given, with their
    annotations as the annotation service holds them."""

    project: Project
    state: SessionState
    documents: list[Document]
    documents_by_id: dict[str, Document]
    events: list[Event]

    sources: list[Path]

    def annotations(self) -> dict[str, Annotation]:
        raise NotImplementedError

    def export_stem(self) -> str:
        """The name an export or picture is offered under: the folder of articles for a
        project named after it ("ecbplus.csv", not "ecbplus-5be08b02.csv", its project's
        fingerprinted name), else the project's name."""
        project = self.project.path
        if is_corpus_project(project) or project == default_project_path():
            folders = {p if p.is_dir() else p.parent for p in self.sources}
            if len(folders) == 1:
                return folders.pop().name or project.stem
        return project.stem

    def export_csv(self, path: Path, events: Events = None) -> int:
        return self.export(ExportKind.CSV, path, events)

    def export_json(self, path: Path, events: Events = None) -> int:
        return self.export(ExportKind.JSON, path, events)

    def export_timelinejs(
        self, path: Path, events: Events = None, *, template_csv: bool = False
    ) -> int:
        """TimelineJS JSON, or its 18-column spreadsheet template, for publishing."""
        kind = ExportKind.TIMELINEJS_CSV if template_csv else ExportKind.TIMELINEJS
        return self.export(kind, path, events)

    def export_order(self, events: Sequence[Event] | None = None) -> ExportOrder:
        """All events (or these) with their annotations as read from the annotation service
        now, for exports written together: their order and rows worked out once for all."""
        chosen = self.events if events is None else events
        return ExportOrder(chosen, self.documents_by_id, self.annotations())

    def export(self, kind: ExportKind, path: Path, events: Events = None) -> int:
        """Write all events (or these, or an order made by `export_order`) with their
        annotations as read from the annotation service; how many were written."""
        if not self.state.checked:
            raise WorkspaceError("the articles are still being read: export when they are")
        self.check_exports([("", path)])
        order = events if isinstance(events, ExportOrder) else self.export_order(events)
        # A published timeline is headed by the project's name (or its folder's), not "Timeline".
        written = write_export(kind, path, order, self.export_stem())
        if kind is ExportKind.CSV:  # what its edited copy is compared with when imported
            remember_export(self.project, order.annotations, (e.id for e in order.events))
        return written

    def check_exports(self, outputs: Sequence[tuple[str, Path]]) -> None:
        """Refuse, in one line, exports (option, path) that would write over the project, an
        article the timeline is made from, or one another."""
        articles = [Path(d.path) for d in self.documents]
        reason = refusal(outputs, protected_files(self.project.path, articles))
        if reason is not None:
            raise WorkspaceError(reason)
