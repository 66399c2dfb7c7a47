"""Days and spans of days written as a reader says them: 9 Mar 2022, 5–6 Mar 2022, May–Aug
2009, 1833–1865; one way for the cards, the list, the panel and the pictures."""

from __future__ import annotations

from datetime import date, timedelta


def short_day(day: date) -> str:
    """A day as a label says it: 9 Mar 2022."""
    return f"{day.day} {day:%b %Y}"


def day_span(first: date, last: date) -> str:
    """Two days as one span, saying the month and year once where they are shared."""
    if first == last:
        return short_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%b %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{short_day(first)} – {short_day(last)}"


def whole_months(first: date, last: date) -> str:
    """A span of whole years or whole months as a reader says it, with no days: 1833–1865,
    May–Aug 2009, Nov 2010 – Jan 2011; empty for any other span."""
    if first.day != 1 or (last + timedelta(days=1)).day != 1:
        return ""
    if (first.month, last.month) == (1, 12):
        return f"{first.year}–{last.year}" if first.year != last.year else str(first.year)
    if first.year == last.year:
        return f"{first:%b}–{last:%b %Y}" if first.month != last.month else f"{first:%b %Y}"
    return f"{first:%b %Y} – {last:%b %Y}"
