"""Dates counted from another date of the text: "two days later", "the following week",
"that day", "the day before", "minutes later", "the year-earlier period", each counted from the
reference time the narrative is at (narrative_time.py).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.core.model import DateValue, Precision
from viewer.core.report_period import is_period
from viewer.core.temporal.calendar_words import (
    SEASONS,
    WEEKDAYS,
    add_months,
    fortnights_as_weeks,
    month_number,
    number_value,
    season_bounds,
)
from viewer.core.temporal.context import WEEKDAY
from viewer.core.temporal.resolve import weekday_date
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Timex

_OFFSET = re.compile(
    r"(?P<n>\d+|[a-z]+)\s+(?P<u>day|week|fortnight|month|year)s?\s+(?P<dir>later|earlier|afterwards?|"
    r"before|after)",
    re.IGNORECASE,
)
# "the night before", "the year after" (alone): the unit next to the reference's.
_NEXT_DAY = re.compile(r"the\s+(?P<u>\w+)\s+(?P<dir>before|after)(?:\s+that)?$", re.IGNORECASE)
_UNIT_WORD = re.compile(
    r"(?P<lead>.*?)\b(?P<u>day|morning|afternoon|evening|night|weekend|week|month|year)\b",
    re.IGNORECASE,
)
YEAR_BEFORE = re.compile(r"\byear[\s-](?:earlier|ago)\b|^last\s+year\b|^(?:19|20)\d\d$")
# "minutes later", "two hours earlier": within the day the reference is at.
_WEEKDAY_FROM = re.compile(rf"the\s+(?P<dir>following|next|previous|preceding)\s+(?P<w>{WEEKDAY})$")
_WITHIN_DAY = re.compile(r"\b(?:minute|hour)s?\s+(?:later|earlier|after|before|afterwards?)\b")
# "the latest period", "that quarter": the period the story's figures are of.
STORY_PERIOD = re.compile(r"\b(?:quarter|period)$")
_FORWARD = ("following", "next", "later", "after", "afterward", "afterwards")
_BACKWARD = ("previous", "preceding", "earlier", "before")


def _unit_of(value: DateValue, unit: str) -> DateValue:
    """The calendar unit ("day", "week", "month", "year") that contains a date's first day."""
    first = value.first
    if unit in ("week", "weekend"):
        return DateValue.week_of(first)
    if unit == "month":
        return DateValue.month_of(first)
    if unit == "year":
        return DateValue.year_of(first)
    return DateValue.day(first)


def _shifted(value: DateValue, unit: str, count: int) -> DateValue:
    """The unit `count` units away from the one that holds a date (backwards when negative)."""
    first = value.first
    if unit == "day":
        return DateValue.day(first + timedelta(days=count))
    if unit in ("week", "weekend"):
        return DateValue.week_of(first + timedelta(weeks=count))
    if unit == "month":
        return DateValue.month_of(add_months(first.replace(day=1), count))
    return DateValue.year_of(date(first.year + count, 1, 1))


def _moved(value: DateValue, unit: str, count: int) -> DateValue:
    """A date moved by `count` units, at its own precision: "a year later" than March 2019
    is March 2020, "a week later" than a day is a day."""
    if value.precision is Precision.DAY:
        days = {"day": 1, "week": 7}.get(unit)
        if days is not None:
            return DateValue.day(value.first + timedelta(days=days * count))
        months = 12 if unit == "year" else 1
        return DateValue.day(add_months(value.first, months * count))
    if value.precision is Precision.MONTH and unit in ("month", "year"):
        months = count * (12 if unit == "year" else 1)
        return DateValue.month_of(add_months(value.first, months))
    if value.precision is Precision.RANGE and unit == "year" and _whole_months(value):
        # "the year-earlier quarter" of the third quarter of 1989 is that of 1988.
        first = add_months(value.first, 12 * count)
        last = add_months(value.last.replace(day=1), 12 * count)
        return DateValue(first, DateValue.month_of(last).last, Precision.RANGE)
    return _shifted(value, unit, count)


def _whole_months(value: DateValue) -> bool:
    """Whether a range runs from a month's first day to a month's last: a quarter, a half."""
    return value.first.day == 1 and (value.last + timedelta(days=1)).day == 1


def _fine_enough(value: DateValue, unit: str) -> bool:
    """Whether a reference is precise enough to count a unit from: no days from a month (a
    range counts as the unit its length fits in: a quarter as a year)."""
    order = {Precision.DAY: 0, Precision.WEEK: 1, Precision.MONTH: 2, Precision.YEAR: 3}
    wanted = {"day": 0, "week": 1, "weekend": 1, "month": 2, "year": 3}.get(unit, 0)
    if value.precision is Precision.RANGE:
        fits = next((k for k, days in enumerate((1, 7, 31, 366)) if value.days <= days), 4)
        return fits <= wanted
    return order.get(value.precision, 4) <= wanted


