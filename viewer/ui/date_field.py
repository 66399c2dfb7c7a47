"""A date field that takes a date typed in full, "2022-03-06", as that date.

QDateEdit moves on to the next part of the date by itself once a part is complete (four
digits of the year, two of the month) and again at each "-" typed: a date typed with its
dashes skipped a part each time, and 2022-03-06 became 2022-03-03. Here a dash right after
such a move is taken as the move already made; and the year is selected when the field gets
the focus, or when a digit is typed over the whole text selected (Ctrl+A), so a date typed
in full replaces the one shown from its first part on (typed over Ctrl+A, "1977-04-17" kept
the year shown: 1976-04-17).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR

SEPARATORS = "-/."
NO_DATE = QDate(100, 1, 1)  # an optional field's minimum, shown as "any"


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
        if text.isdigit() and self._all_selected():
            self._select_first_part()
        section = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSectionIndex() != section

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._moved_on = False
        QTimer.singleShot(0, self._select_first_part)  # after Qt has placed the cursor

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return bool(line.text()) and line.selectedText() == line.text()

    def _select_first_part(self) -> None:
        """Typing starts with the year, replacing it, whatever part the cursor was in."""
        if self.hasFocus() and self.sectionCount():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))


class OptionalDateField(DateField):
    """A date field that may hold no date, shown as "any" (a filter's open end). Typing in
    it starts from a day offered when it gets the focus (the corpus' first or last day, say):
    a date typed in full replaces it, Enter takes it as it is, and leaving the field without
    a change leaves it empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("any")
        self.setDate(NO_DATE)
        self.offered = QDate.currentDate()  # the day typing starts from; none when invalid
        self._offering = False  # the field shows the offered day, not yet taken
        self.dateChanged.connect(self._taken)

    def is_empty(self) -> bool:
        return self.date() == NO_DATE

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.is_empty() and self.offered.isValid():
            self._show_quietly(self.offered)
            self._offering = True
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._offering and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._offering = False
            self.dateChanged.emit(self.date())  # the day offered, taken as it is
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._offering and event.reason() is not Qt.FocusReason.PopupFocusReason:
            self._offering = False
            self._show_quietly(NO_DATE)

    def _show_quietly(self, day: QDate) -> None:
        blocked = self.blockSignals(True)
        self.setDate(day)
        self.blockSignals(blocked)

    def _taken(self) -> None:
        self._offering = False
