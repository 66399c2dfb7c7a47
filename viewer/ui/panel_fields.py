"""Where the annotation panel's keys put the cursor (Ctrl+D, N, T, F2), each field
scrolled into view, and where the panel is scrolled to as another event is shown: a
laptop's panel shows the title and the date first, the note and the tags below them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QScrollArea, QWidget

from viewer.ui.date_field import DateField


class PanelFields:
    """The panel's fields by keyboard (mixed into the annotation panel)."""

    scroll_area: QScrollArea
    title_edit: QLineEdit
    tags_edit: QLineEdit
    note_edit: QPlainTextEdit
    date_edit: DateField

    def show_from_top(self, another: bool) -> None:
        """Another event: the panel from its top (it stayed scrolled down to the last one's
        note, the new title and date out of sight), unless a field of it is being typed in."""
        focused = QApplication.focusWidget()
        typing = focused is not None and self.scroll_area.isAncestorOf(focused)
        if another and not typing:
            self.scroll_area.verticalScrollBar().setValue(0)

    def focus_field(self, field: QWidget) -> None:
        """Put the cursor in a field, scrolled into view (a laptop's panel shows the date
        first, the note and the tags below it)."""
        self.scroll_area.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def edit_title(self) -> None:
        self.focus_field(self.title_edit)
        self.title_edit.selectAll()

    def edit_note(self) -> None:
        self.focus_field(self.note_edit)
        self.note_edit.moveCursor(self.note_edit.textCursor().MoveOperation.End)

    def add_tag(self) -> None:
        text = self.tags_edit.text().rstrip()
        if text and not text.endswith(","):
            self.tags_edit.setText(text + ", ")
        self.focus_field(self.tags_edit)
        self.tags_edit.end(False)

    def correct_date(self) -> None:
        """Ctrl+D: the cursor in the corrected date, scrolled into view if need be."""
        self.focus_field(self.date_edit)
