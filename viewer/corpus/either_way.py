"""Which way round a numeric date that reads either way ("04/05/2024") is meant: as the
article says, by the same day written out, a weekday, a time zone, its other numeric dates,
the day it was saved, the language it declares, or a month it names; never guessed."""

from __future__ import annotations

import re
from datetime import date

from viewer.corpus.dates import MONTH_NAMES, MONTH_NUMBERS, DateMatch, find_full_dates

_WEEKDAY_NAMES = re.compile(
    r"\b(?P<w>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs)?\b\.?", re.IGNORECASE
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A month named in the article's own words; "May" and "March" are verbs too.
_MONTH_WORD = re.compile(
    r"\b(?:January|February|April|June|July|August|September|October|November|December|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)(?!\w)"
)


# The time zone after a clock time tells the country's order of day and month: the zones of
# North America write the month first, those of Europe, Africa, India and Oceania the day.
_MONTH_FIRST_ZONES = frozenset("ET EST EDT CT CST CDT MT MST MDT PT PST PDT AKST AKDT HST".split())
_DAY_FIRST_ZONES = (
    "GMT BST CET CEST EET EEST WET WEST IST MSK SAST WAT EAT AEST AEDT ACST ACDT AWST NZST NZDT"
)
_ZONE_WORD = re.compile(
    rf"\d[\d:.]*\s*(?:(?i:[ap]\.?m\.?)\s*)?\(?({'|'.join(sorted(_MONTH_FIRST_ZONES))}|"
    rf"{_DAY_FIRST_ZONES.replace(' ', '|')})\b"
)


# A clock time written with an "h" between hours and minutes, as French, Portuguese and
# Spanish pages write it ("08/05/2024 10h32"): their countries write the day first.
_H_CLOCK = re.compile(r"(?<![\w:.])[0-2]?\d\s?h\s?[0-5]\d(?!\w)")


# The same day written out on the line of a numeric date, as a copied page doubles it, maybe
# glued to it: "04/11/2024April 11, 2024", "11/04/2024 - 11 April 2024".
_WRITTEN_AGAIN = re.compile(
    rf"(?i:(?P<mon>{MONTH_NAMES})\.?\s+(?P<d>[0-3]?\d)\b"
    rf"|(?<!\d)(?P<d2>[0-3]?\d)\s+(?P<mon2>{MONTH_NAMES})\b)"
)


def either_way(
    line: str,
    readings: tuple[DateMatch, DateMatch],
    elsewhere: str,
    day_first: bool | None = None,
) -> DateMatch | None:
    """The reading of a numeric date either way round that the article confirms: the same
    day written out on its line ("04/11/2024April 11, 2024"), else the weekday on its line
    ("Thu 12/10/2023" is a Thursday only as 12 October), else the time zone after its clock
    time ("04/12/2024 01:05 PM EDT" is 12 April) or a clock time written with an "h"
    ("08/05/2024 10h32" is 8 May), else the order of the numeric dates written
    elsewhere that read one way only ("25/03/2024" writes the day first), else the order the
    page declares (`day_first`, from its language: "en-GB"), else the one month of the two
    that the article names elsewhere ("12/10/2023" over a story of "October 9")."""
    for match in _WRITTEN_AGAIN.finditer(line):  # "04/11/2024April 11, 2024"
        month = MONTH_NUMBERS[(match["mon"] or match["mon2"]).lower()]
        day = int(match["d"] or match["d2"])
        fits = [r for r in readings if (r.month, r.day) == (month, day)]
        if len(fits) == 1:
            return fits[0]
    saved = _saved_on(elsewhere)
    if saved is not None:  # "Clipped: 2024-01-09": no day after it, "05/01/2024" is 5 January
        fits = [r for r in readings if r.full() <= saved]
        if len(fits) == 1:
            return fits[0]
    weekdays = {m["w"].lower() for m in _WEEKDAY_NAMES.finditer(line)}
    if len(weekdays) == 1:
        (named,) = weekdays
        fits = [r for r in readings if _WEEKDAYS[r.full().weekday()] == named]
        if len(fits) == 1:
            return fits[0]
    zone = _ZONE_WORD.search(line)  # "04/12/2024 01:05 PM EDT", "09/12/2023 - 00:14 GMT+1"
    if zone is not None:
        return readings[0] if zone.group(1) in _MONTH_FIRST_ZONES else readings[1]
    if _H_CLOCK.search(line):  # "08/05/2024 10h32"
        return readings[1]
    written = written_order(elsewhere)
    order = written if written is not None else day_first
    if order is not None:
        return readings[1] if order else readings[0]
    months = {MONTH_NUMBERS[m.group().rstrip(".").lower()] for m in _MONTH_WORD.finditer(elsewhere)}
    fits = [r for r in readings if r.month in months]
    return fits[0] if len(fits) == 1 else None


# A numeric date that reads one way only, its day past 12: "25/03/2024", "03-25-2024".
_ONE_WAY = re.compile(
    r"(?<![\d/.-])(?P<a>[0-3]?\d)(?P<s>[/-])(?P<b>[0-3]?\d)(?P=s)(?:1\d|2\d)\d\d(?![\d/-])"
)
_ONE_WAY_LOOKS = 200  # numeric dates looked at: a page's form shows in its first few


# The day a page was saved, clipped or printed, as a notes app or a browser writes it on the
# page: no article on it was published after that day.
_SAVED = re.compile(
    r"\b(?i:clipped|saved|printed|retrieved|accessed|captured|archived)(?:\s+(?:on|at))?:?\s*"
)


def _saved_on(text: str) -> date | None:
    """The day the page says it was saved on, if it says so once."""
    days = set()
    for match in _SAVED.finditer(text):
        found = find_full_dates(text[match.end() : match.end() + 40])
        if found and found[0].start == 0:
            days.add(found[0].full())
    return days.pop() if len(days) == 1 else None


def written_order(text: str) -> bool | None:
    """Whether the numeric dates of `text` that read one way only write the day first (True)
    or the month first (False); None when there are none, or both kinds."""
    orders: set[bool] = set()
    for count, match in enumerate(_ONE_WAY.finditer(text)):
        a, b = int(match["a"]), int(match["b"])
        if 12 < a <= 31 and 1 <= b <= 12:
            orders.add(True)
        elif 12 < b <= 31 and 1 <= a <= 12:
            orders.add(False)
        if len(orders) > 1 or count >= _ONE_WAY_LOOKS:
            break
    return next(iter(orders)) if len(orders) == 1 else None
