"""Widgets with a style sheet of their own, kept in step with the desktop's light or dark
palette: Qt polishes such a widget once, with the palette of that moment, and it keeps it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


def dark_desktop() -> bool:
    """Whether the desktop's palette is a dark one (light text on a dark window)."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class StyleFollowsPalette(QObject):
    """Gives a widget its style sheet, and gives it again, from the palette of the moment,
    when the desktop switches between light and dark with the window open."""

    def __init__(self, widget: QWidget, style: Callable[[], str]) -> None:
        super().__init__(widget)
        self._widget, self._style, self._busy = widget, style, False
        widget.setStyleSheet(style())
        # Qt tells the widgets around it, not a widget with a style sheet, of the change.
        self._told_by = widget.parentWidget() or QGuiApplication.instance()
        if self._told_by is not None:
            self._told_by.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in CHANGES and not self._busy and watched is self._told_by:
            self._busy = True  # restyling sends a palette change of its own
            QTimer.singleShot(0, self, self._restyle)  # once the widget has heard of it
        return False

    def _restyle(self) -> None:
        try:
            self._widget.setStyleSheet("")
            self._widget.setPalette(QPalette())  # drop the palette it was polished with
            self._widget.setStyleSheet(self._style())
        finally:
            self._busy = False
