"""The strip under the timeline: the whole corpus as a histogram, with the visible window."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from viewer.core.timeline import TimelineData
from viewer.ui.timeline_paint import Theme, boundaries, choose_units, label

BIN_PX = 2


class DensityOverview(QWidget):
    """Events per day over the whole span; a click or a drag asks to centre the view there."""

    jump_requested = Signal(float)  # day ordinal to centre on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline overview")
        self.setToolTip("Click or drag to jump")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._data = TimelineData.empty()
        self._mask: npt.NDArray[np.bool_] | None = None
        self._lo = 0.0
        self._hi = 1.0
        self._window = (0.0, 0.0)
        self._counts: npt.NDArray[np.int64] | None = None

    def sizeHint(self) -> QSize:
        return QSize(400, 44)

    def set_data(self, data: TimelineData, mask: npt.NDArray[np.bool_] | None) -> None:
        self._data, self._mask = data, mask
        first, last = data.span()
        pad = max(1.0, (last - first) * 0.02)
        self._lo, self._hi = first - pad, last + 1 + pad
        self._counts = None
        self.update()

    def set_window(self, first_day: float, last_day: float) -> None:
        if (first_day, last_day) != self._window:
            self._window = (first_day, last_day)
            self.update()

    def day_at(self, x: float) -> float:
        return self._lo + x / max(1, self.width()) * (self._hi - self._lo)

    def x_of(self, day: float) -> float:
        return (day - self._lo) / (self._hi - self._lo) * self.width()

    def resizeEvent(self, event: object) -> None:
        self._counts = None

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = Theme.from_palette(self.palette())
        p = QPainter(self)
        p.fillRect(self.rect(), theme.background)
        p.setPen(QPen(theme.grid, 1))
        p.drawLine(0, 0, self.width(), 0)
        nbins = max(1, self.width() // BIN_PX)
        if self._counts is None or len(self._counts) != nbins:
            self._counts = self._data.density(self._lo, self._hi, nbins, self._mask)
        counts = self._counts
        top, bottom = 4.0, self.height() - 15.0
        peak = float(counts.max()) if len(counts) else 0.0
        if peak > 0:
            heights = np.sqrt(counts / peak) * (bottom - top)
            bar = QColor(theme.text)
            bar.setAlphaF(0.45)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bar)
            for i in np.flatnonzero(counts).tolist():
                h = float(heights[i])
                p.drawRect(QRectF(i * BIN_PX, bottom - h, BIN_PX, max(h, 1.0)))
        self._paint_years(p, theme, bottom)
        x0, x1 = self.x_of(self._window[0]), self.x_of(self._window[1])
        if x1 - x0 < 6:
            x0, x1 = (x0 + x1) / 2 - 3, (x0 + x1) / 2 + 3
        window = QRectF(x0, 2, x1 - x0, self.height() - 4)
        fill = QColor(theme.highlight)
        fill.setAlphaF(0.18)
        p.setBrush(fill)
        p.setPen(QPen(theme.highlight, 1.5))
        p.drawRect(window)
        p.end()

    def _paint_years(self, p: QPainter, theme: Theme, bottom: float) -> None:
        unit, _ = choose_units(self.width() / (self._hi - self._lo))
        p.setPen(QPen(theme.faint_text))
        font = p.font()
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        p.setFont(font)
        for day in boundaries(unit, self._lo, self._hi):
            x = self.x_of(day)
            if 0 <= x <= self.width():
                p.drawLine(QPointF(x, bottom), QPointF(x, bottom + 3))
                p.drawText(QPointF(x + 2, self.height() - 3), label(unit, day))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.jump_requested.emit(self.day_at(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.jump_requested.emit(self.day_at(event.position().x()))
