"""The bar above the timeline and the list: search, date range, facet menus, chips, views."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from viewer.core import filters
from viewer.core.annotations import Status
from viewer.core.filters import Filter
from viewer.ui.date_field import NO_DATE, OptionalDateField
from viewer.ui.menu_finder import FINDER_MINIMUM, add_finder
from viewer.ui.plain import as_written, menu_text
from viewer.ui.sure_menu import SURE_TIP, fill_sure_menu

DEBOUNCE_MS = 150
# What the search field shows at least of what is typed: where the bar is too narrow for it
# and the filters side by side (half a laptop's screen), the filters go under it.
SEARCH_MIN_TEXT = "Search titles, passages"


class FilterBar(QWidget):
    """Edits a Filter and emits it whenever it changes; counts come from set_facets()."""

    filters_changed = Signal(object)  # Filter
    search_left = Signal()  # Escape in the search: it was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Filters")
        self._filter = Filter()
        self._counts: dict[str, dict[str, int]] = {}
        self._load_views: Callable[[], dict[str, Filter]] = dict
        self._save_view: Callable[[str, Filter], None] | None = None
        self._source_label: Callable[[str], str] = str
        self._source_rank: Callable[[str], Any] = str.lower
        self._source_words: Callable[[str], str] = str  # what finds it in the Source menu
        self._updating = False

        self._make_search()
        self.date_from = self._date_edit("From date")
        self.date_to = self._date_edit("To date")
        self.date_to.ends_period = True  # "June 2025" typed there is its last day
        self._make_facet_buttons()
        self.chips = QWidget()
        self.chips.setAccessibleName("Active filters")
        self._chip_row = QHBoxLayout(self.chips)
        self._chip_row.setContentsMargins(0, 0, 0, 0)
        self._chip_row.addStretch(1)
        self.chips.hide()
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.setSpacing(4)
        outer.addLayout(self._filters_row())
        outer.addWidget(self.chips)
        # Tab goes from one date to the other, the × buttons after both: a date typed
        # straight after Tab went to the From date's × and was lost.
        QWidget.setTabOrder(self.date_from, self.date_to)
        self._rebuild_menus()
        self.fit_rows(self.width())

    def _make_search(self) -> None:
        self.search = QLineEdit(placeholderText="Search titles, passages, notes and tags")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search events")
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._read_widgets)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.search.returnPressed.connect(self._read_widgets)
        self.search.installEventFilter(self)  # Escape clears it

    def _make_facet_buttons(self) -> None:
        """Status, source and tag menus, the star toggle and the views menu."""
        self.status_button = self._menu_button("Status")
        self.source_button = self._menu_button("Source")
        self.tag_button = self._menu_button("Tag")
        self.sure_button = self._menu_button("Sure")
        self.sure_button.setToolTip(SURE_TIP)
        self.starred = _tool_button("★ &Starred")  # Alt+S, from anywhere in the window
        self.starred.setCheckable(True)
        self.starred.setToolTip("Only starred events (Alt+S)")
        self.starred.toggled.connect(lambda _: self._read_widgets())
        self.views_button = self._menu_button("Views")
        self.views_button.menu().aboutToShow.connect(self._fill_views_menu)
        # A corpus may have thousands of sources: their menu is filled when it opens.
        self.source_button.menu().aboutToShow.connect(
            lambda: self._fill_value_menu(self.source_button, "source", self._filter.sources)
        )
        self.tag_button.menu().aboutToShow.connect(
            lambda: self._fill_value_menu(self.tag_button, "tag", self._filter.tags)
        )

    def _filters_row(self) -> QBoxLayout:
        """The search, then the filters: beside it, or under it where the bar is narrow."""
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance(SEARCH_MIN_TEXT))
        self._search_and_filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._search_and_filters.setContentsMargins(0, 0, 0, 0)
        self._search_and_filters.addWidget(self.search, 3)
        self._facets = self._facets_row()
        self._search_and_filters.addLayout(self._facets)
        return self._search_and_filters

    def _facets_row(self) -> QBoxLayout:
        """The date range and the facet buttons: side by side, or one above the other where
        large text makes them wider than the window (14 pt at 150 %)."""
        self._dates = QHBoxLayout()
        self._dates.setContentsMargins(0, 0, 0, 0)
        self._dates.addWidget(QLabel("From"))
        self._dates.addWidget(self.date_from)
        self._dates.addWidget(self._clear_button(self.date_from))
        self._dates.addWidget(QLabel("to"))
        self._dates.addWidget(self.date_to)
        self._dates.addWidget(self._clear_button(self.date_to))
        self._buttons = QHBoxLayout()
        self._buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.status_button, self.source_button, self.tag_button, self.sure_button):
            self._buttons.addWidget(button)
        self._buttons.addWidget(self.starred)
        self._buttons.addWidget(self.views_button)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setContentsMargins(0, 0, 0, 0)
        left = Qt.AlignmentFlag.AlignLeft
        row.addLayout(self._dates)
        row.addLayout(self._buttons)
        row.setAlignment(self._dates, left)  # kept together, not spread over a whole row
        row.setAlignment(self._buttons, left)
        return row

    def fit_rows(self, width: int) -> None:
        """The search and the filters on one row where they fit in `width`, else the search
        above them; the dates above the facet buttons where even those two do not fit side by
        side. Also called before the bar is laid out, so that its height is the one it will
        have at the window's width."""
        room = width - self.contentsMargins().left() - self.contentsMargins().right() - 8
        spacing = self._search_and_filters.spacing()
        dates, buttons = self._dates.minimumSize().width(), self._buttons.minimumSize().width()
        facets = dates + spacing + buttons
        search = self.search.minimumWidth()
        turned = _set_direction(self._search_and_filters, room >= search + spacing + facets)
        turned = _set_direction(self._facets, room >= facets) or turned
        self.setMinimumWidth(max(search, dates, buttons) + 8)
        if turned:  # the bar's height as asked now, not as its layouts last worked it out
            for layout in (self._facets, self._search_and_filters, self._outer):
                layout.invalidate()
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.fit_rows(event.size().width())
        super().resizeEvent(event)

    # --- public API ---------------------------------------------------------------

    def filter(self) -> Filter:
        return self._filter

    def set_filter(self, f: Filter) -> None:
        """Show f in the widgets and emit it when it differs from the current one."""
        self._updating = True
        try:
            if self.search.text() != f.text:
                self.search.setText(f.text)
            self._debounce.stop()
            self.date_from.setDate(_qdate(f.date_from))
            self.date_to.setDate(_qdate(f.date_to))
            self.starred.setChecked(f.starred_only)
        finally:
            self._updating = False
        self._commit(f)

    def set_facets(self, counts: Mapping[str, Mapping[str, int]]) -> None:
        """Refresh the counts shown in the menus (from filters.facet_counts)."""
        self._counts = {k: dict(v) for k, v in counts.items()}
        self._rebuild_menus()

    def set_span(self, first: date, last: date) -> None:
        """Open the date pickers' calendars on the corpus' months."""
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.calendarWidget().setCurrentPage(day.year, day.month)
            edit.offered = QDate(day.year, day.month, day.day)  # where typing starts

    def set_view_store(
        self, load: Callable[[], dict[str, Filter]], save: Callable[[str, Filter], None]
    ) -> None:
        """Where named views live: load() gives them by name; save keeps one."""
        self._load_views, self._save_view = load, save

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the search clears it (the events it hid come back, the one selected
        stays) and says the search is left, as Enter does once it is applied."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            if self.search.text():
                self.search.clear()
                self._debounce.stop()
                self._read_widgets()
            self.search_left.emit()
            return True
        return super().eventFilter(watched, event)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- widgets ------------------------------------------------------------------

    def _date_edit(self, name: str) -> OptionalDateField:
        # Typed as the corrected dates are: 2022-03-06.
        edit = OptionalDateField()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _: self._read_widgets())
        return edit

    def _clear_button(self, edit: OptionalDateField) -> QToolButton:
        button = _tool_button("×")
        button.setAutoRaise(True)
        button.setToolTip(f"Clear {edit.accessibleName().lower()}")
        button.setAccessibleName(button.toolTip())
        button.clicked.connect(lambda: edit.setDate(NO_DATE))
        return button

    def _menu_button(self, text: str) -> QToolButton:
        button = _tool_button(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        # A thousand sources filled the screen with columns of entries: one column scrolls.
        menu.setStyleSheet("QMenu { menu-scrollable: 1; }")
        button.setMenu(menu)
        button.setAccessibleName(f"{text} filter")
        return button

    def _rebuild_menus(self) -> None:
        f = self._filter
        counts = self._counts
        status_menu = self.status_button.menu()
        status_menu.clear()
        for status in Status:
            n = counts.get("status", {}).get(status.value)
            act = self._check_action(status_menu, status.value, n, status in f.statuses)
            act.toggled.connect(partial(self._toggle_status, status))
        status_menu.addSeparator()
        rejected = status_menu.addAction("Include rejected")
        rejected.setCheckable(True)
        rejected.setChecked(f.show_rejected)
        rejected.toggled.connect(lambda on: self._commit(replace(self._filter, show_rejected=on)))
        fill_sure_menu(
            self.sure_button.menu(),
            counts,
            lambda: self._filter,
            self._check_action,
            self._commit,
        )
        starred = counts.get("starred", {}).get("starred")
        self.starred.setText("★ &Starred" if starred is None else f"★ &Starred ({starred})")
        for button, active in (
            (self.status_button, bool(f.statuses)),
            (self.source_button, bool(f.sources)),
            (self.tag_button, bool(f.tags)),
            (self.sure_button, f.min_sure > 0 or f.min_date_sure > 0),
        ):
            font = button.font()
            font.setBold(active)
            button.setFont(font)

    def set_source_label(
        self,
        label: Callable[[str], str],
        rank: Callable[[str], Any] = str.lower,
        words: Callable[[str], str] = str,
    ) -> None:
        """How to name a source (a document id) in the Source menu and its chips, where it
        comes in that menu, and the words that find it there besides its name (its whole
        title, author and file)."""
        self._source_label, self._source_rank, self._source_words = label, rank, words

    def _fill_value_menu(self, button: QToolButton, facet: str, chosen: frozenset[str]) -> None:
        menu = button.menu()
        menu.clear()
        values = dict(self._counts.get(facet, {}))
        for value in chosen:
            values.setdefault(value, 0)
        if not values:
            menu.addAction(f"No {facet}s").setEnabled(False)
        name = self._source_label if facet == "source" else str
        rank = self._source_rank if facet == "source" else str.lower
        for value in sorted(values, key=rank):
            act = self._check_action(menu, name(value), values[value], value in chosen)
            if facet == "source":
                act.setToolTip(as_written(value))  # the file, for who needs it
                act.setData(self._source_words(value))  # "river post" finds its articles
            act.toggled.connect(partial(self._toggle_value, facet, value))
        if len(values) >= FINDER_MINIMUM:
            add_finder(menu, facet)

    def _check_action(self, menu: QMenu, text: str, n: int | None, checked: bool) -> QAction:
        # "&" would underline the next letter of a menu entry: menu_text shows it as itself.
        act = menu.addAction(menu_text(text if n is None else f"{text} ({n:,})"))
        act.setCheckable(True)
        act.setChecked(checked)
        return act

    def _fill_views_menu(self) -> None:
        menu = self.views_button.menu()
        menu.clear()
        save = menu.addAction("Save view…")
        save.setEnabled(self._save_view is not None)
        save.triggered.connect(self._ask_save_view)
        menu.addAction("Reset filters").triggered.connect(lambda: self.set_filter(Filter()))
        views = self._load_views()
        if views:
            menu.addSeparator()
        for name in sorted(views, key=str.lower):
            menu.addAction(menu_text(name)).triggered.connect(partial(self.set_filter, views[name]))

    def _ask_save_view(self) -> None:
        name, ok = QInputDialog.getText(self, "Save view", "Name of this view:")
        if ok and name.strip() and self._save_view is not None:
            self._save_view(name.strip(), self._filter)

    # --- state --------------------------------------------------------------------

    def _toggle_status(self, status: Status, on: bool) -> None:
        statuses = self._filter.statuses | {status} if on else self._filter.statuses - {status}
        self._commit(replace(self._filter, statuses=statuses))

    def _toggle_value(self, facet: str, value: str, on: bool) -> None:
        f = self._filter
        if facet == "source":
            self._commit(replace(f, sources=f.sources | {value} if on else f.sources - {value}))
        else:
            self._commit(replace(f, tags=f.tags | {value} if on else f.tags - {value}))

    def _read_widgets(self) -> None:
        if self._updating:
            return
        self._debounce.stop()
        self._commit(
            replace(
                self._filter,
                text=self.search.text(),
                date_from=_pydate(self.date_from.date()),
                date_to=_pydate(self.date_to.date()),
                starred_only=self.starred.isChecked(),
            )
        )

    def _commit(self, f: Filter) -> None:
        if f == self._filter:
            return
        self._filter = f
        # Rebuilt after the menu that sent the signal has finished with its action.
        QTimer.singleShot(0, self, self._rebuild_menus)
        self._rebuild_chips()
        self.filters_changed.emit(f)

    def _rebuild_chips(self) -> None:
        while self._chip_row.count() > 1:
            item = self._chip_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setObjectName("")  # so chip_button() never finds a chip on its way out
                widget.deleteLater()
        chips = filters.describe(self._filter)
        for k, (key, text) in enumerate(chips):
            if key.startswith("source:"):
                text = f"source: {self._source_label(key.removeprefix('source:'))}"
            chip = _tool_button(menu_text(f"{text}  ×"))
            chip.setObjectName(f"chip:{key}")
            chip.setToolTip(as_written(f"Clear this filter: {text}"))
            chip.setAccessibleName(f"Clear filter {text}")
            chip.clicked.connect(partial(self._clear_chip, key))
            self._chip_row.insertWidget(k, chip)
        self.chips.setVisible(bool(chips))

    def _clear_chip(self, key: str) -> None:
        self.set_filter(filters.clear(self._filter, key))

    def chip_keys(self) -> list[str]:
        return [key for key, _ in filters.describe(self._filter)]

    def chip_button(self, key: str) -> QToolButton | None:
        return self.chips.findChild(QToolButton, f"chip:{key}")


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


def _set_direction(layout: QBoxLayout, side_by_side: bool) -> bool:
    """Lay a row's parts out side by side, or one above the other; whether that changed."""
    direction = (
        QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
    )
    if layout.direction() == direction:
        return False
    layout.setDirection(direction)
    return True


def _qdate(day: date | None) -> QDate:
    return NO_DATE if day is None else QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date | None:
    if day == NO_DATE or not day.isValid():
        return None
    return date(day.year(), day.month(), day.day())
