"""The event list's Event column: the short title, then the full sentence it stands for,
fainter, on the same line; both drawn as plain text. And its Date column, cut in the middle."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from viewer.ui.event_model import SENTENCE_ROLE

GAP = "  —  "


class TitleDelegate(QStyledItemDelegate):
    """Paints a row's title, then its sentence in a fainter colour where there is room."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text  # type: ignore[attr-defined]
        sentence = index.data(SENTENCE_ROLE)
        opt.text = ""  # type: ignore[attr-defined]
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        rect = rect.adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(role)  # type: ignore[attr-defined]
        metrics = QFontMetricsF(opt.font)  # type: ignore[attr-defined]
        painter.save()
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(colour)
        baseline = rect.top() + (rect.height() + metrics.ascent() - metrics.descent()) / 2
        shown = metrics.elidedText(str(title), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QPointF(rect.left(), baseline), shown)
        used = metrics.horizontalAdvance(shown)
        room = rect.width() - used
        if isinstance(sentence, str) and sentence and sentence != title and room > 60:
            faint = QColor(colour)
            faint.setAlphaF(0.78 if selected else 0.55)
            painter.setPen(faint)
            rest = metrics.elidedText(GAP + sentence, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QPointF(rect.left() + used, baseline), rest)
        painter.restore()


class DateDelegate(QStyledItemDelegate):
    """The Date column: a date too long for it loses its middle, not its end: "18 Nov 19…
    16 Nov 1974" still says when the span starts and the year it ends."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle  # type: ignore[attr-defined]
