"""The annotation panel's inputs: the note editor, and how typed tags and dates are read."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from viewer.core.annotations import Status
from viewer.core.model import DateValue, Precision
from viewer.ui.date_field import DateField
from viewer.ui.event_model import STATUS_COLOURS, text_colour
from viewer.ui.palette_follow import StyleFollowsPalette

STATUS_KEYS = {
    Status.UNREVIEWED: ("Unreviewed", "U"),
    Status.CONFIRMED: ("Confirm", "C"),
    Status.DISPUTED: ("Dispute", "D"),
    Status.REJECTED: ("Reject", "R"),
}

PRECISIONS = [Precision.DAY, Precision.WEEK, Precision.MONTH, Precision.YEAR, Precision.RANGE]


def date_value(day: date, precision: Precision, last: date | None = None) -> DateValue:
    """The calendar unit of a precision that contains a day; for a range, the days from
    `day` to `last` in whichever order they were typed (one day when they are the same)."""
    if precision is Precision.WEEK:
        return DateValue.week_of(day)
    if precision is Precision.MONTH:
        return DateValue.month_of(day)
    if precision is Precision.YEAR:
        return DateValue.year_of(day)
    if precision is Precision.RANGE and last is not None and last != day:
        return DateValue(min(day, last), max(day, last), Precision.RANGE)
    return DateValue.day(day)


WHOLE_UNITS = (Precision.WEEK, Precision.MONTH, Precision.YEAR)


def unit_kept_words(value: DateValue, typed: date) -> str:
    """Where a day typed for a week, month or year went, and how to have the day itself."""
    return (
        f"Corrected to {value.label()}, the {value.precision.value} that holds {typed.day} "
        f"{typed:%b %Y}: for that day alone, choose Day beside the date"
    )


def _date_field(parent: QWidget, name: str, spoken: str) -> DateField:
    field = DateField(parent)
    field.setObjectName(name)
    field.setAccessibleName(spoken)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class NoteEdit(QPlainTextEdit):
    """The note editor: tells when focus leaves, and Escape hands focus back."""

    focus_left = Signal()
    escaped = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


def panel_label(parent: QWidget, *, bold: bool = False) -> QLabel:
    """A label of the panel: plain text (never HTML from an article or a note), wrapped,
    selectable."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class WarningLabel(QLabel):
    """A panel label in a warning colour that reads on the desktop's theme, dark or light,
    also once the desktop switches between them (at dusk) with the window open: a colour
    chosen once stayed dark red on the dark theme, at 2:1."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._recolour()

    def _recolour(self) -> None:
        # Its own palette's text colour, not a style sheet: a label with a style sheet keeps
        # the palette it was first given, and hears of no change to the desktop's.
        colour = text_colour(STATUS_COLOURS[Status.REJECTED])
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


def check_none(group: QButtonGroup) -> None:
    """No button of an exclusive group checked: one can only be unchecked so."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(False)
    group.setExclusive(True)


def contrast(a: QColor, b: QColor) -> float:
    """The contrast ratio of two colours, as the accessibility guidelines count it."""
    lighter, darker = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = colour.redF(), colour.greenF(), colour.blueF()
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def readable_on(face: QColor) -> QColor:
    """White or near-black text, whichever reads better on a face: white on the disputed
    orange was 3:1."""
    dark, light = QColor("#1f2328"), QColor("white")
    return dark if contrast(dark, face) > contrast(light, face) else light


def _checked_style(face: QColor) -> str:
    return (
        f"QPushButton:checked {{ background: {face.name()};"
        f" color: {readable_on(face).name()}; font-weight: bold; }}"
    )


