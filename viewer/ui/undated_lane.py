"""The undated lane: articles with no publication date, whose relative dates cannot be placed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from viewer.core.model import Document
from viewer.ui.plain import as_written, menu_text

SHOWN_TITLES = 3


def undated(documents: Sequence[Document]) -> list[Document]:
    """Documents with no date found and none set by the user."""
    return [d for d in documents if d.date is None]


class UndatedLane(QFrame):
    """Names the undated articles and lets the user date one; hidden when all have a date."""

    date_requested = Signal(str)  # the id of the document to date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undatedLane")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Palette roles, not fixed colours, so the strip reads in light and dark themes alike.
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.setAccessibleName("Undated articles")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.set_date_button = QToolButton(self)
        self.set_date_button.setText("Set Date…")
        self.set_date_button.setAccessibleName("Set the publication date of an undated article")
        self.set_date_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.set_date_button.clicked.connect(self._set_date_clicked)
        self.choices = QMenu(self)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip("Hide until the articles change")
        self.close_button.setAccessibleName("Hide the undated articles")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.set_date_button)
        layout.addWidget(self.close_button)
        self._documents: list[Document] = []
        self.hide()

    def documents(self) -> list[Document]:
        return list(self._documents)

    def show_documents(self, documents: Sequence[Document]) -> None:
        """Show the undated ones among documents; none hides the lane."""
        self._documents = undated(documents)
        count = len(self._documents)
        if not count:
            self.hide()
            return
        titles = [f"“{d.title or d.id}”" for d in self._documents[:SHOWN_TITLES]]
        if count > SHOWN_TITLES:
            titles.append(f"and {count - SHOWN_TITLES} more")
        noun = "article has" if count == 1 else "articles have"
        self.label.setText(
            f"Undated: {count} {noun} no publication date, so dates such as “on Tuesday” "
            f"in {'it' if count == 1 else 'them'} are not on the timeline: {', '.join(titles)}"
        )
        self.label.setToolTip(as_written("\n".join(d.path for d in self._documents)))
        self.choices.clear()
        for doc in self._documents:
            action = self.choices.addAction(menu_text(doc.title or doc.id))
            action.setToolTip(as_written(doc.path))
            action.triggered.connect(lambda _c=False, i=doc.id: self.date_requested.emit(i))
        self.show()

    def _set_date_clicked(self) -> None:
        if len(self._documents) == 1:
            self.date_requested.emit(self._documents[0].id)
        elif self._documents:
            below = self.set_date_button.mapToGlobal(self.set_date_button.rect().bottomLeft())
            self.choices.popup(below)
