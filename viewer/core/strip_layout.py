"""The strip's layout: where each event's card, each cluster chip and each lane goes for a
range of days and a size. One layout for the window and for pictures (PNG, SVG).

Every event in view is either a card (its title, date, sources) or in exactly one cluster
chip. Where cards do not all fit, the most important are cards (see importance) and the rest
are clustered by day, week, month or year. Layout works in blocks of the strip fixed to the
calendar at each zoom, cut where events leave a gap, so scrolling never moves a card: a
block is laid out from its own events only, once per zoom, filter and size.

In a block each lane's events are cut into stretches where they leave room between them.
A stretch takes room on both sides in proportion to how many events it has; its cards are
dealt to rows and spread along each row as near their dates as the others allow, with a line
from each to its date on the rail; its clusters go in the chip row under the rail.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from viewer.core.lanes import Lanes, one_lane
from viewer.core.passing_spans import passing_rows
from viewer.core.strip_index import middle_index
from viewer.core.strip_packing import (
    Card,
    Cluster,
    LaneGeometry,
    choose_cards,
    place_cards,
    place_clusters,
)
from viewer.core.strip_stretches import stretches
from viewer.core.timeline import TimelineData

__all__ = [
    "Card",
    "Cluster",
    "LaneBand",
    "StripLayout",
    "StripLayouter",
    "StripSizes",
    "View",
    "fit_window",
    "shown_span",
]

BLOCK_PX = 4096.0  # the strip is laid out in blocks this wide, fixed to the calendar
BLOCK_SLACK = 1024.0  # a block's edge moves this far to fall in a gap between events
_SCORE_STEPS = 65535  # importance is compared in steps this fine, then by row

_BlockRows = tuple[npt.NDArray[np.int64], npt.NDArray[np.int32], float, float]


@dataclass(frozen=True)
class StripSizes:
    """Sizes in pixels, from the fonts the strip is drawn with."""

    card_w: float = 224.0
    card_h: float = 50.0
    compact_h: float = 36.0
    mini_h: float = 21.0
    chip_w: float = 196.0
    chip_h: float = 22.0
    gap: float = 8.0
    row_gap: float = 4.0
    rail_h: float = 16.0
    lane_gap: float = 8.0

    @property
    def reach(self) -> float:
        """How far a stretch's room goes past its outermost dates: half a card and a gap."""
        return self.card_w / 2 + self.gap

    @property
    def min_lane_h(self) -> float:
        """A lane always has room for its rail, its chip row and one row of full cards."""
        return self.rail_h + self.chip_h + 2 * self.row_gap + self.card_h + self.lane_gap


@dataclass(frozen=True)
class View:
    """What is laid out: days from first_day at pixels_per_day, in a width and height of
    which the top pixels are the axis; of the lanes, those that reach into the band of the
    strip scrolled into sight (from, to: pixels from the top of the strip), or all."""

    first_day: float
    pixels_per_day: float
    width: float
    height: float
    top: float = 0.0
    shown: tuple[float, float] | None = None


@dataclass(frozen=True)
class LaneBand:
    """One lane: its name and its band of the strip."""

    index: int
    name: str
    top: float
    height: float
    rail_y: float
    rows: tuple[int, ...]  # rows of cards of each style (FULL, COMPACT, MINI) it has room for


@dataclass
class StripLayout:
    """Cards, cluster chips and lanes for one view, in the view's pixels."""

    cards: list[Card]
    clusters: list[Cluster]
    lanes: list[LaneBand]
    content_height: float
    visible: npt.NDArray[np.int64]  # rows in view (a card's middle or a bar's days), per lane
    dense: frozenset[int] = field(default_factory=frozenset)  # lanes too full for all cards

    def card_of(self, row: int) -> Card | None:
        return next((c for c in self.cards if c.row == row), None)

    def cluster_of(self, row: int) -> Cluster | None:
        return next((c for c in self.clusters if bool((c.rows == row).any())), None)


