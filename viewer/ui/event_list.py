"""The event list: a table of the events the filters show, navigable with the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.event_model import EVENT_ID_ROLE, Column, EventTableModel
from viewer.ui.event_title_delegate import DateDelegate, TitleDelegate

ROW_HEIGHT = 22  # sixteen rows fit a laptop screen under the timeline
DATE_WIDTH, SOURCES_WIDTH = 98, 110
NARROWEST_SOURCES = 72  # what a wider date column may leave the source column
# On a narrow list (a small laptop) the source column gives way so that the titles keep this
# share of the width, down to a few letters of the source (its tooltip and the reading pane
# name it whole).
TITLE_SHARE, FEWEST_SOURCE_PIXELS = 0.4, 36
# Narrower still (an 800-pixel screen), these columns are hidden in this order before the
# titles shrink to a letter or two: the annotation panel shows each of them for the selected
# event, and they come back when the list is wide enough.
GIVE_WAY = {Column.SURE: 44, Column.MARKS: 36, Column.STATUS: 24}
# What the list asks of the window's width: its titles' first words, this many characters.
TITLE_WANTS = 24
# The widths above are for a desktop font of 9 pt, 14 pixels a line; a larger font widens
# them as much ("80%" was "8…" and the sources "…" with a 14 pt font).
BASE_LINE = 14


class EventList(QWidget):
    """The event table; emits the id of the event the user selects."""

    event_selected = Signal(str)
    star_clicked = Signal(str)  # the ★ cell of an event's row was clicked: star or unstar it

    def __init__(self, model: EventTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._current = ""

        self.table = QTableView(self)
        self.table.setObjectName("eventTable")
        self.table.setAccessibleName("Events")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Rows are selected whole: Tab goes on to the next control, not to the next cell
        # (which kept the keys in the list and moved to the next event every seventh Tab).
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.title_delegate = TitleDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.TITLE, self.title_delegate)
        self.date_delegate = DateDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.DATE, self.date_delegate)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        self._scale = 1.0
        self._fit_font()
        # A click on a header sorts by it (the most sure first, starred first…); by date as
        # the timeline runs until then.
        header.setSortIndicator(Column.DATE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.clicked.connect(self._clicked)
        model.modelReset.connect(self._restore_selection)
        model.modelReset.connect(self._fit_dates)
        model.headerDataChanged.connect(lambda *_: self._fit_sure_header())
        self._date_room = 0  # the room the widest date was last given
        self._sources_room = self._px(SOURCES_WIDTH)  # the source column's width on a wide list
        self._fitting = False
        self._second_press = False  # the press of a double click: its release is no click
        self.table.viewport().installEventFilter(self)
        self.table.installEventFilter(self)  # Home and End: the first and the last event
        header.sectionResized.connect(self._dragged)
        self._widths: dict[str, int] = {}  # each span's text, measured

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

    def sizeHint(self) -> QSize:
        """Room for its stars, dates, a word of the sources and several words of a title."""
        table = self.table
        others = self._px(22) + max(self._date_room, self._px(DATE_WIDTH))
        frame = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        words = TITLE_WANTS * table.fontMetrics().averageCharWidth()
        width = others + self._fewest_sources() + words + frame
        return QSize(width, super().sizeHint().height())

    def _fewest_sources(self) -> int:
        """The source column's least: a few letters and "…" (with a large font "With…"
        had 57 pixels of the 70 it needs)."""
        metrics = self.table.fontMetrics()
        return max(self._px(FEWEST_SOURCE_PIXELS), metrics.horizontalAdvance("Wwww…") + 8)

    def _px(self, width: int) -> int:
        """A width set for a 9 pt font, for the list's own."""
        return round(width * self._scale)

    def _fit_font(self) -> None:
        """Rows and columns as tall and wide as the list's font needs."""
        metrics = self.table.fontMetrics()
        self._scale = max(1.0, metrics.height() / BASE_LINE)
        self.table.verticalHeader().setDefaultSectionSize(
            max(ROW_HEIGHT, metrics.height() + ROW_HEIGHT - BASE_LINE)
        )
        for column, width in (
            (Column.STAR, 22),
            (Column.DATE, DATE_WIDTH),
            (Column.SOURCES, SOURCES_WIDTH),
            *GIVE_WAY.items(),
        ):
            self.table.setColumnWidth(column, self._px(width))

    def _fit_dates(self) -> None:
        """The date column as wide as the widest span of days the list writes ("19–28 Feb
        2022" was cut on a laptop), taken from the source column, which is cut at a word
        anyway, never from the titles: a span across years may still be cut (its tooltip
        tells it whole)."""
        metrics, widths, texts = self.table.fontMetrics(), self._widths, self.model.span_texts()
        for text in texts - widths.keys():  # each measured once: asked at every filter change
            widths[text] = metrics.horizontalAdvance(text)
        widest = max((widths[text] for text in texts), default=0)
        margin = self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin)
        narrowest, sources = self._px(DATE_WIDTH), self._px(SOURCES_WIDTH)
        spare = sources - self._px(NARROWEST_SOURCES)
        room = min(max(narrowest, widest + 2 * margin + 4), narrowest + spare)
        if room == self._date_room:
            return  # as fitted: a width the user dragged stays
        self._date_room = room
        self.table.setColumnWidth(Column.DATE, room)
        self._sources_room = sources - (room - narrowest)
        self._fit_sources()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport():
            self._watch_viewport(event.type())
        if watched is self.table and isinstance(event, QKeyEvent) and self._ends(event):
            return True
        return super().eventFilter(watched, event)

    def _watch_viewport(self, kind: QEvent.Type) -> None:
        """Fit the columns to a new width; tell a double click's second press from a click's."""
        if kind == QEvent.Type.Resize:
            self._fit_sources()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._second_press = kind == QEvent.Type.MouseButtonDblClick

    def _ends(self, event: QKeyEvent) -> bool:
        """Home and End select the first and the last event (a table moves them along the
        columns of the row, which is selected whole: nothing happened)."""
        ends = {Qt.Key.Key_Home: 0, Qt.Key.Key_End: self.model.rowCount() - 1}
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if event.type() != QEvent.Type.KeyPress or not plain or event.key() not in ends:
            return False
        self.select_row(ends[Qt.Key(event.key())])
        return True

    def _fit_sure_header(self) -> None:
        """The Sure column as wide as its header with the sort's arrow: "Dated", the date's
        confidence sorted by, was cut to "Date▾"."""
        header = self.table.horizontalHeader()
        width = max(self._px(GIVE_WAY[Column.SURE]), header.sectionSizeHint(Column.SURE))
        if header.sectionSize(Column.SURE) != width:
            self.table.setColumnWidth(Column.SURE, width)

    def _fit_sources(self) -> None:
        """The source column as fitted, narrowed where the list is too narrow for the titles
        to keep their share ("The Rus…" at 1024 pixels wide); narrower still, the Sure, Notes
        and ✓ columns give way too (the Event column was "T…" at 800 pixels wide)."""
        header = self.table.horizontalHeader()
        fixed = sum(
            header.sectionSize(c)
            for c in range(self.model.columnCount())
            if c not in (Column.TITLE, Column.SOURCES, *GIVE_WAY)
        )
        room = self.table.viewport().width() * (1 - TITLE_SHARE) - fixed
        kept, fewest = list(GIVE_WAY), self._fewest_sources()
        while kept and room - sum(self._px(GIVE_WAY[c]) for c in kept) < fewest:
            kept.pop(0)
        for column in GIVE_WAY:
            if self.table.isColumnHidden(column) == (column in kept):
                self.table.setColumnHidden(column, column not in kept)
        # Narrower still (large text on a small screen), the sources give way last: the
        # article pane names them, and the titles were cut to a few letters.
        cramped = not kept and room < fewest
        if self.table.isColumnHidden(Column.SOURCES) != cramped:
            self.table.setColumnHidden(Column.SOURCES, cramped)
        room -= sum(header.sectionSize(c) for c in kept)
        width = max(fewest, min(self._sources_room, int(room)))
        if header.sectionSize(Column.SOURCES) != width:
            self._fitting = True
            self.table.setColumnWidth(Column.SOURCES, width)
            self._fitting = False

    def _dragged(self, column: int, _old: int, new: int) -> None:
        """A width the user gave the source column is the one it keeps where there is room."""
        if column == Column.SOURCES and not self._fitting:
            self._sources_room = new

    def current_event_id(self) -> str:
        return self._current

    def select(self, event_id: str | None) -> None:
        """Select an event by id (from the timeline or the source view) and scroll to it.
        One the filters hide leaves no row selected (it is selected once they show it)."""
        row = self.model.row_of(event_id) if event_id else None
        if row is None:
            self._current = event_id or ""
            self.table.selectionModel().clear()
            return
        if self.table.currentIndex().row() == row:
            # Selected in the list itself, maybe by a press Qt has not finished: scrolling
            # now would put another row under the mouse, and Qt would select that one.
            self.table.selectionModel().select(
                self.model.index(row, Column.TITLE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            return
        self.select_row(row)

    def select_row(self, row: int) -> None:
        """Select a row, clamped to the list, and scroll to it."""
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, Column.TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)

    def step(self, delta: int) -> None:
        """Move the selection by delta rows (next/previous event)."""
        if self.model.rowCount() == 0:
            return
        row = self.model.row_of(self._current)
        target = (0 if delta > 0 else self.model.rowCount() - 1) if row is None else row + delta
        self.select_row(target)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        event_id = str(current.data(EVENT_ID_ROLE))
        if event_id != self._current:
            self._current = event_id
            self.event_selected.emit(event_id)

    def _clicked(self, index: QModelIndex) -> None:
        """A click on a star toggles it, as S does (it only selected the row); the press
        selected the row first, so the star goes to the event the window shows. A double
        click stars as one click does: its second release starred and unstarred at once."""
        second, self._second_press = self._second_press, False
        if index.column() == Column.STAR and not second:
            self.star_clicked.emit(str(index.data(EVENT_ID_ROLE)))

    def _restore_selection(self) -> None:
        """After a reset keep the same event selected (the window picks a neighbour if hidden);
        with none of the rows selected the list starts at its top (a search showed the end of
        what it found, where the list had been scrolled to before)."""
        if self._current and self.model.row_of(self._current) is not None:
            self.select(self._current)
        else:
            self.table.scrollToTop()
