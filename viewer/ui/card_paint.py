"""Painting one card: its face, its status stripe and its texts. On screen each card is drawn
once into a small picture kept while it does not change, so scrolling and zooming only place
pictures; pictures for files (PNG, SVG) draw cards directly, their text as text."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from viewer.core.strip_packing import Card
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_text import STAR, STRIPE_W, TITLE, CardTexts
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


class CardPictures:
    """Cards drawn once and kept as pixmaps, by everything that shows on them."""

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
            self._kept[key] = picture
            if len(self._kept) > KEPT:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        p.drawPixmap(QPointF(card.x, card.y), picture)

    def _drawn(self, card: Card, data: TimelineData, theme: Theme, ratio: float) -> QPixmap:
        picture = QPixmap(round(card.w * ratio), round(card.h * ratio))
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor(Qt.GlobalColor.transparent))
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_card(painter, card, 0.0, 0.0, data, self.texts, theme)
        painter.end()
        return picture
