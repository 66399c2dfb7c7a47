"""Holidays, year spans, day/month without a year, and dates relative to another date."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import Timex, governing, tag
from viewer.core.temporal.calendar_words import easter, nth_weekday

TUE = date(2022, 3, 8)  # a Tuesday
TUE_NOV = date(2022, 11, 29)  # a Tuesday, five days after Thanksgiving
JAN = date(2023, 1, 10)

D, R, N = "day", "range", None

# (text, anchor, extent, value, precision, flags)
CASES: list[tuple[str, date, str, str, str | None, tuple[str, ...]]] = [
    # Holidays: fixed or computed, the instance chosen like a month and day without a year.
    ("Troops spent Christmas at the border.", TUE_NOV, "Christmas", "2021-12-25", D, ()),
    ("Troops will spend Christmas at the border.", TUE_NOV, "Christmas", "2022-12-25", D, ()),
    ("The attack came on Christmas Day.", JAN, "Christmas Day", "2022-12-25", D, ()),
    ("He spoke on Christmas Eve.", JAN, "Christmas Eve", "2022-12-24", D, ()),
    ("Missiles struck on New Year's Eve.", JAN, "New Year's Eve", "2022-12-31", D, ()),
    ("Missiles struck on New Year’s Day.", JAN, "New Year’s Day", "2023-01-01", D, ()),
    ("Talks stalled over Thanksgiving.", TUE_NOV, "Thanksgiving", "2022-11-24", D, ()),
    ("Shoppers crowded stores on Black Friday.", TUE_NOV, "Black Friday", "2022-11-25", D, ()),
    ("Sales rose on Cyber Monday.", TUE_NOV, "Cyber Monday", "2022-11-28", D, ()),
    ("The ceasefire held over Easter.", date(2022, 5, 2), "Easter", "2022-04-17", D, ()),
    ("They met on Good Friday 2021.", TUE, "Good Friday 2021", "2021-04-02", D, ()),
    ("Easter Monday 2024 was quiet.", TUE, "Easter Monday 2024", "2024-04-01", D, ()),
    (
        "Russia marked Victory Day with a parade.",
        date(2022, 5, 10),
        "Victory Day",
        "2022-05-09",
        D,
        (),
    ),
    (
        "Fireworks were banned on the Fourth of July.",
        TUE_NOV,
        "the Fourth of July",
        "2022-07-04",
        D,
        (),
    ),
    ("He resigned on Memorial Day.", date(2022, 6, 1), "Memorial Day", "2022-05-30", D, ()),
    # Days of other English-speaking countries.
    ("The station was robbed on Anzac Day.", date(2022, 5, 6), "Anzac Day", "2022-04-25", D, ()),
    ("Crowds marked Canada Day in Ottawa.", TUE_NOV, "Canada Day", "2022-07-01", D, ()),
    ("Stores shut on Victoria Day.", date(2022, 6, 1), "Victoria Day", "2022-05-23", D, ()),
    ("Police were busy on Bonfire Night.", TUE_NOV, "Bonfire Night", "2022-11-05", D, ()),
    ("The parade was on St Andrew's Day.", JAN, "St Andrew's Day", "2022-11-30", D, ()),
    ("Ferries stopped on Whit Monday.", date(2022, 6, 20), "Whit Monday", "2022-06-06", D, ()),
    ("The strike ended on Labor Day.", TUE_NOV, "Labor Day", "2022-09-05", D, ()),
    ("Veterans Day 2021 was cold.", TUE, "Veterans Day 2021", "2021-11-11", D, ()),
    (
        "The bill was signed on St. Patrick's Day.",
        date(2022, 3, 20),
        "St. Patrick's Day",
        "2022-03-17",
        D,
        (),
    ),
    (
        "Offices will close for Martin Luther King Jr. Day.",
        JAN,
        "Martin Luther King Jr. Day",
        "2023-01-16",
        D,
        (),
    ),
    ("She arrived on Valentine's Day.", TUE, "Valentine's Day", "2022-02-14", D, ()),
    # A named day with its year after "in" is of that year (ECB+ development, 33_3ecbplus).
    (
        "Horton was planning to marry her boyfriend on Valentine's Day in 2012.",
        date(2013, 4, 12),
        "Valentine's Day in 2012",
        "2012-02-14",
        D,
        (),
    ),
    ("The plant reopened after Christmas, 2019.", TUE, "Christmas, 2019", "2019-12-25", D, ()),
    # Year spans: a season or a budget year written with both years.
    ("The 2022-23 season was cancelled.", TUE, "2022-23", "2022/2023", R, ()),
    ("Aid rose in 2014-2022.", TUE, "2014-2022", "2014/2022", R, ()),
    ("Spending rose in 2021–22.", TUE, "2021–22", "2021/2022", R, ()),
    (
        "The fiscal 2022-23 budget passed.",
        TUE,
        "fiscal 2022-23",
        "2022/2023",
        R,
        ("fiscal-year",),
    ),
    # Day and month with no year, after a preposition: flagged when both readings exist.
    ("The deal was signed on 3/8.", TUE_NOV, "3/8", "2022-XX-XX", R, ("ambiguous-day-month",)),
    ("The deal was signed on 3/18.", TUE_NOV, "3/18", "2022-03-18", D, ()),
    ("The deal was signed on 18/3.", TUE_NOV, "18/3", "2022-03-18", D, ()),
    ("The deal was signed on 12/25.", JAN, "12/25", "2022-12-25", D, ()),
    # Dates relative to another date of the text: tagged and flagged, never given a value.
    (
        "The talks resumed the following week.",
        TUE,
        "the following week",
        "XXXX-WXX",
        N,
        ("anaphoric",),
    ),
    ("He left the next day.", TUE, "the next day", "XXXX-XX-XX", N, ("anaphoric",)),
    ("She had arrived the previous day.", TUE, "the previous day", "XXXX-XX-XX", N, ("anaphoric",)),
    ("Troops crossed that day.", TUE, "that day", "XXXX-XX-XX", N, ("anaphoric",)),
    ("Later that month the plan changed.", TUE, "Later that month", "XXXX-XX", N, ("anaphoric",)),
    (
        "They met again the same evening.",
        TUE,
        "the same evening",
        "XXXX-XX-XXTEV",
        N,
        ("anaphoric",),
    ),
    ("Two days later, troops arrived.", TUE, "Two days later", "XXXX-XX-XX", N, ("anaphoric",)),
    ("A week earlier, talks had failed.", TUE, "A week earlier", "XXXX-WXX", N, ("anaphoric",)),
    ("Years later, she wrote about it.", TUE, "Years later", "XXXX", N, ("anaphoric",)),
    (
        "Three days before, he had warned them.",
        TUE,
        "Three days before",
        "XXXX-XX-XX",
        N,
        ("anaphoric",),
    ),
    # Results compared with the same period a year before: counted from the story's period.
    (
        "In the year-earlier period, the company earned $461 million, or $1.91 a share.",
        TUE,
        "the year-earlier period",
        "XXXX",
        N,
        ("anaphoric",),
    ),
    (
        "Coast earned $10.2 million, or 67 cents a share, in the year-ago quarter.",
        TUE,
        "the year-ago quarter",
        "XXXX",
        N,
        ("anaphoric",),
    ),
    (
        "Savin reported a loss, compared with year-earlier profit of $3.8 million.",
        TUE,
        "year-earlier",
        "XXXX",
        N,
        ("anaphoric",),
    ),
]


def _find(timexes: list[Timex], extent: str) -> Timex:
    found = [t for t in timexes if t.text == extent]
    assert found, f"{extent!r} not in {[t.text for t in timexes]}"
    return found[0]


@pytest.mark.parametrize(("text", "anchor", "extent", "value", "precision", "flags"), CASES)
def test_case(
    text: str,
    anchor: date,
    extent: str,
    value: str,
    precision: str | None,
    flags: tuple[str, ...],
) -> None:
    t = _find(tag(text, anchor), extent)
    assert (t.value, t.precision.value if t.precision else None, t.flags) == (
        value,
        precision,
        flags,
    )


NEGATIVES: list[str] = [
    "The Good Friday Agreement was signed decades earlier than that.",
    "Christmas Island lies south of Java.",
    "It was a good friday for the markets.",
    "Staff work 24/7 at the base.",
    "Only 1/2 of the aid arrived.",
    "For details call 202-555-2020.",
    "Prices fell 2022-12 in the index.",
    "The Easter Rising began in Dublin.",
    "Unions called a Labour day of action.",
    # A programme's title in quotation marks (TempEval-3 development).
    'Secretary of State James Baker, speaking on ABC News\' "This Week," said the Kuwaiti '
    "request gives the U.S. a legal basis.",
    "He appeared on CBS's “Sunday Morning” program.",
]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('She said "Next Tuesday" was the day.', "Next Tuesday"),
        ('He said: "This week, we will vote."', "This week"),
        ("It closed “Last Friday” at a record, the exchange said.", "Last Friday"),
    ],
)
def test_quoted_times_that_are_no_titles_stay(text: str, words: str) -> None:
    assert [t.text for t in tag(text, TUE)] == [words]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_these_dates(text: str) -> None:
    assert [(t.text, t.value) for t in tag(text, TUE)] == []


def test_two_days_before_a_named_event_is_only_a_length() -> None:
    timexes = tag("Troops arrived two days before the summit.", TUE)
    assert [(t.text, t.type) for t in timexes] == [("two days", "DURATION")]


def test_anaphoric_dates_never_date_an_event() -> None:
    text = "He left the next day."
    assert governing(text, 0, len(text), tag(text, TUE)) is None


def test_the_previous_week_still_counts_from_the_publication_date() -> None:
    assert [t.value for t in tag("The previous week had been calm.", TUE)] == ["2022-W09"]


def test_easter_and_nth_weekdays() -> None:
    assert [easter(y).isoformat() for y in (2019, 2022, 2024, 2038)] == [
        "2019-04-21",
        "2022-04-17",
        "2024-03-31",
        "2038-04-25",
    ]
    assert nth_weekday(2022, 11, 3, 4) == date(2022, 11, 24)  # Thanksgiving
    assert nth_weekday(2022, 5, 0, -1) == date(2022, 5, 30)  # Memorial Day
    assert nth_weekday(2023, 1, 0, 3) == date(2023, 1, 16)  # Martin Luther King Jr. Day
