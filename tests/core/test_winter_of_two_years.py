"""A winter named by the two years it spans ("the winter of 2013-14", "winter 2013/14") is
that winter, December to February, one time expression; not the whole of both years."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import tag

_WRITTEN = date(2024, 3, 14)


@pytest.mark.parametrize(
    ("text", "extent", "first", "last"),
    [
        (
            "The river last flooded in the winter of 2013-14.",
            "winter of 2013-14",
            date(2013, 12, 1),
            date(2014, 2, 28),
        ),
        (
            "The river flooded in winter 2013/14.",
            "winter 2013/14",
            date(2013, 12, 1),
            date(2014, 2, 28),
        ),
        (
            "The river flooded in the winter of 2013.",
            "winter of 2013",
            date(2013, 12, 1),
            date(2014, 2, 28),
        ),
        # Another season has no two years of its own: the years stay the years.
        ("Prices rose in the summer of 2013-14.", "2013-14", date(2013, 1, 1), date(2014, 12, 31)),
    ],
)
def test_a_winter_of_two_years(text: str, extent: str, first: date, last: date) -> None:
    (found,) = tag(text, _WRITTEN)
    assert (found.text, found.first, found.last) == (extent, first, last)
