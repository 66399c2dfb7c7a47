"""A date field that takes a date typed in full, "2022-03-06", as that date.

QDateEdit moves on to the next part of the date by itself once a part is complete (four
digits of the year, two of the month) and again at each "-" typed: a date typed with its
dashes skipped a part each time, and 2022-03-06 became 2022-03-03. Here a dash right after
such a move is taken as the move already made; and the year is selected when the field gets
the focus, so a date typed in full replaces the one shown from its first part on.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR

SEPARATORS = "-/."


class DateField(QDateEdit):
    """A QDateEdit where the separators of a date typed in full do not skip its parts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moved_on = False  # the last digit completed a part and the cursor moved on
        # The years the timeline works in: a week or month counted from 9999-12-31 has no end.
        self.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()  # the move this separator asks for has been made
            return
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSectionIndex() != section

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._moved_on = False
        QTimer.singleShot(0, self._select_first_part)  # after Qt has placed the cursor

    def _select_first_part(self) -> None:
        """Typing starts with the year, replacing it, whatever part the cursor was in."""
        if self.hasFocus() and self.sectionCount():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
