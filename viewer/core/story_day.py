"""The day a story is told on: the day its dateline names, else its publication date.

Wire copy and press releases open with a dateline that carries the day the story was filed:
"JOHANNESBURG, August 7 (Xinhua) --" over a story published on 8 August, "NEW YORK, March 3,
2021 /PRNewswire/ --". Their "today", "yesterday" and "on Friday", and the statements they
report with no time of their own, are of that day, not of the day a site or a paper put the
story out. A dateline without a day ("WASHINGTON (Reuters) -") changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from viewer.core.model import Document, Span

# The filed day a dateline names: "August 7", "Aug. 7, 1998", "7 August 1998".
_FILED = re.compile(
    r",?\s*\b(?:(?P<month>[A-Za-z]{3,9})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    r"|(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month2>[A-Za-z]{3,9})\.?)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
# Months by their first three letters: the dateline's pattern (corpus/metadata.py) has already
# said these are month names. Kept here, not taken from the tagger, so that the panel can name
# a dateline without loading the tagger.
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# A dateline's day is the day the story was filed: at most a few weeks before it was put out
# (a weekly's or an archive's later date), never more than a day after (time zones).
_EARLIEST_DAYS_BEFORE = 31
_LATEST_DAYS_AFTER = 1


@dataclass(frozen=True, slots=True)
class StoryDay:
    """The day a dateline names, its words ("August 7") and the dateline's source span."""

    day: date
    words: str
    dateline: Span


def story_day(doc: Document) -> StoryDay | None:
    """The day the document's dateline names, when it names one that fits its publication
    date (the year, when unstated, is the one that puts the day nearest to it)."""
    if doc.dateline is None or doc.date is None:
        return None
    shown = doc.visible.reading(doc.dateline.start, doc.dateline.end)
    for match in _FILED.finditer(shown):
        name = (match.group("month") or match.group("month2"))[:3].lower()
        if name not in _MONTHS:
            continue
        month = _MONTHS.index(name) + 1
        day = int(match.group("day") or match.group("day2"))
        found = _nearest(doc.date, month, day, match.group("year"))
        if found is None:
            return None
        words = match.group(0).lstrip(", \t")
        return StoryDay(found, words, doc.dateline)
    return None


def _nearest(published: date, month: int, day: int, year: str | None) -> date | None:
    """The day in the year given, or else nearest to the publication date, if it fits it."""
    years = [int(year)] if year else [published.year - 1, published.year, published.year + 1]
    days = [d for d in (_date(y, month, day) for y in years) if d is not None]
    if not days:
        return None
    found = min(days, key=lambda d: abs((d - published).days))
    gap = (published - found).days
    return found if -_LATEST_DAYS_AFTER <= gap <= _EARLIEST_DAYS_BEFORE else None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:  # 30 February
        return None
