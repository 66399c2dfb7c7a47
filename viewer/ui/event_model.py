"""The event list as a Qt table model over the Workspace's events, with search as you type."""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from viewer.core.annotations import Annotation, Status
from viewer.core.model import Event
from viewer.core.source_names import document_labels, short_date
from viewer.ui.cluster_popup import plain_tip
from viewer.workspace import Workspace

EVENT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SENTENCE_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the event's full sentence, for the list

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the event list, in display order."""

    STAR = 0
    DATE = 1
    TITLE = 2
    SOURCES = 3
    STATUS = 4
    MARKS = 5


HEADERS = {
    Column.STAR: "★",
    Column.DATE: "Date",
    Column.TITLE: "Event",
    Column.SOURCES: "Source",
    Column.STATUS: "✓",
    Column.MARKS: "Notes",
}

STATUS_GLYPHS = {
    Status.UNREVIEWED: "",
    Status.CONFIRMED: "✓",
    Status.DISPUTED: "?",
    Status.REJECTED: "✗",
}
STATUS_TINTS = {
    Status.CONFIRMED: QColor(46, 125, 50, 34),
    Status.DISPUTED: QColor(199, 119, 0, 40),
    Status.REJECTED: QColor(179, 38, 30, 30),
}

STATUS_COLOURS = {
    Status.UNREVIEWED: QColor("#7a8696"),
    Status.CONFIRMED: QColor("#2e7d32"),
    Status.DISPUTED: QColor("#c77700"),
    Status.REJECTED: QColor("#b3261e"),
}
STAR_COLOUR = QColor("#e0a100")


class EventTableModel(QAbstractTableModel):
    """The events the list shows: all of the Workspace's, less those a filter hides."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._rows: list[Event] = []
        self._row_of: dict[str, int] = {}
        self._annotations: dict[str, Annotation] = {}
        self._haystacks: dict[str, str] = {}
        self._search: list[str] = []
        self._show_rejected = False
        self._allowed: Collection[str] | None = None
        self._labels: dict[str, str] = {}
        self._labelled: object = None  # the documents the labels are of
        self._refilter()

    # --- what the window calls

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    def set_workspace(self, workspace: Workspace, *, filtered_next: bool = False) -> None:
        """Show another workspace's events (after opening a folder or a project). With
        filtered_next, set_allowed_ids() follows at once: the rows wait for it."""
        self._workspace = workspace
        if not filtered_next:
            self.reload()
            return
        self._annotations.clear()
        self._haystacks.clear()
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self.endResetModel()

    def source_label(self, document_id: str) -> str:
        """A source as a reader knows it: "CNN · 9 Mar 2022" (its file when unknown)."""
        documents = self._workspace.documents
        if self._labelled is not documents:
            self._labels, self._labelled = document_labels(documents), documents
        return self._labels.get(document_id, document_id)

    def reload(self) -> None:
        """Re-read every event and annotation (after events were rebuilt)."""
        self._annotations.clear()
        self._haystacks.clear()
        self._labelled = None  # a publication date may have been corrected
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def refresh_event(self, event_id: str) -> None:
        """One event's annotation changed: repaint its row, or re-filter if it now hides."""
        self._annotations.pop(event_id, None)
        self._haystacks.pop(event_id, None)
        row = self._row_of.get(event_id)
        try:
            accepted = self._accepts(self._workspace.event(event_id))
        except KeyError:
            accepted = False
        if row is not None and accepted:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        elif row is not None or accepted:
            self.beginResetModel()
            self._refilter()
            self.endResetModel()

    def set_search(self, text: str) -> None:
        """Keep events whose title, passages, note or tags contain every word typed."""
        words = text.casefold().split()
        if words != self._search:
            self._search = words
            self._reset_filter()

    def set_show_rejected(self, show: bool) -> None:
        """Rejected events are hidden unless asked for; they are never deleted."""
        if show != self._show_rejected:
            self._show_rejected = show
            self._reset_filter()

    def set_allowed_ids(self, ids: Collection[str] | None) -> None:
        """Restrict to these event ids (the filter bar's result); None shows all."""
        self._allowed = set(ids) if ids is not None else None
        self._reset_filter()

    @property
    def show_rejected(self) -> bool:
        return self._show_rejected

    def is_filtered(self) -> bool:
        return len(self._rows) != len(self._workspace.events)

    def events(self) -> list[Event]:
        """The events shown, in order."""
        return list(self._rows)

    def event_at(self, row: int) -> Event:
        return self._rows[row]

    def row_of(self, event_id: str) -> int | None:
        return self._row_of.get(event_id)

    def annotation(self, event_id: str) -> Annotation:
        found = self._annotations.get(event_id)
        if found is None:
            found = self._workspace.annotation(event_id)
            self._annotations[event_id] = found
        return found

    # --- Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return HEADERS[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole:
                return {Column.STAR: "Starred", Column.STATUS: "Review status"}.get(Column(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        event = self._rows[index.row()]
        column = Column(index.column())
        if role == EVENT_ID_ROLE:
            return event.id
        if role == SENTENCE_ROLE:
            return " ".join(event.primary.text.split()) if column is Column.TITLE else None
        note = self.annotation(event.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, note, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(event, note, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATUS_TINTS.get(note.status)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STAR:
                return QBrush(STAR_COLOUR)
            if column is Column.STATUS or note.status is Status.REJECTED:
                return QBrush(STATUS_COLOURS[note.status])
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column is Column.STATUS and note.status is not Status.UNREVIEWED:
                font = QFont()
                font.setBold(True)
                return font
            if note.status is Status.REJECTED:
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.STAR, Column.STATUS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    # --- helpers

    def _display(self, event: Event, note: Annotation, column: Column) -> str:
        if column is Column.STAR:
            return "★" if note.starred else ""
        if column is Column.DATE:
            return short_date(self._workspace.effective(event).date)
        if column is Column.TITLE:
            return self._workspace.effective(event).title
        if column is Column.SOURCES:
            first = self.source_label(event.primary.document_id)
            more = event.source_count - 1
            return f"{first} +{more}" if more else first
        if column is Column.STATUS:
            return STATUS_GLYPHS[note.status]
        marks = []
        if note.note:
            marks.append("✎")
        if note.tags:
            marks.append(" ".join("#" + tag for tag in note.tags))
        if note.date is not None:
            marks.append("⟳")  # the date was corrected by hand
        return " ".join(marks)

    def _tooltip(self, event: Event, note: Annotation, column: Column) -> str | None:
        if column is Column.SOURCES:
            docs = sorted({p.document_id for p in event.passages})
            return plain_tip("\n".join(f"{self.source_label(d)} ({d})" for d in docs))
        if column is Column.STATUS:
            return note.status.value.capitalize()
        if column is Column.MARKS and (note.note or note.tags):
            return plain_tip("\n".join(filter(None, [note.note, ", ".join(note.tags)])))
        if column is Column.DATE:
            value = self._workspace.effective(event).date.label()
            basis = f"\n{event.date_basis.value}: {event.date_text}" if event.date_text else ""
            return plain_tip(value + basis)
        if column is Column.TITLE:
            return plain_tip(" ".join(event.primary.text.split()))
        return None

    def _haystack(self, event: Event) -> str:
        found = self._haystacks.get(event.id)
        if found is None:
            note = self.annotation(event.id)
            parts = [self._workspace.effective(event).title, note.note, *note.tags]
            parts.extend(p.text for p in event.passages)
            parts.append(self._workspace.effective(event).date.label())
            found = "\n".join(parts).casefold()
            self._haystacks[event.id] = found
        return found

    def _accepts(self, event: Event) -> bool:
        if self._allowed is not None and event.id not in self._allowed:
            return False
        if not self._show_rejected and self.annotation(event.id).status is Status.REJECTED:
            return False
        if self._search:
            hay = self._haystack(event)
            return all(word in hay for word in self._search)
        return True

    def _refilter(self) -> None:
        self._rows = [e for e in self._workspace.events if self._accepts(e)]
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}

    def _reset_filter(self) -> None:
        self.beginResetModel()
        self._refilter()
        self.endResetModel()