def resolve_anaphoric(timex: Timex, reference: DateValue) -> DateValue | None:
    """The date an expression counted from another date means, counted from `reference`.

    "two days later" -> two days after it; "the following week" -> the week after its week;
    "that day", "later that month" -> its day, its month; "minutes later" -> its day. None
    when it cannot be counted ("years later": no number) or the reference is too coarse (days
    from a month).
    """
    words = timex.text.lower()
    if YEAR_BEFORE.search(words):  # "the year-earlier period", "the 1988 period" (report_period)
        back = int(words) - reference.last.year if words.isdigit() else -1
        return _moved(reference, "year", back) if _fine_enough(reference, "year") else None
    if STORY_PERIOD.search(words):
        return reference if is_period(reference) else None
    if _WITHIN_DAY.search(words):
        return DateValue.day(reference.first) if _fine_enough(reference, "day") else None
    next_to = _NEXT_DAY.match(words)
    if next_to is not None:  # "the day before", "the year after": the unit next to its own
        unit = next_to.group("u") if next_to.group("u") in ("week", "month", "year") else "day"
        if not _fine_enough(reference, unit):
            return None
        return _shifted(reference, unit, -1 if next_to.group("dir") == "before" else 1)
    offset = _OFFSET.search(words)
    if offset is not None:
        unit, count = offset.group("u").lower(), number_value(offset.group("n").lower())
        if count is None:
            return None
        count, unit = fortnights_as_weeks(count, unit)
        if not _fine_enough(reference, unit):
            return None
        sign = -1 if offset.group("dir").lower() in _BACKWARD else 1
        moved = _moved(reference, unit, sign * count)
        return _short_of(reference, moved) if "mod-less-than" in timex.flags else moved
    weekday = _WEEKDAY_FROM.match(words)
    if weekday is not None:  # "the following Monday": the first after the day it counts from
        return _weekday_from(reference, weekday.group("dir"), WEEKDAYS[weekday.group("w")])
    month = _THAT_MONTH.match(words)
    n = None if month is None else month_number(month.group("m"))
    if n is not None:  # "that June": the June of the reference's year
        if not _fine_enough(reference, "year"):
            return None
        return DateValue.month_of(date(reference.first.year, n, 1))
    season = _SEASON_WORD.match(words)
    if season is not None:  # "the following spring", "that summer"
        return _season_from(reference, season.group("dir"), SEASONS[season.group("s")])
    named = _UNIT_WORD.match(words)
    if named is None:
        return None
    unit = named.group("u").lower()
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    if not _fine_enough(reference, unit):
        return None
    direction = (named.group("lead").split() or [""])[-1]
    if direction in ("following", "next"):
        return _shifted(reference, unit, 1)
    if direction in ("previous", "preceding"):
        return _shifted(reference, unit, -1)
    return _unit_of(reference, unit)  # "that day", "the same week", "later that month"


_THAT_MONTH = re.compile(r"that\s+(?P<m>[a-z]+)$")  # "that June"; "that year" is a unit
_SEASON_WORD = re.compile(
    r"(?:the\s+|later\s+|earlier\s+)?(?P<dir>following|preceding|that)(?:\s+same)?"
    r"\s+(?P<s>spring|summer|autumn|fall|winter)$"
)


def _season_from(reference: DateValue, direction: str, code: str) -> DateValue | None:
    """The first such season after the reference ("the following spring"), the last before it
    ("the preceding winter"), or the one of its year ("that summer"); None from a reference
    coarser than a year."""
    if not _fine_enough(reference, "year"):
        return None
    years = range(reference.first.year - 2, reference.last.year + 2)
    spans = [season_bounds(year, code) for year in years]
    if direction == "following":
        found = next((s for s in spans if s[0] > reference.last), None)
    elif direction == "preceding":
        found = next((s for s in reversed(spans) if s[1] < reference.first), None)
    else:
        found = season_bounds(reference.first.year, code)
    return None if found is None else DateValue(found[0], found[1], Precision.RANGE)


def _weekday_from(reference: DateValue, direction: str, weekday: int) -> DateValue | None:
    """The first such weekday after the reference day ("the following Monday"), or the last
    before it ("the previous Friday"), as "next Monday" and "last Friday" are from now; None
    from a reference coarser than a day."""
    if reference.precision is not Precision.DAY:
        return None
    rel = "last" if direction in _BACKWARD else "next"
    return DateValue.day(weekday_date(weekday, reference.first, Tense.UNKNOWN, rel))


def _short_of(reference: DateValue, moved: DateValue) -> DateValue:
    """ "Less than two weeks later" than a day: the days between it and the count's end."""
    if reference.precision is not Precision.DAY or moved.precision is not Precision.DAY:
        return moved
    one = timedelta(days=1)
    first, last = sorted((reference.first, moved.first))
    if last - first <= one:
        return reference  # "less than a day later": that day
    return DateValue(first + one, last - one, Precision.RANGE)
