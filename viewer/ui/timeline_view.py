"""The dated timeline: a custom-painted, zoomable strip that paints only the visible events."""

from __future__ import annotations

import html
import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QLineF, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.density_overview import DensityOverview
from viewer.ui.timeline_paint import (
    Theme,
    boundaries,
    choose_units,
    context_label,
    context_unit,
    draw_marker,
    label,
    parity,
)

LEVELS: dict[str, float] = {"day": 120.0, "week": 24.0, "month": 5.0, "year": 0.6}  # px per day
MIN_PPD, MAX_PPD = 0.005, 480.0
ZOOM_STEP = 1.25
AXIS_H = 40
OVERVIEW_H = 44
LANE_H = 22
MARKER_H = 10
GAP_PX = 4
BACKOFF_ROWS = 200  # how far back a layout looks for a gap, so lanes don't jump while scrolling
DENSITY_BIN_PX = 3
DAY_PRECISION = 0


@dataclass(frozen=True)
class Placed:
    """An event laid out on screen."""

    row: int
    rect: QRectF
    lane: int


@dataclass(frozen=True)
class Layout:
    """What the current viewport shows: either markers in lanes or a density histogram."""

    placed: list[Placed]
    overflow: list[tuple[float, int]]  # (x, events that found no lane) per bucket
    density: bool


