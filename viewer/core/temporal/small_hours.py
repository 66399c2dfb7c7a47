"""The small hours after the publication day, named by a bare weekday.

A story dated by the evening it reports often runs past midnight: in Monday's story of a riot
that night, "Kelly visited the precinct about 12:30 a.m. Tuesday — more than four hours after
the chaos began" is of the Tuesday that follows, not of the Tuesday six days before, which is
where a bare weekday in the past tense would otherwise look.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.core.temporal.context import WEEKDAY
from viewer.core.temporal.timex import Timex

_BARE_WEEKDAY = re.compile(rf"{WEEKDAY}", re.IGNORECASE)
_SMALL_HOURS = 5  # a clock time before 5 a.m. belongs to the night before


def overnight_day(clock: str, day: Timex, anchor: date) -> date | None:
    """The day after anchor, where a small-hours clock ("00:30") is on a bare weekday naming it."""
    if not clock[:2].isdigit() or int(clock[:2]) >= _SMALL_HOURS:
        return None
    if not _BARE_WEEKDAY.fullmatch(day.text) or day.first != anchor - timedelta(days=6):
        return None
    return anchor + timedelta(days=1)


def on_day(t: Timex, when: date) -> Timex:
    """A named day t moved to the day when."""
    return Timex(t.start, t.end, t.text, when.isoformat(), t.type, t.precision, when, when, True)


_HOURS = re.compile(r"PT(\d{1,2})H")
_CLOCK = re.compile(r"(\d\d):(\d\d)")


def across_midnight(day: date, hours: str, clock: str, earlier: bool) -> date:
    """day moved over midnight where a count of hours from a clock time crosses it: "more than
    four hours after the chaos began", told of 12:30 a.m. on Tuesday, is of Monday evening.

    hours is the count's value ("PT4H"), clock the time's value ("2013-03-12T00:30"); a count
    of a day or more, or a time with no clock, leaves day as it is.
    """
    count = _HOURS.fullmatch(hours)
    at = _CLOCK.fullmatch(clock.partition("T")[2])
    if count is None or at is None or int(count.group(1)) >= 24:
        return day
    minutes = int(at.group(1)) * 60 + int(at.group(2))
    moved = minutes + (-1 if earlier else 1) * int(count.group(1)) * 60
    return day + timedelta(days=moved // (24 * 60))


# A clock time of the small hours, as written: "1 a.m.", "2:15am", "03:40", "midnight".
_SMALL_HOURS_WORDS = re.compile(
    r"(?<![\d:.])(?:0?[0-4](?:[:.][0-5]\d)?\s*a\.?\s?m\b|0[0-4][:.][0-5]\d\b)|\bmidnight\b",
    re.IGNORECASE,
)


def after_midnight(words: str) -> bool:
    """Whether a clock time's words name the small hours ("shortly after 1 a.m.", "at 02:30",
    "just after midnight"): the night after the evening a story is at."""
    return _SMALL_HOURS_WORDS.search(words) is not None


# A clock time of the evening, as written: "8 p.m.", "10:45pm", "21:30" (not "12 p.m.", noon).
_EVENING_CLOCK = re.compile(
    r"(?<![\d:.])(?:0?[6-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?\s?m\b|(?<![\d:.])(?:1[89]|2[0-3])[:.][0-5]\d\b",
    re.IGNORECASE,
)


def evening_clock(words: str) -> bool:
    """Whether words name a clock time of the evening ("at 8 p.m.", "at 21:30"): the small
    hours told after it are of the night that follows, as after "on Friday evening"."""
    return _EVENING_CLOCK.search(words) is not None
