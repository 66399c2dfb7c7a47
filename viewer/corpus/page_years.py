"""The year of an article dated by day and month alone ("Apr 12"), as the page's other dates
tell it: a date in its address, a full date in its header (the day it was updated), its
copyright year. Each is better evidence than the year the file was saved in."""

from __future__ import annotations

import re
from collections.abc import Iterable

from viewer.corpus.dates import find_full_dates

# A date in a page's address: ".../2024/04/12/rent-freeze", ".../2024/04/rent-freeze".
_ADDRESS_DATE = re.compile(
    r"(?:https?://|www\.)[^\s\"'<>]*?/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/"
    r"(?:(?P<day>[0-3]?\d)/)?"
)
# A copyright line's year, the last of a range: "© 2024 The Valley Herald", "Copyright
# 2019-2024".
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|copyright)[^\S\n]*(?:(?:19|20)\d\d[^\S\n]*[-–][^\S\n]*)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
FROM_ADDRESS = "the page's address"
FROM_HEADER = "the page's date “{words}”"
FROM_COPYRIGHT = "the page's copyright line"


def page_year(
    text: str, header: Iterable[str], month: int, day: int, file_year: int
) -> tuple[int, str] | None:
    """The year a day and month of the page falls in by its other dates, and where that was
    read; None when the page tells none. No year after the file's: a page is saved after
    it is published."""
    for found in _ADDRESS_DATE.finditer(text):
        fits = int(found["month"]) == month and (found["day"] is None or int(found["day"]) == day)
        if fits and int(found["year"]) <= file_year:
            return int(found["year"]), FROM_ADDRESS
    for line in header:
        for full in find_full_dates(line):
            # The day is on or before the full date: updated the same year, or the next.
            year = full.year if (month, day) <= (full.month, full.day) else full.year - 1
            if year <= file_year:
                return year, FROM_HEADER.format(words=line[full.start : full.end])
    years = [int(m["year"]) for m in _COPYRIGHT.finditer(text) if int(m["year"]) <= file_year]
    return (max(years), FROM_COPYRIGHT) if years else None
