"""Years for articles dated only by day and month, taken from the rest of the corpus."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from viewer.core.model import DocDateBasis, Document
from viewer.corpus.dates import parse_date_words

YEAR_NOT_STATED = "year not stated in “{words}”: "
YEAR_FROM_FILE = YEAR_NOT_STATED + "{year} taken from the file's modification date"
YEAR_FROM_CORPUS = YEAR_NOT_STATED + "{year} taken from the other articles of the corpus"
YEAR_FROM_PAGE = YEAR_NOT_STATED + "{year} taken from {where}"  # page_years: "the page's …"
YEAR_FROM_WEEKDAY = (
    YEAR_NOT_STATED + "{year}, the last year up to the file's modification date ({file_year}) "
    "in which it fell on a {weekday}"
)
_SAME_DAYS = 7  # an article dated this close to a year-less day reports the same days
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = r"(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday)?\.?,?\s+(?:the\s+)?"
_WEEKDAY_OPENS = re.compile(_WEEKDAY, re.IGNORECASE)
_WEEKDAY_ENDS = re.compile(rf"\b{_WEEKDAY}$", re.IGNORECASE)
_WEEKDAY_REACH = 16  # how far before a day's words a weekday may stand ("Tuesday, May 14")
_YEARS_OF_A_WEEKDAY = 28  # in 28 years every day falls on every weekday


def stated_weekday(text: str, start: int, end: int) -> int | None:
    """The weekday (0 for Monday) that a year-less date `text[start:end]` is said to fall on,
    in its words ("Tuesday, May 14") or just before them ("LONDON, Tuesday, May 14 —")."""
    found = _WEEKDAY_OPENS.match(text, start, end) or _WEEKDAY_ENDS.search(
        text, max(0, start - _WEEKDAY_REACH), start
    )
    return None if found is None else _WEEKDAY_NAMES.index(_weekday_name(found.group(1)))


def _weekday_name(short: str) -> str:
    return next(name for name in _WEEKDAY_NAMES if name.lower().startswith(short.lower()))


def _falls_on(year: int, month: int, day: int, weekday: int) -> bool:
    try:
        return date(year, month, day).weekday() == weekday
    except ValueError:
        return False  # 29 February of a year without one


def year_up_to(year: int, month: int, day: int, weekday: int | None) -> int:
    """The year of a day and month saved in `year` (its file's): that year, or, the day said
    to fall on a weekday, the last year up to it in which it does (a page is saved after it
    is published; a weekday is never guessed against)."""
    if weekday is None:
        return year
    for earlier in range(year, year - _YEARS_OF_A_WEEKDAY, -1):
        if _falls_on(earlier, month, day, weekday):
            return earlier
    return year


def weekday_note(words: str, year: int, file_year: int, weekday: int) -> str:
    """The problem line saying why a year-less date with a weekday got its year."""
    return YEAR_FROM_WEEKDAY.format(
        words=words, year=year, file_year=file_year, weekday=_WEEKDAY_NAMES[weekday]
    )


def safe_date(year: int, month: int, day: int) -> date:
    """29 February in a year without one falls back to the 28th rather than failing."""
    try:
        return date(year, month, day)
    except ValueError:
        return date(year, month, day - 1)


def _nearest(days: list[int], day: int) -> int:
    """How many days from `day` to the nearest of `days` (sorted, not empty)."""
    at = bisect.bisect_left(days, day)
    return min(abs(days[k] - day) for k in (at - 1, at) if 0 <= k < len(days))


def infer_years(documents: list[Document]) -> None:
    """Give each year-less date the year of the articles dated within days of it, else the
    corpus's most common year (ties: the one nearest the rest).

    Documents read alone got their file's modification year; a corpus with fully dated
    articles is better evidence, so their year replaces it. With no dated article, nothing
    changes.
    """
    dated = [d.date for d in documents if d.date and d.date_basis is DocDateBasis.FOUND]
    if not dated:
        return
    counts = Counter(day.year for day in dated)
    top = max(counts.values())
    candidates = sorted(year for year, count in counts.items() if count == top)
    days = sorted(day.toordinal() for day in dated)
    for document in documents:
        if document.date_basis is not DocDateBasis.YEAR_INFERRED or _told_by_page(document):
            continue
        words = parse_date_words(document.date_text)
        if words is None:
            continue
        month, day = words.month, words.day

        def distance(year: int, month: int = month, day: int = day) -> int:
            return _nearest(days, safe_date(year, month, day).toordinal())

        # An article dated within days of this day and month is coverage of the same days: its
        # year is better evidence than the corpus's most common one, which a folder of
        # stories from several years may well hold.
        close = [y for y in counts if distance(y) <= _SAME_DAYS]
        if close:
            year = min(close, key=lambda y: (-counts[y], distance(y), y))
        else:
            year = min(candidates, key=lambda y: (distance(y), y))
        year = _on_its_weekday(document, year, distance)
        document.date = safe_date(year, month, day)
        stale = YEAR_NOT_STATED.format(words=document.date_text)
        document.problems = [p for p in document.problems if not p.startswith(stale)]
        document.problems.append(YEAR_FROM_CORPUS.format(words=document.date_text, year=year))


def _on_its_weekday(document: Document, year: int, distance: Callable[[int], int]) -> int:
    """`year`, or, when the date is said to fall on a weekday it does not fall on in that year,
    the year nearest the corpus's dated days in which it does."""
    span = document.date_span
    weekday = None if span is None else stated_weekday(document.text, span.start, span.end)
    date_of = document.date
    if weekday is None or date_of is None:
        return year
    month, day = date_of.month, date_of.day
    if _falls_on(year, month, day, weekday):
        return year
    half = _YEARS_OF_A_WEEKDAY // 2
    fitting = [y for y in range(year - half, year + half) if _falls_on(y, month, day, weekday)]
    return min(fitting, key=lambda y: (distance(y), y)) if fitting else year


def _told_by_page(document: Document) -> bool:
    """Whether the page's own dates gave the year (better evidence than the corpus's)."""
    stale = YEAR_NOT_STATED.format(words=document.date_text)
    return any(p.startswith(stale) and " taken from the page's " in p for p in document.problems)
