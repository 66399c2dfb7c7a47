""" "Ahead of schedule" is early, not before another happening: "The project was completed ahead
of schedule in January" is January, where "ahead of the vote on Friday" names the vote's day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        (
            "The project was completed ahead of schedule in January.",
            date(2025, 1, 1),
            date(2025, 1, 31),
        ),
        (
            "The bridge reopened three months ahead of schedule on Monday.",
            date(2025, 3, 10),
            date(2025, 3, 10),
        ),
        (
            "The new terminal opened ahead of time in February.",
            date(2025, 2, 1),
            date(2025, 2, 28),
        ),
        (
            "Inflation fell faster than expected in February, ahead of forecasts.",
            date(2025, 2, 1),
            date(2025, 2, 28),
        ),
    ],
)
def test_ahead_of_schedule_is_no_other_happening(sentence: str, first: date, last: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)
