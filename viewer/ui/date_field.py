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

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from viewer.core.supported_dates import FIRST_YEAR, LAST_YEAR
from viewer.ui.typed_date import typed_period

SEPARATORS = "-/."
NO_DATE = QDate(100, 1, 1)  # an optional field's minimum, shown as "any"


class DateField(QDateEdit):
    """A QDateEdit where the separators of a date typed in full do not skip its parts."""

    # A date typed in words was taken: the first and last day of what it names (a day, a
    # month, a year), for a field beside it that says which.
    period_read = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moved_on = False  # the last digit completed a part and the cursor moved on
        # The years the timeline works in: a week or month counted from 9999-12-31 has no end.
        self.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self._typed = ""  # typed from the field's first part on, since it got the focus
        self._before = QDate()  # the date shown when that typing began
        self._free = False  # typed as people write a date ("1 Jun 2025"), read whole
        self.ends_period = False  # a month or a year typed means its last day (a range's end)
        self._whole = False  # a date typed in words was just taken: Tab leaves, as after it

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        held = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        chord = event.modifiers() & (held | Qt.KeyboardModifier.MetaModifier)
        text = "" if chord != Qt.KeyboardModifier.NoModifier else text  # Ctrl+A is no "a"
        self._whole = False
        if self._free or _starts_free(text, self._typed):
            self._type_free(event)
            return
        if text and text in SEPARATORS and self._moved_on:
            self._moved_on = False
            event.accept()  # the move this separator asks for has been made
            return
        if text.isdigit() and self._all_selected():
            self._select_first_part()
        section = self.currentSectionIndex()
        if text.isdigit() and (self._typed or section == 0):
            self._before = self._before if self._typed else self.date()
            self._typed += text
        super().keyPressEvent(event)
        self._moved_on = bool(text) and text.isdigit() and self.currentSectionIndex() != section

    def _type_free(self, event: QKeyEvent) -> None:
        """A date typed as people write one, read whole: the tooltip says what it reads as
        it is typed, Enter (or leaving the field) takes it."""
        key, text = event.key(), event.text()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            if key != Qt.Key.Key_Escape and not self._take_typed():
                event.accept()  # nothing taken: the field says what it reads
                return
            self._free, self._typed = False, ""
            self._whole = key != Qt.Key.Key_Escape
            super().keyPressEvent(event)
            return
        if not self._free:  # the digits typed so far went into the year: put it back
            self._free = True
            self._before = self._before if self._typed else self.date()
            self.setDate(self._before)
        if key == Qt.Key.Key_Backspace:
            self._typed = self._typed[:-1]
        elif text and text.isprintable():
            self._typed += text
        event.accept()
        period = self._read()
        said = ": not a date yet" if period is None else f": {_days(*period)}, Enter takes it"
        self.setToolTip(f"Typed “{self._typed}”{said}")
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.toolTip(), self)

    def take_typed(self) -> bool:
        """Take a date being typed in words now, as Enter does (for a window that handles
        Enter in the field before the field sees it); False when the words name no date yet.
        True when none is being typed."""
        if not self._free:
            return True
        if not self._take_typed():
            return False
        self._free, self._typed, self._whole = False, "", True
        return True

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab walks the parts of a date typed part by part; a date typed in words is taken
        whole and Tab goes on to the next field (it walked the parts, the words kept typing
        into the field, and "1 Nov 2025" then Tab and "d" for Day read "1 Nov 2025d")."""
        if self._free or self._whole:
            if self._free:
                self.take_typed()
            self._whole = False
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _take_typed(self) -> bool:
        """The date the words typed name, shown and taken; False when they name none."""
        period = self._read()
        if period is None:
            return False
        day = period[1] if self.ends_period else period[0]
        self.setDate(QDate(day.year, day.month, day.day))
        self.period_typed()
        self.period_read.emit(*period)
        return True

    def _read(self) -> tuple[date, date] | None:
        """The days the words typed name, None while they name none."""
        year = self._before.year() if self._before.isValid() else QDate.currentDate().year()
        return typed_period(self._typed, day_first=_day_first(), year=year)

    def period_typed(self) -> None:
        """A date typed in words was read and shown."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._moved_on = False
        self._typed, self._free, self._whole = "", False, False
        QTimer.singleShot(0, self, self._select_first_part)  # after Qt has placed the cursor

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self._free:
            self._take_typed()  # left, as with Enter: taken if it names a date
        super().focusOutEvent(event)
        self._typed, self._free = "", False

    def _all_selected(self) -> bool:
        line = self.lineEdit()
        return bool(line.text()) and line.selectedText() == line.text()

    def _select_first_part(self) -> None:
        """Typing starts with the year, replacing it, whatever part the cursor was in."""
        if self.hasFocus() and self.sectionCount():
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))


def _starts_free(text: str, typed: str) -> bool:
    """A letter, or a space, slash or dot after a day or month typed first ("1 ", "01/"):
    a date written as people write one, not part by part from its year."""
    if not text:
        return False
    return text.isalpha() or (text in " /.," and 0 < len(typed) <= 2 and typed.isdigit())


def _days(first: date, last: date) -> str:
    """ "1 Jun 2025", "1 Jun 2025 – 30 Jun 2025" """
    one = f"{first.day} {first:%b %Y}"
    return one if last == first else f"{one} – {last.day} {last:%b %Y}"


def _day_first() -> bool:
    """Whether the desktop writes the day before the month (01/06/2025 is 1 June)."""
    form = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return form.find("d") < form.find("M")


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

    def period_typed(self) -> None:
        """Taken, even where it is the day offered (which showed already: no change)."""
        if self._offering:
            self._offering = False
            self.dateChanged.emit(self.date())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._free:
            super().keyPressEvent(event)  # a date typed in words: taken as it is read
            return
        if self._offering and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._offering = False
            self.dateChanged.emit(self.date())  # the day offered, taken as it is
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab past an empty field goes on to the next one: it walked the three parts of the
        day offered, so that the filter buttons after the two date fields were seven Tabs
        from the search, not three."""
        if self._offering and not (self._free or self._typed):  # nothing typed in it
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

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
