"""Small dialogs of the window: the shortcut sheet, a document's date, and picking an event."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.core.model import Document, Event
from viewer.core.source_names import document_labels
from viewer.ui.date_field import DateField, OptionalDateField
from viewer.ui.merge_lead_choice import MergeLeadChoice
from viewer.ui.plain import as_written
from viewer.ui.window_layout import sized_for_screen
from viewer.workspace import Workspace

PICKER_LIMIT = 300
# Keys typed in the picker's search that move through its list, as they would in the list.
LIST_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class ShortcutSheet(QDialog):
    """Every action of the window with its shortcut, as one table: (menu, action, keys)."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard Shortcuts")
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels(["Menu", "Action", "Shortcut"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        margins = layout.contentsMargins()
        around = margins.left() + margins.right()
        sized_for_screen(self, max(560, self._width_of_every_column() + around), 620)

    def _width_of_every_column(self) -> int:
        """The table as wide as its three columns with its frame and scroll bar: at 560
        pixels the sheet cut its Shortcut column at "Ctrl+Shift+"."""
        table = self.table
        table.resizeColumnsToContents()
        columns = sum(table.columnWidth(c) for c in range(table.columnCount()))
        return columns + 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width() + 2


class DocumentDateDialog(QDialog):
    """Correct an article's publication date, or go back to the one found in it. An article
    with none starts with no date, never today's: Enter or OK takes the day offered (see
    publication_offer), named with where it comes from; with none offered, OK waits for one
    typed or picked."""

    def __init__(
        self, doc: Document, parent: QWidget, offer: tuple[date, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Correct Publication Date")
        label = QLabel(f"Publication date of {doc.title or doc.id}", self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.date_edit = DateField(self) if doc.date else OptionalDateField(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.clear_box = QCheckBox("Use the date found in the article instead", self)
        self.clear_box.toggled.connect(lambda on: self.date_edit.setEnabled(not on))
        hint = QLabel("Every date in the article that is relative to it follows.", self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        for widget in (label, self.date_edit, self.clear_box, hint, buttons):
            layout.addWidget(widget)
        if doc.date:
            self.date_edit.setDate(QDate(doc.date.year, doc.date.month, doc.date.day))
        else:
            name = doc.title or doc.id
            label.setText(f"No publication date was found in “{name}”: type it or pick it.")
            self.clear_box.hide()  # there is none found to go back to
            self._offer(offer)

    def _offer(self, offer: tuple[date, str] | None) -> None:
        """No date yet; the day offered shown when the field has the focus, Enter or OK takes it."""
        field = self.date_edit
        assert isinstance(field, OptionalDateField)
        field.setSpecialValueText("no date")
        field.offered = QDate(offer[0].year, offer[0].month, offer[0].day) if offer else QDate()
        field.setToolTip(f"Enter or OK takes {offer[1]}" if offer else "Type it as 2021-03-12")
        self.offer_label = QLabel(field.toolTip() + ".", self)
        self.offer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.offer_label.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, self.offer_label)
        field.dateChanged.connect(self._allow_ok)
        self.clear_box.toggled.connect(self._allow_ok)
        self._allow_ok()
        field.setFocus()

    def _allow_ok(self) -> None:
        self.ok_button.setEnabled(self.clear_box.isChecked() or self._chosen().isValid())

    def _chosen(self) -> QDate:
        """The day typed or picked, else the day offered (a click on OK takes it as Enter
        does); invalid when there is neither."""
        field = self.date_edit
        if isinstance(field, OptionalDateField) and field.is_empty():
            return field.offered
        return field.date()

    def value(self) -> date | None:
        """The chosen date, or None to clear the correction."""
        if self.clear_box.isChecked():
            return None
        chosen = self._chosen().toPython()
        assert isinstance(chosen, date)
        return chosen


class EventPickerDialog(QDialog):
    """Choose another event, nearest in date first, narrowed by typing."""

    def __init__(self, workspace: Workspace, current: Event, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle("Merge With…")
        self._workspace = workspace
        when = workspace.effective(current).date.first
        others = [e for e in workspace.events if e.id != current.id]
        others.sort(key=lambda e: abs((workspace.effective(e).date.first - when).days))
        self._events = others
        self._sources = document_labels(workspace.documents)
        intro = QLabel(f"Merge into “{workspace.effective(current).title}”:", self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Type to narrow")
        self.search.textChanged.connect(self._fill)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.lead = MergeLeadChoice(workspace, current, self)
        self.list.currentRowChanged.connect(lambda _row: self._picked_changed())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.search, self.list, self.lead, buttons):
            layout.addWidget(widget)
        sized_for_screen(self, 620, 480)
        self._fill("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search move through the list, so that Enter merges the event
        the user moved to, not the first one."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in LIST_KEYS
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _fill(self, text: str) -> None:
        words = text.casefold().split()
        self.list.clear()
        for event in self._events:
            title = self._workspace.effective(event).title
            hay = f"{title}\n{event.primary.text}".casefold()
            if all(w in hay for w in words):
                when = self._workspace.effective(event).date.label()
                source = self._sources.get(event.primary.document_id, event.primary.document_id)
                label = f"{when} — {title}  ({source})"
                item = QListWidgetItem(label, self.list)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                item.setToolTip(as_written(event.primary.text))
                if self.list.count() >= PICKER_LIMIT:
                    break
        if self.list.count():
            self.list.setCurrentRow(0)
        self._picked_changed()

    def _picked_changed(self) -> None:
        chosen = self.chosen()
        self.lead.set_picked(self._workspace.event(chosen) if chosen else None)

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def order(self) -> tuple[str, str]:
        """(merged into, merged in): the event whose passage leads first, as the dialog shows
        and the user chose; ("", "") with none picked."""
        chosen = self.chosen()
        if not chosen:
            return "", ""
        order = self.lead.order()
        if order is None or self.lead.picked_id() != chosen:
            order = self.lead.fuller_first(self._workspace.event(chosen))
        return order[0].id, order[1].id
