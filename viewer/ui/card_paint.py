"""Painting one card: its face, its status stripe and its texts. On screen each card is drawn
once into a small picture kept while it does not change, so scrolling and zooming only place
pictures; pictures for files (PNG, SVG) draw cards directly, their text as text."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from viewer.core.strip_packing import Card
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_text import PAD, STAR, STRIPE_W, TITLE, CardFonts, CardTexts
from viewer.ui.timeline_paint import Theme

REJECTED = next(i for i, s in enumerate(STATUSES) if s.value == "rejected")
KEPT = 3000  # card pictures kept: a few screens' worth


def paint_card(
    p: QPainter,
    card: Card,
    x: float,
    y: float,
    data: TimelineData,
    texts: CardTexts,
    theme: Theme,
) -> None:
    """One card with its top left at (x, y): face, stripe, title, date, sources, marks."""
    status = int(data.status[card.row])
    p.setPen(QPen(theme.grid, 1))
    p.setBrush(theme.card)
    p.drawRoundedRect(QRectF(x + 0.5, y + 0.5, card.w - 1, card.h - 1), 4, 4)
    p.fillRect(QRectF(x + 1, y + 1, STRIPE_W, card.h - 2), theme.status[STATUSES[status]])
    fonts = texts.fonts
    colours = {TITLE: theme.faint_text if status == REJECTED else theme.text, STAR: theme.star}
    current = -1
    for dx, dy, text, kind in texts.pieces(data, card):
        if kind != current:
            p.setFont(fonts.title if kind == TITLE else fonts.small)
            p.setPen(colours.get(kind, theme.faint_text))
            current = kind
        p.drawText(QPointF(x + dx, y + dy), text)


def paint_chip(p: QPainter, rect: QRectF, text: str, fonts: CardFonts, theme: Theme) -> None:
    """A cluster chip: a rounded pill with its label, elided to fit."""
    p.setPen(QPen(theme.leader, 1))
    p.setBrush(theme.chip)
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2)
    p.setFont(fonts.small)
    p.setPen(theme.text)
    label = fonts.small_metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD
    )
    p.drawText(rect.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, label)


class CardPictures:
    """Cards and chips drawn once and kept as pixmaps, by everything that shows on them."""

    def __init__(self, texts: CardTexts) -> None:
        self.texts = texts
        self._kept: OrderedDict[tuple[object, ...], QPixmap] = OrderedDict()

    def draw(self, p: QPainter, card: Card, data: TimelineData, theme: Theme, ratio: float) -> None:
        row = card.row
        key = (
            data.titles[row],
            int(data.first[row]),
            int(data.last[row]),
            int(data.precision[row]),
            int(data.source_count[row]),
            int(data.status[row]),
            bool(data.starred[row]),
            bool(data.has_note[row]),
            bool(data.tags[row]),
            bool(data.edited[row]),
            card.style,
            card.w,
            card.h,
            theme.background.rgba(),
            theme.text.rgba(),
            ratio,
        )
        picture = self._kept.get(key)
        if picture is None:
            picture = self._drawn(card, data, theme, ratio)
            self._keep(key, picture)
        else:
            self._kept.move_to_end(key)
        p.drawPixmap(QPointF(card.x, card.y), picture)

    def draw_chip(self, p: QPainter, rect: QRectF, text: str, theme: Theme, ratio: float) -> None:
        key = ("chip", text, rect.width(), rect.height(), theme.background.rgba(), ratio)
        picture = self._kept.get(key)
        if picture is None:
            picture = self._blank(rect.width(), rect.height(), ratio)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint_chip(
                painter, QRectF(0, 0, rect.width(), rect.height()), text, self.texts.fonts, theme
            )
            painter.end()
            self._keep(key, picture)
        else:
            self._kept.move_to_end(key)
        p.drawPixmap(rect.topLeft(), picture)

    def _keep(self, key: tuple[object, ...], picture: QPixmap) -> None:
        self._kept[key] = picture
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)

    @staticmethod
    def _blank(width: float, height: float, ratio: float) -> QPixmap:
        picture = QPixmap(round(width * ratio), round(height * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor(Qt.GlobalColor.transparent))
        return picture

    def _drawn(self, card: Card, data: TimelineData, theme: Theme, ratio: float) -> QPixmap:
        picture = self._blank(card.w, card.h, ratio)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_card(painter, card, 0.0, 0.0, data, self.texts, theme)
        painter.end()
        return picture
