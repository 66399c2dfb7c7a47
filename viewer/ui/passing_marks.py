"""The days of the events that pass through the view with their card out of it (a decade
seen a month at a time), drawn on the rail, and what a click on them there lists."""

from __future__ import annotations

from datetime import date

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QPolygonF

from viewer.core.day_words import day_span, whole_months
from viewer.core.passing_spans import IntArray, covering, passing_rows
from viewer.core.source_names import short_date
from viewer.core.strip_layout import Cluster, LaneBand
from viewer.core.timeline import TimelineData
from viewer.ui.card_text import PAD
from viewer.ui.timeline_axis import Frame, opaque
from viewer.ui.timeline_paint import Theme

MOST_DRAWN = 200  # more bars than this on one rail only draw over one another
TIP = 5.0  # the half-height of the arrowhead at an end the days go on past
EDGE = 6.0  # a passing chip's least room from the view's edges


def paint_passing(
    p: QPainter, theme: Theme, frame: Frame, data: TimelineData, rows: IntArray, rail_y: float
) -> None:
    """A faint bar on the rail for each event passing through the view (rows, from
    passing_rows), with an arrowhead where their days go on out of sight: under the marks of
    the cards."""
    rows = rows[:MOST_DRAWN]
    if not len(rows):
        return
    colour = opaque(theme.leader, theme.background)
    firsts, lasts = data.first[rows].tolist(), data.last[rows].tolist()
    before, after = False, False
    for first, last in zip(firsts, lasts, strict=True):
        x0 = max(-TIP, frame.x_of(first))
        x1 = min(frame.width + TIP, frame.x_of(last + 1))
        p.fillRect(QRectF(x0, rail_y - 1.5, max(1.0, x1 - x0), 3), colour)
        before, after = before or first < frame.first_day, after or last + 1 > frame.last_day
    p.setPen(colour)
    p.setBrush(colour)
    for edge, sign in ((0.0, 1.0), (frame.width, -1.0)):
        if (before and sign > 0) or (after and sign < 0):
            tip = QPointF(edge, rail_y)
            back = edge + sign * 2 * TIP
            p.drawPolygon(
                QPolygonF([tip, QPointF(back, rail_y - TIP), QPointF(back, rail_y + TIP)])
            )


def rail_chip(
    data: TimelineData,
    shown: npt.NDArray[np.bool_],
    rails: tuple[npt.NDArray[np.int32], list[LaneBand], float],
    frame: Frame,
    point: tuple[float, float],
) -> Cluster | None:
    """The events passing through the view whose days are on a lane's rail under a point,
    as a chip there that lists them; None when there are none (rails: each row's lane, the
    lanes' bands and the height of their rails)."""
    lane_of, bands, rail_h = rails
    x, y = point
    band = next((b for b in bands if b.top <= y < b.top + rail_h), None)
    if band is None:
        return None
    if len(bands) > 1:
        shown = shown & (lane_of == band.index)
    rows = passing_rows(data, shown, frame.first_day, frame.last_day)
    rows = covering(data, rows, frame.first_day + x / frame.pixels_per_day)
    if not len(rows):
        return None
    return _listing(data, rows, band, frame, QRectF(max(0.0, x - 8), band.top, 16.0, rail_h))


def passing_face(
    data: TimelineData,
    rows: IntArray,
    band: LaneBand,
    frame: Frame,
    metrics: QFontMetricsF,
    taken: list[QRectF],
    left: float = EDGE,
) -> tuple[Cluster, QRectF, str] | None:
    """A chip in a lane's chip row that names the events passing through the view (the
    shortest first), and lists them when clicked; None where a chip already is. It starts
    where their days come into view, or at the left (from `left`, past the lane's name)
    where they run on past it, and never past the right edge: an "↔ Oct 2025" chip sat at
    the left edge over the last days of September, its month's bar starting mid-view, and
    under the lane's name."""
    if not len(rows):
        return None
    first, last = int(data.first[rows].min()), int(data.last[rows].max())
    shortest, n = int(rows[0]), len(rows)
    # Several: how many and the days they all reach, as the list they open says them ("1985",
    # the days of the one named, read as the days of all seven), then the shortest's title.
    days = whole_months(date.fromordinal(first), date.fromordinal(last)) or day_span(
        date.fromordinal(first), date.fromordinal(last)
    )
    said = short_date(data.date_of(shortest)) if n == 1 else f"{n:,} events · {days}"
    text = f"↔ {said} · {data.titles[shortest]}"
    rail_h = 2 * (band.rail_y - band.top)
    width = min(metrics.horizontalAdvance(text) + 2 * PAD + 2, frame.width * 0.45)
    height = round(metrics.height() + 8)
    start = min(max(left, frame.x_of(first)), frame.width - width - EDGE)
    for x in dict.fromkeys((max(start, left), left)):  # where its days start, else the left
        rect = QRectF(x, band.top + rail_h, width, height)
        if not any(rect.intersects(other) for other in taken):
            return _listing(data, rows, band, frame, rect), rect, text
    return None


def _listing(
    data: TimelineData, rows: IntArray, band: LaneBand, frame: Frame, rect: QRectF
) -> Cluster:
    """The events as a chip at rect that lists them when clicked, over the days they reach."""
    first, last = int(data.first[rows].min()), int(data.last[rows].max())
    return Cluster(
        np.sort(rows),
        band.index,
        rect.x(),
        rect.y(),
        rect.width(),
        rect.height(),
        frame.x_of(first),
        frame.x_of(last + 1),
        "span",
        first,
        last,
        -1,
    )
