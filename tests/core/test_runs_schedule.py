"""What "runs" from, through or until a day is scheduled: "The festival runs from Thursday
to Sunday", written on a Wednesday, is the days ahead, as "The festival opens on Thursday" is;
a "runs" of a relative clause tells of its subject now and dates nothing."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("The festival runs from Thursday to Sunday.", date(2025, 3, 13), date(2025, 3, 16)),
        ("The sale runs from Friday to Monday.", date(2025, 3, 14), date(2025, 3, 17)),
        ("The exhibition runs through Sunday.", date(2025, 3, 16), date(2025, 3, 16)),
        ("He runs the London Marathon on Sunday.", date(2025, 3, 16), date(2025, 3, 16)),
        # The verb of a relative clause is not the time's: the arrest's Saturday is gone.
        (
            "Smith, who runs a bakery in the town, was arrested on Saturday.",
            date(2025, 3, 8),
            date(2025, 3, 8),
        ),
    ],
)
def test_what_runs_from_a_day_is_ahead(sentence: str, first: date, last: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert (event.date.first, event.date.last) == (first, last)
