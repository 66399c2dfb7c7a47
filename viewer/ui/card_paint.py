"""Painting one card: its face, its status stripe and its texts. On screen each card is drawn
once into a small picture kept while it does not change, so scrolling and zooming only place
pictures; pictures for files (PNG, SVG) draw cards directly, their text as text."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap

from viewer.core.strip_packing import Card
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_text import PAD, STAR, STRIPE_W, TITLE, CardFonts, CardTexts
from viewer.ui.timeline_paint import Theme

REJECTED = next(i for i, s in enumerate(STATUSES) if s.value == "rejected")
KEPT = 3000  # card pictures kept: a few screens' worth
KEPT_FACES = 128  # blank shapes kept: one for each size of card, chip or lane name in use


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
    paint_card_face(p, x, y, card.w, card.h, theme)
    paint_card_inside(p, card, x, y, data, texts, theme)


def paint_card_face(p: QPainter, x: float, y: float, w: float, h: float, theme: Theme) -> None:
    """A card's rounded face and border, the same for every card of a size."""
    p.setPen(QPen(theme.grid, 1))
    p.setBrush(theme.card)
    p.drawRoundedRect(QRectF(x + 0.5, y + 0.5, w - 1, h - 1), 4, 4)


def _card_face(p: QPainter, rect: QRectF, theme: Theme) -> None:
    paint_card_face(p, rect.x(), rect.y(), rect.width(), rect.height(), theme)


def paint_card_inside(
    p: QPainter,
    card: Card,
    x: float,
    y: float,
    data: TimelineData,
    texts: CardTexts,
    theme: Theme,
) -> None:
    """What is on a card's face: its status stripe, title, date, sources and marks."""
    status = int(data.status[card.row])
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
    paint_chip_face(p, rect, theme)
    paint_chip_label(p, rect, text, fonts, theme)


def paint_chip_face(p: QPainter, rect: QRectF, theme: Theme) -> None:
    """A chip's pill, the same for every chip of a size."""
    p.setPen(QPen(theme.leader, 1))
    p.setBrush(theme.chip)
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2)


def paint_chip_label(p: QPainter, rect: QRectF, text: str, fonts: CardFonts, theme: Theme) -> None:
    """A chip's label, elided to fit its pill."""
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
        self._faces: dict[tuple[object, ...], QPixmap] = {}

    def draw_all(
        self, p: QPainter, cards: list[Card], data: TimelineData, theme: Theme, ratio: float
    ) -> None:
        """Each card's picture at its place, drawn first if it is new. What a picture shows
        is read for all the cards at once: a screenful of them is drawn on every frame."""
        rows = np.fromiter((c.row for c in cards), np.int64, len(cards))
        listed = rows.tolist()
        facts = zip(
            [data.titles[row] for row in listed],
            data.first[rows].tolist(),
            data.last[rows].tolist(),
            data.precision[rows].tolist(),
            data.source_count[rows].tolist(),
            data.status[rows].tolist(),
            data.starred[rows].tolist(),
            data.has_note[rows].tolist(),
            [bool(data.tags[row]) for row in listed],
            data.edited[rows].tolist(),
            strict=True,
        )
        look = (theme.background.rgba(), theme.text.rgba(), ratio)
        year_said = self.texts.year_said
        for card, fact in zip(cards, facts, strict=True):
            key = (*fact, card.style, card.w, card.h, year_said(data, card), *look)
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
            picture = self._face(rect.width(), rect.height(), theme, ratio, chip=True)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            area = QRectF(0, 0, rect.width(), rect.height())
            paint_chip_label(painter, area, text, self.texts.fonts, theme)
            painter.end()
            self._keep(key, picture)
        else:
            self._kept.move_to_end(key)
        p.drawPixmap(rect.topLeft(), picture)

    def _keep(self, key: tuple[object, ...], picture: QPixmap) -> None:
        self._kept[key] = picture
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)

    def shape(
        self,
        key: tuple[object, ...],
        size: tuple[float, float],
        ratio: float,
        draw: Callable[[QPainter, QRectF], None],
    ) -> QPixmap:
        """A blank shape (a card's face, a chip's pill) that draw paints in a rectangle of this
        size, kept by key (what it looks like): a rounded shape with an antialiased border
        costs more to draw than all the text on it, so it is drawn once and then copied."""
        full = (*key, *size, ratio)
        face = self._faces.get(full)
        if face is None:
            width, height = size
            face = QPixmap(round(width * ratio), round(height * ratio))
            face.setDevicePixelRatio(ratio)
            face.fill(QColor(Qt.GlobalColor.transparent))
            painter = QPainter(face)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw(painter, QRectF(0, 0, width, height))
            painter.end()
            if len(self._faces) > KEPT_FACES:
                self._faces.clear()
            self._faces[full] = face
        return face

    def _face(self, width: float, height: float, theme: Theme, ratio: float, chip: bool) -> QPixmap:
        """A copy of the blank face of a card or a chip of this size, to draw on."""
        if chip:
            key: tuple[object, ...] = ("chip", theme.chip.rgba(), theme.leader.rgba())
            face = self.shape(key, (width, height), ratio, partial(paint_chip_face, theme=theme))
        else:
            key = ("card", theme.card.rgba(), theme.grid.rgba())
            face = self.shape(key, (width, height), ratio, partial(_card_face, theme=theme))
        picture = face.copy()
        picture.setDevicePixelRatio(ratio)
        return picture

    def _drawn(self, card: Card, data: TimelineData, theme: Theme, ratio: float) -> QPixmap:
        picture = self._face(card.w, card.h, theme, ratio, chip=False)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        paint_card_inside(painter, card, 0.0, 0.0, data, self.texts, theme)
        painter.end()
        return picture