class StripLayouter:
    """Lays out one set of events (with a filter, an importance score and lanes) for views;
    blocks already laid out at a zoom and size are reused while the view scrolls."""

    def __init__(
        self,
        data: TimelineData,
        mask: npt.NDArray[np.bool_] | None = None,
        score: npt.NDArray[np.float32] | None = None,
        lanes: Lanes | None = None,
        sizes: StripSizes | None = None,
        *,
        threshold: float | None = None,
        pinned: int = -1,
    ) -> None:
        n = len(data)
        self.data = data
        self.mask = np.ones(n, np.bool_) if mask is None else mask.astype(np.bool_)
        self.score = np.full(n, 0.5, np.float32) if score is None else score
        self.lanes = lanes or one_lane(data)
        self.sizes = sizes or StripSizes()
        # Smaller keys first: quantised importance, then row, so the order is total and fixed.
        quantised = np.rint((1.0 - self.score.astype(np.float64)) * _SCORE_STEPS).astype(np.int64)
        self.keys = (quantised << 32) | np.arange(n, dtype=np.int64)
        # Where cards go in their stretch: by these, so selecting a card moves none.
        self.place_keys = self.keys.copy()
        self.eligible = np.ones(n, np.bool_) if threshold is None else self.score >= threshold
        if 0 <= pinned < n:
            self.keys[pinned] = -1  # the selected event is always a card
            self.eligible[pinned] = True
        self._twice_middle = data.first.astype(np.int64) + data.last.astype(np.int64) + 1
        self._index = middle_index(data)
        self._extent = shown_span(data, self.mask)
        self._cache_key: tuple[float, ...] = ()
        self._max_cols = 1
        self._block_rows: dict[int, _BlockRows] = {}
        self._blocks: dict[tuple[int, int], tuple[list[Card], list[Cluster]]] = {}
        self._edges: dict[int, float] = {}

    def layout(self, view: View) -> StripLayout:
        """Where everything goes for this view."""
        bands = self.bands(view)
        key = (view.pixels_per_day, bands[0].height if bands else 0.0, view.top, view.width)
        if key != self._cache_key:
            self._cache_key, self._blocks, self._edges, self._block_rows = key, {}, {}, {}
        # No stretch gets more columns than the view shows at once.
        self._max_cols = max(
            1, int((view.width + self.sizes.gap) // (self.sizes.card_w + self.sizes.gap))
        )
        ppd = view.pixels_per_day
        origin = view.first_day * ppd
        cards: list[Card] = []
        clusters: list[Cluster] = []
        lo_k = math.floor((origin - BLOCK_SLACK) / BLOCK_PX)
        hi_k = math.floor((origin + view.width + BLOCK_SLACK) / BLOCK_PX)
        for k in range(lo_k, hi_k + 1):
            left, right = self._edge(k, ppd), self._edge(k + 1, ppd)
            if right <= origin or left >= origin + view.width:
                continue
            for band in bands:
                if view.shown is None or (
                    band.top < view.shown[1] and band.top + band.height > view.shown[0]
                ):
                    lane_cards, lane_clusters = self._block(band, k, ppd)
                    cards.extend(_shifted_card(c, origin) for c in lane_cards)
                    clusters.extend(_shifted_cluster(c, origin) for c in lane_clusters)
        middles = self._visible(view)
        dense = frozenset(
            b.index
            for b in bands
            if middles[b.index] > 3 * b.rows[-1] * view.width / self.sizes.card_w
        )
        visible = middles + self._passing(view)
        return StripLayout(cards, clusters, bands, self.content_height(view), visible, dense)

    def content_height(self, view: View) -> float:
        """How tall the strip is with all its lanes (taller than the view when they scroll),
        known without laying anything out."""
        return max(view.height, view.top + len(self.lanes) * self.sizes.min_lane_h)

    def bands(self, view: View) -> list[LaneBand]:
        """The lanes' bands, sharing the height below the axis (scrolling when too many)."""
        s = self.sizes
        count = len(self.lanes)
        lane_h = max(s.min_lane_h, (view.height - view.top) / max(1, count))
        inner = lane_h - s.rail_h - s.chip_h - 2 * s.row_gap - s.lane_gap
        rows = tuple(
            max(1, int((inner + s.row_gap) // (h + s.row_gap)))
            for h in (s.card_h, s.compact_h, s.mini_h)
        )
        return [
            LaneBand(
                i, name, view.top + i * lane_h, lane_h, view.top + i * lane_h + s.rail_h / 2, rows
            )
            for i, name in enumerate(self.lanes.names)
        ]

    # --- blocks ---------------------------------------------------------------------------

    def _rows_between(self, lo_px: float, hi_px: float, ppd: float) -> npt.NDArray[np.int64]:
        """Rows shown whose middle falls in [lo_px, hi_px), by their middles."""
        rows = self._index.rows_between(2 * lo_px / ppd, 2 * hi_px / ppd)
        return rows[self.mask[rows]]

    def _edge(self, k: int, ppd: float) -> float:
        """Where block k starts: near k * BLOCK_PX, in the widest gap between events there."""
        cached = self._edges.get(k)
        if cached is not None:
            return cached
        nominal = k * BLOCK_PX
        rows = self._rows_between(nominal - BLOCK_SLACK, nominal + BLOCK_SLACK, ppd)
        edge = nominal
        if len(rows):
            xs = np.concatenate(
                (
                    [nominal - BLOCK_SLACK],
                    self._twice_middle[rows] * (ppd / 2),
                    [nominal + BLOCK_SLACK],
                )
            )
            widest = int(np.argmax(np.diff(xs)))
            edge = float(xs[widest] + xs[widest + 1]) / 2
        self._edges[k] = edge
        return edge

    def _block(self, band: LaneBand, k: int, ppd: float) -> tuple[list[Card], list[Cluster]]:
        """One lane's cards and clusters in block k, laid out once per zoom and size: lanes
        are laid out each on its own, when they are first scrolled into sight."""
        cached = self._blocks.get((k, band.index))
        if cached is not None:
            return cached
        rows, lane_of, lo, hi = self._rows_of_block(k, ppd)
        if len(self.lanes) > 1:
            rows = rows[lane_of == band.index]
        cards: list[Card] = []
        clusters: list[Cluster] = []
        if len(rows):
            self._pack_block(rows, lo, hi, band, k, ppd, cards, clusters)
        self._blocks[(k, band.index)] = (cards, clusters)
        return cards, clusters

    def _rows_of_block(self, k: int, ppd: float) -> _BlockRows:
        """The rows shown in block k, their lanes, and the room its cards have (left and
        right): found once for all the lanes of the block."""
        cached = self._block_rows.get(k)
        if cached is not None:
            return cached
        lo, hi = self._edge(k, ppd), self._edge(k + 1, ppd)
        rows = self._rows_between(lo, hi, ppd)
        # Cards stay within the days of the events shown, give or take half a card.
        first, last = self._extent
        lo = max(lo, first * ppd - self.sizes.reach)
        hi = min(hi, (last + 1) * ppd + self.sizes.reach)
        found = self._block_rows[k] = (rows, self.lanes.of_row[rows], lo, hi)
        return found

    def _pack_block(
        self,
        rows: npt.NDArray[np.int64],
        lo: float,
        hi: float,
        band: LaneBand,
        k: int,
        ppd: float,
        cards: list[Card],
        clusters: list[Cluster],
    ) -> None:
        s = self.sizes
        geo = self._geometry(band)
        twice = self._twice_middle[rows]
        anchors = (twice * (ppd / 2)).astype(np.float64)
        days = twice // 2
        bounds = (self.data.first[rows].astype(np.int64), self.data.last[rows].astype(np.int64))
        keys, place_keys = self.keys[rows], self.place_keys[rows]
        eligible = self.eligible[rows]
        starts, ends, lefts, rights = stretches(
            anchors, eligible, (lo, hi), band.rows, s, self._max_cols, ppd
        )
        for i, (a, b) in enumerate(zip(starts.tolist(), ends.tolist(), strict=True)):
            segment = (k << 20) | i
            cols = max(1, int((rights[i] - lefts[i] + s.gap) // (s.card_w + s.gap)))
            chosen, style = choose_cards(
                keys[a:b], eligible[a:b], tuple(cols * r for r in band.rows)
            )
            room = (float(lefts[i]), float(rights[i]))
            cards.extend(
                place_cards(
                    chosen,
                    place_keys[a:b],
                    anchors[a:b],
                    rows[a:b],
                    style,
                    *room,
                    geo,
                    band.index,
                    segment,
                )
            )
            rest = np.ones(b - a, np.bool_)
            rest[chosen] = False
            clusters.extend(
                place_clusters(
                    np.flatnonzero(rest),
                    days[a:b],
                    rows[a:b],
                    (bounds[0][a:b], bounds[1][a:b]),
                    ppd,
                    room,
                    geo,
                    band.index,
                    segment,
                )
            )

    def _geometry(self, band: LaneBand) -> LaneGeometry:
        s = self.sizes
        return LaneGeometry(
            s.card_w,
            (s.card_h, s.compact_h, s.mini_h),
            s.chip_w,
            s.chip_h,
            s.gap,
            s.row_gap,
            chip_y=band.top + s.rail_h,
            rows_top=band.top + s.rail_h + s.chip_h + 2 * s.row_gap,
            rows=band.rows,
        )

    def _visible(self, view: View) -> npt.NDArray[np.int64]:
        """How many events shown in each lane have their middle in view."""
        end = view.first_day + view.width / view.pixels_per_day
        rows = self._index.rows_between(2 * view.first_day, 2 * end)
        rows = rows[self.mask[rows]]
        return np.bincount(self.lanes.of_row[rows], minlength=len(self.lanes)).astype(np.int64)

    def _passing(self, view: View) -> npt.NDArray[np.int64]:
        """How many events shown in each lane cross the view with their middle out of it
        (their bars on the rail): a lane showing only such a bar read "No tag (0)"."""
        end = view.first_day + view.width / view.pixels_per_day
        rows = passing_rows(self.data, self.mask, view.first_day, end)
        return np.bincount(self.lanes.of_row[rows], minlength=len(self.lanes)).astype(np.int64)


def fit_window(first: float, end: float, width: float, reach: float) -> tuple[float, float]:
    """The first day and pixels per day that show days first to end (exclusive) in width
    pixels, with room for the cards of the outermost days, which reach past them."""
    days = max(1.0, end - first)
    margin = reach + 4
    ppd = max(width * 0.25, width - 2 * margin) / days
    return first - margin / ppd, ppd


def days_in_view(first_day: float, end_day: float) -> tuple[int, int]:
    """The first and last calendar day (ordinals) at least partly in a view from `first_day`
    to `end_day` (exclusive): the window's range and a picture's say the same days."""
    first = max(1, math.floor(first_day))
    return first, max(first, math.ceil(end_day) - 1)


def shown_span(data: TimelineData, mask: npt.NDArray[np.bool_]) -> tuple[int, int]:
    """First and last day of the events a mask lets through (all of them when none is)."""
    shown = np.flatnonzero(mask)
    if not len(shown):
        return data.span()
    return int(data.first[shown[0]]), int(data.last[shown].max())


def _shifted_card(c: Card, origin: float) -> Card:
    return Card(c.row, c.lane, c.x - origin, c.y, c.w, c.h, c.anchor - origin, c.style, c.segment)


def _shifted_cluster(c: Cluster, origin: float) -> Cluster:
    return Cluster(
        c.rows,
        c.lane,
        c.x - origin,
        c.y,
        c.w,
        c.h,
        c.x0 - origin,
        c.x1 - origin,
        c.unit,
        c.first_day,
        c.last_day,
        c.segment,
    )
