"""A scrolled pane that follows the keyboard: the field Tab (or a click, or a shortcut) puts
the cursor in is scrolled into sight, wherever the focus came from."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget


class FocusInSight(QObject):
    """Scrolls `area` to each of its fields as it takes the focus. Qt scrolls only for Tab
    between the area's own fields: at 150 % on a laptop, Tab from the article into the
    annotation panel, scrolled down to its note, put the cursor in the title out of sight,
    and what was typed there went unseen into the event's title."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not shiboken6.isValid(self._area):
            return  # its window is being taken down, and the focus moves as it goes
        inner = self._area.widget()
        if new is not None and inner is not None and inner.isAncestorOf(new):
            self._area.ensureWidgetVisible(new)
