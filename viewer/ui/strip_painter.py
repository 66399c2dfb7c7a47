"""Draws a strip layout (core.strip_layout) on any paint device: the timeline widget, a PNG
or an SVG. Text is drawn as text (plain, never rich text), so an SVG holds the titles.

Drawing is batched by kind (all leaders, then all card faces, then all titles…) so that a
screenful of cards costs a few dozen calls into Qt, not a few hundred."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import partial

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPixmap

from viewer.core.day_words import day_span, whole_months
from viewer.core.passing_spans import passing_rows
from viewer.core.strip_layout import Card, Cluster, LaneBand, StripLayout, StripSizes
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.card_paint import CardPictures, paint_card, paint_chip
from viewer.ui.card_text import PAD, CardFonts, CardTexts
from viewer.ui.chip_room import ChipPlace, widened
from viewer.ui.passing_marks import EDGE, paint_passing, passing_face
from viewer.ui.timeline_axis import (
    Frame,
    axis_height,
    opaque,
    paint_axis,
    paint_bands,
    paint_density,
)
from viewer.ui.timeline_paint import Theme

MARK_R = 4.0
CARD_CHARS = 34  # a card is this many average characters wide
CHIP_SHARE = 0.86  # a cluster chip is this share of a card's width
CHIP_STRETCH, CHIP_GAP = 1.5, 8.0  # how much wider a chip's label may make it; room kept


def card_fonts(base: QFont) -> CardFonts:
    """The fonts of a card: its title, and the smaller one of its date and sources."""
    title = QFont(base)
    small = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    small.setPointSizeF(max(6.5, size * 0.86))
    return CardFonts(title, small)


def strip_sizes(base: QFont) -> StripSizes:
    """Card, chip and row sizes for text in this font, so titles fit at any font size."""
    fonts = card_fonts(base)
    line = fonts.title_metrics.height()
    small_line = fonts.small_metrics.height()
    width = round(fonts.title_metrics.averageCharWidth() * CARD_CHARS)
    return StripSizes(
        card_w=width,
        card_h=round(2 * line + small_line + 10),
        compact_h=round(2 * line + 6),
        mini_h=round(line + 5),
        chip_w=round(width * CHIP_SHARE),
        chip_h=round(small_line + 8),
        gap=8.0,
        row_gap=3.0,
        rail_h=16.0,
    )


@dataclass
class StripScene:
    """Everything the painter needs besides the layout: the events, the view and the look."""

    data: TimelineData
    mask: npt.NDArray[np.bool_]
    frame: Frame
    theme: Theme
    font: QFont
    selected: int = -1
    source_name: Callable[[str], str] = str
    lane_headers: bool = False
    lane_of: npt.NDArray[np.int32] | None = None
    texts: CardTexts | None = None  # kept by the view between paints
    pictures: CardPictures | None = None  # cards drawn once, on screen (not in files)
    ratio: float = 1.0  # device pixels per pixel of the screen the pictures are for
    chip_labels: dict[tuple[int, int, int], str] = field(default_factory=dict)
    lane_masks: dict[int, npt.NDArray[np.bool_]] = field(default_factory=dict)  # kept too
    covered_from: float = math.inf  # where controls over the axis start (none in a picture)

    def lane_mask(self, lane: int) -> npt.NDArray[np.bool_]:
        """The events shown in a lane, for its density bars: worked out once per set of
        events, filter and lanes, not on every frame."""
        found = self.lane_masks.get(lane)
        if found is None:
            assert self.lane_of is not None
            found = self.lane_masks[lane] = self.mask & (self.lane_of == lane)
        return found


def paint_timeline(
    p: QPainter, scene: StripScene, layout: StripLayout, v_offset: float = 0.0
) -> list[tuple[Cluster, QRectF]]:
    """The whole strip: bands, lanes, clusters and cards (scrolled up by v_offset), and the
    axis over them. The same for the window and for pictures. Returns where each chip in view
    was drawn (in the layout's coordinates), which may be wider than laid out."""
    frame = scene.frame
    p.fillRect(QRectF(0, 0, frame.width, frame.height), scene.theme.background)
    paint_bands(p, scene.theme, frame, axis_height(scene.font))
    p.save()
    p.translate(0, -v_offset)
    shown = QRectF(0, v_offset, frame.width, frame.height)
    chips = StripPainter(scene, layout, shown).paint(p)
    p.restore()
    p.setFont(scene.font)
    paint_axis(p, scene.theme, frame, scene.covered_from)
    return chips


class StripPainter:
    """Paints lanes, rails, density, clusters and cards of one layout: of those, only what
    reaches into the part shown (the whole layout when none is given), since a layout holds
    whole blocks of the strip and every lane, and a card first shown costs a picture."""

    def __init__(self, scene: StripScene, layout: StripLayout, shown: QRectF | None = None) -> None:
        self.scene = scene
        self.layout = layout
        self.texts = scene.texts or CardTexts(card_fonts(scene.font))
        self.texts.pixels_per_day = scene.frame.pixels_per_day  # whether a card's year shows
        self.fonts = self.texts.fonts
        self.lanes, self.cards, self.clusters = in_view(scene, layout, shown)
        self.passing: dict[int, npt.NDArray[np.int64]] = {}  # by lane, as the rails are painted

    def paint(self, p: QPainter) -> list[tuple[Cluster, QRectF]]:
        """Paint what is in view; returns each chip with where it was drawn."""
        for band in self.lanes:
            self._paint_lane(p, band)  # density bars: no antialiasing, they are rectangles
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self._paint_leaders(p)
        faces = self.chip_faces()
        for rect, text in faces:
            self._paint_chip(p, rect, text)
        passing = self._passing_faces([rect for rect, _ in faces])
        for _, rect, text in passing:
            self._paint_chip(p, rect, text)
        self._paint_cards(p)
        if self.scene.lane_headers:
            for band in self.lanes:
                self._paint_header(p, band)
        chips = [(cluster, rect) for cluster, (rect, _) in zip(self.clusters, faces, strict=True)]
        return chips + [(cluster, rect) for cluster, rect, _ in passing]

    def _passing_faces(self, taken: list[QRectF]) -> list[tuple[Cluster, QRectF, str]]:
        """A chip naming the events that pass through the view, in each lane that has any
        and room for it at its left."""
        faces = []
        for band in self.lanes:
            rows = self.passing.get(band.index)
            if rows is not None:
                # past the lane's name, drawn over the strip's left
                left = self._header_rect(band).right() + 4 if self.scene.lane_headers else EDGE
                face = passing_face(
                    self.scene.data,
                    rows,
                    band,
                    self.scene.frame,
                    self.fonts.small_metrics,
                    taken,
                    left,
                )
                if face is not None:
                    faces.append(face)
        return faces

    # --- lanes, rails and leaders ---------------------------------------------------------

    def _paint_lane(self, p: QPainter, band: LaneBand) -> None:
        theme, frame = self.scene.theme, self.scene.frame
        if band.index in self.layout.dense:
            mask = self.scene.mask
            if self.scene.lane_of is not None and len(self.layout.lanes) > 1:
                mask = self.scene.lane_mask(band.index)
            # Under the cards, in the lower part of the lane: how many events are where.
            top = band.top + 18 + (band.height - 22) * 0.4
            area = QRectF(0, top, frame.width, band.top + band.height - 4 - top)
            paint_density(p, theme, frame, self.scene.data, mask, area)
        p.fillRect(
            QRectF(0, band.rail_y - 0.5, frame.width, 1), opaque(theme.grid, theme.background)
        )
        shown = self.scene.mask
        if self.scene.lane_of is not None and len(self.layout.lanes) > 1:
            shown = self.scene.lane_mask(band.index)
        rows = passing_rows(self.scene.data, shown, frame.first_day, frame.last_day)
        self.passing[band.index] = rows
        paint_passing(p, theme, frame, self.scene.data, rows, band.rail_y)
        if band.index:
            p.fillRect(QRectF(0, band.top, frame.width, 1), opaque(theme.leader, theme.background))

    def _paint_leaders(self, p: QPainter) -> None:
        """Lines from each card and chip to its days on the rail, and the marks there: a dot
        for a day, a bar for a week, a month or a range."""
        theme, data, frame = self.scene.theme, self.scene.data, self.scene.frame
        rails = [band.rail_y for band in self.layout.lanes]
        brackets: list[QLineF] = []
        to_chips: list[QLineF] = []
        for c in self.clusters:
            y, x0, x1 = rails[c.lane] + 5, c.x0, max(c.x1, c.x0 + 3)
            brackets += [QLineF(x0, y, x1, y), QLineF(x0, y - 3, x0, y + 1)]
            brackets.append(QLineF(x1, y - 3, x1, y + 1))
            middle = (x0 + x1) / 2
            to_chips.append(QLineF(middle, y, min(max(middle, c.x + 8), c.x + c.w - 8), c.y))
        # Opaque colours and no antialiasing: a screenful of lines in a fraction of a frame.
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        leader = opaque(theme.leader, theme.background)
        p.setPen(QPen(opaque(theme.faint_text, theme.background), 1))
        p.drawLines(brackets)
        p.setPen(QPen(leader, 1))
        p.drawLines(to_chips)
        lines = [
            QLineF(c.anchor, rails[c.lane], min(max(c.anchor, c.x + 6), c.x + c.w - 6), c.y)
            for c in self.cards
            if c.row != self.scene.selected
        ]
        p.drawLines(lines)
        rows = np.fromiter((c.row for c in self.cards), np.int64, len(self.cards))
        colours = [theme.status[status] for status in STATUSES]
        marks = zip(
            self.cards,
            data.status[rows].tolist(),
            data.precision[rows].tolist(),
            data.first[rows].tolist(),
            data.last[rows].tolist(),
            strict=True,
        )
        for card, status, precision, first, last in marks:
            self._mark(p, (precision, first, last), rails[card.lane], frame, colours[status])
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        chosen = next((c for c in self.cards if c.row == self.scene.selected), None)
        if chosen is not None:
            p.setPen(QPen(theme.highlight, 1.6))
            x = min(max(chosen.anchor, chosen.x + 6), chosen.x + chosen.w - 6)
            p.drawLine(QLineF(chosen.anchor, rails[chosen.lane], x, chosen.y))
            row = chosen.row
            days = (int(data.precision[row]), int(data.first[row]), int(data.last[row]))
            self._mark(p, days, rails[chosen.lane], frame, theme.highlight)

    def _mark(
        self, p: QPainter, days: tuple[int, int, int], y: float, frame: Frame, colour: QColor
    ) -> None:
        """A dot for a day; a bar for a week, a month or a range (days: the event's
        precision, first and last day)."""
        precision, first, last = days
        if precision == 0:
            x = frame.x_of(first + 0.5)
            if self.scene.pictures is None:  # a file: a shape, not a picture of one
                p.setPen(QPen(self.scene.theme.background, 1))
                p.setBrush(colour)
                p.drawEllipse(QPointF(x, y), MARK_R, MARK_R)
                return
            dot = _dot(colour, self.scene.theme.background, self.scene.ratio)
            p.drawPixmap(QPointF(x - MARK_R - 1, y - MARK_R - 1), dot)
            return
        x0 = frame.x_of(first)
        x1 = max(frame.x_of(last + 1), x0 + 2 * MARK_R)
        p.fillRect(QRectF(x0, y - 3, x1 - x0, 6), colour)

    # --- chips ----------------------------------------------------------------------------

    def chip_text(self, cluster: Cluster) -> str:
        """ "24 events · 9 Mar 2022 · CNN, WSWS": how many, when, and from which sources."""
        key = (len(cluster.rows), int(cluster.rows[0]), cluster.last_day)
        found = self.scene.chip_labels.get(key)
        if found is not None:
            return found
        data = self.scene.data
        n = len(cluster.rows)
        codes = data.source[cluster.rows]
        codes = codes[codes >= 0]
        names: list[str] = []
        if len(codes):
            counts = np.bincount(codes)
            for code in np.argsort(-counts, kind="stable")[:2].tolist():
                if counts[code]:
                    names.append(self.scene.source_name(data.source_names[code]))
            if np.count_nonzero(counts) > 2:
                names.append("…")
        parts = [f"{n:,} {'event' if n == 1 else 'events'}", cluster_when(cluster)]
        if names:
            parts.append(", ".join(names))
        text = self.scene.chip_labels[key] = " · ".join(parts)
        return text

    def chip_faces(self) -> list[tuple[QRectF, str]]:
        """Each chip in view, where it is drawn and what it says: wider than laid out (up to
        half as wide again) where its label needs it and there is room around it. Its sources
        are cut before its days ever are: "4 events · 28 Feb – 6 Mar 2022 · US…", never
        "… 6 Mar 202…"; where even its days do not fit, the word "events" goes first."""
        metrics = self.fonts.small_metrics
        room = 2 * PAD + 2 + metrics.horizontalAdvance(" ▾")
        heads, tails, places = [], [], []
        for c in self.clusters:
            n = len(c.rows)
            heads.append(f"{n:,} {'event' if n == 1 else 'events'} · {cluster_when(c)}")
            tails.append(self.chip_text(c)[len(heads[-1]) :])
            wanted = metrics.horizontalAdvance(heads[-1] + tails[-1]) + room
            places.append(ChipPlace(c.lane, c.x, c.w, min(wanted, CHIP_STRETCH * c.w)))
        spans = widened(places, 0.0, float(self.scene.frame.width), CHIP_GAP)
        faces = []
        for c, head, tail, (x, w) in zip(self.clusters, heads, tails, spans, strict=True):
            left = w - room - metrics.horizontalAdvance(head)
            if metrics.horizontalAdvance(f"{head} ▾") > w - 2 * PAD:  # its days would be cut:
                # "24 · 20 Jan – 27 Feb 1998", not "24 events · 20 Jan – 27 Feb 19…"
                head, tail = f"{len(c.rows):,} · {cluster_when(c)}", ""
            if metrics.horizontalAdvance(tail) > left:  # the sources cut, or left out
                elided = metrics.elidedText(tail, Qt.TextElideMode.ElideRight, left)
                tail = elided if left >= metrics.horizontalAdvance(" · Abc…") else ""
            faces.append((QRectF(x, c.y, w, c.h), f"{head}{tail} ▾"))
        return faces

    def _paint_chip(self, p: QPainter, rect: QRectF, text: str) -> None:
        if self.scene.pictures is not None:
            self.scene.pictures.draw_chip(p, rect, text, self.scene.theme, self.scene.ratio)
        else:
            paint_chip(p, rect, text, self.fonts, self.scene.theme)

    # --- cards ----------------------------------------------------------------------------

    def _paint_cards(self, p: QPainter) -> None:
        """Every card, the selected one with a halo and a highlighted edge."""
        theme, data = self.scene.theme, self.scene.data
        cards = self.cards
        chosen = next((c for c in cards if c.row == self.scene.selected), None)
        if chosen is not None:
            halo = QColor(theme.highlight)
            halo.setAlphaF(0.3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawRoundedRect(QRectF(chosen.x - 3, chosen.y - 3, chosen.w + 6, chosen.h + 6), 6, 6)
        pictures = self.scene.pictures
        if pictures is not None:
            pictures.draw_all(p, cards, data, theme, self.scene.ratio)
        else:
            for card in cards:
                paint_card(p, card, card.x, card.y, data, self.texts, theme)
        if chosen is not None:
            p.setPen(QPen(theme.highlight, 1.5))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(chosen.x, chosen.y, chosen.w, chosen.h), 4, 4)

    def _header_text(self, band: LaneBand) -> str:
        visible = int(self.layout.visible[band.index]) if len(self.layout.visible) else 0
        return f"{band.name} ({visible:,})"

    def _header_rect(self, band: LaneBand) -> QRectF:
        """Where the lane's name is drawn, at the left edge."""
        width = self.fonts.small_metrics.horizontalAdvance(self._header_text(band)) + 2 * PAD
        return QRectF(2, band.top + 2, min(width, self.scene.frame.width * 0.4), 16)

    def _paint_header(self, p: QPainter, band: LaneBand) -> None:
        """The lane's name at the left edge, over whatever scrolls under it."""
        theme = self.scene.theme
        text = self._header_text(band)
        metrics = self.fonts.small_metrics
        rect = self._header_rect(band)
        pictures = self.scene.pictures
        if pictures is not None:  # on screen: the pill drawn once per width, border and all
            look = ("header", theme.background.rgba(), theme.grid.rgba())
            size = (rect.width() + 2, rect.height() + 2)
            pill = pictures.shape(look, size, self.scene.ratio, partial(_header_pill, theme=theme))
            p.drawPixmap(rect.topLeft() - QPointF(1, 1), pill)
        else:
            _header_pill(p, rect.adjusted(-1, -1, 1, 1), theme)
        p.setFont(self.fonts.small)
        p.setPen(theme.text)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD)
        p.drawText(rect.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, elided)


