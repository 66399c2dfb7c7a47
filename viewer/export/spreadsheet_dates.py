"""A date cell as a spreadsheet saves it again: the export's 2022-03-08 becomes 08/03/2022,
3/8/2022, 08.03.2022, 8-Mar-22 or 2022-03-08 00:00:00 with the locale and the format of the
column, in every row at once. Read back here to the day it names; the order of day and month
in 08/03/2022 is the file's, decided from its cells, as one file is saved in one locale."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from enum import StrEnum

_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?$")
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_NUMERIC = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})")
_DAY_NAMED = re.compile(r"(\d{1,2})[-/. ]+([A-Za-z]{3,9})\.?[-/., ]+(\d{4}|\d{2})")
_NAMED_DAY = re.compile(r"([A-Za-z]{3,9})\.?[-/. ]+(\d{1,2}),?[-/. ]+(\d{4}|\d{2})")
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS = tuple(name[:3].lower() for name in _MONTH_NAMES)


class DayOrder(StrEnum):
    """Which comes first in a date of numbers only, as the file's locale writes it."""

    DAY_FIRST = "day first"  # 08/03/2022, 08.03.2022: most of the world
    MONTH_FIRST = "month first"  # 3/8/2022: the United States


def without_time(text: str) -> str:
    """A date cell without the midnight a spreadsheet may add to it."""
    return _TIME.sub("", text.strip())


def numbers_only(text: str) -> tuple[int, int, int] | None:
    """The three numbers of a date like 08/03/2022 (not of 2022-03-08), or None."""
    found = _NUMERIC.fullmatch(without_time(text))
    if found is None:
        return None
    first, second, year = found.groups()
    return int(first), int(second), _year(year)


def order_shown(cells: Iterable[str]) -> DayOrder | None:
    """The order of day and month the cells show (a 13 or more can only be a day), or None
    when none shows it, or when they show both (then each cell must show its own)."""
    day_first = month_first = False
    for cell in cells:
        numbers = numbers_only(cell)
        if numbers is not None:
            day_first |= numbers[0] > 12 >= numbers[1]
            month_first |= numbers[1] > 12 >= numbers[0]
    if day_first == month_first:
        return None
    return DayOrder.DAY_FIRST if day_first else DayOrder.MONTH_FIRST


def is_ambiguous(cell: str) -> bool:
    """A date of numbers only that reads as two days (05/03/2022), unless the order is known."""
    numbers = numbers_only(cell)
    return numbers is not None and numbers[0] != numbers[1] and max(numbers[:2]) <= 12


def spreadsheet_day(text: str, order: DayOrder | None) -> date:
    """The day a date cell names, written the export's way or a spreadsheet's; ValueError
    (the words to show the user) when it names none, or when it could be two."""
    cell = without_time(text)
    if found := _ISO.fullmatch(cell):
        year, month, day = (int(n) for n in found.groups())
        return _calendar(year, month, day)
    if found := _DAY_NAMED.fullmatch(cell):
        day_text, month_text, year_text = found.groups()
        return _calendar(_year(year_text), _month(month_text), int(day_text))
    if found := _NAMED_DAY.fullmatch(cell):
        month_text, day_text, year_text = found.groups()
        return _calendar(_year(year_text), _month(month_text), int(day_text))
    numbers = numbers_only(cell)
    if numbers is None:
        raise ValueError("is not a date like 2022-03-08")
    first, second, year = numbers
    if order is None and is_ambiguous(cell):
        raise ValueError(
            f"could be {_spoken(first, second)} or {_spoken(second, first)}: "
            "write it as year-month-day (2022-03-08)"
        )
    if order is DayOrder.MONTH_FIRST or (order is None and second > 12):
        first, second = second, first
    return _calendar(year, second, first)


def _calendar(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueError("is not a day of the calendar") from None


def _month(name: str) -> int:
    key = name[:3].lower()
    if key not in _MONTHS:
        raise ValueError("is not a date like 2022-03-08")
    return _MONTHS.index(key) + 1


def _year(text: str) -> int:
    """A year of two digits as spreadsheets read it: 00 to 29 this century, 30 to 99 the last."""
    year = int(text)
    if len(text) == 2:
        return 2000 + year if year < 30 else 1900 + year
    return year


def _spoken(day: int, month: int) -> str:
    return f"{day} {_MONTH_NAMES[month - 1]}" if 1 <= month <= 12 else f"{day}/{month}"
