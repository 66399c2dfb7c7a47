"""Packing one stretch of the strip: which events are cards, which share a cluster, and where
each card and cluster chip goes. Pure arithmetic over numpy arrays (see strip_layout)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

_EPOCH = date(1970, 1, 1).toordinal()
# Calendar units a cluster can stand for, finest first, with their rough length in days.
UNITS: tuple[tuple[str, float], ...] = (
    ("day", 1.0),
    ("week", 7.0),
    ("month", 30.44),
    ("year", 365.25),
)


FULL, COMPACT, MINI = 0, 1, 2  # card styles: title and a line of details; two lines; one
OVERFLOW = COMPACT  # the style of the cards of a stretch whose other events are clustered


@dataclass(slots=True)  # not frozen: made by the hundred on every zoom, and never changed
class Card:
    """One event drawn as a card: its row in the columns and the rectangle it is drawn in."""

    row: int
    lane: int
    x: float
    y: float
    w: float
    h: float
    anchor: float  # x of the event's middle on the rail
    style: int  # FULL, COMPACT or MINI
    segment: int  # the stretch it was packed in: cards beat clusters of the same stretch


@dataclass(slots=True)
class Cluster:
    """Events drawn together as one chip ("24 events · 9 Mar"): rows, and where it goes."""

    rows: IntArray
    lane: int
    x: float
    y: float
    w: float
    h: float
    x0: float  # where its events start and end on the rail
    x1: float
    unit: str  # "day", "week", "month", "year" or "span": what its label names
    first_day: int  # the calendar span its label names (ordinals, inclusive)
    last_day: int
    segment: int


@dataclass(frozen=True, slots=True)
class LaneGeometry:
    """Sizes for packing one lane: cards of each style, chips, and the rows they go in."""

    card_w: float
    heights: tuple[float, ...]  # a card's height in each style
    chip_w: float
    chip_h: float
    gap: float
    row_gap: float
    chip_y: float
    rows_top: float
    rows: tuple[int, ...]  # how many rows of cards of each style the lane has


def spread(desired: list[float], width: float, gap: float, lo: float, hi: float) -> list[float]:
    """Left edges of boxes of one width in order, each as near its desired place as the others
    allow, none overlapping, all within [lo, hi]."""
    return spread_boxes(desired, [width] * len(desired), gap, lo, hi)


def spread_boxes(
    desired: list[float], widths: list[float], gap: float, lo: float, hi: float
) -> list[float]:
    """Left edges of boxes in order, each as near its desired place as the others allow, none
    overlapping, all within [lo, hi]: least squares under order (pool adjacent violators)."""
    if len(desired) <= 1:  # most rows and stretches: nothing to push apart
        return [min(max(d, lo), max(lo, hi - w)) for d, w in zip(desired, widths, strict=True)]
    offsets = [0.0]
    for w in widths[:-1]:
        offsets.append(offsets[-1] + w + gap)
    sums: list[float] = []
    counts: list[int] = []
    for d, offset in zip(desired, offsets, strict=True):
        total, count = d - offset, 1
        while sums and sums[-1] * count > total * counts[-1]:
            total += sums.pop()
            count += counts.pop()
        sums.append(total)
        counts.append(count)
    upper = max(lo, hi - widths[-1] - offsets[-1])
    flat: list[float] = []
    for total, count in zip(sums, counts, strict=True):
        flat.extend([min(max(total / count, lo), upper)] * count)
    return [y + offset for y, offset in zip(flat, offsets, strict=True)]


def apportion(total: int, weights: list[float]) -> list[int]:
    """Whole columns for each stretch in proportion to weights, at least one each, summing to
    total (largest remainders); there are never more stretches than columns."""
    count = len(weights)
    whole = sum(weights)
    shares = [total * w / whole if whole > 0 else total / count for w in weights]
    cols = [max(1, int(share)) for share in shares]
    while sum(cols) > total:
        biggest = max(range(count), key=lambda i: (cols[i] - shares[i], cols[i]))
        cols[biggest] -= 1
    for i in sorted(range(count), key=lambda i: cols[i] - shares[i]):
        if sum(cols) >= total:
            break
        cols[i] += 1
    return cols


def roomiest(needs: list[int], columns: int) -> tuple[int, int]:
    """The roomiest card style whose need fits in columns, and the columns it takes; the
    overflow style in all the columns when none does."""
    for style, need in enumerate(needs):
        if need <= columns:
            return style, need
    return OVERFLOW, columns


def unit_keys(days: IntArray, unit: str) -> IntArray:
    """The calendar unit each day ordinal falls in, as comparable integers."""
    if unit == "day":
        return days
    if unit == "week":
        return (days - 1) // 7  # ordinal 1, 1 January of year 1, was a Monday
    step = "datetime64[M]" if unit == "month" else "datetime64[Y]"
    lo = int(days.min()) if len(days) else 0
    span = int(days.max()) - lo + 1 if len(days) else 0
    if len(days) > span:  # many events, fewer days: convert each day once, then look up
        every = (np.arange(lo, lo + span, dtype=np.int64) - _EPOCH).astype("datetime64[D]")
        return every.astype(step).astype(np.int64)[days - lo]
    return (days - _EPOCH).astype("datetime64[D]").astype(step).astype(np.int64)


def unit_span(day: int, unit: str) -> tuple[int, int]:
    """First and last day of the unit a day is in."""
    if unit == "day":
        return day, day
    if unit == "week":
        monday = day - (day - 1) % 7
        return monday, monday + 6
    d = date.fromordinal(day)
    if unit == "month":
        nxt = date(d.year + d.month // 12, d.month % 12 + 1, 1)
        return d.replace(day=1).toordinal(), nxt.toordinal() - 1
    return date(d.year, 1, 1).toordinal(), date(d.year, 12, 31).toordinal()


def group_runs(days: IntArray, limit: int) -> tuple[str, list[tuple[int, int]]]:
    """Split non-decreasing days into at most limit runs by the finest calendar unit that
    allows it (a day, a week, a month, a year), else into limit runs of about equal size."""
    n = len(days)
    if n == 0:
        return "day", []
    span = int(days[-1] - days[0])
    new_day: IntArray | None = None
    for unit, length in UNITS:
        if span / length > 4 * limit + 4:
            continue  # far too many units: not worth counting
        if new_day is None:
            # A unit changes only where the day does: look at each distinct day once.
            new_day = np.flatnonzero(np.diff(days)) + 1
            distinct = days[np.concatenate(([0], new_day))]
        cuts = new_day[np.flatnonzero(np.diff(unit_keys(distinct, unit)))]
        if len(cuts) < limit:
            return unit, list(itertools.pairwise([0, *cuts.tolist(), n]))
    edges = sorted(set(np.linspace(0, n, max(1, limit) + 1).round().astype(int).tolist()))
    return "span", list(itertools.pairwise(edges))


def choose_cards(
    keys: IntArray, eligible: BoolArray, caps: tuple[int, ...]
) -> tuple[IntArray, int]:
    """Which events of a stretch are cards (positions, in order) and in which style: all that
    may be, in the roomiest style they fit in, else the most important (smallest keys) that
    fit in the OVERFLOW style."""
    allowed = np.flatnonzero(eligible)
    for style, cap in enumerate(caps):
        if len(allowed) <= cap:
            return allowed, style
    cap = caps[OVERFLOW]
    if cap <= 0:
        return np.zeros(0, np.int64), OVERFLOW
    best = np.argpartition(keys[allowed], cap - 1)[:cap]
    return np.sort(allowed[best]), OVERFLOW


def place_cards(
    chosen: IntArray,
    order_keys: IntArray,
    anchors: npt.NDArray[np.float64],
    rows: IntArray,
    style: int,
    lo: float,
    hi: float,
    geo: LaneGeometry,
    lane: int,
    segment: int,
) -> list[Card]:
    """Cards for the chosen events: in date order (then importance) dealt to the rows in turn,
    most important at the top of each column, and spread along each row near their dates."""
    if not len(chosen):
        return []
    order = chosen[np.lexsort((order_keys[chosen], anchors[chosen]))]
    rows_n = geo.rows[style]
    height = geo.heights[style]
    width = min(geo.card_w, hi - lo)
    cards: list[Card] = []
    for r in range(min(rows_n, len(order))):
        picks = order[r::rows_n]
        centres = anchors[picks].tolist()
        lefts = spread([c - width / 2 for c in centres], width, geo.gap, lo, hi)
        y = geo.rows_top + r * (height + geo.row_gap)
        for row, x, centre in zip(rows[picks].tolist(), lefts, centres, strict=True):
            cards.append(Card(row, lane, x, y, width, height, centre, style, segment))
    return cards


def place_clusters(
    rest: IntArray,
    days: IntArray,
    rows: IntArray,
    bounds: tuple[IntArray, IntArray],
    ppd: float,
    room: tuple[float, float],
    geo: LaneGeometry,
    lane: int,
    segment: int,
) -> list[Cluster]:
    """Chips for the events that are not cards, grouped by calendar unit so there are no more
    chips than fit, each near the days its events are on (bounds: each event's first and
    last day; days: its middle, by which the events are in order)."""
    if not len(rest):
        return []
    lo, hi = room
    width = min(geo.chip_w, hi - lo)
    limit = max(1, int((hi - lo + geo.gap) // (width + geo.gap)))
    unit, runs = group_runs(days[rest], limit)
    first_of = np.asarray([a for a, _ in runs], np.int64)
    # Reductions over every group at once: a block can hold a hundred thousand of them.
    starts = np.minimum.reduceat(bounds[0][rest], first_of).tolist()
    ends = np.maximum.reduceat(bounds[1][rest], first_of).tolist()
    longest = np.maximum.reduceat(bounds[1][rest] - bounds[0][rest], first_of).tolist()
    groups = [rest[a:b] for a, b in runs]
    middles = [g[len(g) // 2] for g in groups]  # events are in order of their middles
    centres = [(float(bounds[0][m]) * ppd + (float(bounds[1][m]) + 1) * ppd) / 2 for m in middles]
    lefts = spread([c - width / 2 for c in centres], width, geo.gap, lo, hi)
    clusters = []
    for i, (g, x) in enumerate(zip(groups, lefts, strict=True)):
        said = _said_span(unit, (int(days[g[0]]), int(days[g[-1]])), (starts[i], ends[i]))
        if longest[i] > said[2] - said[1]:  # an event longer than the days the unit names
            said = ("span", starts[i], ends[i])
        clusters.append(
            Cluster(
                rows[g].astype(np.int64, copy=False),
                lane,
                x,
                geo.chip_y,
                width,
                geo.chip_h,
                starts[i] * ppd,
                (ends[i] + 1) * ppd,
                *said,
                segment,
            )
        )
    return clusters


def _said_span(unit: str, middles: tuple[int, int], reach: tuple[int, int]) -> tuple[str, int, int]:
    """What a chip's label names: the calendar units its events' middles are in, or for a
    chip of runs of equal size the days its events reach from first to last (never their
    middles: the 2 July in the middle of a year is no day of a year event's own)."""
    if unit == "span":
        return "span", reach[0], reach[1]
    first, last = unit_span(middles[0], unit)[0], unit_span(middles[1], unit)[1]
    return unit, first, last