def status_buttons(
    parent: QWidget,
) -> tuple[QButtonGroup, QGridLayout, dict[Status, QPushButton]]:
    """One checkable button per review status, in its colour when checked, two by two."""
    group = QButtonGroup(parent)
    grid = QGridLayout()
    grid.setSpacing(4)
    buttons: dict[Status, QPushButton] = {}
    for place, (status, (word, key)) in enumerate(STATUS_KEYS.items()):
        button = QPushButton(word, parent)
        button.setCheckable(True)
        button.setToolTip(f"{word} ({key})")
        StyleFollowsPalette(button, partial(_checked_style, STATUS_COLOURS[status]))
        group.addButton(button)
        buttons[status] = button
        grid.addWidget(button, place // 2, place % 2)
    return group, grid, buttons


class DateCorrection:
    """The corrected date's inputs: a day, its precision, the last day of a range (shown only
    for a range), and Apply and Clear buttons."""

    def __init__(self, parent: QWidget) -> None:
        self.date_edit = _date_field(parent, "correctedDate", "Corrected date")
        self.precision_combo = QComboBox(parent)
        self.precision_combo.setAccessibleName("Precision of the corrected date")
        for precision in PRECISIONS:
            self.precision_combo.addItem(precision.value.capitalize(), precision.value)
        self.end_edit = _date_field(parent, "correctedDateEnd", "Last day of the corrected range")
        self.end_label = QLabel("last day", parent)
        self.precision_combo.currentIndexChanged.connect(self._show_end)
        self._first = self.date_edit.date()
        self.date_edit.dateChanged.connect(self._move_end)
        self.date_edit.period_read.connect(self._precision_read)
        self.apply_button = QPushButton("Apply", parent)
        self.apply_button.setToolTip("Use this date for the event (Enter)")
        self.clear_button = QPushButton("Clear", parent)
        self.clear_button.setToolTip("Go back to the date found in the text")
        for edit in (self.date_edit, self.end_edit):
            edit.setSpecialValueText(" ")  # its first day shows nothing: no event, no date
        self.layout = QGridLayout()
        self.layout.setSpacing(4)
        self.layout.addWidget(self.date_edit, 0, 0)
        self.layout.addWidget(self.precision_combo, 0, 1)
        self.layout.addWidget(self.end_edit, 1, 0)
        self.layout.addWidget(self.end_label, 1, 1)
        self.layout.addWidget(self.apply_button, 2, 0)
        self.layout.addWidget(self.clear_button, 2, 1)
        self._show_end()

    def precision(self) -> Precision:
        return Precision(self.precision_combo.currentData())

    def value(self) -> DateValue:
        """The date the inputs say."""
        first, last = self.date_edit.date().toPython(), self.end_edit.date().toPython()
        assert isinstance(first, date) and isinstance(last, date)
        return date_value(first, self.precision(), last)

    def typed_day(self) -> date:
        """The day in the date field, as typed (a week, month or year holds it)."""
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        return day

    def show(self, value: DateValue) -> None:
        """Fill the inputs with a date: a range keeps both its ends."""
        self.date_edit.setDate(_qdate(value.first))
        self.end_edit.setDate(_qdate(value.last))
        self.precision_combo.setCurrentIndex(PRECISIONS.index(value.precision))

    def has_focus(self) -> bool:
        """Whether the user is in one of the inputs (typing a date, choosing its precision)."""
        return any(f.hasFocus() for f in (self.date_edit, self.precision_combo, self.end_edit))

    def blank(self) -> None:
        """Show no date: no event is shown."""
        for edit in (self.date_edit, self.end_edit):
            edit.setDate(edit.minimumDate())
        self.precision_combo.setCurrentIndex(PRECISIONS.index(Precision.DAY))

    def _move_end(self, first: QDate) -> None:
        """A range's first day moved: its last day moves with it, so that the range keeps its
        length ("late February" moved a month on is late March, not 28 Feb – 19 Mar)."""
        moved, self._first = self._first.daysTo(first), first
        if self.precision() is Precision.RANGE and moved:
            self.end_edit.setDate(self.end_edit.date().addDays(moved))

    def _precision_read(self, first: date, last: date) -> None:
        """A date typed in words sets its precision: "1 Nov 2025" a day, "Nov 2025" a month,
        "2025" a year (typed as a day at a month's precision, the day was taken as its month)."""
        if first == last:
            precision = Precision.DAY
        elif first.month == last.month:
            precision = Precision.MONTH
        else:
            precision = Precision.YEAR
        self.precision_combo.setCurrentIndex(PRECISIONS.index(precision))

    def _show_end(self) -> None:
        ranged = self.precision() is Precision.RANGE
        self.end_edit.setVisible(ranged)
        self.end_label.setVisible(ranged)
