"""A page dated only by its age ("Published 3 hours ago") and the time it was saved, which a
saving tool writes in a comment at its top ("saved date: Tue Mar 12 2024 17:05:31 GMT", "Last-
Modified: Tue, 12 Mar 2024 14:05:00 GMT", HTTrack's "Mirrored from … , Tue, 12 Mar 2024 …")."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from viewer.corpus.dates import DateMatch, find_full_dates

# The page's age, alone on its line: "Published 3 hours ago", "Posted about an hour ago".
_AGE = re.compile(
    r"(?:(?:first\s+)?(?:published|posted|updated|last\s+updated)\s*:?\s+)?(?:about\s+|over\s+|"
    r"nearly\s+)?(?P<count>\d{1,3}|an?|one)\s+(?P<unit>minute|min|hour|hr|day|week)s?\s+ago\.?",
    re.IGNORECASE,
)
_UNITS = {"minute": 1, "min": 1, "hour": 60, "hr": 60, "day": 1440, "week": 10080}
# A saving tool's note of the time it saved the page, in a comment.
SAVE_STAMP = re.compile(
    r"(?:saved\s+date\s*:|last-modified\s*:|mirrored\s+from\s+\S+\s+by\s+HTTrack\b[^,\n]*,)"
    r"\s*(?P<stamp>[^\n]{6,80})",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)\b")


def page_age(shown: str) -> timedelta | None:
    """The age a line gives its page ("Published 3 hours ago"), if it is such a line."""
    match = _AGE.fullmatch(shown.strip())
    if match is None:
        return None
    count = match["count"].lower()
    number = 1 if count in ("a", "an", "one") else int(count)
    return timedelta(minutes=number * _UNITS[match["unit"].lower()])


def aged_date(text: str, stamp_start: int, stamp_end: int, age: timedelta) -> DateMatch | None:
    """The day `age` before the save stamp `text[stamp_start:stamp_end]`, its words the
    stamp's; an age in hours or minutes from a stamp with no clock time is of the stamp's day."""
    dates = find_full_dates(text[stamp_start:stamp_end], stamp_start)
    if not dates:
        return None
    saved = dates[0]
    clock = _CLOCK.search(text, saved.end, stamp_end)
    when = datetime(saved.year, saved.month, saved.day)
    if clock is not None:
        when = when.replace(hour=int(clock["h"]), minute=int(clock["m"]))
    elif age < timedelta(days=1):
        return saved
    day = (when - age).date()
    return DateMatch(saved.start, saved.end, day.year, day.month, day.day)
