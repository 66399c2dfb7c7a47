"""The Orphans panel folded to one line: opened by itself on a laptop, the panel's four rows,
with the strip on what changed on disk over the window, left the timeline one row of cards
at 1366 x 768 and at 1440 x 900. Folded, it shows the orphan to attach (its quote, article,
annotation and why it was not found) on one row beside its buttons; Up and Down go through
the others; Show List unfolds the whole list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QTableView, QToolButton, QWidget

FOLDED_TEXT = "Show List ▾"
UNFOLDED_TEXT = "Fold ▴"


class OrphansFold:
    """Moves the orphans' table beside the buttons on one row (folded) or back under them
    with its header, and its line saying what attaching will do (unfolded)."""

    def __init__(
        self,
        table: QTableView,
        line: QWidget,
        row: QBoxLayout,
        body: QBoxLayout,
        refit: Callable[[], None],
    ) -> None:
        self._table = table
        self._line = line
        self._row = row
        self._body = body
        self._refit = refit  # the panel as tall as it now shows
        self.folded = False
        self.button = QToolButton(table.parentWidget())
        self.button.setObjectName("orphansFoldButton")
        self.button.setAccessibleName("Show all the orphans or fold them to one line")
        self.button.clicked.connect(lambda _checked=False: self.fold(not self.folded))
        self.show_count(0)

    def fold(self, folded: bool) -> None:
        """One row beside the buttons, or the whole list under them."""
        if folded == self.folded:
            return
        self.folded = folded
        table = self._table
        shown = not table.isHidden()  # moved to another layout, it is put under its widget
        if folded:
            self._row.insertWidget(0, table, 1)
            table.horizontalHeader().hide()
            # its row whole: a scroll bar along it would take the row's height
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            table.setFixedHeight(
                table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()
            )
        else:
            self._body.addWidget(table, 1)
            table.horizontalHeader().show()
            table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            table.setMinimumHeight(self.unfolded_least())
            table.setMaximumHeight(16_777_215)
        table.setVisible(shown)  # which hid it: the attach button found no orphan in sight
        self._line.setVisible(not folded)
        self.show_count(table.model().rowCount())
        if table.currentIndex().isValid():
            table.scrollTo(table.currentIndex())
        self._refit()

    def unfolded_least(self) -> int:
        """One row and the header: a short screen keeps its foot."""
        table = self._table
        rows = table.horizontalHeader().sizeHint().height()
        return rows + table.verticalHeader().defaultSectionSize() + 2 * table.frameWidth()

    def show_count(self, count: int) -> None:
        self.button.setText(FOLDED_TEXT if self.folded else UNFOLDED_TEXT)
        self.button.setToolTip(
            "The orphans one under another, with why each was not found"
            if self.folded
            else "The orphans on one line: Up and Down in it go through them"
        )
        self.button.setVisible(count > 0)