class TimelineView(QAbstractScrollArea):
    """Events on a dated axis; click, arrow keys and select() move the selection by event id."""

    event_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription("Events on a dated axis. Left and Right move between events.")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setMouseTracking(True)
        self.setViewportMargins(0, 0, 0, OVERVIEW_H)
        self._overview = DensityOverview(self)
        self._overview.jump_requested.connect(self.center_on)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)
        self._data = TimelineData.empty()
        self._mask: npt.NDArray[np.bool_] = np.zeros(0, np.bool_)
        self._shown: npt.NDArray[np.int64] = np.zeros(0, np.int64)  # rows passing the filter
        self._shown_cum: npt.NDArray[np.int64] = np.zeros(1, np.int64)
        self._ppd = LEVELS["month"]
        self._start = float(date.today().toordinal())
        self._selected = -1
        self._syncing = False
        self._layout: Layout | None = None
        self._actions = self._make_actions()

    # --- public API ---------------------------------------------------------------

    def set_events(self, data: TimelineData, mask: npt.NDArray[np.bool_] | None = None) -> None:
        """Show data; rows where mask is False are not drawn. The selection is kept by id."""
        selected_id = self.selected_id()
        first_load = len(self._data) == 0
        self._data = data
        self._mask = np.ones(len(data), np.bool_) if mask is None else mask.astype(np.bool_)
        self._shown = np.flatnonzero(self._mask)
        self._shown_cum = np.concatenate(([0], np.cumsum(self._mask, dtype=np.int64)))
        self._selected = data.index_of(selected_id) if selected_id else -1
        if self._selected >= 0 and not self._mask[self._selected]:
            self._selected = -1
        self._overview.set_data(data, None if mask is None else self._mask)
        if first_load and len(data):
            self.fit_all()
        self._changed()

    def select(self, event_id: str) -> None:
        """Highlight an event and scroll it into view, without emitting event_selected."""
        row = self._data.index_of(event_id)
        self._set_selected(row, emit=False)

    def selected_id(self) -> str:
        return self._data.ids[self._selected] if 0 <= self._selected < len(self._data) else ""

    def visible_range(self) -> tuple[date, date]:
        """The first and last calendar day at least partly in view."""
        first = max(1, math.floor(self._start))
        last = max(first, math.ceil(self._start + self._span_days()) - 1)
        return date.fromordinal(first), date.fromordinal(last)

    def zoom_to(self, level: str) -> None:
        """Zoom to a named level ("day", "week", "month", "year"), keeping the centre."""
        self._zoom_around(LEVELS[level], self.viewport().width() / 2)

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom continuously; the day under anchor_x (default: the centre) stays put."""
        x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        self._zoom_around(self._ppd * factor, x)

    def fit_all(self) -> None:
        """Zoom and scroll so the whole corpus is in view."""
        first, last = self._data.span()
        days = max(3.0, last + 1 - first)
        self._ppd = self._clamp_ppd(self.viewport().width() / (days * 1.08))
        self._start = (first + last + 1) / 2 - self._span_days() / 2
        self._changed()

    def center_on(self, day: float) -> None:
        self._start = day - self._span_days() / 2
        self._changed()

    def zoom_actions(self) -> list[QAction]:
        """Zoom in/out, fit and the four zoom levels, for the window's View menu."""
        return list(self._actions)

    def marker_rect(self, index: int) -> QRect | None:
        """Where the marker of row index is drawn in the viewport, or None when it is not."""
        for placed in self._current_layout().placed:
            if placed.row == index:
                return placed.rect.toAlignedRect()
        return None

    def pixels_per_day(self) -> float:
        return self._ppd

    def shown(self) -> tuple[TimelineData, npt.NDArray[np.bool_]]:
        """The events and which of them the filters let through, for pictures of this view."""
        return self._data, self._mask

    def first_visible_day(self) -> float:
        return self._start

    def show_window(self, first_day: float, pixels_per_day: float) -> None:
        """Show from first_day at this zoom, as another view of the same events does."""
        self._ppd = self._clamp_ppd(pixels_per_day)
        self._start = first_day
        self._changed()

    def overview(self) -> DensityOverview:
        return self._overview

    def sizeHint(self) -> QSize:
        return QSize(900, 300)

    # --- geometry -----------------------------------------------------------------

    def _span_days(self) -> float:
        return max(1, self.viewport().width()) / self._ppd

    def x_of(self, day: float) -> float:
        return (day - self._start) * self._ppd

    def day_at(self, x: float) -> float:
        return self._start + x / self._ppd

    def _clamp_ppd(self, ppd: float) -> float:
        return min(MAX_PPD, max(MIN_PPD, ppd))

    def _zoom_around(self, ppd: float, x: float) -> None:
        day = self.day_at(x)
        self._ppd = self._clamp_ppd(ppd)
        self._start = day - x / self._ppd
        self._changed()

    def _scroll_extent(self) -> tuple[float, float]:
        """Days the scroll bar covers: the corpus with half a screen to spare on each side."""
        first, last = self._data.span()
        half = self._span_days() / 2
        return first - half, last + 1 + half

    def _changed(self) -> None:
        lo, hi = self._scroll_extent()
        self._start = min(max(self._start, lo), max(lo, hi - self._span_days()))
        bar = self.horizontalScrollBar()
        self._syncing = True
        bar.setRange(0, max(0, round((hi - lo) * self._ppd) - self.viewport().width()))
        bar.setPageStep(max(1, self.viewport().width()))
        bar.setSingleStep(max(1, self.viewport().width() // 20))
        bar.setValue(round((self._start - lo) * self._ppd))
        self._syncing = False
        self._overview.set_window(self._start, self._start + self._span_days())
        self._layout = None
        self.viewport().update()

    def _on_scrolled(self, value: int) -> None:
        if self._syncing:
            return
        self._start = self._scroll_extent()[0] + value / self._ppd
        self._overview.set_window(self._start, self._start + self._span_days())
        self._layout = None
        self.viewport().update()

    # --- layout -------------------------------------------------------------------

    def _lanes(self) -> int:
        return max(1, (self.viewport().height() - AXIS_H - 24) // LANE_H)

    def _marker_extent(self, rows: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.float64], ...]:
        first = self._data.first[rows].astype(np.float64)
        last = self._data.last[rows].astype(np.float64)
        is_day = self._data.precision[rows] == DAY_PRECISION
        mid = (first + 0.5 - self._start) * self._ppd
        x0 = np.where(is_day, mid - MARKER_H / 2, (first - self._start) * self._ppd + 1)
        x1 = np.where(is_day, mid + MARKER_H / 2, (last + 1 - self._start) * self._ppd - 1)
        x1 = np.maximum(x1, x0 + MARKER_H)
        return x0, x1

    def _current_layout(self) -> Layout:
        if self._layout is None:
            self._layout = self._compute_layout()
        return self._layout

    def _compute_layout(self) -> Layout:
        width = self.viewport().width()
        first_day = math.floor(self._start) - 1
        last_day = math.ceil(self._start + self._span_days()) + 1
        rows = self._data.range_indices(first_day, last_day)
        rows = rows[self._mask[rows]]
        lanes = self._lanes()
        if len(rows) * MARKER_H > width * lanes * 0.6:
            return Layout([], [], density=True)
        # Start from a gap before the view so a row's lane doesn't depend on the scroll position.
        pos = int(np.searchsorted(self._shown, rows[0])) if len(rows) else 0
        back = self._shown[max(0, pos - BACKOFF_ROWS) : pos]
        window = np.concatenate((back, rows))
        x0, x1 = self._marker_extent(window)
        start = 0
        if len(back):
            reach = np.maximum.accumulate(x1 + GAP_PX)
            gaps = np.flatnonzero(x0[1 : len(back) + 1] > reach[: len(back)]) + 1
            start = int(gaps[-1]) if len(gaps) else 0
        lane_end: list[float] = []
        placed: list[Placed] = []
        spill: dict[int, int] = {}
        visible_from = len(back)
        lo_list, hi_list, row_list = x0.tolist(), x1.tolist(), window.tolist()
        for k in range(start, len(window)):
            a, b = lo_list[k], hi_list[k]
            lane = next((i for i, end in enumerate(lane_end) if end <= a), -1)
            if lane < 0 and len(lane_end) < lanes:
                lane = len(lane_end)
                lane_end.append(0.0)
            if lane < 0:
                if k >= visible_from:
                    bucket = int(a // 24)
                    spill[bucket] = spill.get(bucket, 0) + 1
                continue
            lane_end[lane] = b + GAP_PX
            if k >= visible_from and b >= -MARKER_H and a <= width + MARKER_H:
                y = AXIS_H + 8 + lane * LANE_H + (LANE_H - MARKER_H) / 2
                placed.append(Placed(row_list[k], QRectF(a, y, b - a, MARKER_H), lane))
        if len(rows) and sum(spill.values()) > len(rows) / 3:
            return Layout([], [], density=True)
        overflow = [(bucket * 24.0 + 12, n) for bucket, n in sorted(spill.items())]
        return Layout(placed, overflow, density=False)

    # --- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = Theme.from_palette(self.palette())
        p = QPainter(self.viewport())
        w, h = self.viewport().width(), self.viewport().height()
        p.fillRect(0, 0, w, h, theme.background)
        major, minor = choose_units(self._ppd)
        self._paint_axis(p, theme, major, minor, w, h)
        layout = self._current_layout()
        if layout.density:
            self._paint_density(p, theme, major, w, h)
        else:
            # Only markers need antialiasing; the axis and histogram are axis-aligned.
            p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            self._paint_markers(p, theme, layout, w)
        if not len(self._shown):
            p.setPen(theme.faint_text)
            message = "No events" if not len(self._data) else "No events match the filters"
            p.drawText(QRectF(0, AXIS_H, w, h - AXIS_H), Qt.AlignmentFlag.AlignCenter, message)
        if self.hasFocus():
            p.setPen(QPen(theme.highlight, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))
        p.end()

    def _paint_axis(
        self, p: QPainter, theme: Theme, major: str, minor: str, w: int, h: int
    ) -> None:
        lo, hi = self._start, self._start + self._span_days()
        ticks = list(boundaries(major, lo, hi))
        for a, b in itertools.pairwise(ticks):
            if not parity(major, a):
                continue
            p.fillRect(QRectF(self.x_of(a), AXIS_H, self.x_of(b) - self.x_of(a), h), theme.band)
        p.setPen(QPen(theme.grid, 1))
        p.drawLine(QPointF(0, AXIS_H - 0.5), QPointF(w, AXIS_H - 0.5))
        lines = [QLineF(x, AXIS_H - 12, x, h) for x in map(self.x_of, ticks)]
        if minor != major:
            xs = map(self.x_of, boundaries(minor, lo, hi))
            lines.extend(QLineF(x, AXIS_H - 5, x, AXIS_H) for x in xs)
        p.drawLines(lines)
        metrics = QFontMetrics(p.font())
        p.setPen(theme.text)
        for a, b in itertools.pairwise(ticks):
            xa, xb = self.x_of(a), self.x_of(b)
            text = label(major, a)
            width = metrics.horizontalAdvance(text)
            if width <= xb - xa - 6:
                x = min(max(xa + 4, 4.0), xb - width - 4)
                p.drawText(QPointF(x, AXIS_H - 8), text)
        wider = context_unit(major)
        if wider:
            p.setPen(theme.faint_text)
            spans = list(boundaries(wider, lo, hi))
            for a, b in itertools.pairwise(spans):
                text = context_label(major, a)
                xa, xb = self.x_of(a), self.x_of(b)
                width = metrics.horizontalAdvance(text)
                # Keep the label of the span at the left edge visible while it is on screen.
                x = min(max(xa + 4, 4.0), xb - width - 4)
                if x >= xa and width < xb - xa - 6:
                    p.drawText(QPointF(x, 15), text)

    def _paint_density(self, p: QPainter, theme: Theme, major: str, w: int, h: int) -> None:
        span = self._span_days()
        if self._ppd >= DENSITY_BIN_PX:
            # Dates are whole days: one bar per day once a day is wider than a bin.
            lo_day = math.floor(self._start)
            nbins = math.ceil(self._start + span) - lo_day + 1
            counts = self._data.density(lo_day, lo_day + nbins, nbins, self._mask)
            x0, bin_w = self.x_of(lo_day), self._ppd
        else:
            nbins = max(1, w // DENSITY_BIN_PX)
            counts = self._data.density(self._start, self._start + span, nbins, self._mask)
            x0, bin_w = 0.0, float(DENSITY_BIN_PX)
        top, bottom = AXIS_H + 22.0, h - 6.0
        peak = float(counts.max()) if len(counts) else 0.0
        if peak > 0:
            heights = np.sqrt(counts / peak) * (bottom - top)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.status[STATUSES[0]])
            pad = min(bin_w * 0.2, 6.0) if bin_w > DENSITY_BIN_PX else 0.5
            rects = [
                QRectF(
                    x0 + i * bin_w + pad / 2,
                    bottom - max(1.0, float(heights[i])),
                    bin_w - pad,
                    max(1.0, float(heights[i])),
                )
                for i in np.flatnonzero(counts).tolist()
            ]
            p.drawRects(rects)
        # Counts per labelled unit, so a zoomed-out view still says how much is where.
        metrics = QFontMetrics(p.font())
        p.setPen(theme.text)
        ticks = list(boundaries(major, self._start, self._start + span))
        starts = self._data.first_indices(ticks).tolist()
        for (a, b), (lo, hi) in zip(
            itertools.pairwise(ticks), itertools.pairwise(starts), strict=True
        ):
            n = int(self._shown_cum[hi] - self._shown_cum[lo])
            text = f"{n:,}"
            xa, xb = self.x_of(a), self.x_of(b)
            if n and metrics.horizontalAdvance(text) < xb - xa - 6:
                p.drawText(QRectF(xa, AXIS_H + 2, xb - xa, 18), Qt.AlignmentFlag.AlignCenter, text)

    def _paint_markers(self, p: QPainter, theme: Theme, layout: Layout, w: int) -> None:
        metrics = QFontMetrics(p.font())
        by_lane: dict[int, list[Placed]] = {}
        for placed in layout.placed:
            by_lane.setdefault(placed.lane, []).append(placed)
        selected: Placed | None = None
        for placed in layout.placed:
            row = placed.row
            if row == self._selected:
                selected = placed
                continue
            self._draw_one(p, theme, placed, selected=False)
        if selected is not None:
            self._draw_one(p, theme, selected, selected=True)
        pill = QRectF()
        if selected is not None:
            title = self._data.titles[selected.row]
            pill_w = min(metrics.horizontalAdvance(title), 260) + 12
            pill = QRectF(selected.rect.right(), selected.rect.top(), pill_w, MARKER_H)
        for lane_items in by_lane.values():
            for k, placed in enumerate(lane_items):
                right = lane_items[k + 1].rect.left() if k + 1 < len(lane_items) else w + 400
                room = min(right - GAP_PX - placed.rect.right() - 6, 260.0)
                covered = pill.intersects(placed.rect.adjusted(0, 0, room, 0))
                if room >= 44 and placed.row != self._selected and not covered:
                    self._draw_title(p, metrics, placed, room, theme)
        if selected is not None:
            # The selected title is always readable: on a pill above its neighbours, whose
            # markers are drawn again on top so none disappears.
            self._draw_title(p, metrics, selected, 260.0, theme, selected=True)
            for placed in by_lane.get(selected.lane, []):
                if placed.row != selected.row and pill.intersects(placed.rect):
                    self._draw_one(p, theme, placed, selected=False)
        p.setPen(theme.faint_text)
        for x, n in layout.overflow:
            p.drawText(
                QRectF(x - 20, self.viewport().height() - 20, 40, 16),
                Qt.AlignmentFlag.AlignCenter,
                f"+{n}",
            )

    def _draw_title(
        self,
        p: QPainter,
        metrics: QFontMetrics,
        placed: Placed,
        room: float,
        theme: Theme,
        *,
        selected: bool = False,
    ) -> None:
        title = self._data.titles[placed.row] or self._data.date_of(placed.row).label()
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(room))
        left = placed.rect.right() + 6
        baseline = placed.rect.center().y() + metrics.ascent() / 2 - 1
        if selected:
            pill = QRectF(left - 3, placed.rect.center().y() - LANE_H / 2 + 1, 0, LANE_H - 2)
            pill.setWidth(metrics.horizontalAdvance(text) + 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(theme.highlight)
            p.drawRoundedRect(pill, 4, 4)
            p.setPen(theme.highlight_text)
        else:
            p.setPen(theme.text)
        p.drawText(QPointF(left, baseline), text)

    def _draw_one(self, p: QPainter, theme: Theme, placed: Placed, *, selected: bool) -> None:
        data, row = self._data, placed.row
        draw_marker(
            p,
            placed.rect,
            theme,
            STATUSES[int(data.status[row])],
            is_bar=int(data.precision[row]) != DAY_PRECISION,
            starred=bool(data.starred[row]),
            has_note=bool(data.has_note[row]),
            tagged=bool(data.tags[row]),
            selected=selected,
        )

    # --- interaction --------------------------------------------------------------

    def _set_selected(self, row: int, *, emit: bool) -> None:
        if row < 0 or row >= len(self._data):
            return
        self._selected = row
        first, last = float(self._data.first[row]), float(self._data.last[row]) + 1
        margin = self._span_days() * 0.1
        if first < self._start + margin or last > self._start + self._span_days() - margin:
            if last - first > self._span_days() * 0.8:
                self._start = first - margin
            else:
                self._start = (first + last) / 2 - self._span_days() / 2
        date_label = self._data.date_of(row).label()
        self.viewport().setAccessibleDescription(f"{self._data.titles[row]}, {date_label}")
        self._changed()
        if emit:
            self.event_selected.emit(self._data.ids[row])

    def _step(self, direction: int) -> None:
        shown = self._shown
        if not len(shown):
            return
        if self._selected < 0:
            centre = self.day_at(self.viewport().width() / 2)
            pos = int(np.searchsorted(shown, self._data.first_index(centre)))
            pos = min(pos, len(shown) - 1)
        else:
            if direction > 0:
                pos = int(np.searchsorted(shown, self._selected, side="right"))
            else:
                pos = int(np.searchsorted(shown, self._selected, side="left")) - 1
            if not 0 <= pos < len(shown):
                return
        self._set_selected(int(shown[pos]), emit=True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Right:
            self._step(1)
        elif key == Qt.Key.Key_Left:
            self._step(-1)
        elif key == Qt.Key.Key_Home and len(self._shown):
            self._set_selected(int(self._shown[0]), emit=True)
        elif key == Qt.Key.Key_End and len(self._shown):
            self._set_selected(int(self._shown[-1]), emit=True)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(1 / ZOOM_STEP)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            sign = 1 if key == Qt.Key.Key_PageDown else -1
            self.center_on(self.day_at(self.viewport().width() * (0.5 + 0.8 * sign)))
        else:
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = delta.y() / 120
            self.zoom_by(ZOOM_STEP**steps, event.position().x())
        else:
            # A vertical wheel scrolls along time: the timeline has no vertical extent to scroll.
            amount = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(amount / 120 * bar.singleStep() * 3))
        event.accept()

    def _row_at(self, pos: QPointF) -> int:
        best, best_d = -1, 6.0
        for placed in self._current_layout().placed:
            r = placed.rect.adjusted(-3, -4, 3, 4)
            if r.contains(pos):
                d = abs(placed.rect.center().x() - pos.x()) / 100
                if d < best_d:
                    best, best_d = placed.row, d
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position()
        if self._current_layout().density and pos.y() > AXIS_H:
            self._zoom_around(self._ppd * 4, pos.x())
            return
        row = self._row_at(pos)
        if row >= 0:
            self._set_selected(row, emit=True)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = self._row_at(QPointF(event.pos()))
            if row >= 0:
                QToolTip.showText(event.globalPos(), self._tooltip(row), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _tooltip(self, row: int) -> str:
        data = self._data
        status = STATUSES[int(data.status[row])].value
        lines = [
            f"<b>{html.escape(data.titles[row])}</b>",
            html.escape(data.date_of(row).label()),
            f"{status}{' · starred' if data.starred[row] else ''}"
            f" · {int(data.source_count[row])} source(s)",
        ]
        # Titles come from articles: escaped, so no document text is read as markup.
        return "<qt>" + "<br>".join(lines) + "</qt>"

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self._overview.setGeometry(vp.left(), vp.bottom() + 1, vp.width(), OVERVIEW_H)
        self._changed()

    def _make_actions(self) -> list[QAction]:
        def action(
            text: str, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], None]
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.triggered.connect(slot)
            return act

        actions = [
            action("Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: self.zoom_by(ZOOM_STEP)),
            action(
                "Zoom &Out", QKeySequence.StandardKey.ZoomOut, lambda: self.zoom_by(1 / ZOOM_STEP)
            ),
            action("&Fit Timeline", "Ctrl+0", self.fit_all),
        ]
        for n, level in enumerate(LEVELS, start=1):
            act = action(
                f"Zoom to {level.capitalize()}s",
                f"Alt+{n}",
                partial(self.zoom_to, level),
            )
            actions.append(act)
        return actions
