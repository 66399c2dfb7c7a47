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


# A company's period named by the month that closes it: the months up to and including it.
@pytest.mark.parametrize(
    ("text", "written", "first", "last"),
    [
        (
            "The company reported a profit of $2 million for the quarter ended in March 2013.",
            date(2013, 5, 10),
            date(2013, 1, 1),
            date(2013, 3, 31),
        ),
        (
            "Acme Corp earned $4.1 million in the quarter that ended in March, up from $3 "
            "million a year earlier.",
            date(2013, 5, 10),
            date(2013, 1, 1),
            date(2013, 3, 31),
        ),
        (
            "Pre-tax profit rose 8 per cent to 180 million pounds in the six months to September.",
            date(2012, 11, 14),
            date(2012, 4, 1),
            date(2012, 9, 30),
        ),
        (
            "The retailer posted a net loss of 12 million euros for the fiscal year ended in "
            "December 2013.",
            date(2014, 2, 20),
            date(2013, 1, 1),
            date(2013, 12, 31),
        ),
        (
            "Infosys's revenue grew 18% in the first quarter ended in June, the company said.",
            date(2011, 8, 3),
            date(2011, 4, 1),
            date(2011, 6, 30),
        ),
        (
            "The airline swung to a loss in the nine months to December, hit by fuel costs.",
            date(2012, 3, 1),
            date(2011, 4, 1),
            date(2011, 12, 31),
        ),
        (
            "Sales for the year ending in June 2013 reached A$2.3 billion.",
            date(2013, 7, 25),
            date(2012, 7, 1),
            date(2013, 6, 30),
        ),
        (
            "The group made a loss of 3 million pounds in the half-year to June 2012.",
            date(2012, 9, 4),
            date(2012, 1, 1),
            date(2012, 6, 30),
        ),
    ],
)
def test_a_period_closing_in_a_month_is_the_months_up_to_it(
    text: str, written: date, first: date, last: date
) -> None:
    (event,) = events_in(text, written)
    assert (event.date.first, event.date.last) == (first, last)


@pytest.mark.parametrize(
    ("text", "extent"),
    [
        # A closing day is left the day: TimeBank's annotators date such figures by it.
        ("Net income for the quarter ended March 31 rose 5%.", "March 31"),
        ("Net income for the year ended Dec. 31, 2012, rose 5%.", "Dec. 31, 2012"),
        # This year so far, not twelve months.
        ("Sales this year to March rose 4%.", "March"),
    ],
)
def test_a_closing_day_or_this_year_so_far_is_no_such_period(text: str, extent: str) -> None:
    assert tag(text, date(2013, 5, 10))[-1].text == extent


# A quarter named only by its closing day is dated by that day, whether or not the day falls
# in the calendar's last quarter ended: not July to September for "the quarter ended Oct. 31".
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Net income in the quarter ended Oct. 31 rose 5%.", date(1989, 10, 31)),
        ("In the quarter ended Oct. 31, 1988, it earned $1 million.", date(1988, 10, 31)),
        ("For the quarter ending Dec. 31, the company expects a loss.", date(1989, 12, 31)),
        ("Sales for the quarter, which ended July 31, rose 3%.", date(1989, 7, 31)),
        ("The company had a loss in the quarter ended Sept. 30.", date(1989, 9, 30)),
    ],
)
def test_a_quarter_named_by_its_closing_day_is_of_that_day(text: str, day: date) -> None:
    (event,) = events_in(text, date(1989, 11, 1))
    assert (event.date.first, event.date.last) == (day, day)


def test_the_quarter_without_its_day_is_still_the_last_one_ended() -> None:
    (event,) = events_in("Revenue for the quarter rose 10% to $60 million.", date(1989, 11, 1))
    assert (event.date.first, event.date.last) == (date(1989, 7, 1), date(1989, 9, 30))
