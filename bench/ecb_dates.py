"""The publication date an ECB+ article gives: its date line, else the date in its address.

The articles ECB+ added (`ecbplus`) keep the page's address as sentence 0 and its header
lines after it, one of which is usually a date line in one of the many ways pages write
them: "May 03, 2013", "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM", "21 July 2013 Last
updated at 11:11 GMT", "12/16/08 1:30 AM EST", "Edited on Mon Dec-19-05", "Mar. 8 5:46 PM".
A date line is a header line holding a date and little else (labels, times, a place). Its
first date is the publication date ("Posted … Updated …"). A numeric date whose day and
month could be either way round ("11/09/2010") and a date without its year ("APR 28") are
read by the builder the way that puts them nearest the other dates of their topic (month
first when the topic has no other date).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_FORMS = (
    re.compile(rf"\b{_MONTH}\s*{_DAY}(?:,?\s+|-){_YEAR}\b", re.IGNORECASE),  # May 03, 2013
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 21 July 2013
    re.compile(rf"\b{_MONTH}-{_DAY}-(?P<year>\d\d)\b", re.IGNORECASE),  # Dec-19-05
)
_ISO = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d\d)([-.])(?P<month>\d\d)\2(?P<day>\d\d)(?!\d)")
_NUMERIC = re.compile(
    r"(?<![\d.:/])(?P<a>\d{1,2})(?P<mark>[/.-])(?P<b>\d{1,2})(?P=mark)(?P<year>\d{4}|\d\d)(?![\d:])"
)
# "APR 28", "Mar. 8 5:46 PM": no year written.
_NO_YEAR = re.compile(rf"\b{_MONTH}\s*{_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.IGNORECASE)
# What a date line may hold besides its date: labels, times, zones, weekdays.
_LINE_WORDS = frozenset(
    """
    published posted updated update last first created story edited on at article for
    immediate release am pm a.m p.m et est edt cst cdt mst mdt pst pdt gmt bst ist cet cest
    akdt utc hrs local time monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thurs fri sat sun by
    """.split()
)
# Other words (a place, an agency) a date line may carry: "SUNNYVALE, Calif. —2/29/2012".
_OTHER_WORDS = 3
_WORD = re.compile(r"[A-Za-z][A-Za-z.]*")
_URL_FORMS = (
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>\d\d)/(?P<day>\d\d)(?:/|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[a-z]{3})/(?P<day>\d\d)/"),
    re.compile(r"(?<!\d)(?P<year>20[0-2]\d)-?(?P<month>[01]\d)-?(?P<day>[0-3]\d)(?!\d)"),
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """The readings of a date as written: one, two (month and day either way round, month
    first), or none when the year is not written (`yearless` then holds month and day)."""

    readings: tuple[date, ...]
    yearless: tuple[int, int] | None = None  # (month, day) when no year is written

    def nearest(self, target: date) -> date:
        """The reading nearest `target`; a date without a year takes the year nearest it."""
        if self.yearless is not None:
            month, day = self.yearless
            candidates = [
                _date(year, month, day) for year in range(target.year - 1, target.year + 2)
            ]
            readings = tuple(c for c in candidates if c is not None)
        else:
            readings = self.readings
        return min(readings, key=lambda found: abs((found - target).days))


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _full_year(written: str) -> int:
    year = int(written)
    if len(written) == 2:
        year += 2000 if year < 50 else 1900
    return year


def find_date(text: str) -> tuple[FoundDate, int, int] | None:
    """The first date written in `text`, with its span; None when there is none."""
    found: list[tuple[int, int, FoundDate]] = []
    for form in _FORMS:
        for match in form.finditer(text):
            month = _MONTHS[match["month"].lower()]
            day = _date(_full_year(match["year"]), month, int(match["day"]))
            if day is not None:
                found.append((match.start(), match.end(), FoundDate((day,))))
    for match in _ISO.finditer(text):  # 2012-04-04, 2012.08.08
        day = _date(int(match["year"]), int(match["month"]), int(match["day"]))
        if day is not None:
            found.append((match.start(), match.end(), FoundDate((day,))))
    for match in _NUMERIC.finditer(text):
        year, a, b = _full_year(match["year"]), int(match["a"]), int(match["b"])
        # Month first (as American pages write it), then day first, where both can be.
        readings = dict.fromkeys(d for d in (_date(year, a, b), _date(year, b, a)) if d)
        if readings:
            found.append((match.start(), match.end(), FoundDate(tuple(readings))))
    if not found:
        for match in _NO_YEAR.finditer(text):
            month, number = _MONTHS[match["month"].lower()], int(match["day"])
            if _date(2000, month, number) is not None:  # 2000: a leap year, so 29 February is
                found.append((match.start(), match.end(), FoundDate((), (month, number))))
    if not found:
        return None
    start, end, first = min(found, key=lambda item: (item[0], -item[1]))
    return first, start, end


def date_line(text: str) -> FoundDate | None:
    """The date of a header line that holds a date and little else; None for other lines."""
    found = find_date(text)
    if found is None:
        return None
    date_found, start, end = found
    rest = text[:start] + " " + text[end:]
    rest = re.sub(r"\d+", " ", rest)
    words = [w.lower().rstrip(".") for w in _WORD.findall(rest)]
    others = [w for w in words if w not in _LINE_WORDS and w not in _MONTHS and len(w) > 1]
    return date_found if len(others) <= _OTHER_WORDS else None


def address_date(url: str) -> date | None:
    """The date in a page's address ("/2013/may/03/", "/2013/08/02/", "-20130504")."""
    for form in _URL_FORMS:
        match = form.search(url.lower())
        if match is None:
            continue
        month_text = match["month"]
        month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text, 0)
        found = _date(int(match["year"]), month, int(match["day"]))
        if found is not None:
            return found
    return None
