"""The time of the figure a change is measured from: "Revenue declined 8% to $85.7 million,
from $93.3 million a year earlier".

Results stories give the old figure its time right after it, or the change its base time
with no old figure ("production fell 8.4% from a year ago"). That time is the old figure's,
not the change's: the change is of the period the story's figures are of. Such a time is
flagged "compared" and is no longer counted from the story's time ("anaphoric"), so that it
dates neither the sentence nor what follows it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from viewer.core.model import Precision
from viewer.core.temporal.timex import Timex

# "from $93.3 million ", "from 12.5% ", "from about 3,000 in ": a figure after "from"; also
# with its unit in words and the occasion it was measured at: "down from 67 percent at the
# last election in ".
_FROM_FIGURE = re.compile(
    r"\bfrom\s+(?:about\s+|nearly\s+|almost\s+)?[$#€£]?\d[\d.,]*"
    r"(?:\s+(?:million|billion|trillion))?(?:%|\s+(?:percent|per\s+cent|points))?\s+"
    r"(?:(?:at|in|for|during)\s+(?:the|a|its|their)\s+(?:[a-z]+\s+){1,3}(?:in|of)\s+"
    r"|in\s+)?$",
    re.IGNORECASE,
)
# A change measured from a time with no old figure told: "production fell 8.4% from a year
# ago", "grew a robust 19% from a year ago"; in British copy "on": "up 8 per cent on last
# year", "down 3% on the same period last year". The time is the comparison's base too. A
# day after "on" is when the change came about: "Shares fell 3% on Monday".
_CHANGE_FROM = re.compile(
    r"\d\s?(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+(?:from|on)\s+"
    r"(?:the\s+same\s+(?:period|time|month|quarter|week)\s+)?$",
    re.IGNORECASE,
)
_REACH = 48  # how far before the time the figure may start
_CHANGE_UNITS = ("%", "cent", "point")  # one of which a change "on" its base time names


def _of_a_change(before: str) -> bool:
    """Whether the words before a time name a change's unit ("up 8 per cent on"): "on" alone
    is too common a word to try the pattern after it."""
    return any(unit in before for unit in _CHANGE_UNITS)


def figures_compared(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes, each told right after the figure a change is measured from flagged
    "compared" (and no longer "anaphoric")."""
    out = []
    for t in timexes:
        head = max(0, t.start - _REACH)
        before = text[head : t.start].lower()
        if (
            "from" in before
            and (
                _FROM_FIGURE.search(text, head, t.start) or _CHANGE_FROM.search(text, head, t.start)
            )
        ) or (
            " on " in before
            and t.precision is not Precision.DAY
            and _of_a_change(before)
            and _CHANGE_FROM.search(text, head, t.start)
        ):
            flags = (*(f for f in t.flags if f != "anaphoric"), "compared")
            t = replace(t, flags=flags)
        out.append(t)
    return out


# The period a year before, then named in apposition: "In the comparable year-ago quarter, the
# second quarter ended Oct. 31, Service Corp. had a loss". The name holds no year of its own.
_YEAR_AGO = re.compile(r"\byear[\s-](?:ago|earlier)\b", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s*")
# The year-ago period as when ("In the comparable year-ago quarter, the second quarter ended
# …"), not as what is compared with ("Compared with the year-ago quarter, third-quarter
# revenue rose": the comma ends the comparison, and the quarter after it is the story's).
_WHEN = re.compile(r"\b(?:in|for|during)\s+(?:the\s+)?(?:comparable\s+)?$", re.IGNORECASE)
_PERIOD_OF_YEAR = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")


def year_ago_named(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes, a quarter or a half named right after "the year-ago quarter" and a comma
    (and resolved against the publication's year) moved a year back."""
    out = list(timexes)
    for i in range(1, len(out)):
        before, t = out[i - 1], out[i]
        if not (
            t.relative
            and t.first is not None
            and t.last is not None
            and _PERIOD_OF_YEAR.match(t.value)
            and "anaphoric" in before.flags
            and _YEAR_AGO.search(before.text)
            and _APPOSITION.fullmatch(text, before.end, t.start)
            and _WHEN.search(text, max(0, before.start - 24), before.start)
        ):
            continue
        value = f"{int(t.value[:4]) - 1:04d}{t.value[4:]}"
        first = t.first.replace(year=t.first.year - 1)
        last = t.last.replace(year=t.last.year - 1)  # a quarter's or a half's end: no 29 Feb
        out[i] = replace(t, value=value, first=first, last=last)
    return out
