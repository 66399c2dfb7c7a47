"""A fiscal year is dated by the calendar year it is named by, as TimeML values it: when a
company's or a government's fiscal year starts is seldom told. Invented sentences, and one
of a development article."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

FISCAL = [
    # A named fiscal year of the past: that calendar year, not October to September.
    ("In fiscal 2019, the toolmaker earned $4.1 million.", date(2020, 11, 3), 2019),
    # The current fiscal year, written in November: this calendar year, not the next.
    (
        "The bakery chain expects sales in the current fiscal year to be slightly higher.",
        date(2020, 11, 3),
        2020,
    ),
    ("The city will cut its payroll in the next fiscal year.", date(2020, 3, 3), 2021),
]


@pytest.mark.parametrize(("text", "published", "year"), FISCAL)
def test_a_fiscal_year_is_the_calendar_year_it_is_named_by(
    text: str, published: date, year: int
) -> None:
    (event,) = events_in(text, published)
    assert (event.date.first, event.date.last) == (date(year, 1, 1), date(year, 12, 31))


# The latest fiscal year is the last one ended, as "last fiscal year" is (TempEval-3
# development, wsj_1006, published 26 October 1989).
LATEST = [
    (
        "The non-food operations accounted for about 27% of Provigo's 7.38 billion Canadian"
        " dollars (US$6.3 billion) in sales in the latest fiscal year.",
        date(1989, 10, 26),
        1988,
    ),
]


@pytest.mark.parametrize(("text", "published", "year"), LATEST)
def test_the_latest_fiscal_year_is_the_last_one_ended(
    text: str, published: date, year: int
) -> None:
    (event,) = events_in(text, published)
    assert (event.date.first, event.date.last) == (date(year, 1, 1), date(year, 12, 31))
    assert event.date_text.endswith("fiscal year")