def _header_pill(p: QPainter, around: QRectF, theme: Theme) -> None:
    """The rounded, nearly opaque pill under a lane's name, with a pixel around it for the
    border's outer half."""
    back = QColor(theme.background)
    back.setAlphaF(0.9)
    p.setPen(QPen(theme.grid, 1))
    p.setBrush(back)
    p.drawRoundedRect(around.adjusted(1, 1, -1, -1), 4, 4)


def in_view(
    scene: StripScene, layout: StripLayout, shown: QRectF | None
) -> tuple[list[LaneBand], list[Card], list[Cluster]]:
    """The lanes, cards and chips of a layout that reach into the part shown: a card with
    its halo, its leader and its mark on the rail (a bar as long as its days), a chip with
    its bracket on the rail. All of them when no part is given."""
    if shown is None:
        return layout.lanes, layout.cards, layout.clusters
    left, top, right, bottom = shown.left(), shown.top(), shown.right(), shown.bottom()
    lanes = [b for b in layout.lanes if b.top < bottom and b.top + b.height > top]
    rails = [band.rail_y for band in layout.lanes]
    cards = layout.cards
    rows = np.fromiter((c.row for c in cards), np.int64, len(cards))
    frame, reach = scene.frame, MARK_R + 1
    first = scene.data.first[rows].astype(np.float64) - frame.first_day
    starts = first * frame.pixels_per_day - reach
    ends = (scene.data.last[rows] + 1 - frame.first_day) * frame.pixels_per_day + reach
    seen = [
        c
        for c, x0, x1 in zip(cards, starts.tolist(), ends.tolist(), strict=True)
        if min(c.x - 3, x0) < right
        and max(c.x + c.w + 3, x1) > left
        and rails[c.lane] - reach < bottom
        and c.y + c.h + 3 > top
    ]
    chips = [
        c
        for c in layout.clusters
        if min(c.x, c.x0) < right
        and max(c.x + c.w, c.x1 + 3) > left
        and rails[c.lane] + 1 < bottom
        and c.y + c.h > top
    ]
    return lanes, seen, chips


_DOTS: dict[tuple[int, int, float], QPixmap] = {}


def _dot(colour: QColor, background: QColor, ratio: float) -> QPixmap:
    """A mark's dot in a colour, drawn once and kept (a few colours: a few dots)."""
    key = (colour.rgba(), background.rgba(), ratio)
    dot = _DOTS.get(key)
    if dot is None:
        size = 2 * MARK_R + 2
        dot = QPixmap(round(size * ratio), round(size * ratio))
        dot.setDevicePixelRatio(ratio)
        dot.fill(QColor(Qt.GlobalColor.transparent))
        painter = QPainter(dot)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(background, 1))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(size / 2, size / 2), MARK_R, MARK_R)
        painter.end()
        _DOTS[key] = dot
    return dot


def cluster_when(cluster: Cluster) -> str:
    """The days a cluster stands for, as its chip says them."""
    first, last = date.fromordinal(cluster.first_day), date.fromordinal(cluster.last_day)
    if cluster.unit == "month":
        return f"{first:%b %Y}"
    if cluster.unit == "year":
        return str(first.year)
    return whole_months(first, last) or day_span(first, last)  # "1900–1936", not 1 Jan – 31 Dec
