"""A count of weeks back told roughly ("about two weeks ago", "around six weeks ago") is the
days around the day counted back, a few either side, not the calendar week that day falls in;
an exact count ("two weeks ago") stays that week. Sentences of ECB+ development articles
(16_7ecbplus, 16_8ecbplus, 32_5ecbplus)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

SUNDAY = date(2005, 6, 26)


@pytest.mark.parametrize(
    ("text", "extent", "first", "last"),
    [
        # Told on Sunday 26 June: the 12th, give or take, not the week of 6 to 12 June.
        (
            "He was married for the second time about two weeks ago.",
            "two weeks ago",
            "2005-06-09",
            "2005-06-15",
        ),
        (
            "Jenkin had been living in South Wales with his mum for the past three years and "
            "they had moved back to Millom around six weeks ago.",
            "six weeks ago",
            "2005-05-12",
            "2005-05-18",
        ),
    ],
)
def test_a_rough_count_of_weeks_back_is_the_days_around_the_day(
    text: str, extent: str, first: str, last: str
) -> None:
    (t,) = [t for t in tag(text, SUNDAY) if t.text == extent]
    assert (str(t.first), str(t.last), str(t.precision)) == (first, last, "range")


def test_the_event_takes_the_days_around_the_day() -> None:
    (event,) = events_in("He was married for the second time about two weeks ago.", SUNDAY)
    assert (str(event.date.first), str(event.date.last)) == ("2005-06-09", "2005-06-15")


def test_an_exact_count_of_weeks_back_stays_that_week() -> None:
    (t,) = [t for t in tag("He was married two weeks ago.", SUNDAY) if t.text == "two weeks ago"]
    assert (str(t.first), str(t.last), str(t.precision)) == ("2005-06-06", "2005-06-12", "week")
