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


SHORT = 62  # days: a week or a month is found near the view's edges, by its middle


@dataclass(frozen=True)
class _Longer:
    """The rows of more than one day (no single day passes a view with its dot out of it):
    those of up to SHORT days by twice their middle (first + end), the others, a few of a
    corpus, by their first day; each with its first and its end (the day after its last)."""

    short_rows: IntArray
    short_twice: FloatArray
    long_rows: IntArray
    long_first: FloatArray
    long_end: FloatArray


_MADE: weakref.WeakKeyDictionary[TimelineData, _Longer] = weakref.WeakKeyDictionary()


def _longer(data: TimelineData) -> _Longer:
    """Made once per set of events (an edit of a date makes new columns)."""
    found = _MADE.get(data)
    if found is None:
        days = data.last.astype(np.int64) - data.first.astype(np.int64) + 1
        short = np.flatnonzero((days > 1) & (days <= SHORT)).astype(np.int64)
        twice = data.first[short].astype(np.float64) * 2 + days[short]
        order = np.argsort(twice, kind="stable")
        long = np.flatnonzero(days > SHORT).astype(np.int64)  # in order of their first day
        first = data.first[long].astype(np.float64)
        found = _MADE[data] = _Longer(short[order], twice[order], long, first, first + days[long])
    return found


def passing_rows(
    data: TimelineData, shown: npt.NDArray[np.bool_], first_day: float, end_day: float
) -> IntArray:
    """Rows shown whose days overlap [first_day, end_day) while their middle is out of it,
    the shortest first (the most particular of them), then in date order."""
    longer = _longer(data)
    twice = longer.short_twice
    edges = (2 * first_day - SHORT, 2 * first_day, 2 * end_day, 2 * end_day + SHORT)
    a, b, c, d = twice.searchsorted(edges, side="left").tolist()
    near = np.concatenate((longer.short_rows[a:b], longer.short_rows[c:d]))
    near = near[(data.first[near] < end_day) & (data.last[near].astype(np.float64) + 1 > first_day)]
    starting_before = int(longer.long_first.searchsorted(end_day, side="left"))
    firsts, ends = longer.long_first[:starting_before], longer.long_end[:starting_before]
    middle_out = (firsts + ends < 2 * first_day) | (firsts + ends >= 2 * end_day)
    far = longer.long_rows[:starting_before][(ends > first_day) & middle_out]
    rows = np.concatenate((near, far))
    rows = rows[shown[rows]]
    days = data.last[rows].astype(np.int64) - data.first[rows].astype(np.int64)
    return rows[np.lexsort((rows, days))]


def covering(data: TimelineData, rows: IntArray, day: float) -> IntArray:
    """Those of rows whose days hold the day (a fraction of a day: within it)."""
    return rows[(data.first[rows] <= day) & (data.last[rows].astype(np.float64) + 1 > day)]
