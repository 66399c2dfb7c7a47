"""The strip under the timeline: the whole corpus as a histogram, with the visible window."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
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
        self._pixmap: QPixmap | None = None
        self._pixmap_key: tuple[int, int, float, int] = (0, 0, 0.0, 0)

    def sizeHint(self) -> QSize:
        return QSize(400, 44)

    def set_data(self, data: TimelineData, mask: npt.NDArray[np.bool_] | None) -> None:
        self._data, self._mask = data, mask
        first, last = data.span()
        pad = max(1.0, (last - first) * 0.02)
        self._lo, self._hi = first - pad, last + 1 + pad
        self._pixmap = None
        self.update()

    def set_window(self, first_day: float, last_day: float) -> None:
        if (first_day, last_day) != self._window:
            self._window = (first_day, last_day)
            self.update()

    def day_at(self, x: float) -> float:
        return self._lo + x / max(1, self.width()) * (self._hi - self._lo)

    def x_of(self, day: float) -> float:
        return (day - self._lo) / (self._hi - self._lo) * self.width()

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = Theme.from_palette(self.palette())
        key = (self.width(), self.height(), self.devicePixelRatioF(), theme.background.rgba())
        if self._pixmap is None or self._pixmap_key != key:
            # The histogram changes only with the data or the size: moving the window reuses it.
            self._pixmap = self._render(theme)
            self._pixmap_key = key
        p = QPainter(self)
        p.drawPixmap(0, 0, self._pixmap)
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

    def _render(self, theme: Theme) -> QPixmap:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(theme.background)
        p = QPainter(pixmap)
        p.setPen(QPen(theme.grid, 1))
        p.drawLine(0, 0, self.width(), 0)
        nbins = max(1, self.width() // BIN_PX)
        counts = self._data.density(self._lo, self._hi, nbins, self._mask)
        top, bottom = 4.0, self.height() - 15.0
        peak = float(counts.max()) if len(counts) else 0.0
        if peak > 0:
            heights = np.sqrt(counts / peak) * (bottom - top)
            bar = QColor(theme.text)
            bar.setAlphaF(0.45)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bar)
            p.drawRects(
                [
                    QRectF(i * BIN_PX, bottom - max(h, 1.0), BIN_PX, max(h, 1.0))
                    for i, h in zip(
                        np.flatnonzero(counts).tolist(),
                        heights[counts > 0].tolist(),
                        strict=True,
                    )
                ]
            )
        self._paint_years(p, theme, bottom)
        p.end()
        return pixmap

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
