"""Draws a strip layout (core.strip_layout) on any paint device: the timeline widget, a PNG
or an SVG. Text is drawn as text (plain, never rich text), so an SVG holds the titles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from viewer.core.model import Precision
from viewer.core.source_names import day_span, short_date
from viewer.core.strip_layout import Card, Cluster, LaneBand, StripLayout, StripSizes
from viewer.core.strip_packing import COMPACT, MINI
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.timeline_axis import AXIS_H, Frame, paint_axis, paint_bands, paint_density
from viewer.ui.timeline_paint import Theme

STRIPE_W = 4.0
PAD = 7.0
MARK_R = 4.0
CARD_CHARS = 34  # a card is this many average characters wide
CHIP_SHARE = 0.86  # a cluster chip is this share of a card's width


def card_fonts(base: QFont) -> tuple[QFont, QFont]:
    """The fonts of a card: its title, and the smaller one of its date and sources."""
    title = QFont(base)
    small = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    small.setPointSizeF(max(6.5, size * 0.86))
    return title, small


def strip_sizes(base: QFont) -> StripSizes:
    """Card, chip and row sizes for text in this font, so titles fit at any font size."""
    title, small = card_fonts(base)
    line = QFontMetricsF(title).height()
    small_line = QFontMetricsF(small).height()
    width = round(QFontMetricsF(title).averageCharWidth() * CARD_CHARS)
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


def source_counts(count: int) -> str:
    return "1 source" if count == 1 else f"{count} sources"


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
    wrapped: dict[tuple[str, float], tuple[str, str]] = field(default_factory=dict)


def paint_timeline(
    p: QPainter, scene: StripScene, layout: StripLayout, v_offset: float = 0.0
) -> None:
    """The whole strip: bands, lanes, clusters and cards (scrolled up by v_offset), and the
    axis over them. The same for the window and for pictures."""
    frame = scene.frame
    p.fillRect(QRectF(0, 0, frame.width, frame.height), scene.theme.background)
    paint_bands(p, scene.theme, frame, AXIS_H)
    p.save()
    p.translate(0, -v_offset)
    StripPainter(scene, layout).paint(p)
    p.restore()
    p.setFont(scene.font)
    paint_axis(p, scene.theme, frame)


class StripPainter:
    """Paints lanes, rails, density, clusters and cards of one layout."""

    def __init__(self, scene: StripScene, layout: StripLayout) -> None:
        self.scene = scene
        self.layout = layout
        self.title_font, self.small_font = card_fonts(scene.font)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.small_metrics = QFontMetricsF(self.small_font)

    def paint(self, p: QPainter) -> None:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for band in self.layout.lanes:
            self._paint_lane(p, band)
        for cluster in self.layout.clusters:
            self._paint_cluster_rail(p, cluster)
        for card in self.layout.cards:
            if card.row != self.scene.selected:
                self._paint_leader(p, card, selected=False)
        for cluster in self.layout.clusters:
            self._paint_chip(p, cluster)
        chosen: Card | None = None
        for card in self.layout.cards:
            if card.row == self.scene.selected:
                chosen = card
                continue
            self._paint_card(p, card, selected=False)
        if chosen is not None:  # drawn last, over its neighbours' leaders
            self._paint_leader(p, chosen, selected=True)
            self._paint_card(p, chosen, selected=True)
        if self.scene.lane_headers:
            for band in self.layout.lanes:
                self._paint_header(p, band)

    # --- lanes and rails ------------------------------------------------------------------

    def _paint_lane(self, p: QPainter, band: LaneBand) -> None:
        theme, frame = self.scene.theme, self.scene.frame
        if band.index in self.layout.dense:
            mask = self.scene.mask
            if self.scene.lane_of is not None and len(self.layout.lanes) > 1:
                mask = mask & (self.scene.lane_of == band.index)
            area = QRectF(0, band.top + 18, frame.width, band.height - 22)
            paint_density(p, theme, frame, self.scene.data, mask, area)
        p.setPen(QPen(theme.grid, 1))
        p.drawLine(QLineF(0, band.rail_y, frame.width, band.rail_y))
        if band.index:
            p.setPen(QPen(theme.leader, 1))
            p.drawLine(QLineF(0, band.top + 0.5, frame.width, band.top + 0.5))

    def _rail_y(self, lane: int) -> float:
        return self.layout.lanes[lane].rail_y

    def _paint_mark(self, p: QPainter, row: int, lane: int, *, selected: bool) -> None:
        """The event's place on the rail: a dot for a day, a bar for a week, month or range."""
        data, frame, theme = self.scene.data, self.scene.frame, self.scene.theme
        colour = theme.highlight if selected else theme.status[STATUSES[int(data.status[row])]]
        y = self._rail_y(lane)
        p.setPen(QPen(theme.background, 1))
        p.setBrush(colour)
        if int(data.precision[row]) == 0:
            x = frame.x_of(float(data.first[row]) + 0.5)
            p.drawEllipse(QPointF(x, y), MARK_R, MARK_R)
            return
        x0 = frame.x_of(float(data.first[row]))
        x1 = max(frame.x_of(float(data.last[row]) + 1), x0 + 2 * MARK_R)
        p.drawRoundedRect(QRectF(x0, y - 3, x1 - x0, 6), 3, 3)

    def _paint_leader(self, p: QPainter, card: Card, *, selected: bool) -> None:
        theme = self.scene.theme
        y = self._rail_y(card.lane)
        x = min(max(card.anchor, card.x + 6), card.x + card.w - 6)
        p.setPen(QPen(theme.highlight if selected else theme.leader, 1.6 if selected else 1))
        p.drawLine(QLineF(card.anchor, y, x, card.y))
        self._paint_mark(p, card.row, card.lane, selected=selected)

    def _paint_cluster_rail(self, p: QPainter, cluster: Cluster) -> None:
        theme = self.scene.theme
        y = self._rail_y(cluster.lane) + 5
        x0, x1 = cluster.x0, max(cluster.x1, cluster.x0 + 3)
        pen = QPen(theme.faint_text, 1.5)
        p.setPen(pen)
        p.drawLine(QLineF(x0, y, x1, y))
        p.drawLine(QLineF(x0, y - 3, x0, y + 1))
        p.drawLine(QLineF(x1, y - 3, x1, y + 1))
        middle = (x0 + x1) / 2
        chip_x = min(max(middle, cluster.x + 8), cluster.x + cluster.w - 8)
        p.setPen(QPen(theme.leader, 1, Qt.PenStyle.DotLine))
        p.drawLine(QLineF(middle, y, chip_x, cluster.y))

    # --- chips and cards ------------------------------------------------------------------

    def chip_text(self, cluster: Cluster) -> str:
        """ "24 events · 9 Mar 2022 · CNN, WSWS": how many, when, and from which sources."""
        data = self.scene.data
        n = len(cluster.rows)
        when = _cluster_when(cluster)
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
        noun = "event" if n == 1 else "events"
        parts = [f"{n:,} {noun}", when]
        if names:
            parts.append(", ".join(names))
        return " · ".join(parts)

    def _paint_chip(self, p: QPainter, cluster: Cluster) -> None:
        theme = self.scene.theme
        rect = QRectF(cluster.x, cluster.y, cluster.w, cluster.h)
        p.setPen(QPen(theme.leader, 1))
        p.setBrush(theme.chip)
        p.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        p.setFont(self.small_font)
        p.setPen(theme.text)
        text = self.small_metrics.elidedText(
            self.chip_text(cluster) + " ▾", Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD
        )
        p.drawText(rect.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, text)

    def _paint_card(self, p: QPainter, card: Card, *, selected: bool) -> None:
        theme, data, row = self.scene.theme, self.scene.data, card.row
        rect = QRectF(card.x, card.y, card.w, card.h)
        status = STATUSES[int(data.status[row])]
        if selected:
            halo = QColor(theme.highlight)
            halo.setAlphaF(0.3)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(halo)
            p.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
        p.setPen(QPen(theme.highlight if selected else theme.grid, 1.5 if selected else 1))
        p.setBrush(theme.card)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.status[status])
        p.drawRoundedRect(
            QRectF(rect.left() + 1, rect.top() + 1, STRIPE_W, rect.height() - 2), 2, 2
        )
        faded = status.value == "rejected"
        text_pen = theme.faint_text if faded else theme.text
        inner = rect.adjusted(STRIPE_W + PAD - 2, 2, -PAD + 2, -2)
        marks = self._marks(row)
        if card.style == MINI:
            self._paint_mini_text(p, inner, card, marks, text_pen)
        elif card.style == COMPACT:
            self._paint_compact_text(p, inner, card, marks, text_pen)
        else:
            self._paint_full_text(p, inner, card, marks, text_pen)

    def _marks(self, row: int) -> str:
        data = self.scene.data
        marks = []
        if data.has_note[row]:
            marks.append("✎")
        if data.tags[row]:
            marks.append("#")
        if data.edited[row]:
            marks.append("⟳")  # the user changed its date or title
        return " ".join(marks)

    def _paint_star(self, p: QPainter, right: float, baseline: float) -> float:
        p.setPen(self.scene.theme.star)
        width = self.small_metrics.horizontalAdvance("★")
        p.drawText(QPointF(right - width, baseline), "★")
        return width + 3

    def _paint_full_text(
        self, p: QPainter, inner: QRectF, card: Card, marks: str, pen: QColor
    ) -> None:
        data, row = self.scene.data, card.row
        title = data.titles[row] or short_date(data.date_of(row))
        first, second = self._wrapped(title, inner.width())
        p.setFont(self.title_font)
        p.setPen(pen)
        ascent = self.title_metrics.ascent()
        line = self.title_metrics.height()
        p.drawText(QPointF(inner.left(), inner.top() + ascent + 1), first)
        if second:
            p.drawText(QPointF(inner.left(), inner.top() + line + ascent + 1), second)
        p.setFont(self.small_font)
        baseline = inner.bottom() - self.small_metrics.descent() - 1
        right = inner.right()
        if data.starred[row]:
            right -= self._paint_star(p, right, baseline)
        p.setPen(self.scene.theme.faint_text)
        if marks:
            width = self.small_metrics.horizontalAdvance(marks)
            p.drawText(QPointF(right - width, baseline), marks)
            right -= width + 4
        meta = f"{short_date(data.date_of(row))} · {source_counts(int(data.source_count[row]))}"
        meta = self.small_metrics.elidedText(
            meta, Qt.TextElideMode.ElideRight, right - inner.left()
        )
        p.drawText(QPointF(inner.left(), baseline), meta)

    def _paint_compact_text(
        self, p: QPainter, inner: QRectF, card: Card, marks: str, pen: QColor
    ) -> None:
        """Two lines of title; its date (and sources, when several) small at the top right,
        its star and marks at the bottom right."""
        data, row = self.scene.data, card.row
        line = self.title_metrics.height()
        first_base = inner.top() + self.title_metrics.ascent() + 1
        second_base = first_base + line
        p.setFont(self.small_font)
        p.setPen(self.scene.theme.faint_text)
        count = int(data.source_count[row])
        when = _compact_date(data, row) + (f" · {count}×" if count > 1 else "")
        when_w = self.small_metrics.horizontalAdvance(when)
        p.drawText(QPointF(inner.right() - when_w, first_base), when)
        right = inner.right()
        if data.starred[row]:
            right -= self._paint_star(p, right, second_base)
        p.setPen(self.scene.theme.faint_text)
        if marks:
            width = self.small_metrics.horizontalAdvance(marks)
            p.drawText(QPointF(right - width, second_base), marks)
            right -= width + 4
        title = data.titles[row] or short_date(data.date_of(row))
        first, second = self._wrapped(title, inner.width(), inner.width() - when_w - 6)
        second = self.title_metrics.elidedText(
            second, Qt.TextElideMode.ElideRight, max(0.0, right - inner.left())
        )
        p.setFont(self.title_font)
        p.setPen(pen)
        p.drawText(QPointF(inner.left(), first_base), first)
        if second:
            p.drawText(QPointF(inner.left(), second_base), second)

    def _paint_mini_text(
        self, p: QPainter, inner: QRectF, card: Card, marks: str, pen: QColor
    ) -> None:
        """One line: the title, then its date (and star) small at the right."""
        data, row = self.scene.data, card.row
        baseline = inner.center().y() + self.title_metrics.ascent() / 2 - 1.5
        p.setFont(self.small_font)
        right = inner.right()
        if data.starred[row]:
            right -= self._paint_star(p, right, baseline)
        p.setPen(self.scene.theme.faint_text)
        count = int(data.source_count[row])
        tail = " ".join(filter(None, [marks, _compact_date(data, row)]))
        tail += f" · {count}×" if count > 1 else ""
        width = self.small_metrics.horizontalAdvance(tail)
        p.drawText(QPointF(right - width, baseline), tail)
        right -= width + 6
        p.setFont(self.title_font)
        p.setPen(pen)
        title = data.titles[row] or short_date(data.date_of(row))
        text = self.title_metrics.elidedText(
            title, Qt.TextElideMode.ElideRight, max(0.0, right - inner.left())
        )
        p.drawText(QPointF(inner.left(), baseline), text)

    def _wrapped(
        self, title: str, width: float, first_width: float | None = None
    ) -> tuple[str, str]:
        """A title on at most two lines, broken at words (the first line first_width wide,
        where something shares it), the second elided at width."""
        first_room = width if first_width is None else first_width
        key = (title, width * 10_000 + first_room)
        found = self.scene.wrapped.get(key)
        if found is not None:
            return found
        metrics = self.title_metrics
        words = title.split()
        first = ""
        second = ""
        for k, word in enumerate(words):
            attempt = f"{first} {word}" if first else word
            if metrics.horizontalAdvance(attempt) > first_room:
                rest = " ".join(words[k:])
                if not first:  # one long word: elide it on the first line
                    first = metrics.elidedText(attempt, Qt.TextElideMode.ElideRight, first_room)
                    rest = " ".join(words[k + 1 :])
                second = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
                break
            first = attempt
        self.scene.wrapped[key] = (first, second)
        return first, second

    def _paint_header(self, p: QPainter, band: LaneBand) -> None:
        """The lane's name at the left edge, over whatever scrolls under it."""
        theme = self.scene.theme
        visible = int(self.layout.visible[band.index]) if len(self.layout.visible) else 0
        text = f"{band.name} ({visible:,})"
        p.setFont(self.small_font)
        width = self.small_metrics.horizontalAdvance(text) + 2 * PAD
        rect = QRectF(2, band.top + 2, min(width, self.scene.frame.width * 0.4), 16)
        back = QColor(theme.background)
        back.setAlphaF(0.9)
        p.setPen(QPen(theme.grid, 1))
        p.setBrush(back)
        p.drawRoundedRect(rect, 4, 4)
        p.setPen(theme.text)
        elided = self.small_metrics.elidedText(
            text, Qt.TextElideMode.ElideRight, rect.width() - 2 * PAD
        )
        p.drawText(rect.adjusted(PAD, 0, -PAD, 0), Qt.AlignmentFlag.AlignVCenter, elided)


def _compact_date(data: TimelineData, row: int) -> str:
    """A card's date without the year the axis says: 9 Mar, 5–6 Mar, Week 10, Mar."""
    value = data.date_of(row)
    label = short_date(value)
    if value.precision is Precision.WEEK:
        return label.rsplit(" ", 1)[0]  # "Week 10"
    if value.precision is Precision.YEAR or value.first.year != value.last.year:
        return label
    return label.rsplit(" ", 1)[0]


def _cluster_when(cluster: Cluster) -> str:
    """The days a cluster stands for, as its chip says them."""
    first, last = date.fromordinal(cluster.first_day), date.fromordinal(cluster.last_day)
    if cluster.unit == "month":
        return f"{first:%b %Y}"
    if cluster.unit == "year":
        return str(first.year)
    return day_span(first, last)
