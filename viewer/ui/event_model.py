"""The event list as a Qt table model over the Workspace's events and the filters' mask."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette

from viewer.core.annotations import Anchor, Annotation, Status
from viewer.core.filters import Mask
from viewer.core.model import DateValue, Event, Precision
from viewer.core.source_names import document_labels, list_date
from viewer.core.timeline import PRECISIONS, TimelineData
from viewer.ui.card_text import STATUS_GLYPHS
from viewer.ui.plain import as_written
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
    SURE = 4
    STATUS = 5
    MARKS = 6


HEADERS = {
    Column.STAR: "★",
    Column.DATE: "Date",
    Column.TITLE: "Event",
    Column.SOURCES: "Source",
    Column.SURE: "Sure",
    Column.STATUS: "✓",
    Column.MARKS: "Notes",
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
# The same, as text on a dark base: the colours above read at 2:1 there (a rejected row's
# struck-through dark red on near-black); these keep about 5:1 or more.
_ON_DARK = {
    STATUS_COLOURS[Status.UNREVIEWED].name(): QColor("#a9b4c2"),
    STATUS_COLOURS[Status.CONFIRMED].name(): QColor("#81c784"),
    STATUS_COLOURS[Status.DISPUTED].name(): QColor("#ffb74d"),
    STATUS_COLOURS[Status.REJECTED].name(): QColor("#ff8a80"),
    STAR_COLOUR.name(): QColor("#f4b400"),
}


def text_colour(colour: QColor) -> QColor:
    """A status or star colour for text on the palette's base: a lighter one when the base
    is dark (a dark desktop), so that it stays readable."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return _ON_DARK.get(colour.name(), colour) if base.lightness() < 128 else colour


_REVIEWED_FIRST = {
    Status.CONFIRMED: 0,
    Status.DISPUTED: 1,
    Status.REJECTED: 2,
    Status.UNREVIEWED: 3,
}
# What a screen reader says for the headers and cells written with a sign only.
_HEADER_SPOKEN = {Column.STAR: "Starred", Column.STATUS: "Review status"}
_MARKS_SPOKEN = {"✎": "note", "⟳": "date corrected"}
_HEADER_TIPS = {
    Column.STAR: "Starred: a click on an event's cell here stars or unstars it (S)",
    Column.SURE: "How sure the extractor is that the event is a reported happening",
    Column.STATUS: "Review status",
}
_DATED_TIP = "How sure the extractor is of the event's date (View › Sort List By)"
_BLANK = Annotation("", Anchor("", 0, 0, ""))  # what a row without an annotation shows


