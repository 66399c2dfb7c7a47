"""Events that reach across the days in view while their card stands out of it: a decade or
a century seen a month at a time. The strip puts an event's card at its middle day, so "the
early 1900s" seen in 1930 has no card there; the rail shows its days all the same, lest the
view look empty of it."""

from __future__ import annotations

import weakref
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from viewer.core.timeline import TimelineData

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class _Longer:
    """The rows of more than one day (no single day passes a view with its dot out of it), in
    order of their first day, with their first and their end (the day after their last)."""

    rows: IntArray
    first: FloatArray
    end: FloatArray


_MADE: weakref.WeakKeyDictionary[TimelineData, _Longer] = weakref.WeakKeyDictionary()


def _longer(data: TimelineData) -> _Longer:
    """Made once per set of events (an edit of a date makes new columns): a frame then looks
    at the events longer than a day only, a few of a corpus."""
    found = _MADE.get(data)
    if found is None:
        rows = np.flatnonzero(data.last > data.first).astype(np.int64)
        first = data.first[rows].astype(np.float64)
        found = _MADE[data] = _Longer(rows, first, data.last[rows].astype(np.float64) + 1)
    return found


def passing_rows(
    data: TimelineData, shown: npt.NDArray[np.bool_], first_day: float, end_day: float
) -> IntArray:
    """Rows shown whose days overlap [first_day, end_day) while their middle is out of it,
    the shortest first (the most particular of them), then in date order."""
    longer = _longer(data)
    starting_before = int(longer.first.searchsorted(end_day, side="left"))
    firsts, ends = longer.first[:starting_before], longer.end[:starting_before]
    twice_middle = firsts + ends
    outside = (twice_middle < 2 * first_day) | (twice_middle >= 2 * end_day)
    rows = longer.rows[:starting_before][(ends > first_day) & outside]
    rows = rows[shown[rows]]
    days = data.last[rows].astype(np.int64) - data.first[rows].astype(np.int64)
    return rows[np.lexsort((rows, days))]


def covering(data: TimelineData, rows: IntArray, day: float) -> IntArray:
    """Those of rows whose days hold the day (a fraction of a day: within it)."""
    return rows[(data.first[rows] <= day) & (data.last[rows].astype(np.float64) + 1 > day)]
