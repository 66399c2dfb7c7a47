"""A cluster opened in place: its events as a scrollable list; choosing one selects it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core.source_names import short_date
from viewer.core.strip_layout import Cluster, StripLayout
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_text import STATUS_GLYPHS
from viewer.ui.plain import as_written

AnyIndex = QModelIndex | QPersistentModelIndex


ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def cluster_to_open(
    layout: StripLayout, selected: int, middle_x: float, passing: Sequence[Cluster] = ()
) -> Cluster | None:
    """The chip a key opens (a keyboard user's way to what a click opens): the one of the
    selected event's lane whose events reach nearest its day on the rail (the chip it was
    drawn in, before it was selected), else the one nearest the middle of the view; with no
    cluster in view, the chip of the events passing through it (see passing_marks), if one
    was drawn."""
    card = layout.card_of(selected) if selected >= 0 else None
    x = card.anchor if card is not None else middle_x
    lane = card.lane if card is not None else None

    def distance(c: Cluster) -> tuple[bool, float, float]:
        # Nearest in time: by the days its events reach on the rail, not by where its chip
        # was drawn (chips packed aside of a crowd: Enter on an event of 1985 listed 1998's).
        on_rail = max(c.x0 - x, x - c.x1, 0.0)
        return (lane is not None and c.lane != lane, on_rail, abs(c.x + c.w / 2 - x))

    nearest = min(layout.clusters, key=distance, default=None)
    return nearest or next(iter(passing), None)


class ClusterModel(QAbstractListModel):
    """The rows of one cluster, most important first, read from the columns as shown."""

    def __init__(self, data: TimelineData, rows: npt.NDArray[np.int64]) -> None:
        super().__init__()
        self._data = data
        self._rows = rows.tolist()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # its review status as on its card: a sign, not only the colour the list lacks
            sign = STATUS_GLYPHS[STATUSES[int(self._data.status[row])]]
            marks = " ".join(filter(None, ["★" if self._data.starred[row] else "", sign]))
            when = short_date(self._data.date_of(row))
            text = f"{marks + ' ' if marks else ''}{when} · {self._data.titles[row]}"
            # A tooltip may be read as markup: titles come from articles, so escaped.
            return text if role == Qt.ItemDataRole.DisplayRole else as_written(text)
        return None


class ClusterPopup(QFrame):
    """The events of a cluster, listed where its chip is; Enter or a click picks one."""

    row_chosen = Signal(int)
    zoom_requested = Signal()

    def __init__(self, parent: QWidget, heading: str, model: ClusterModel) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Events of a cluster")
        self.setAccessibleDescription(heading)  # what the chip said: how many, which days
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # titles come from articles
        self.zoom_button = QPushButton("Zoom In", self)
        self.zoom_button.setToolTip("Zoom the timeline to these days")
        self.zoom_button.clicked.connect(self._zoom)
        self.list = QListView(self)
        self.list.setAccessibleName("Events")
        self.list.setModel(model)
        self.list.setUniformItemSizes(True)  # fast with thousands of rows
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.zoom_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.list)
        rows = model.rowCount()
        self.resize(460, min(420, 60 + 22 * max(3, rows)))
        if rows:
            self.list.setCurrentIndex(model.index(0))
        self.list.setFocus()

    def show_at(self, where: QPoint) -> None:
        """Open with its top-left at a global position, kept on the screen."""
        screen = self.screen().availableGeometry()
        x = min(max(where.x(), screen.left()), screen.right() - self.width())
        y = min(where.y(), screen.bottom() - self.height())
        self.move(x, y)
        self.show()

    def zooms_out(self) -> None:
        """For events passing through the view: its button shows all their days instead."""
        self.zoom_button.setText("All Their Days")
        self.zoom_button.setToolTip("Show all the days of these events, where their cards are")

    def _chosen(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, int):
            self.close()
            self.row_chosen.emit(row)

    def _zoom(self) -> None:
        self.close()
        self.zoom_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._chosen(self.list.currentIndex())
            return
        super().keyPressEvent(event)