class EventTableModel(QAbstractTableModel):
    """The events the list shows: the Workspace's, less those the filters' mask hides, in its
    order (by date) or sorted by a column. It filters nothing itself: the timeline pane's
    filters decide, and hand it their mask; annotations are read from the workspace's
    annotation service as rows are painted."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._sort = (Column.DATE, Qt.SortOrder.AscendingOrder)
        self.sure_of_date = False  # the Sure column: how sure the date is, not the happening
        self._shown: list[Event] = []  # in the workspace's order, by date
        self._rows: list[Event] = []  # as listed: sorted by `_sort`
        # Every event of the workspace in the order of `_sort`, and what it was made from (the
        # sort and the events list): sorting by a column reads each event's title, source or
        # annotation, too slow to do again at every keystroke of a search.
        self._order: tuple[object, list[Event]] | None = None
        self._row_of: dict[str, int] = {}
        self._mask: tuple[TimelineData, Mask] | None = None  # None: every event
        self._labels: dict[str, str] = {}
        self._labelled: object = None  # the documents the labels are of
        self._refilter()

    # --- what the window calls

    @property
    def workspace(self) -> Workspace:
        return self._workspace

    def source_label(self, document_id: str) -> str:
        """A source as a reader knows it: "CNN · 9 Mar 2022" (its file when unknown)."""
        documents = self._workspace.documents
        if self._labelled is not documents:
            self._labels, self._labelled = document_labels(documents), documents
        return self._labels.get(document_id, document_id)

    def reload(self) -> None:
        """Re-read every event (after events were rebuilt)."""
        self._labelled = None  # a publication date may have been corrected
        self._order = None
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def show_sure_of_date(self, of_date: bool) -> None:
        """The Sure column says, and sorts by, how sure the extractor is of each event's date
        (else that it is a reported happening): the list sorted only by the second."""
        if of_date != self.sure_of_date:
            self.sure_of_date = of_date
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, Column.SURE, Column.SURE)
            self.reload()

    def refresh_event(self, event_id: str) -> None:
        """One event's annotation changed: repaint its row; the list is sorted anew when it
        is next filtered (its title, star, status or note may be what it is sorted by)."""
        self._order = None
        row = self._row_of.get(event_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def set_shown(self, workspace: Workspace, data: TimelineData, mask: Mask) -> None:
        """Show the workspace's events whose rows of `data` (its columns) the filters' mask
        keeps."""
        self._workspace = workspace
        if self._mask is None or self._mask[0] is not data:
            # New columns: the events were made again (a date corrected, a merge, an
            # import), and the order kept of them may no longer be theirs. A corrected date
            # stayed among the least sure in a list sorted by how sure each date is.
            self._order = None
        self._mask = (data, mask)
        self._labelled = None  # a publication date may have been corrected
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

    def is_filtered(self) -> bool:
        return len(self._rows) != len(self._workspace.events)

    def events(self) -> list[Event]:
        """The events shown, by date (whatever the list is sorted by)."""
        return list(self._shown)

    def span_texts(self) -> set[str]:
        """The list's text of every span of days an event has, shown or not (the widest dates
        the list writes; a day, a week, a month or a year is narrower)."""
        if self._mask is None:
            return set()
        data = self._mask[0]
        spans = data.precision == PRECISIONS.index(Precision.RANGE)
        pairs = set(zip(data.first[spans].tolist(), data.last[spans].tolist(), strict=True))
        return {_span_text(a, b) for a, b in pairs}

    def event_at(self, row: int) -> Event:
        return self._rows[row]

    def row_of(self, event_id: str) -> int | None:
        return self._row_of.get(event_id)

    def annotation(self, event_id: str) -> Annotation:
        """The event's annotation as stored, or a blank one: what its row shows."""
        return self._workspace.annotation_service.get(event_id) or _BLANK

    # --- Qt model interface

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            dated = section == Column.SURE and self.sure_of_date
            if role == Qt.ItemDataRole.DisplayRole:
                return "Dated" if dated else HEADERS[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole:
                return _DATED_TIP if dated else _HEADER_TIPS.get(Column(section))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return _HEADER_SPOKEN.get(Column(section))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """List the events by a column (a click on its header); equal ones stay by date."""
        if not 0 <= column < len(Column) or self._sort == (Column(column), order):
            return
        self._sort = (Column(column), order)
        self.beginResetModel()
        self._refilter()
        self.endResetModel()

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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(event, note, column)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._tooltip(event, note, column)  # what a sighted user reads by hovering
        if role == Qt.ItemDataRole.BackgroundRole:
            tint = STATUS_TINTS.get(note.status)
            return QBrush(tint) if tint is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STAR:
                return QBrush(text_colour(STAR_COLOUR))
            if column is Column.STATUS or note.status is Status.REJECTED:
                return QBrush(text_colour(STATUS_COLOURS[note.status]))
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.SURE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- helpers

    def _display(self, event: Event, note: Annotation, column: Column) -> str:
        if column is Column.STAR:
            return "★" if note.starred else ""
        if column is Column.DATE:
            return list_date(self._workspace.effective(event).date)
        if column is Column.TITLE:
            return self._workspace.effective(event).title
        if column is Column.SOURCES:
            first = self.source_label(event.primary.document_id)
            more = event.source_count - 1
            return f"{first} +{more}" if more else first
        if column is Column.STATUS:
            return STATUS_GLYPHS[note.status]
        if column is Column.SURE:
            return f"{self._sure(event):.0%}"
        marks = []
        if note.note:
            marks.append("✎")
        if note.tags:
            marks.append(" ".join("#" + tag for tag in note.tags))
        if note.date is not None:
            marks.append("⟳")  # the date was corrected by hand
        return " ".join(marks)

    def _sure(self, event: Event) -> float:
        """What the Sure column says: sure of the date (the user's, wholly), or of the event."""
        if self.sure_of_date:
            return self._workspace.effective(event).date_confidence
        return event.event_confidence

    def _spoken(self, event: Event, note: Annotation, column: Column) -> str | None:
        """A cell as a screen reader says it, where its signs would be read as signs or not
        at all (a star, a tick, an empty cell for an unstarred event)."""
        if column is Column.STAR:
            return "starred" if note.starred else "not starred"
        if column is Column.STATUS:
            return note.status.value
        if column is Column.MARKS:
            words = self._display(event, note, column).split(" ")
            return ", ".join(_MARKS_SPOKEN.get(word, word) for word in words if word)
        return None

    def _tooltip(self, event: Event, note: Annotation, column: Column) -> str | None:
        if column is Column.SOURCES:
            docs = sorted({p.document_id for p in event.passages})
            return as_written("\n".join(f"{self.source_label(d)} ({d})" for d in docs))
        if column is Column.STATUS:
            return note.status.value.capitalize()
        if column is Column.SURE:
            # The date shown, as the CSV has it: a date the user corrected is wholly sure.
            dated = self._workspace.effective(event).date_confidence
            yours = " (your date)" if note.date is not None else ""
            return (
                f"Sure it is a reported happening: {event.event_confidence:.0%}\n"
                f"Sure of its date: {dated:.0%}{yours}"
            )
        if column is Column.MARKS and (note.note or note.tags):
            return as_written("\n".join(filter(None, [note.note, ", ".join(note.tags)])))
        if column is Column.DATE:
            value = self._workspace.effective(event).date.label()
            basis = f"\n{event.date_basis.value}: {event.date_text}" if event.date_text else ""
            return as_written(value + basis)
        if column is Column.TITLE:
            return as_written(" ".join(event.primary.text.split()))
        return None

    def _refilter(self) -> None:
        events = self._workspace.events
        if self._mask is not None:
            data, mask = self._mask
            index_of, keep = data.index_of, mask.tolist()
            events = [e for e in events if (row := index_of(e.id)) >= 0 and keep[row]]
        self._shown = list(events)
        self._rows = self._sorted(self._shown)
        self._row_of = {e.id: i for i, e in enumerate(self._rows)}

    def _sorted(self, events: list[Event]) -> list[Event]:
        """The events shown (by date) as the list is sorted: the workspace's events sorted
        once (a stable sort, so equal ones stay by date), less those not shown."""
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        if column is Column.DATE:
            return events[::-1] if descending else list(events)
        every = self._workspace.events
        made_of = (self._sort, self.sure_of_date, id(every), len(every))
        if self._order is None or self._order[0] != made_of:
            ordered = sorted(every, key=self._sort_key(column), reverse=descending)
            self._order = (made_of, ordered)
        if len(events) == len(every):
            return list(self._order[1])
        shown = {id(event) for event in events}
        return [event for event in self._order[1] if id(event) in shown]

    def _sort_key(self, column: Column) -> Callable[[Event], Any]:
        """What a column sorts by: starred, sure, reviewed and noted ones come first."""
        ws = self._workspace
        if column is Column.TITLE:
            return lambda e: ws.effective(e).title.casefold()
        if column is Column.SOURCES:
            return lambda e: self.source_label(e.primary.document_id).casefold()
        if column is Column.SURE:
            return lambda e: -self._sure(e)
        if column is Column.STAR:
            return lambda e: not self.annotation(e.id).starred
        if column is Column.STATUS:
            return lambda e: _REVIEWED_FIRST[self.annotation(e.id).status]
        return lambda e: self._display(e, self.annotation(e.id), Column.MARKS) == ""


@lru_cache(maxsize=1 << 16)
def _span_text(first: int, last: int) -> str:
    """A span of days (ordinals) as the list writes it: asked again at every filter change."""
    return list_date(DateValue(date.fromordinal(first), date.fromordinal(last), Precision.RANGE))
