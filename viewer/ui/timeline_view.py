"""The dated timeline: a zoomable strip of labelled event cards and cluster chips in lanes,
laid out by core.strip_layout and painted by strip_painter, only for what is in view."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from viewer.core.importance import KEY_THRESHOLD, importance
from viewer.core.lanes import LaneKind, Lanes, assign_lanes, lanes_with_events, one_lane
from viewer.core.strip_layout import Card, Cluster, StripLayout, StripLayouter, View
from viewer.core.timeline import STATUSES, TimelineData
from viewer.ui.axis_corner import AxisCorner
from viewer.ui.card_paint import CardPictures
from viewer.ui.card_text import CardTexts, card_tooltip, source_counts
from viewer.ui.cluster_popup import OPEN_KEYS, ClusterModel, ClusterPopup, cluster_to_open
from viewer.ui.density_overview import DensityOverview
from viewer.ui.lane_scroll import lane_at_top, offset_of_lane
from viewer.ui.passing_marks import rail_chip
from viewer.ui.strip_painter import (
    StripScene,
    card_fonts,
    cluster_when,
    paint_timeline,
    strip_sizes,
)
from viewer.ui.timeline_axis import Frame, axis_height
from viewer.ui.timeline_nav import TimelineNavigation, zoom_actions
from viewer.ui.timeline_paint import Theme

OVERVIEW_H = 44
NAVIGATION_SPOKEN = (
    "Events as cards on a dated axis. Left and Right move between events; "
    "Enter lists the events of a cluster."
)


class TimelineView(TimelineNavigation):
    """Events on a dated axis; click, arrow keys and select() move the selection by event id."""

    event_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Timeline")
        self.setAccessibleDescription(NAVIGATION_SPOKEN)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.viewport().setMouseTracking(True)
        # The strip paints every pixel of the viewport: Qt need not clear it first.
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setViewportMargins(0, 0, 0, OVERVIEW_H)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._scrolled())
        self._mask: npt.NDArray[np.bool_] = np.zeros(0, np.bool_)
        self._score: npt.NDArray[np.float32] = np.zeros(0, np.float32)
        self._lanes: Lanes = one_lane(self._data)
        self._lane_kind = LaneKind.NONE
        self._key_only = False
        self._threshold = KEY_THRESHOLD
        self._layouter: StripLayouter | None = None
        self._layout: StripLayout | None = None
        self._sizes = strip_sizes(self.font())
        self._axis_h = axis_height(self.font())
        self._texts = CardTexts(card_fonts(self.font()))
        self._pictures = CardPictures(self._texts)
        self._chip_labels: dict[tuple[int, int, int], str] = {}
        self._lane_masks: dict[int, npt.NDArray[np.bool_]] = {}
        self._source_name: Callable[[str], str] = str
        self._detail: Callable[[str], str] = lambda _event_id: ""
        self._popup: ClusterPopup | None = None
        # Each chip as last drawn (wider than laid out where its label needed the room): what a
        # click on it hits, and where its list opens.
        self._chip_faces: dict[int, tuple[Cluster, QRectF]] = {}  # by id() of the cluster
        self._corner = AxisCorner(self)
        self._actions = zoom_actions(self)

    # --- public API ---------------------------------------------------------------

    def set_events(self, data: TimelineData, mask: npt.NDArray[np.bool_] | None = None) -> None:
        """Show data; rows where mask is False are not drawn. The selection is kept by id."""
        selected_id = self.selected_id()
        first_load = len(self._data) == 0
        self._data = data
        self._mask = np.ones(len(data), np.bool_) if mask is None else mask.astype(np.bool_)
        self._shown = np.flatnonzero(self._mask)
        self._score = importance(data)
        self._selected = data.index_of(selected_id) if selected_id else -1
        if self._selected >= 0 and not self._mask[self._selected]:
            self._selected = -1
        top_lane = lane_at_top(self._layouter, self._view(), self._v_offset())
        lanes, self._lanes = self._lanes, self._make_lanes()
        self._chip_labels.clear()
        self._overview.set_data(data, None if mask is None else self._mask)
        # A view not moved since it was fitted fits again: while a folder loads, the events
        # found later (a founding in 1898, a plan for 2058) come into view with the rest.
        if len(data) and (first_load or (self._fitted is not None and len(self._shown))):
            self.fit_all()
        self._relayout()
        if lanes.names != self._lanes.names and self._layouter is not None:
            # The lane at the top stays there (a scroll kept for other lanes hid the names and
            # rails of those left); gone, the strip shows its top; the selected card in view.
            offset = offset_of_lane(self._layouter, self._view(), top_lane)
            self.verticalScrollBar().setValue(offset)
            self._scroll_to_card(self._selected)
        self._describe_selection()

    def set_display(self, *, key_only: bool, threshold: float, lanes: LaneKind) -> None:
        """Key events only (those scoring at least threshold are cards) or all, and lanes."""
        self._key_only, self._threshold, self._lane_kind = key_only, threshold, lanes
        self._lanes = self._make_lanes()
        self._relayout()
        if 0 <= self._selected < len(self._data):
            self._scroll_to_card(self._selected)  # its lane may now be out of sight

    def display(self) -> tuple[bool, float, LaneKind]:
        return self._key_only, self._threshold, self._lane_kind

    def set_source_names(self, name: Callable[[str], str]) -> None:
        """How to name a source (by document id) in chips, lanes and tooltips."""
        self._source_name = name
        self._chip_labels.clear()
        self._lanes = self._make_lanes()
        self._relayout()

    def set_detail(self, detail: Callable[[str], str]) -> None:
        """The full sentence of an event (by id), for its tooltip."""
        self._detail = detail

    def select(self, event_id: str) -> None:
        """Highlight an event and scroll it into view, without emitting event_selected."""
        self._set_selected(self._data.index_of(event_id), emit=False)

    def selected_id(self) -> str:
        return self._data.ids[self._selected] if 0 <= self._selected < len(self._data) else ""

    def importance_scores(self) -> npt.NDArray[np.float32]:
        return self._score

    def shown(self) -> tuple[TimelineData, npt.NDArray[np.bool_]]:
        """The events and which of them the filters let through, for pictures of this view."""
        return self._data, self._mask

    def source_name(self, document_id: str) -> str:
        return self._source_name(document_id)

    def zoom_actions(self) -> list[QAction]:
        """Zoom in/out, fit and the four zoom levels, for the window's View menu."""
        return list(self._actions)

    def current_layout(self) -> StripLayout:
        """Where every card and chip is drawn now, in the viewport's pixels."""
        if self._layout is None:
            if self._layouter is None:
                self._layouter = self.layouter(self._lanes)
            self._layout = self._layouter.layout(self._view())
        return self._layout

    def layouter(self, lanes: Lanes | None = None) -> StripLayouter:
        """A layouter for these events as this view shows them (for pictures of it too)."""
        return StripLayouter(
            self._data,
            self._mask,
            self._score,
            lanes or self._lanes,
            self._sizes,
            threshold=self._threshold if self._key_only else None,
            pinned=self._selected,
        )

    def card_rows(self) -> list[int]:
        return [card.row for card in self.current_layout().cards]

    def marker_rect(self, index: int) -> QRect | None:
        """Where the card of row index is drawn in the viewport, or None when it is not."""
        card = self.current_layout().card_of(index)
        if card is None:
            return None
        return QRectF(card.x, card.y - self._v_offset(), card.w, card.h).toAlignedRect()

    def chip_rect(self, cluster: Cluster) -> QRect:
        """Where a cluster's chip is in the viewport, as last drawn."""
        face = self._face(cluster)
        return face.translated(0, -self._v_offset()).toAlignedRect()

    def _face(self, cluster: Cluster) -> QRectF:
        drawn = self._chip_faces.get(id(cluster))
        if drawn is not None and drawn[0] is cluster:
            return drawn[1]
        return QRectF(cluster.x, cluster.y, cluster.w, cluster.h)

    def set_corner_widget(self, widget: QWidget) -> None:
        """A widget kept in the top right corner of the strip, over the axis."""
        self._corner.set_widget(widget)

    def sizeHint(self) -> QSize:
        return QSize(900, 320)

    def overview(self) -> DensityOverview:
        return self._overview

    # --- geometry -----------------------------------------------------------------

    def _view(self) -> View:
        """The days and the lanes in sight: lanes scrolled out of it are not laid out."""
        vp = self.viewport()
        top = self._v_offset() + self._axis_h
        shown = (top, top + vp.height() - self._axis_h)
        return View(self._start, self._ppd, vp.width(), vp.height(), self._axis_h, shown)

    def _frame(self) -> Frame:
        vp = self.viewport()
        return Frame(self._start, self._ppd, vp.width(), vp.height())

    def _reach_px(self) -> float:
        return self._sizes.reach

    def _v_offset(self) -> int:
        return self.verticalScrollBar().value()

    def _make_lanes(self) -> Lanes:
        lanes = assign_lanes(self._data, self._lane_kind, self._source_name, shown=self._mask)
        return lanes_with_events(lanes, self._mask)

    def _relayout(self) -> None:
        self._layouter = None
        self._lane_masks.clear()  # the events, the filter or the lanes may have changed
        self._changed()

    def _scrolled(self) -> None:
        self._layout = None  # the same layouter: the blocks laid out at this zoom are reused
        self.viewport().update()

    def _changed(self) -> None:
        super()._changed()
        self._layout = None  # laid out when next painted: zoom steps between frames cost none
        if self._layouter is None:
            self._layouter = self.layouter(self._lanes)
        content = self._layouter.content_height(self._view())
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, round(content - self.viewport().height())))
        bar.setPageStep(max(1, self.viewport().height()))

    # --- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        theme = Theme.from_palette(self.palette())
        p = QPainter(self.viewport())
        self.paint_strip(p, theme, self.hasFocus())
        p.end()

    def paint_strip(self, p: QPainter, theme: Theme, focused: bool = False) -> None:
        """The whole strip as on screen, on any painter."""
        frame = self._frame()
        w, h = frame.width, frame.height
        scene = StripScene(
            self._data,
            self._mask,
            frame,
            theme,
            self.font(),
            self._selected,
            self._source_name,
            self._lanes.kind is not LaneKind.NONE,
            self._lanes.of_row,
            self._texts,
            self._pictures,
            self.devicePixelRatioF(),
            self._chip_labels,
            self._lane_masks,
            self._corner.covered_from(),
        )
        chips = paint_timeline(p, scene, self.current_layout(), self._v_offset())
        self._chip_faces = {id(cluster): (cluster, rect) for cluster, rect in chips}
        if not len(self._shown):
            p.setPen(theme.faint_text)
            message = "No events" if not len(self._data) else "No events match the filters"
            p.drawText(
                QRectF(0, self._axis_h, w, h - self._axis_h), Qt.AlignmentFlag.AlignCenter, message
            )
        if focused:
            p.setPen(QPen(theme.highlight, 1))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(QRectF(0.5, 0.5, w - 1, h - 1))

    # --- interaction --------------------------------------------------------------

    def _set_selected(self, row: int, *, emit: bool) -> None:
        if row < 0 or row >= len(self._data):
            return
        self._selected = row
        first, last = float(self._data.first[row]), float(self._data.last[row]) + 1
        span = self._span_days()
        margin = min(span * 0.1, self._sizes.reach / self._ppd)
        if first < self._start + margin or last > self._start + span - margin:
            # Centred on the middle of its days, where its card stands, even when they are
            # more than the view holds ("the mid-19th century" seen a week at a time).
            self._start = (first + last) / 2 - span / 2
            self._fitted = None
        self._relayout()
        self._scroll_to_card(row)
        self._describe_selection()
        if emit:
            self.event_selected.emit(self._data.ids[row])

    def _describe_selection(self) -> None:
        """What a screen reader says of the timeline: the selected event, with its review
        status, star and sources, which its card tells by colour and marks."""
        row, data = self._selected, self._data
        spoken = NAVIGATION_SPOKEN
        if 0 <= row < len(data):
            status = STATUSES[int(data.status[row])].value
            star = ", starred" if data.starred[row] else ""
            sources = source_counts(int(data.source_count[row]))
            spoken = (
                f"{data.titles[row]}, {data.date_of(row).label()}, {status}{star}, {sources}. "
                + self._cluster_spoken(row)
                + NAVIGATION_SPOKEN
            )
        if self.accessibleDescription() != spoken:
            self.setAccessibleDescription(spoken)  # told to assistive tools as it changes
            self.viewport().setAccessibleDescription(spoken)

    def _chip_for_keys(self, row: int) -> Cluster | None:
        passing = [c for c, _ in self._chip_faces.values() if c.segment < 0]
        return cluster_to_open(self.current_layout(), row, self.viewport().width() / 2, passing)

    def _cluster_spoken(self, row: int) -> str:
        """What the chip Enter would open holds, as its face says it."""
        cluster = self._chip_for_keys(row)
        return "" if cluster is None else f"Nearest cluster: {self._cluster_heading(cluster)}. "

    def _scroll_to_card(self, row: int) -> None:
        card = self.current_layout().card_of(row)
        if card is None and self._layouter is not None:  # its lane may be out of sight
            card = self._layouter.layout(replace(self._view(), shown=None)).card_of(row)
        if card is None or self._layouter is None:
            return
        bar = self.verticalScrollBar()
        top, bottom = card.y - self._axis_h - 20, card.y + card.h - self.viewport().height() + 4
        lane_top = self._layouter.bands(self._view())[card.lane].top - self._axis_h
        if bottom <= lane_top:  # the card with its lane's name and rail over it, when they fit
            bar.setValue(round(max(0.0, min(max(bar.value(), bottom), lane_top))))
            return
        if (
            card.y - bar.value() < self._axis_h + 20
            or card.y + card.h - bar.value() > self.viewport().height()
        ):
            bar.setValue(round(max(0.0, top if card.y - bar.value() < self._axis_h else bottom)))

    def _hit(self, pos: QPointF) -> Card | Cluster | None:
        x, y = pos.x(), pos.y() + self._v_offset()
        if pos.y() < self._axis_h:
            return None
        layout = self.current_layout()
        for card in layout.cards:
            if card.x <= x <= card.x + card.w and card.y <= y <= card.y + card.h:
                return card
        passing = (c for c, _ in self._chip_faces.values() if c.segment < 0)  # see passing_face
        for cluster in [*layout.clusters, *passing]:
            if self._face(cluster).contains(QPointF(x, y)):
                return cluster
        rails = (self._lanes.of_row, layout.lanes, self._sizes.rail_h)
        return rail_chip(self._data, self._mask, rails, self._frame(), (pos.x(), y))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._hit(event.position())
        if isinstance(hit, Card):
            self._set_selected(hit.row, emit=True)
        elif isinstance(hit, Cluster):
            self.open_cluster(hit)
        elif event.position().y() > self._axis_h and self.current_layout().dense:
            self._zoom_around(self._ppd * 4, event.position().x())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if isinstance(hit, Cluster):
            self.zoom_to_cluster(hit)
        else:
            super().mouseDoubleClickEvent(event)

    def open_cluster(self, cluster: Cluster) -> ClusterPopup:
        """List a cluster's events where its chip is, most important first."""
        rows = cluster.rows[np.lexsort((cluster.rows, -self._score[cluster.rows]))]
        popup = ClusterPopup(self, self._cluster_heading(cluster), ClusterModel(self._data, rows))
        popup.row_chosen.connect(lambda row: self._set_selected(row, emit=True))
        popup.zoom_requested.connect(lambda: self.zoom_to_cluster(cluster))
        if cluster.segment < 0:  # events passing through the view (see passing_marks)
            popup.zooms_out()
        rect = self.chip_rect(cluster)
        popup.show_at(self.viewport().mapToGlobal(rect.bottomLeft()))
        self._popup = popup
        return popup

    def zoom_to_cluster(self, cluster: Cluster) -> None:
        """Zoom in on a cluster's days so that it opens into cards; for events passing through
        the view (see passing_marks), out to all their days, where their cards are."""
        first = int(self._data.first[cluster.rows].min())
        last = int(self._data.last[cluster.rows].max())
        if cluster.segment < 0:
            return self.fit_days(first, last + 1)
        days = max(1.0, last + 1 - first)
        width = max(1.0, self.viewport().width() - 2 * self._sizes.reach)
        self._fitted = None
        self._ppd = self._clamp_ppd(max(self._ppd * 2, width / days))
        self._start = (first + last + 1) / 2 - self._span_days() / 2
        self._changed()

    def _cluster_heading(self, cluster: Cluster) -> str:
        n = len(cluster.rows)
        return f"{n:,} {'event' if n == 1 else 'events'} · {cluster_when(cluster)}"

    def open_cluster_by_key(self) -> ClusterPopup | None:
        """Enter or Space: list the cluster nearest the selected event, else the middle."""
        cluster = self._chip_for_keys(self._selected)
        return None if cluster is None else self.open_cluster(cluster)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and self.open_cluster_by_key() is not None:
            return
        if not self.navigate_key(event):
            super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.navigate_wheel(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(hit), self.viewport())
            return True
        return super().viewportEvent(event)

    def _tooltip(self, hit: Card | Cluster) -> str:
        if isinstance(hit, Cluster):
            text = html.escape(self._cluster_heading(hit))
            zoom = "see all their days" if hit.segment < 0 else "zoom in"
            return f"<qt>{text}<br>Click or Enter to list them, double-click to {zoom}</qt>"
        sentence = self._detail(self._data.ids[hit.row])
        return card_tooltip(self._data, hit.row, self._source_name, sentence)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        vp = self.viewport().geometry()
        self._overview.setGeometry(vp.left(), vp.bottom() + 1, vp.width(), OVERVIEW_H)
        self._corner.place()
        if event.size().width() != event.oldSize().width():
            self.refit()
        else:
            self._changed()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._sizes = strip_sizes(self.font())
            self._axis_h = axis_height(self.font())
            self._corner.place()
            self._texts = CardTexts(card_fonts(self.font()))
            self._pictures = CardPictures(self._texts)
            self._relayout()
