"""The row of buttons naming every source of the selected event, one per passage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QWidget

from viewer.core.model import Passage
from viewer.ui.plain import as_written, menu_text


class SourceButtons:
    """ "Reported by N sources:" and a scrolled row of checkable buttons, one per passage."""

    def __init__(self, parent: QWidget, chosen: Callable[[Passage], None]) -> None:
        self._chosen = chosen
        self.label = QLabel(parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self._row = QWidget(parent)
        self._layout = QHBoxLayout(self._row)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)
        scroll = QScrollArea(parent)
        scroll.setWidget(self._row)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFixedHeight(46)  # a row of buttons and, when they overflow, a scroll bar
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its buttons
        self.scroll = scroll
        self.buttons: list[QToolButton] = []

    def rebuild(self, passages: list[Passage], label_of: Callable[[str], str]) -> None:
        """One button per passage, named by its source (`label_of` a document id)."""
        for button in self.buttons:
            button.hide()  # out of the row and of the Tab order now, deleted later
            button.deleteLater()
        self.buttons = []
        docs = {p.document_id for p in passages}
        self.label.setText(
            f"Reported by {len(docs)} source{'s' if len(docs) != 1 else ''}:" if passages else ""
        )
        per_doc = Counter(p.document_id for p in passages)
        seen: Counter[str] = Counter()
        for passage in passages:
            # The source by name and date, as everywhere else ("CNN · 9 Mar 2022"), and which
            # of its passages when it has several ("… · 2 of 3"), so no two buttons look alike.
            label = label_of(passage.document_id)
            seen[passage.document_id] += 1
            if per_doc[passage.document_id] > 1:
                label += f" · {seen[passage.document_id]} of {per_doc[passage.document_id]}"
            self.buttons.append(self._button(label, passage))

    def _button(self, label: str, passage: Passage) -> QToolButton:
        button = QToolButton(self._row)
        button.setText(menu_text(label))
        button.setToolTip(as_written(f"{passage.document_id}\n\n{passage.text}"))
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False, p=passage: self._chosen(p))
        self._layout.insertWidget(self._layout.count() - 1, button)
        button.show()  # now, not once the layout gets to it: Tab order skips it till then
        return button

    def show_button(self, button: QToolButton) -> None:
        """Scroll the row so that a button is in sight, if it is still one of the row's."""
        if button in self.buttons:  # not made again meanwhile
            self.scroll.ensureWidgetVisible(button)
