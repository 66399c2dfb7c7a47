"""Events in order of their middle day, for the strip's layout: found by a binary search,
made once per set of events and shared by every layout of it (each filter, each zoom)."""

from __future__ import annotations

import math
import weakref
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from viewer.core.timeline import TimelineData

IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True)
class MiddleIndex:
    """Rows sorted by twice their middle day (first + last + 1: whole numbers), ties by row."""

    order: IntArray
    twice_sorted: IntArray

    def rows_between(self, twice_lo: float, twice_hi: float) -> IntArray:
        """Rows whose twice-middle is in [twice_lo, twice_hi), in order of their middles."""
        # Whole numbers to look for: searching an integer array for a float converts it all.
        lo = int(self.twice_sorted.searchsorted(_whole(twice_lo), side="left"))
        hi = int(self.twice_sorted.searchsorted(_whole(twice_hi), side="left"))
        return self.order[lo:hi]


def _whole(twice: float) -> float:
    """The least whole number at or above twice (the same bound for whole numbers)."""
    return math.ceil(twice) if math.isfinite(twice) else twice


_MADE: weakref.WeakKeyDictionary[TimelineData, MiddleIndex] = weakref.WeakKeyDictionary()


def middle_index(data: TimelineData) -> MiddleIndex:
    """The index of these events (their dates do not change: an edit of a date makes new
    columns), made the first time it is asked for."""
    found = _MADE.get(data)
    if found is None:
        twice = data.first.astype(np.int64) + data.last.astype(np.int64) + 1
        order = np.argsort(twice, kind="stable").astype(np.int64)
        found = _MADE[data] = MiddleIndex(order, twice[order])
    return found
