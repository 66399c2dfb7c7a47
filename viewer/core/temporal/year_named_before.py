"""A month and day without a year take the year the article already named with that month.

News names the year at a time's first mention and drops it after: "killed in June 2005 ...
The deputy was killed on June 24" means June 24, 2005, not the most recent June 24 before
publication. The year is taken only while the day it gives is still at or before the anchor
and the bare day was read as a past one (or told in the past, read as a day of the next two
weeks: `_soon_but_past`); "this", "last", "next" or a weekday keep their year.
A bare day of the last two months is of the story's own news, whatever year an earlier
background line gave its month ("took over on May 26, 2003 … when the season ended on May
3", written on May 24, 2005, is May 3, 2005).
"""

from __future__ import annotations

import re
from datetime import date

from viewer.core.temporal.calendar_words import safe_date
from viewer.core.temporal.context import DAY, MONTH
from viewer.core.temporal.nearest_tense import tense_near
from viewer.core.temporal.resolve import SOON_DAYS
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Timex

_BARE_DAY = re.compile(rf"(?:{MONTH})\.?\s+{DAY}|{DAY}\s+(?:of\s+)?(?:{MONTH})", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OWN_YEAR_CUE = re.compile(r"\b(?:this|last|next|coming|past)\s+$", re.IGNORECASE)
_RECENT_DAYS = 61  # a bare day this recent is of the story's own news


def _named_year(t: Timex) -> tuple[int, int] | None:
    """(month, year) of a date written with its year: "June 2005", "June 3, 2005"."""
    if t.relative or t.type != "DATE" or t.first is None or t.last is None:
        return None
    if (t.first.year, t.first.month) != (t.last.year, t.last.month) or not _YEAR.search(t.text):
        return None
    return t.first.month, t.first.year


def _bare_day(text: str, t: Timex, anchor: date) -> date | None:
    """The day of a past month-and-day written without a year ("June 24"), else None."""
    if not t.relative or t.type != "DATE" or t.first is None or t.first != t.last:
        return None
    if t.first > anchor:
        return _soon_but_past(text, t, t.first, anchor)
    if (anchor - t.first).days < _RECENT_DAYS:
        return None
    return t.first if _bare(text, t) else None


def _bare(text: str, t: Timex) -> bool:
    return bool(_BARE_DAY.fullmatch(t.text)) and not _OWN_YEAR_CUE.search(
        text[max(0, t.start - 10) : t.start]
    )


def _soon_but_past(text: str, t: Timex, day: date, anchor: date) -> date | None:
    """A bare day of the next two weeks told in the past: read as that day only because news
    would have given a year to a day almost a year back ("… to be paid Nov. 2", read by "said",
    written on Oct. 30). Where the article gave one to its month ("On March 8, 2023, … Regulators
    closed the bank on March 10", written on March 1, 2024), that reading has no ground."""
    if (day - anchor).days > SOON_DAYS or not _bare(text, t):
        return None
    return day if tense_near(text, t.start, t.end) is Tense.PAST else None


def with_named_years(text: str, timexes: list[Timex], anchor: date) -> list[Timex]:
    """Give each bare past month-day the year of the latest earlier mention of its month."""
    years: dict[int, int] = {}
    out: list[Timex] = []
    for t in timexes:
        named = _named_year(t)
        if named is not None:
            years[named[0]] = named[1]
        found = _bare_day(text, t, anchor)
        year = years.get(found.month) if found is not None else None
        moved = safe_date(year, found.month, found.day) if found and year else None
        if moved is not None and moved != found and moved <= anchor:
            value = moved.isoformat()
            t = Timex(
                t.start, t.end, t.text, value, t.type, t.precision, moved, moved, True, t.flags
            )
        out.append(t)
    return out
