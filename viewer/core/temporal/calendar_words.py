"""Calendar vocabulary and arithmetic for the temporal tagger: names, numbers, TIMEX3 strings."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names that are also common English words or first names: taken as months only
# when a preposition, a modifier, a day or a year says so.
WORDLIKE_MONTHS = frozenset({"march", "may", "april", "june", "august"})
# The year "last", "this" or "next" names, counted from the year of now: "April last year".
YEAR_SHIFT = {"last": -1, "this": 0, "next": 1}

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
# Vague quantities keep an X in the TIMEX3 value ("several weeks" -> PXW).
VAGUE_QUANTITIES = frozenset({"a few", "few", "several", "a couple of", "couple of", "some"})

ORDINALS: dict[str, int] = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}

# TIMEX3 duration unit letters; weeks, months and years are date units, the rest time units.
UNIT_LETTERS: dict[str, str] = {
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
}
TIME_UNITS = frozenset({"minute", "hour"})


def fortnights_as_weeks(count: int, unit: str) -> tuple[int, str]:
    """A count of fortnights as one of weeks ("a fortnight ago": two weeks ago); any other
    unit as it is."""
    return (2 * count, "week") if unit == "fortnight" else (count, unit)


SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "autumn": "FA",
    "fall": "FA",
    "winter": "WI",
}
# Meteorological seasons of the northern hemisphere: (first month, number of months).
SEASON_MONTHS: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}


def number_value(word: str) -> int | None:
    """The integer a count word or numeral stands for; None for vague quantities."""
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    if w in NUMBER_WORDS:
        return NUMBER_WORDS[w]
    if "-" in w:  # twenty-five
        tens, _, ones = w.partition("-")
        if tens in NUMBER_WORDS and ones in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[ones]
    return None


def month_number(word: str) -> int | None:
    """The month a full or abbreviated month name stands for."""
    w = word.lower().rstrip(".")
    return MONTHS.get(w) or MONTH_ABBREVIATIONS.get(w)


def last_day(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None when the day does not exist in that month (e.g. 30 February)."""
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) delta months away."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def add_months(d: date, delta: int) -> date:
    """The same day delta months away, clamped to the month's end."""
    y, m = shift_months(d.year, d.month, delta)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def monday_of(d: date) -> date:
    """The Monday of d's ISO week."""
    return d - timedelta(days=d.weekday())


def iso_week(d: date) -> str:
    """TIMEX3 value of d's ISO week, e.g. 2022-W10."""
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def season_bounds(year: int, code: str) -> tuple[date, date]:
    """First and last day of a season; winter of year Y runs from December Y to February Y+1."""
    first_month = SEASON_MONTHS[code]
    first = date(year, first_month, 1)
    end_y, end_m = shift_months(year, first_month, 2)
    return first, last_day(end_y, end_m)


def season_of(d: date) -> tuple[int, str]:
    """The (year, code) of the season containing d, in the convention of season_bounds."""
    if d.month in (1, 2):
        return d.year - 1, "WI"
    for code, first_month in SEASON_MONTHS.items():
        if first_month <= d.month < first_month + 3:
            return d.year, code
    raise AssertionError(d)  # pragma: no cover - every month has a season


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter."""
    first_month = 3 * (quarter - 1) + 1
    return date(year, first_month, 1), last_day(year, first_month + 2)


def part_bounds(first: date, last: date, part: str) -> tuple[date, date]:
    """The first, middle or last third of an interval: 'early', 'mid' and 'late' February.
    An interval of whole years is cut at whole months or years, as a reader counts them:
    "early 2009" is January to April, "the mid-19th century" 1833 to 1865, not days between."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        years = last.year - first.year + 1
        if years == 1:
            start, end = {"START": (1, 4), "END": (9, 12)}.get(part, (5, 8))
            return date(first.year, start, 1), last_day(first.year, end)
        if years >= 3:
            third = years // 3
            if part == "START":
                return first, date(first.year + third - 1, 12, 31)
            if part == "END":
                return date(last.year - (years - 2 * third) + 1, 1, 1), last
            return date(first.year + third, 1, 1), date(first.year + 2 * third - 1, 12, 31)
    span = (last - first).days + 1
    third = span // 3
    if part == "START":
        return first, first + timedelta(days=third - 1)
    if part == "END":
        return last - timedelta(days=span - 2 * third - 1), last
    return first + timedelta(days=third), first + timedelta(days=2 * third - 1)


def easter(year: int) -> date:
    """Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_shift) // 433
    month = (h + weekday_shift - 7 * m + 90) // 25
    day = (h + weekday_shift - 7 * m + 33 * month + 19) % 32
    return date(year, month, day)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = last_day(year, month)
    return last - timedelta(days=(last.weekday() - weekday) % 7)
