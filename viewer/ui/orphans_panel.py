"""The Orphans panel: annotations whose passage is no longer in its source, kept and shown."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.core.anchoring import reanchor
from viewer.core.annotations import Anchor, Annotation, Status
from viewer.ui.orphan_attaching import AttachControls
from viewer.ui.orphans_fold import OrphansFold
from viewer.ui.plain import as_written
from viewer.ui.session_controller import SessionController
from viewer.ui.tag_text import tags_text
from viewer.workspace import Workspace
from viewer.workspace.anchor_follow import quote_as_shown

AnyIndex = QModelIndex | QPersistentModelIndex
DOCK_HEIGHT = 150
FITTED_ROWS = 4  # the orphans an opened panel shows without scrolling
EMPTY_TEXT = (
    "No orphans: every annotation is on its passage.\n"
    "When a source file changes so that an annotated passage cannot be found again, "
    "its annotation is listed here, never dropped."
)


class Column(IntEnum):
    QUOTE = 0
    DOCUMENT = 1
    NOTE = 2
    REASON = 3


HEADERS = {
    Column.QUOTE: "Quoted passage",
    Column.DOCUMENT: "Article",
    Column.NOTE: "Annotation",
    Column.REASON: "Why it was not found",
}


def one_line(text: str, limit: int = 160) -> str:
    """A cell's text: blank space folded, cut with an ellipsis when long."""
    folded = " ".join(text.split())
    return folded if len(folded) <= limit else folded[: limit - 1] + "…"


def noted(note: Annotation) -> str:
    """What the user gave an orphan's event, as its row shows it: the star, a review, the
    corrected title and date besides the note and tags (the star had gone from sight)."""
    reviewed = note.status.value if note.status is not Status.UNREVIEWED else ""
    title = f"“{note.title}”" if note.title else ""
    date = note.date.label() if note.date is not None else ""
    tags = ("#" + tag for tag in note.tags)
    return "  ".join(
        filter(None, ["★" if note.starred else "", reviewed, title, date, note.note, *tags])
    )


class OrphansModel(QAbstractTableModel):
    """The workspace's orphaned annotations, one row each, with why each was not found."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        # annotation, article, reason, and its quote as a reader sees it
        self._rows: list[tuple[Annotation, str, str, str]] = []
        self._reasons: dict[tuple[Anchor, str], str] = {}  # re-anchoring a long text is slow
        self.reload()

    def set_workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self.reload()

    def reload(self) -> bool:
        """Re-read the orphans; returns whether they changed (a reset happened)."""
        orphans = self._workspace.orphans()
        if orphans == [row[0] for row in self._rows] and all(
            self._workspace.documents_by_id.get(o.anchor.document_id) for o in orphans
        ):
            return False
        self.beginResetModel()
        self._rows = [self._row(note) for note in orphans]
        self.endResetModel()
        return True

    def orphan(self, row: int) -> Annotation:
        return self._rows[row][0]

    def _row(self, note: Annotation) -> tuple[Annotation, str, str, str]:
        doc = self._workspace.documents_by_id.get(note.anchor.document_id)
        quote = quote_as_shown(note.anchor, doc)
        if doc is None:
            return note, note.anchor.document_id, "its article is no longer in the corpus", quote
        article = f"{doc.title} ({doc.file})" if doc.title else doc.file
        key = (note.anchor, doc.content_hash)
        if key not in self._reasons:
            self._reasons[key] = reanchor(note.anchor, doc.text).reason
        return note, article, self._reasons[key], quote

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation is Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(Column):
            return None
        note, article, reason, quote = self._rows[index.row()]
        column = Column(index.column())
        full = {
            Column.QUOTE: quote,
            Column.DOCUMENT: article,
            Column.NOTE: noted(note),
            Column.REASON: reason,
        }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(full)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_written(full) or None
        return None


class OrphansDock(QDockWidget):
    """A dock listing the orphans, refreshed whenever the session's events are made again."""

    def __init__(self, session: SessionController, parent: QWidget) -> None:
        super().__init__("Orphans", parent)
        self.setObjectName("orphansDock")
        self._session = session
        self.model = OrphansModel(session.workspace)
        self.table = QTableView(self)
        self.table.setObjectName("orphansTable")
        self.table.setAccessibleName("Orphans")  # a screen reader said "table", no more
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._add_copy_action()
        self._attach = AttachControls(
            session, self.table, lambda row: self.model.orphan(row).event_id, self
        )
        self.attach_action = self._attach.action  # also in the Event menu, for its key
        self.attach_button, self.attach_line = self._attach.button, self._attach.line
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.QUOTE, 360), (Column.DOCUMENT, 200), (Column.NOTE, 240)):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(EMPTY_TEXT, self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setWordWrap(True)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        self.attach_row = QWidget(body)
        row = QHBoxLayout(self.attach_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.attach_line, 1)
        self.fold = OrphansFold(self.table, self.attach_line, row, layout, self._refit)
        row.addWidget(self.fold.button)
        row.addWidget(self.attach_button)
        layout.addWidget(self.attach_row)
        layout.addWidget(self.table, 1)
        # One row at least, not the three of a table's default: a short screen keeps its foot
        self.table.setMinimumHeight(self.fold.unfolded_least())
        self.setWidget(body)
        self.toggleViewAction().setText("Or&phans")
        self.toggleViewAction().setStatusTip("Annotations whose passage could not be found")
        self._seen: set[str] = set()  # orphans the user was already shown
        self._shown_for_orphans = False  # opened by the panel itself, not by the user
        self.toggleViewAction().triggered.connect(self._chosen)
        session.workspace_changed.connect(lambda *_: self.refresh())
        session.events_changed.connect(lambda _follow: self.refresh())
        session.orphans_changed.connect(self._orphans_moved)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._attach.say_beforehand()
        )
        self.refresh()

    def orphan_count(self) -> int:
        return self.model.rowCount()

    def _add_copy_action(self) -> None:
        """Copy an orphan's note and tags (Ctrl+C, or the right-click menu), to paste on the
        event its passage became: the panel showed the note but nothing could take it."""
        copy = QAction("&Copy Note and Tags", self.table)
        copy.triggered.connect(self.copy_selected)
        self.table.addAction(copy)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.installEventFilter(self)  # Ctrl+C: the table's own key, as on the sheet

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        copying = isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy)
        if watched is self.table and event.type() == QEvent.Type.KeyPress and copying:
            self.copy_selected()
            return True
        return super().eventFilter(watched, event)

    def copy_selected(self) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            note = self.model.orphan(row)
            tags = f"\n\nTags: {tags_text(note.tags)}" if note.tags else ""
            QApplication.clipboard().setText(note.note + tags)

    def refresh(self) -> None:
        """Follow the session's workspace; show the panel when an orphan appears."""
        self.model.set_workspace(self._session.workspace)
        self._show_count()
        ids = {self.model.orphan(row).event_id for row in range(self.model.rowCount())}
        window = self.parentWidget()
        if (
            ids - self._seen
            and self.isHidden()
            and window is not None
            and window.isVisible()
            and self.has_room(window)
        ):
            self.show()  # an orphan is news the user must not miss
            self.opened_for_orphans()
            self.fold.fold(True)  # on one line: the timeline keeps its rows of cards
            self._fit_rows(window)
        elif not ids and self._shown_for_orphans:
            # Opened for orphans there are no more of (another project, the article back):
            # the room goes back to the list and the article.
            self.hide()
            self._shown_for_orphans = False
        self._seen |= ids
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, Column.QUOTE))  # one to attach
        self._attach.say_beforehand()

    def _orphans_moved(self) -> None:
        """An orphan attached leaves the panel; one an undo puts back opens it again."""
        self.refresh()
        self._seen = {self.model.orphan(r).event_id for r in range(self.model.rowCount())}

    def _fit_rows(self, window: QWidget) -> None:
        """As tall as its orphans, up to a few rows, not DOCK_HEIGHT: one orphan left the
        list eight rows and the article three lines at 1366 x 768."""
        if not isinstance(window, QMainWindow):
            return
        title = self.fontMetrics().height() + 10  # the dock's title bar
        if self.fold.folded:  # the table's one row beside the buttons
            wanted = max(self.table.height(), self.attach_button.sizeHint().height()) + 8
            window.resizeDocks([self], [wanted + title], Qt.Orientation.Vertical)
            return
        rows = min(self.model.rowCount(), FITTED_ROWS)
        table = self.table
        wanted = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        wanted += rows * table.verticalHeader().defaultSectionSize() + 8  # the body's margins
        wanted += self.attach_row.sizeHint().height() + 6  # the line over the table, spaced
        window.resizeDocks([self], [min(DOCK_HEIGHT, wanted + title)], Qt.Orientation.Vertical)

    def _refit(self) -> None:
        """Folded or unfolded: as tall as it now shows."""
        window = self.parentWidget()
        if window is not None and self.isVisible():
            self._fit_rows(window)

    def has_room(self, window: QWidget) -> bool:
        """Whether the window with the panel open still fits its screen: on a 1024 x 600
        screen at 125 % it pushed the window's foot off it. Where not, the strip over the
        window says where the orphans are (View › Orphans)."""
        screen = window.screen()
        if screen is None:
            return True
        # and the strip's two lines that tell of the orphans, shown just after the panel
        told = 2 * self.fontMetrics().lineSpacing() + 12
        tall = window.minimumSizeHint().height() + self.minimumSizeHint().height() + told
        return tall <= screen.availableGeometry().height()

    def opened_for_orphans(self) -> None:
        """The panel is open because there are orphans: it closes when there are none."""
        self._shown_for_orphans = True

    def _chosen(self, shown: bool) -> None:
        """The user opened or closed the panel: it stays as they left it, opened whole."""
        self._shown_for_orphans = False
        if shown:
            self.fold.fold(False)

    def _show_count(self) -> None:
        count = self.model.rowCount()
        self.setWindowTitle(f"Orphans ({count})" if count else "Orphans")
        self.empty.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.attach_row.setVisible(count > 0)
        self.fold.show_count(count)


def install_orphans_dock(window: QMainWindow, session: SessionController) -> OrphansDock:
    """Add the Orphans dock, hidden until asked for (its toggleViewAction) or until there are
    orphans."""
    dock = OrphansDock(session, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    window.resizeDocks([dock], [DOCK_HEIGHT], Qt.Orientation.Vertical)  # the timeline keeps room
    if not dock.orphan_count() or not dock.has_room(window):
        dock.hide()
    else:
        dock.opened_for_orphans()
        dock.fold.fold(True)
    return dock
