"""The dated axis over the strip, and density bars where a lane has too many events for cards."""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.timeline_paint import (
    Theme,
    boundaries,
    choose_units,
    context_label,
    context_unit,
    label,
    parity,
)

AXIS_H = 40  # the axis' height with a desktop font of 9 pt; a larger font makes it taller
DENSITY_BIN_PX = 3


def axis_height(font: QFont) -> float:
    """The axis' height for two rows of labels in this font and the ticks under them: with a
    14 pt font the controls over the axis hid its months, and its two rows touched."""
    return float(max(AXIS_H, math.ceil(2 * QFontMetricsF(font).height() + 12)))


@dataclass(frozen=True)
class Frame:
    """Days from first_day at pixels_per_day, over a width and height in pixels."""

    first_day: float
    pixels_per_day: float
    width: float
    height: float

    def x_of(self, day: float) -> float:
        return (day - self.first_day) * self.pixels_per_day

    @property
    def last_day(self) -> float:
        return self.first_day + self.width / self.pixels_per_day


def paint_bands(p: QPainter, theme: Theme, frame: Frame, top: float) -> None:
    """Every other calendar unit shaded from the axis down, and a line where each starts, so
    dates read at a glance; under the cards. Opaque colours: blending costs a frame."""
    major, _ = choose_units(frame.pixels_per_day)
    ticks = list(boundaries(major, frame.first_day, frame.last_day))
    band = _mixed(theme.band, theme.background, theme.band.alphaF())
    for a, b in itertools.pairwise(ticks):
        if parity(major, a):
            xa, xb = frame.x_of(a), frame.x_of(b)
            p.fillRect(QRectF(xa, top, xb - xa, frame.height - top), band)
    p.setPen(QPen(_mixed(theme.grid, theme.background, theme.grid.alphaF()), 1))
    p.drawLines([QLineF(x, top, x, frame.height) for x in map(frame.x_of, ticks)])


def paint_axis(p: QPainter, theme: Theme, frame: Frame, covered_from: float = math.inf) -> None:
    """Tick marks and labels on the axis at the top, and the wider unit above them, whose
    labels are written left of covered_from (where controls lie over the axis)."""
    major, minor = choose_units(frame.pixels_per_day)
    lo, hi = frame.first_day, frame.last_day
    bottom = axis_height(p.font())
    p.fillRect(QRectF(0, 0, frame.width, bottom), theme.background)
    ticks = list(boundaries(major, lo, hi))
    p.fillRect(QRectF(0, bottom - 1, frame.width, 1), opaque(theme.grid, theme.background))
    p.setPen(QPen(opaque(theme.grid, theme.background), 1))
    lines = [QLineF(x, bottom - 12, x, bottom) for x in map(frame.x_of, ticks)]
    if minor != major:
        xs = map(frame.x_of, boundaries(minor, lo, hi))
        lines.extend(QLineF(x, bottom - 5, x, bottom) for x in xs)
    p.drawLines(lines)
    metrics = QFontMetricsF(p.font())
    p.setPen(theme.text)
    for a, b in itertools.pairwise(ticks):
        xa, xb = frame.x_of(a), frame.x_of(b)
        text = label(major, a)
        width = metrics.horizontalAdvance(text)
        if width <= xb - xa - 6:
            p.drawText(QPointF(min(max(xa + 4, 4.0), xb - width - 4), bottom - 8), text)
    if context_unit(major):
        p.setPen(theme.faint_text)
        _paint_context(p, frame, major, min(covered_from, frame.width))


def _paint_context(p: QPainter, frame: Frame, major: str, covered_from: float) -> None:
    """The wider unit's labels on the upper row, each in the part of its span in sight: in
    full, shorter ("Aug 2013", "Aug") where only that fits, never cut by the controls."""
    metrics = QFontMetricsF(p.font())
    top = max(15.0, metrics.ascent() + 2)
    wider = context_unit(major)
    for a, b in itertools.pairwise(list(boundaries(wider, frame.first_day, frame.last_day))):
        xa, right = frame.x_of(a), min(frame.x_of(b), covered_from)
        for text in _context_texts(major, a):
            width = metrics.horizontalAdvance(text)
            # The label of the span at the left edge stays visible while it is on screen.
            x = min(max(xa + 4, 4.0), right - width - 4)
            if x >= xa and width < right - xa - 6:
                p.drawText(QPointF(x, top), text)
                break


def _context_texts(major: str, day: int) -> list[str]:
    """The upper row's label for the span a day is in, then shorter ones."""
    text = context_label(major, day)
    if major not in ("day", "week"):
        return [text]
    month = date.fromordinal(day)
    return [text, f"{month:%b %Y}", f"{month:%b}"]


def paint_density(
    p: QPainter,
    theme: Theme,
    frame: Frame,
    data: TimelineData,
    mask: npt.NDArray[np.bool_],
    area: QRectF,
) -> None:
    """Events per day (or per few pixels) as bars in an area: where cards cannot show them all."""
    ppd = frame.pixels_per_day
    if ppd >= DENSITY_BIN_PX:
        lo_day = math.floor(frame.first_day)
        nbins = math.ceil(frame.last_day) - lo_day + 1
        counts = data.density(lo_day, lo_day + nbins, nbins, mask)
        x0, bin_w = frame.x_of(lo_day), ppd
    else:
        nbins = max(1, int(frame.width) // DENSITY_BIN_PX)
        counts = data.density(frame.first_day, frame.last_day, nbins, mask)
        x0, bin_w = 0.0, float(DENSITY_BIN_PX)
    peak = float(counts.max()) if len(counts) else 0.0
    if peak <= 0:
        return
    heights = np.sqrt(counts / peak) * area.height()
    # Opaque, mixed with the background by hand: blending hundreds of bars costs a frame.
    fill = _mixed(theme.status[STATUSES[0]], theme.background, 0.28)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill)
    pad = min(bin_w * 0.2, 6.0) if bin_w > DENSITY_BIN_PX else 0.5
    bins = np.flatnonzero(counts)
    tall = np.maximum(heights[bins], 1.0)
    # The bars' corners worked out for all of them at once: a frame draws thousands of bars.
    lefts = (x0 + bins * bin_w + pad / 2).tolist()
    tops = (area.bottom() - tall).tolist()
    p.drawRects(list(map(QRectF, lefts, tops, itertools.repeat(bin_w - pad), tall.tolist())))


def opaque(colour: QColor, background: QColor) -> QColor:
    """The opaque colour a translucent colour makes over background: lines and bars drawn in
    it cost a tenth of blended ones."""
    return _mixed(colour, background, colour.alphaF())


def _mixed(colour: QColor, background: QColor, share: float) -> QColor:
    """The opaque colour of colour laid at this opacity over background."""
    return QColor.fromRgbF(
        colour.redF() * share + background.redF() * (1 - share),
        colour.greenF() * share + background.greenF() * (1 - share),
        colour.blueF() * share + background.blueF() * (1 - share),
    )
