"""A wrapped label that ends on "…" when it is given fewer lines than its text needs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QLabel, QWidget

from viewer.ui.plain import as_written

FEWEST_CHARACTERS = 8  # the narrowest it lets itself be squeezed, in average characters


class FittedLabel(QLabel):
    """A word-wrapped plain-text label that, squeezed below the height its text needs (the
    article's header in a short pane, at 150% or with a large font), shows the lines that
    fit, the last one ending on "…", with the whole text in its tooltip; Qt's own label
    centred the text and cut its first and last lines through the middle. A word longer
    than a line (a file name) is broken, not allowed to hold the whole pane wide: at large
    text "004_b890c7d492dc02e3.txt" kept the article pane 426 pixels wide and the list's
    titles were cut to a letter. `shortest` is what must always fit on one line."""

    def __init__(self, parent: QWidget | None = None, shortest: str = "") -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self._shortest = shortest

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(as_written(text))

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        narrowest = max(
            metrics.horizontalAdvance(f"{self._shortest}…"),
            FEWEST_CHARACTERS * metrics.averageCharWidth(),
        )
        margins = self.contentsMargins()
        return QSize(
            narrowest + margins.left() + margins.right(),
            metrics.lineSpacing() + margins.top() + margins.bottom(),
        )

    def hasHeightForWidth(self) -> bool:
        # Held at the height of all its lines (as a layout holds a label that has one), in a
        # short pane it pushed what is under it down over the article's row of sources (at
        # 125 % with a 120-dpi font): it asks for its lines, and shows those it is given.
        return False

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.width() <= 0:
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # as many lines as this width needs

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        room = width - margins.left() - margins.right()
        lines = max(1, len(_lines(self.text(), self, room))) if room > 0 else 1
        return lines * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()

    def paintEvent(self, event: QPaintEvent) -> None:
        room = self.contentsRect()
        if room.width() <= 0:
            return
        metrics = self.fontMetrics()
        text = self.text()
        lines = _lines(text, self, room.width())
        fit = max(1, room.height() // metrics.lineSpacing())
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        y = room.top() + metrics.ascent()
        for n, (start, length) in enumerate(lines[:fit]):
            piece = text[start : start + length]
            if n == fit - 1 and len(lines) > fit:  # the last line that fits: "…" for the rest
                piece = _ended(piece, text[start:], metrics, room.width())
            painter.drawText(room.left(), y, piece.rstrip())
            y += metrics.lineSpacing()
        painter.end()


def _ended(line: str, rest: str, metrics: QFontMetrics, width: int) -> str:
    """The last line shown, its words whole and "…" after them where that fits (the date
    that begins the article's metadata stays whole), else cut where "…" fits."""
    whole = f"{line.rstrip()}…"
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    return metrics.elidedText(" ".join(rest.split()), Qt.TextElideMode.ElideRight, width)


def _lines(text: str, label: QLabel, width: int) -> list[tuple[int, int]]:
    """Where each line of the text starts and how long it is, wrapped at `width` between
    words, or inside a word too long for a line."""
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    lines: list[tuple[int, int]] = []
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength()))
        line = layout.createLine()
    layout.endLayout()
    return lines
