"""Choosing the calendar instance an underspecified date means, given the anchor and the tense."""

from __future__ import annotations

from datetime import date, timedelta

from viewer.core.temporal.calendar_words import safe_date, season_bounds, season_of
from viewer.core.temporal.tense_cues import Tense

# With no tense cue a date keeps the anchor's year unless that puts it far ahead (news mostly
# reports what has happened: "December 20" in early January is last December) or far behind.
_UNKNOWN_AHEAD_DAYS = 183
_UNKNOWN_BEHIND_DAYS = 300
# A day or month named with no year, told in the past but days ahead of the anchor: the one
# ahead when it comes within this many days (a month: when it starts within a few days).
SOON_DAYS = 14
_FEW_DAYS = 5


def _month_end(day: date) -> int:
    """The last day of the month a day is in."""
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def weekday_date(weekday: int, anchor: date, tense: Tense, rel: str = "") -> date:
    """The day a weekday name means: past reporting looks back (same day included)."""
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if rel == "last":
        return anchor - timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return anchor + timedelta(days=ahead or 7)
    if rel == "this" and tense is Tense.UNKNOWN:
        return anchor + timedelta(days=weekday - anchor.weekday())  # the same ISO week
    if tense is Tense.FUTURE:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def month_day_date(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    """The year a month and day without a year fall in: past events stay at or before the anchor."""
    candidates = [
        d
        for y in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (d := safe_date(y, month, day))
    ]
    if tense is Tense.FUTURE:
        after = [d for d in candidates if d >= anchor]
        # "will ... on March 5" written on March 9 is more likely a slip than next year.
        if after and (after[0] - anchor).days > 300:
            recent = [d for d in candidates if d < anchor and (anchor - d).days <= 31]
            if recent:
                return recent[-1]
    if tense is Tense.PAST:
        before = [d for d in candidates if d <= anchor]
        # And the other way: a day with no year in a sentence told in the past, days ahead
        # ("… to be paid Nov. 2", read by "said", written on Oct. 30), is that day, not the
        # same day almost a year before, which news would give its year.
        if before and (anchor - before[-1]).days > 300:
            soon = [d for d in candidates if d > anchor and (d - anchor).days <= SOON_DAYS]
            if soon:
                return soon[0]
    return instance_date(candidates, anchor, tense)


def month_year(month: int, anchor: date, tense: Tense, rel: str = "") -> int:
    """The year a bare month name ("in February", "last March") falls in."""
    if rel == "last":
        # The month just ended is "last month": "crashed last February", written on 1 March
        # 1998, is February 1997.
        return anchor.year if month < anchor.month - 1 else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    if tense is Tense.PAST:
        if month == anchor.month % 12 + 1 and _month_end(anchor) - anchor.day < _FEW_DAYS:
            # The month starting in a few days ("the first trading day for November
            # transactions", written on 30 October): that month, not eleven months back.
            return anchor.year + (month == 1)
        return anchor.year if month <= anchor.month else anchor.year - 1
    if tense is Tense.FUTURE:
        return anchor.year if month >= anchor.month else anchor.year + 1
    delta = month - anchor.month
    if delta > 6:
        return anchor.year - 1
    if delta < -9:
        return anchor.year + 1
    return anchor.year


def season_year(code: str, anchor: date, tense: Tense, rel: str = "") -> int:
    """The year of the season a season word means; winter of Y runs December Y to February Y+1."""
    current_year, current_code = season_of(anchor)
    instances = [(y, *season_bounds(y, code)) for y in range(anchor.year - 2, anchor.year + 2)]
    if rel in ("", "this") and code == current_code:
        return current_year
    if rel == "last" or (rel in ("", "past") and tense is Tense.PAST):
        ended = [y for y, _, last in instances if last < anchor]
        started = [y for y, first, _ in instances if first <= anchor]
        return (ended if rel == "last" else started)[-1]
    if rel in ("next", "coming") or tense is Tense.FUTURE:
        return next(y for y, first, _ in instances if first > anchor)
    if code == "WI":
        return anchor.year if anchor.month >= 3 else anchor.year - 1
    return anchor.year


def quarter_year(quarter: int, anchor: date, tense: Tense) -> int:
    """The year of "the third quarter" said without a year: a past quarter cannot lie ahead."""
    current = (anchor.month - 1) // 3 + 1
    if tense is Tense.PAST and quarter > current:
        return anchor.year - 1
    return anchor.year


def instance_date(candidates: list[date], anchor: date, tense: Tense) -> date | None:
    """Of one yearly day's instances (sorted, around the anchor), the one a mention means.

    The same choice as month_day_date: past reporting stays at or before the anchor, future
    at or after; with no cue the anchor's year unless that is far ahead or far behind.
    """
    if not candidates:
        return None
    if tense is Tense.PAST:
        before = [d for d in candidates if d <= anchor]
        return before[-1] if before else candidates[0]
    if tense is Tense.FUTURE:
        after = [d for d in candidates if d >= anchor]
        return after[0] if after else candidates[-1]
    same_year = [d for d in candidates if d.year == anchor.year]
    if not same_year:
        return min(candidates, key=lambda d: abs((d - anchor).days))
    delta = (same_year[0] - anchor).days
    if delta > _UNKNOWN_AHEAD_DAYS:
        earlier = [d for d in candidates if d < same_year[0]]
        return earlier[-1] if earlier else same_year[0]
    if delta < -_UNKNOWN_BEHIND_DAYS:
        later = [d for d in candidates if d > same_year[0]]
        return later[0] if later else same_year[0]
    return same_year[0]
