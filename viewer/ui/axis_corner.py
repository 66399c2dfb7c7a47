"""The controls kept in the strip's top right corner, over the axis's row of months."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QAbstractScrollArea, QWidget

CORNER_MARGIN = 4  # between the controls and the strip's right edge


class AxisCorner:
    """A widget over the top right of a scroll area's viewport, and the part of the axis it
    covers: the months' labels are written left of it (at 150 % the second month of a laptop's
    strip read "Augus", the rest under the Key events / All events controls)."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        self._view = view
        self.widget: QWidget | None = None

    def set_widget(self, widget: QWidget) -> None:
        widget.setParent(self._view)
        self.widget = widget
        self.place()
        widget.show()

    def place(self) -> None:
        """Keep the widget in the corner, as wide as it asks, whatever the view's size."""
        if self.widget is None:
            return
        hint = self.widget.sizeHint()
        vp = self._view.viewport().geometry()
        self.widget.setGeometry(
            vp.right() - hint.width() - CORNER_MARGIN,
            vp.top() + 1,
            hint.width(),
            max(22, hint.height()),
        )
        self.widget.raise_()

    def covered_from(self) -> float:
        """Where the widget starts, in the viewport's pixels; infinity with none shown."""
        if self.widget is None or self.widget.isHidden():
            return math.inf
        return float(self.widget.x() - self._view.viewport().x())
