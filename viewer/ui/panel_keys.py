"""Enter and Escape in the annotation panel's fields, keyboard first: Enter saves what the
field holds and hands the keys back to the list, Escape hands them back (a title's keys
undone). A date typed in words is taken before it is applied: Enter applied the date shown
before the words were read, and "1 Nov 2025" typed and entered corrected nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QLineEdit

from viewer.ui.date_field import DateField

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PanelKeys:
    """The panel's Enter and Escape, for the annotation panel (mixed into it, after the
    mixins that define the title's own handling)."""

    date_edit: DateField
    end_edit: DateField
    precision_combo: QComboBox
    title_edit: QLineEdit
    tags_edit: QLineEdit
    done: SignalInstance

    def apply_corrected_date(self) -> None:
        raise NotImplementedError

    def _title_edited(self) -> None:
        raise NotImplementedError

    def _title_escaped(self) -> None:
        raise NotImplementedError

    def _tags_edited(self) -> None:
        raise NotImplementedError

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        """Whether the key was Enter or Escape in one of the fields, and handled here."""
        key = event.key()
        if key in ENTER:
            if isinstance(watched, DateField) and not watched.take_typed():
                return True  # words that name no date yet: the field says so, and waits
            if watched in (self.date_edit, self.precision_combo, self.end_edit):
                self.apply_corrected_date()
            elif watched is self.title_edit:
                self._title_edited()
            else:
                self._tags_edited()
            self.done.emit()  # keyboard first: Enter saves and goes back to the list
            return True
        if key == Qt.Key.Key_Escape:
            if watched is self.tags_edit:
                self._tags_edited()
            elif watched is self.title_edit:
                self._title_escaped()  # its keys undone: the title as it was
            self.done.emit()
            return True
        return False
