"""A block of one lane cut into stretches, and the room each stretch packs its cards in.

Events leave gaps; where a gap is wide enough for a card, a stretch ends. Each stretch gets
whole columns as it needs them to show all its events in the smallest cards, then takes the
roomiest card style that fits its share. Its room is placed as near its dates as the others
allow; where that pushes a stretch far into the days of a neighbour, the roomier of the two
gives way to a smaller card style, so cards stay near the days they belong to.
"""

from __future__ import annotations

import math
from typing import Protocol

import numpy as np
import numpy.typing as npt

from viewer.core.strip_packing import MINI, IntArray, apportion, roomiest, spread_boxes

FloatArray = npt.NDArray[np.float64]
Own = tuple[list[float], list[float]]  # each stretch's own days: from, to (pixels)


class Sizes(Protocol):
    """The sizes a stretch's room is measured in (core.strip_layout.StripSizes)."""

    @property
    def card_w(self) -> float: ...

    @property
    def gap(self) -> float: ...

    @property
    def reach(self) -> float: ...


def stretches(
    anchors: FloatArray,
    eligible: npt.NDArray[np.bool_],
    block: tuple[float, float],
    rows: tuple[int, ...],
    s: Sizes,
    max_cols: int,
    day_px: float,
) -> tuple[IntArray, IntArray, FloatArray, FloatArray]:
    """Stretches of a block's events (in order of their middles, in pixels from day 0 at
    day_px pixels a day): each one's start and end (positions in the events) and the room
    it packs in (left and right, in pixels)."""
    lo, hi = block
    step = s.card_w + s.gap
    total = max(1, int((hi - lo + s.gap) // step))
    gaps = np.diff(anchors)
    cuts = np.flatnonzero(gaps > 2 * s.reach)
    if len(cuts) >= total:  # never more stretches than columns
        cuts = np.sort(cuts[np.argsort(-gaps[cuts], kind="stable")[: total - 1]])
    starts = np.concatenate(([0], cuts + 1)).astype(np.int64)
    ends = np.concatenate((cuts + 1, [len(anchors)])).astype(np.int64)
    counts = np.add.reduceat(eligible.astype(np.int64), starts) if len(starts) else starts
    # Per stretch, in plain lists: a block has a few stretches, and numpy's cost is per call.
    demand = [max(count, 1) for count in counts.tolist()]
    first, last = anchors[starts].tolist(), anchors[ends - 1].tolist()
    # A stretch's own days: the days its events are on, and of the empty days between it and
    # the next stretch a share as large as its share of their events; the outermost reach a
    # card and a half past their days, no more, so cards are not drawn far from their dates.
    day_lo = [math.floor(x / day_px) * day_px for x in first]
    day_hi = [(math.floor(x / day_px) + 1) * day_px for x in last]
    splits = [
        day_hi[i] + (day_lo[i + 1] - day_hi[i]) * (demand[i] / (demand[i] + demand[i + 1]))
        if day_lo[i + 1] - day_hi[i] >= 0
        else (last[i] + first[i + 1]) / 2
        for i in range(len(demand) - 1)
    ]
    outer_lo = max(lo, day_lo[0] - 1.5 * step)
    outer_hi = min(hi, day_hi[-1] + 1.5 * step)
    own = ([outer_lo, *splits], [*splits, outer_hi])
    room = [int((b - a + 2 * s.reach + s.gap) // step) for a, b in zip(*own, strict=True)]
    needs = [[min(-(-d // r), max_cols) for d in demand] for r in rows]
    share = apportion(total, [float(n) for n in needs[MINI]])
    share = [max(1, min(c, r)) for c, r in zip(share, room, strict=True)]
    chosen = [roomiest([need[i] for need in needs], share[i]) for i in range(len(demand))]
    styles = [style for style, _ in chosen]
    cols = [c for _, c in chosen]
    centres = [(a + b) / 2 for a, b in zip(first, last, strict=True)]
    for _ in range(4 * len(demand)):
        lefts = _placed(centres, cols, step, s.gap, block)
        worst = _crowding(own, lefts, cols, step, s.reach, needs, styles)
        if worst < 0:
            break
        styles[worst] += 1
        cols[worst] = needs[styles[worst]][worst]
    _roomier_where_free(centres, own, cols, styles, needs, total, step, s, block)
    placed = np.asarray(_placed(centres, cols, step, s.gap, block))
    return starts, ends, placed, placed + np.asarray(cols) * step - s.gap


def _roomier_where_free(
    centres: list[float],
    own: Own,
    cols: list[int],
    styles: list[int],
    needs: list[list[int]],
    total: int,
    step: float,
    s: Sizes,
    block: tuple[float, float],
) -> None:
    """Give a stretch roomier cards where its days have the space for them and no neighbour
    is pushed from its own: the smallest gains first, so more stretches gain."""
    settled = -1.0  # measured when there is first a stretch that could be roomier
    while True:
        free = total - sum(cols)
        options = [
            (needs[styles[i] - 1][i] - cols[i], i)
            for i in range(len(cols))
            if styles[i] > 0 and needs[styles[i] - 1][i] <= free + cols[i]
        ]
        if options and settled < 0:
            lefts = _placed(centres, cols, step, s.gap, block)
            settled = _overflow(own, lefts, cols, step, s.reach)
        for _extra, i in sorted(options):
            before = styles[i], cols[i]
            styles[i] -= 1
            cols[i] = needs[styles[i]][i]
            lefts = _placed(centres, cols, step, s.gap, block)
            if _overflow(own, lefts, cols, step, s.reach) <= settled:
                break  # kept: look again, with this one roomier
            styles[i], cols[i] = before
        else:
            return


def _placed(
    centres: list[float], cols: list[int], step: float, gap: float, block: tuple[float, float]
) -> list[float]:
    widths = [c * step - gap for c in cols]
    desired = [c - w / 2 for c, w in zip(centres, widths, strict=True)]
    return spread_boxes(desired, widths, gap, *block)


def _beyond(own: Own, lefts: list[float], cols: list[int], step: float) -> list[float]:
    """How far each stretch's room reaches past its own days, on the further side."""
    return [
        max(a - left, left + c * step - b)
        for a, b, left, c in zip(own[0], own[1], lefts, cols, strict=True)
    ]


def _crowding(
    own: Own,
    lefts: list[float],
    cols: list[int],
    step: float,
    slack: float,
    needs: list[list[int]],
    styles: list[int],
) -> int:
    """The stretch that should give way to a smaller style (or -1): of a stretch pushed more
    than slack past its own days, and its neighbours, the widest that still can."""
    crowded = [i for i, far in enumerate(_beyond(own, lefts, cols, step)) if far > slack]
    candidates = {j for i in crowded for j in (i - 1, i, i + 1) if 0 <= j < len(cols)}
    able = [j for j in candidates if styles[j] < MINI and needs[styles[j] + 1][j] < cols[j]]
    return max(able, key=lambda j: (cols[j], -j)) if able else -1


def _overflow(
    own: Own,
    lefts: list[float],
    cols: list[int],
    step: float,
    slack: float,
) -> float:
    """How far, in all, stretches are pushed past their own days (give or take slack)."""
    past = [max(far - slack, 0.0) for far in _beyond(own, lefts, cols, step)]
    return float(np.asarray(past, np.float64).sum())  # numpy's sum, as it always was
