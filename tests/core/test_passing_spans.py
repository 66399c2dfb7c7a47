"""Which events pass through a view with their card out of it: those longer than a day whose
days reach into the view while their middle is outside it."""

from __future__ import annotations

from datetime import date

import numpy as np

from viewer.core.passing_spans import covering, passing_rows
from viewer.core.timeline import TimelineData


def _day(y: int, m: int = 1, d: int = 1) -> int:
    return date(y, m, d).toordinal()


DATA = TimelineData.from_arrays(
    [_day(1866), _day(1900), _day(1930), _day(1930, 6, 3), _day(1930, 6, 1)],
    [
        _day(1899, 12, 31),
        _day(1932, 12, 31),
        _day(1939, 12, 31),
        _day(1930, 6, 3),
        _day(1930, 6, 30),
    ],
    precision=[4, 4, 4, 0, 2],
    ids=["late-1800s", "early-1900s", "1930s", "day", "june-1930"],
)
ALL = np.ones(len(DATA), np.bool_)


def _ids(rows: np.ndarray) -> list[str]:
    return [DATA.ids[r] for r in rows.tolist()]


def test_a_month_of_1930_is_passed_by_the_decades_that_hold_it_shortest_first() -> None:
    rows = passing_rows(DATA, ALL, _day(1930, 5, 1), _day(1930, 8, 1))
    # not the day nor June 1930, whose cards are in view; not the late 1800s, far from it
    assert _ids(rows) == ["1930s", "early-1900s"]


def test_an_event_whose_middle_is_in_view_does_not_pass_and_a_hidden_one_neither() -> None:
    assert _ids(passing_rows(DATA, ALL, _day(1930), _day(1940))) == ["early-1900s"]
    hidden = ALL.copy()
    hidden[DATA.index_of("1930s")] = False
    assert _ids(passing_rows(DATA, hidden, _day(1930, 5, 1), _day(1930, 8, 1))) == ["early-1900s"]


def test_the_days_under_a_point() -> None:
    rows = passing_rows(DATA, ALL, _day(1930, 5, 1), _day(1930, 8, 1))
    assert _ids(covering(DATA, rows, _day(1933, 1, 1) + 0.5)) == ["1930s"]
    assert _ids(covering(DATA, rows, _day(1932, 12, 31) + 0.5)) == ["1930s", "early-1900s"]


def test_a_month_passes_a_week_it_holds_past_its_middle() -> None:
    rows = passing_rows(DATA, ALL, _day(1930, 6, 20), _day(1930, 6, 27))
    assert _ids(rows) == ["june-1930", "1930s", "early-1900s"]


def test_the_same_as_looking_at_every_event_one_by_one() -> None:
    rng = np.random.default_rng(5)
    n = 3000
    first = _day(1850) + rng.integers(0, 60_000, n)
    last = first + rng.choice([0, 0, 6, 29, 30, 61, 62, 63, 364, 3652, 36_524], n)
    data = TimelineData.from_arrays(first, last)
    shown = rng.random(n) < 0.8
    for lo in _day(1850) + rng.integers(0, 60_000, 40):
        for width in (3.5, 40.0, 400.0, 9000.0):
            start, end = float(lo) + 0.25, float(lo) + 0.25 + width
            expected = sorted(
                (int(data.last[r] - data.first[r]), r)
                for r in range(n)
                if shown[r]
                and data.first[r] < end
                and data.last[r] + 1 > start
                and not start <= (data.first[r] + data.last[r] + 1) / 2 < end
                and data.last[r] > data.first[r]
            )
            assert passing_rows(data, shown, start, end).tolist() == [r for _, r in expected]
