"""A date typed as people write one ("1 Jun 2025", "June 2025", "01/06/2025", "1.6.2025"),
read as the day (or the month, or the year) it names. A date field laid out 2025-06-01 took
"June 2025" as 2025-02-01 and "1 Jun 2025" as the year 1202, and filtered on that."""

from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number], "sept" * (number == 9))
    if name
}
TOKENS = re.compile(r"[^\W\d_]+|\d+")


def typed_period(text: str, *, day_first: bool, year: int) -> tuple[date, date] | None:
    """The first and last day of what `text` names, None while it names none; `day_first`:
    how "01/06/2025" is read (the desktop's way), `year`: the year of "1 Jun"."""
    tokens = TOKENS.findall(text.lower())
    words = [t for t in tokens if not t.isdigit()]
    numbers = [t for t in tokens if t.isdigit()]
    if len(words) > 1 or (words and _month(words[0]) is None):
        return None
    if words:
        return _with_month(_month(words[0]) or 1, numbers, year)
    return _all_numbers(numbers, day_first=day_first)


def _month(word: str) -> int | None:
    return next((n for name, n in MONTHS.items() if len(word) >= 3 and name.startswith(word)), None)


def _year(number: str) -> int:
    return int(number) + 2000 if len(number) <= 2 else int(number)


def _with_month(month: int, numbers: list[str], year: int) -> tuple[date, date] | None:
    """ "1 Jun 2025", "Jun 1, 2025", "June 2025", "1 June": a day and a year about a month."""
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(years) > 1 or len(days) > 1 or len(numbers) > 2:
        return None
    year = int(years[0]) if years else year
    if not days:
        return _month_span(year, month)
    return _day(year, month, int(days[0]))


def _all_numbers(numbers: list[str], *, day_first: bool) -> tuple[date, date] | None:
    """ "2025-06-01", "01/06/2025", "6/2025", "2025" """
    if len(numbers) == 1 and len(numbers[0]) == 4:
        year = int(numbers[0])
        return date(year, 1, 1), date(year, 12, 31)
    if len(numbers) == 2 and len(numbers[1]) == 4:
        return _month_span(int(numbers[1]), int(numbers[0]))
    if len(numbers) == 2 and len(numbers[0]) == 4:
        return _month_span(int(numbers[0]), int(numbers[1]))
    if len(numbers) != 3:
        return None
    if len(numbers[0]) == 4:
        year, month, day = (int(n) for n in numbers)
    else:
        day, month = (int(n) for n in (numbers[:2] if day_first else numbers[1::-1]))
        year = _year(numbers[2])
    return _day(year, month, day)


def _month_span(year: int, month: int) -> tuple[date, date] | None:
    if not (1 <= month <= 12 and date.min.year <= year):
        return None
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _day(year: int, month: int, day: int) -> tuple[date, date] | None:
    try:
        day_named = date(year, month, day)
    except ValueError:
        return None
    return day_named, day_named
