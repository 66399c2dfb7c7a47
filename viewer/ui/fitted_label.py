"""A wrapped label that ends on "…" when it is given fewer lines than its text needs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QLabel, QWidget

from viewer.ui.plain import as_written


class FittedLabel(QLabel):
    """A word-wrapped plain-text label that, squeezed below the height its text needs (the
    article's header in a short pane, at 150% or with a large font), shows the lines that
    fit, the last one ending on "…", with the whole text in its tooltip; Qt's own label
    centred the text and cut its first and last lines through the middle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(as_written(text))

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        if self.heightForWidth(self.width()) <= self.height() or room.width() <= 0:
            super().paintEvent(event)
            return
        metrics = self.fontMetrics()
        text = self.text()
        fit = max(1, room.height() // metrics.lineSpacing())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        y = room.top() + metrics.ascent()
        for n, (start, length) in enumerate(_lines(text, self, room.width())[:fit]):
            piece = text[start : start + length]
            if n == fit - 1:  # the last line that fits: the rest of the text, elided
                piece = metrics.elidedText(
                    " ".join(text[start:].split()), Qt.TextElideMode.ElideRight, room.width()
                )
            painter.drawText(room.left(), y, piece.rstrip())
            y += metrics.lineSpacing()
        painter.end()


def _lines(text: str, label: QLabel, width: int) -> list[tuple[int, int]]:
    """Where each line of the text starts and how long it is, wrapped at `width`."""
    layout = QTextLayout(text, label.font())
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
        line = layout.createLine()
    layout.endLayout()
    return lines
