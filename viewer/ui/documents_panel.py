"""The Documents dock: every article with its title, author and publication date, and how
that date was found, so a reader can judge each source at a glance."""

from __future__ import annotations

from enum import IntEnum

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QTableView,
    QWidget,
)

from viewer.core.model import DocDateBasis, Document
from viewer.ui.event_list import ROW_HEIGHT
from viewer.ui.plain import as_written
from viewer.ui.session_controller import SessionController
from viewer.workspace import Workspace

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

DATE_BASIS_WORDS = {
    DocDateBasis.FOUND: "stated in the article",
    DocDateBasis.YEAR_INFERRED: "year inferred from the corpus",
    DocDateBasis.FILE: "file date",
    DocDateBasis.USER: "corrected by you",
    DocDateBasis.NONE: "no date found",
}


class Column(IntEnum):
    TITLE = 0
    AUTHOR = 1
    PUBLISHED = 2
    DATED = 3
    EVENTS = 4
    FILE = 5


HEADERS = {
    Column.TITLE: "Title",
    Column.AUTHOR: "Author",
    Column.PUBLISHED: "Published",
    Column.DATED: "How dated",
    Column.EVENTS: "Events",
    Column.FILE: "File",
}


class DocumentTableModel(QAbstractTableModel):
    """The workspace's documents as rows; wraps the workspace, never copies its documents."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self._workspace = workspace
        self._events: dict[str, int] = {}
        self._count_events()

    def set_workspace(self, workspace: Workspace) -> None:
        self.beginResetModel()
        self._workspace = workspace
        self._count_events()
        self.endResetModel()

    def _count_events(self) -> None:
        # The timeline's columns pair each event with each article reporting it, once.
        columns = self._workspace.timeline_columns()
        per_source = np.bincount(columns.doc_code, minlength=len(columns.source_names))
        self._events = dict(zip(columns.source_names, per_source.tolist(), strict=True))

    def document(self, row: int) -> Document:
        return self._workspace.documents[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._workspace.documents)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if index.isValid() and role == SORT_ROLE:
            return self._sort_key(self.document(index.row()), Column(index.column()))
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        doc = self.document(index.row())
        column = Column(index.column())
        if column is Column.TITLE:
            return _shown(doc.title or doc.id, role)
        if column is Column.AUTHOR:
            return _shown(doc.author, role)
        if column is Column.PUBLISHED:
            return doc.date.isoformat() if doc.date else "undated"
        if column is Column.DATED:
            words = DATE_BASIS_WORDS[doc.date_basis]
            if role == Qt.ItemDataRole.ToolTipRole and doc.date_text:
                return as_written(f"{words}: “{doc.date_text}”")
            return words
        if column is Column.EVENTS:
            return self._events.get(doc.id, 0)
        return _shown(doc.id, role)

    def _sort_key(self, doc: Document, column: Column) -> object:
        """What a click on a header sorts by: text without case, dates as dates (undated
        last, then by file), events as numbers."""
        if column is Column.PUBLISHED:
            return f"{doc.date.isoformat() if doc.date else '9999'} {doc.id.lower()}"
        if column is Column.EVENTS:
            return self._events.get(doc.id, 0)
        text = {
            Column.TITLE: doc.title or doc.id,
            Column.AUTHOR: doc.author,
            Column.DATED: DATE_BASIS_WORDS[doc.date_basis],
        }.get(column, doc.id)
        return f"{text.casefold()} {doc.id.lower()}"


class DocumentsDock(QDockWidget):
    """A dock listing every document; activating one shows its first event in the article."""

    def __init__(self, session: SessionController, parent: QWidget) -> None:
        super().__init__("Documents", parent)
        self.setObjectName("documentsDock")
        self._session = session
        self.model = DocumentTableModel(session.workspace)
        self.sorted = QSortFilterProxyModel(self)
        self.sorted.setSourceModel(self.model)
        self.sorted.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setObjectName("documentsTable")
        self.table.setAccessibleName("Documents")
        self.table.setModel(self.sorted)
        # an analyst with 300 articles sorts by source, date or title with a click on a header
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the folder's order first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # the list's compact rows: five articles in the dock's height, not four
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((Column.TITLE, 380), (Column.AUTHOR, 120), (Column.DATED, 190)):
            self.table.setColumnWidth(column, width)
        self.setWidget(self.table)
        self.toggleViewAction().setText("&Documents")
        self.toggleViewAction().setStatusTip("Every article with its author and publication date")
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)
        session.workspace_changed.connect(lambda *_: self.refresh())
        session.events_changed.connect(lambda _follow: self.refresh())

    def refresh(self) -> None:
        self.model.set_workspace(self._session.workspace)

    def _open(self, index: QModelIndex) -> None:
        """Show the article: select the first event it reports."""
        doc = self.model.document(self.sorted.mapToSource(index).row())
        for event in self._session.workspace.events:
            if any(p.document_id == doc.id for p in event.passages):
                passage = next(p for p in event.passages if p.document_id == doc.id)
                self._session.select(event.id, passage)
                return


def install_documents_dock(window: QMainWindow, session: SessionController) -> DocumentsDock:
    """Add the Documents dock at the bottom (its toggleViewAction shows and hides it)."""
    dock = DocumentsDock(session, window)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.table.setMinimumHeight(90)
    return dock


def _shown(text: str, role: int) -> str:
    """A cell's text; as a tooltip, escaped where Qt would read it as HTML."""
    return as_written(text) if role == Qt.ItemDataRole.ToolTipRole else text
