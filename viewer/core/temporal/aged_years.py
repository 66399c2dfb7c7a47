"""A year counted from a birth by an age: "Born in Memphis in 1935, he began playing piano at
the age of four" is of 1939 or 1940, the years he was four, not of the birth's year, which
is the only time the sentence names."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.model import DateValue, Precision
from viewer.core.temporal.calendar_words import number_value
from viewer.core.temporal.timex import Timex

# A participle of birth opening the sentence: "Born in Memphis in 1935, …".
_BORN = re.compile(r"[\"“‘]?Born\b")
# An age the main clause's happening came at: "at the age of four", "aged 19", "at age 12".
_AGE = re.compile(
    r"\b(?:at\s+the\s+age\s+of|at\s+age|aged)\s+(\d{1,3}|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE
)
_OLDEST = 120


def aged_year(text: str, start: int, end: int, chosen: Timex) -> tuple[DateValue, str] | None:
    """The years a sentence text[start:end] opening on its subject's birth year (`chosen`)
    tells of by the age it names after it, and the words that name them; None for any other
    sentence."""
    if chosen.precision is not Precision.YEAR or chosen.first is None:
        return None
    if _BORN.match(text, start, chosen.start) is None:
        return None
    return _aged(chosen.first.year, chosen.text, text[chosen.end : end])


def aged_after_birth(
    birth: DateValue, words: str, told: str, shown: str
) -> tuple[DateValue, str] | None:
    """The years a sentence (`shown`) with no time of its own tells of by the age it names,
    after a sentence (`told`) telling of a birth (`birth`, named by `words`): "Holt
    was born in Memphis in 1935. | He began playing the piano at the age of four." is
    1939-1940. None for any other."""
    if "orn" not in told or _BORN_TOLD.search(told) is None:
        return None  # (most sentences a story goes on from tell of no birth: no search)
    return _aged(birth.first.year, words, shown)


# A birth told: "was born in 1935", "Born in Memphis in 1935, …".
_BORN_TOLD = re.compile(r"\b(?:was|were)\s+born\b|^[\"“‘]?Born\b")


def _aged(year: int, words: str, after: str) -> tuple[DateValue, str] | None:
    """The two years in which an age named in `after` was reached, counted from a birth year,
    and the words that tell them."""
    m = _AGE.search(after)
    age = number_value(m.group(1)) if m is not None else None
    if m is None or age is None or age > _OLDEST:
        return None
    year += age  # a birthday in the year or before it: that year or the next
    value = DateValue(date(year, 1, 1), date(year + 1, 12, 31), Precision.RANGE)
    return value, f"{words} … {' '.join(m.group(0).split())}"
