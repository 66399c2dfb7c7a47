"""Moving about the timeline: zoom, scroll, fit, jump, and stepping from event to event with
the keyboard. The base of TimelineView, which draws and lays out what this shows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from viewer.core.strip_layout import days_in_view, fit_window
from viewer.core.timeline import TimelineData
from viewer.ui.density_overview import DensityOverview

LEVELS: dict[str, float] = {"day": 120.0, "week": 24.0, "month": 5.0, "year": 0.6}  # px per day
MIN_PPD, MAX_PPD = 0.005, 960.0
ZOOM_STEP = 1.25


class TimelineNavigation(QAbstractScrollArea):
    """Which days are in view (from _start at _ppd pixels a day) and how the user moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = TimelineData.empty()
        self._shown: npt.NDArray[np.int64] = np.zeros(0, np.int64)  # rows passing the filter
        self._selected = -1
        self._ppd = LEVELS["month"]
        self._start = float(date.today().toordinal())
        self._syncing = False
        self._fitted: tuple[float, float] | None = None  # the days a fit showed, until moved
        self._overview = DensityOverview(self)
        self._overview.jump_requested.connect(self.center_on)
        self.horizontalScrollBar().valueChanged.connect(self._on_scrolled)

    # --- what the subclass provides

    def _set_selected(self, row: int, *, emit: bool) -> None:
        raise NotImplementedError

    def _relayout(self) -> None:
        """More than the days in view changed (the events, the selection, the display): lay
        out again and repaint. A zoom alone calls _changed()."""
        self._changed()

    def _reach_px(self) -> float:
        """How far past its first and last date the strip's cards reach, in pixels."""
        return 0.0

    def marker_rect(self, index: int) -> QRect | None:
        """Where the card of row index is drawn in the viewport, or None when it is not."""
        del index
        return None

    # --- public API

    def visible_range(self) -> tuple[date, date]:
        """The first and last calendar day at least partly in view."""
        first, last = days_in_view(self._start, self._start + self._span_days())
        return date.fromordinal(first), date.fromordinal(last)

    def zoom_to(self, level: str) -> None:
        """Zoom to a named level ("day", "week", "month", "year"), keeping the selected event
        where it is if it is in view, else the centre."""
        self._zoom_around(LEVELS[level], self._zoom_anchor())
        self._selected_card_whole()

    def zoom_by(self, factor: float, anchor_x: float | None = None) -> None:
        """Zoom continuously; the day under anchor_x (default: the selected event's if it is
        in view, else the centre) stays put."""
        x = self._zoom_anchor() if anchor_x is None else anchor_x
        self._zoom_around(self._ppd * factor, x)
        if anchor_x is None:
            self._selected_card_whole()

    def _selected_card_whole(self) -> None:
        """After a zoom from the keyboard or the menu, the selected event's card whole in
        view: its day held still, the card drawn about it was cut at the view's edge
        ("emical spill close…" zoomed in on 2 Sep)."""
        card = self.marker_rect(self._selected) if self._selected >= 0 else None
        width = self.viewport().width()
        if card is None or card.width() >= width:
            return
        shift = card.left() if card.left() < 0 else max(0, card.right() + 1 - width)
        if shift:
            self._start += shift / self._ppd
            self._changed()

    def _zoom_anchor(self) -> float:
        """Where a zoom from the keyboard or the menu holds still: the selected event's day
        when it is in view, so that zooming in on it never leaves it behind; else the centre."""
        width = self.viewport().width()
        if 0 <= self._selected < len(self._data.first):
            first = float(self._data.first[self._selected])
            x = self.x_of((first + float(self._data.last[self._selected]) + 1) / 2)
            if 0 <= x <= width:
                return x
        return width / 2

    def fit_all(self) -> None:
        """Zoom and scroll so every event shown (all that the filters let through) is in view,
        with room for the cards of the outermost ones."""
        first, last = self._data.span()
        if len(self._shown):
            first = int(self._data.first[self._shown[0]])
            last = int(self._data.last[self._shown].max())
        self.fit_days(first, last + 1)
        self._fitted = (first, last + 1)

    def fit_to_filter(self) -> None:
        """The filters changed: a fitted view (not moved since) fits what they let through; a
        view the user moved stays where it is, unless none of what they let through is in it."""
        if not len(self._shown):
            return  # nothing to show: the view stays where the user can find it again
        if self._fitted is None:
            end = self._start + self._span_days()
            first, last = self._data.first[self._shown], self._data.last[self._shown]
            if np.any((first < end) & (last + 1 > self._start)):
                return
        self.fit_all()

    def refit(self) -> None:
        """The view got wider or narrower: a fitted view shows the same days across the new
        width (the whole range stays the whole range); a view the user moved keeps its zoom."""
        if self._fitted is not None:
            fitted = self._fitted
            self.fit_days(*fitted)
            self._fitted = fitted
        else:
            self._changed()

    def fit_days(self, first: float, end: float) -> None:
        """Zoom and scroll so the days from first to end (exclusive) fill the view, with room
        for the cards of the outermost days, which reach past them by half a card."""
        start, ppd = fit_window(first, end, self.viewport().width(), self._reach_px())
        self._fitted = None
        self._ppd = self._clamp_ppd(ppd)
        self._start = start if self._ppd == ppd else (first + end) / 2 - self._span_days() / 2
        self._changed()

    def center_on(self, day: float) -> None:
        self._fitted = None
        self._start = day - self._span_days() / 2
        self._changed()

    def pixels_per_day(self) -> float:
        return self._ppd

    def first_visible_day(self) -> float:
        return self._start

    def show_window(self, first_day: float, pixels_per_day: float) -> None:
        """Show from first_day at this zoom, as another view of the same events does."""
        self._fitted = None
        self._ppd = self._clamp_ppd(pixels_per_day)
        self._start = first_day
        self._changed()

    # --- geometry

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
        self._fitted = None
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
        self.viewport().update()

    def _on_scrolled(self, value: int) -> None:
        if self._syncing:
            return
        self._fitted = None
        self._start = self._scroll_extent()[0] + value / self._ppd
        self._overview.set_window(self._start, self._start + self._span_days())
        self._scrolled()

    def _scrolled(self) -> None:
        """The view moved along time at the same zoom: what is drawn follows."""
        self.viewport().update()

    # --- keys and wheel

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

    def navigate_key(self, event: QKeyEvent) -> bool:
        """Handle a navigation key; False when the key is not one."""
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
            return False
        return True

    def navigate_wheel(self, event: QWheelEvent) -> None:
        """Ctrl+wheel zooms; Alt+wheel scrolls the lanes; the wheel alone scrolls along time."""
        delta = event.angleDelta()
        modifiers = event.modifiers()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(ZOOM_STEP ** (delta.y() / 120), event.position().x())
        elif modifiers & Qt.KeyboardModifier.AltModifier:
            bar = self.verticalScrollBar()
            amount = delta.y() or delta.x()
            bar.setValue(bar.value() - round(amount / 120 * 48))
        else:
            amount = delta.x() or delta.y()
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - round(amount / 120 * bar.singleStep() * 3))
        event.accept()


def zoom_actions(view: TimelineNavigation) -> list[QAction]:
    """Zoom in/out, fit and the four zoom levels, for the window's View menu."""

    def action(
        text: str, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], None]
    ) -> QAction:
        act = QAction(text, view)
        act.setShortcut(QKeySequence(keys))
        act.triggered.connect(slot)
        return act

    actions = [
        action("Zoom &In", QKeySequence.StandardKey.ZoomIn, lambda: view.zoom_by(ZOOM_STEP)),
        action("Zoom &Out", QKeySequence.StandardKey.ZoomOut, lambda: view.zoom_by(1 / ZOOM_STEP)),
        action("&Fit Timeline", "Ctrl+0", view.fit_all),
    ]
    for n, level in enumerate(LEVELS, start=1):
        actions.append(
            action(f"Zoom to {level.capitalize()}s", f"Alt+{n}", partial(view.zoom_to, level))
        )
    return actions
