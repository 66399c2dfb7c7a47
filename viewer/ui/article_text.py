"""The article's text widget and how its passages, header and boilerplate are painted."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QWheelEvent,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

PASSAGE_COLOUR = QColor("#fff1b8")
SELECTED_COLOUR = QColor("#ffc83d")
HIGHLIGHT_TEXT_COLOUR = QColor("#1f2328")
BOILERPLATE_COLOUR = QColor("#9aa3ad")


class ArticleText(QPlainTextEdit):
    """The article itself: read-only, selectable, reporting clicks, scrolls and new sizes."""

    clicked = Signal(int)  # shown offset of a click that selected nothing
    resized = Signal()
    moved_by_reader = Signal()  # the reader scrolled or moved through the text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.extra_actions: list[QAction] = []
        self.verticalScrollBar().actionTriggered.connect(
            lambda _action: self.moved_by_reader.emit()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        super().wheelEvent(event)
        self.moved_by_reader.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        self.moved_by_reader.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self.moved_by_reader.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.clicked.emit(self.cursorForPosition(event.position().toPoint()).position())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self.extra_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def format_range(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        """Merge a format into the shown text from `start` to `end`."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    def highlight(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        """A highlight of the shown text from `start` to `end`, for setExtraSelections."""
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[misc]
        selection.format.setBackground(colour)  # type: ignore[attr-defined]
        # The highlights are pale in every theme: dark text keeps them readable in a dark one.
        selection.format.setForeground(HIGHLIGHT_TEXT_COLOUR)  # type: ignore[attr-defined]
        return selection


def boilerplate_format() -> QTextCharFormat:
    """Text set aside (advertisements, footers): grey and italic, saying why on hover."""
    fmt = QTextCharFormat()
    fmt.setForeground(BOILERPLATE_COLOUR)
    fmt.setFontItalic(True)
    fmt.setToolTip("Set aside: not article text")
    return fmt


def header_format() -> QTextCharFormat:
    """The article's header lines (title, byline, date): bold."""
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt
