"""A span of days counted from a dated happening named right after it: "the day before his
June 24, 2005 murder" is 23 June 2005; "One day after Wednesday's massive general strike" is
Thursday; "two weeks after the March 3 vote" is 17 March.

News dates a step by its distance from another happening whose own date it gives in passing.
The count, "before" or "after", and the date are one expression, dated by the count: the date
alone is the other happening's. A count with no date after it ("the day before his murder",
"two days after the vote") is left to the anaphoric rules (counted from the story's time) or
stays a span; a count of how long ("for three days after Sunday's storm") is not a date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from viewer.core.model import Precision
from viewer.core.temporal.calendar_words import add_months, number_value
from viewer.core.temporal.context import NUMBER
from viewer.core.temporal.timex import Timex

_UNIT_DAYS = {"day": 1, "night": 1, "morning": 1, "afternoon": 1, "evening": 1, "week": 7}
# The count and its direction, then at most a determiner, right before a day's date.
_COUNT_BEFORE = re.compile(
    rf"\b(?:the|an?|(?P<n>{NUMBER}))\s+(?P<u>day|night|morning|afternoon|evening|week)s?\s+"
    r"(?P<dir>before|after)\s+(?:(?:the|his|her|its|their|this|that)\s+)?$",
    re.IGNORECASE,
)
# "for three days after", "within a week after": how long, not when.
HOW_LONG_WORDS = ("for", "over", "within", "during", "in", "of", "first", "last", "next", "past")
_HOW_LONG = re.compile(rf"\b(?:{'|'.join(HOW_LONG_WORDS)})\s+$", re.I)
_REACH = 48  # how far before the date the count may start
# A span counted on from a dated happening named right after it: "within a week of the March 2
# sale", "within two days after Tuesday's vote" is from that day to the count's end, not the day.
_WITHIN_BEFORE = re.compile(
    rf"\bwithin\s+(?:an?|(?P<n>{NUMBER}))\s+(?P<u>day|week|month)s?\s+(?:of|after)\s+"
    r"(?:(?:the|his|her|its|their|this|that)\s+)?$",
    re.IGNORECASE,
)
_VAGUE = frozenset({"few", "several", "a few", "a couple of"})


def counted_from_named(text: str, lower: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes with each day's date that a count before or after leads into replaced by
    one expression from the count to the date, dated by the count (and what the count's own
    words were tagged as, a duration, dropped)."""
    out: list[Timex] = []
    for t in timexes:
        counted = _counted(text, lower, t)
        if counted is None:
            out.append(t)
            continue
        while out and out[-1].end > counted.start:
            out.pop()  # "two days", tagged as a duration, is part of the count
        out.append(counted)
    return out


def _counted(text: str, lower: str, t: Timex) -> Timex | None:
    if t.precision is not Precision.DAY or t.first is None or t.type != "DATE":
        return None
    head = max(0, t.start - _REACH)
    window = lower[head : t.start]
    if "within" in window and (within := _within(text, head, t)) is not None:
        return within
    if "before" not in window and "after" not in window:
        return None  # most dates are spared the scan
    m = _COUNT_BEFORE.search(text, head, t.start)
    if m is None or _HOW_LONG.search(text, max(0, m.start() - 8), m.start()):
        return None
    words = (m.group("n") or "1").lower()  # "the day before", "a week after": one
    n = number_value(words)
    if n is None or words in _VAGUE:
        return None
    days = n * _UNIT_DAYS[m.group("u").lower()]
    day = t.first + timedelta(days=-days if m.group("dir").lower() == "before" else days)
    return Timex(
        m.start(),
        t.end,
        text[m.start() : t.end],
        day.isoformat(),
        "DATE",
        Precision.DAY,
        day,
        day,
        t.relative,
        (*t.flags, "counted"),
    )


def _within(text: str, head: int, t: Timex) -> Timex | None:
    """The span from a day's date to the end of a count "within" before it (`_WITHIN_BEFORE`),
    or None: not such a count, or a vague one ("within a few days of")."""
    m = _WITHIN_BEFORE.search(text, head, t.start)
    words = (m.group("n") or "1").lower() if m is not None else ""
    n = number_value(words) if words and words not in _VAGUE else None
    if m is None or n is None or t.first is None:
        return None
    unit = m.group("u").lower()
    first = t.first
    last = add_months(first, n) if unit == "month" else first + timedelta(days=n * _UNIT_DAYS[unit])
    return Timex(
        m.start(),
        t.end,
        text[m.start() : t.end],
        f"{first.isoformat()}/{last.isoformat()}",
        "DATE",
        Precision.RANGE,
        first,
        last,
        t.relative,
        (*t.flags, "counted"),
    )
