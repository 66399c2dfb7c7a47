"""A year's first or last months named by their count are those months, not the whole year
nor a duration: "the first nine months of 2001" is January to September 2001."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

_NEWS_DAY = date(2001, 11, 30)


@pytest.mark.parametrize(
    ("words", "first", "last"),
    [
        ("the first nine months of 2001", date(2001, 1, 1), date(2001, 9, 30)),
        ("the first six months of this year", date(2001, 1, 1), date(2001, 6, 30)),
        ("the last three months of 2020", date(2020, 10, 1), date(2020, 12, 31)),
        ("the final two months of last year", date(2000, 11, 1), date(2000, 12, 31)),
        ("the first two months of next year", date(2002, 1, 1), date(2002, 2, 28)),
    ],
)
def test_a_year_s_first_or_last_months(words: str, first: date, last: date) -> None:
    (found,) = tag(f"Sales fell in {words}.", _NEWS_DAY)
    assert (found.text, found.first, found.last) == (words, first, last)


def test_the_first_months_of_a_year_date_the_figures_told_of_them() -> None:
    (event,) = events_in(
        "Police removed 1,200 illegal weapons from the streets in the first nine months of "
        "2001, the Home Office said yesterday.",
        _NEWS_DAY,
    )
    assert (event.date.first, event.date.last) == (date(2001, 1, 1), date(2001, 9, 30))


def test_of_the_year_is_left_a_duration() -> None:
    """ "the year" may be a season's or a fiscal year's: not read as the calendar's."""
    (found,) = tag("They won 27% of games in the first two months of the year.", _NEWS_DAY)
    assert found.first is None
