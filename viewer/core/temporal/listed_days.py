"""Days of one month listed together: "will take place on August 10, 11, 17 and 18", "strikes
on 10, 11, 17 and 18 August". The tagger reads the date named with its month; the list makes
it the span from the first day to the last, as "from August 10 to 18" would be."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.model import Precision
from viewer.core.temporal.timex import Timex

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# After the date: ", 11, 17 and 18" (not a year, a figure or a clock time after the last day).
# "March 3 and 4", "March 3, 4 and 5"; not "March 3, and 12 people died": a comma right before
# "and" only after a list, and no count's noun after the last number.
_LIST_AFTER = re.compile(
    rf"(?:(?:,\s*{_DAY})+,?|)\s+(?:and|&)\s+({_DAY})\b(?![,.]?\d|\s*(?:%|:|-\d))"
    r"(?!\s+(?:people|of|per|percent|years?|months?|weeks?|days?|hours?|minutes?|times|others"
    r"|more|million|billion)\b)"
)
# Before it, after a preposition: "on 10, 11, 17 and " 18 August.
_LIST_BEFORE = re.compile(
    rf"\b(?:on|from|between)\s+({_DAY})(?:,\s*{_DAY})*,?\s+(?:and|&)\s+$", re.IGNORECASE
)
_NUMBER = re.compile(r"\d+")


def with_listed_days(text: str, timexes: list[Timex]) -> list[Timex]:
    """Each date of a day named with its month, widened over the days listed with it."""
    return [_widened(text, t) for t in timexes]


def _widened(text: str, t: Timex) -> Timex:
    if t.type != "DATE" or t.precision is not Precision.DAY or t.first is None:
        return t
    if not any(c.isalpha() for c in t.text) or not any(c.isdigit() for c in t.text):
        return t  # a day named with its month in words and its number: "August 10"
    start, end, first, last = t.start, t.end, t.first, t.first
    after = _LIST_AFTER.match(text, t.end)
    if after is not None and (day := _day(t.first, after.group(1))) is not None and day > last:
        end, last = after.end(), day
    before = _LIST_BEFORE.search(text, max(0, t.start - 40), t.start)
    if before is not None and (day := _day(t.first, before.group(1))) is not None and day < first:
        start, first = before.start(1), day
    if (start, end) == (t.start, t.end):
        return t
    value = f"{first.isoformat()}/{last.isoformat()}"
    return Timex(
        start,
        end,
        text[start:end],
        value,
        "DATE",
        Precision.RANGE,
        first,
        last,
        t.relative,
        t.flags,
    )


def _day(of: date, written: str) -> date | None:
    """The day numbered `written` in the month of `of`, if there is one."""
    number = int(_NUMBER.match(written).group(0))  # type: ignore[union-attr]
    try:
        return of.replace(day=number)
    except ValueError:
        return None
