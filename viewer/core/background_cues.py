"""Background told with a date: a comparison with another time, not a happening reported.

News dates its background as readily as its news: "a crowd larger than the one her father
addressed two decades ago". Such a time is the time of a description, not of something the
story reports (section 1 of docs/events.md: descriptions, standing facts and running totals are
no events). The phrase that holds it, with the rest of its clause, is background only when no
other time is left in the passage once it is taken out ("The crowd, larger than the one in
2019, gathered on Friday" tells Friday's gathering).
"""

from __future__ import annotations

import re

# How much a passage dated only by its background loses: more than its date gave it, so that
# an action told in the past with a source (0.25 + 0.25 + 0.2 + 0.2 + 0.1) falls below 0.5.
BACKGROUND_DOUBT = 0.6

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
)
_YEAR = r"(?:1[6-9]|20)\d\d\b"
# A time a passage may name: a year or a decade, a month, a day of the week, a holiday, a
# quarter, one counted from the story's.
_TIME = re.compile(
    rf"\b(?:{_YEAR}|{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|"
    r"tonight|overnight|weekend|ago\b|(?:last|next|this|earlier this|later this) (?:week|month|"
    r"year|season|morning|afternoon|evening|night|spring|summer|fall|autumn|winter)|"
    r"(?:1[6-9]|20)\d0s\b|(?:early|mid|late)-[a-z]+|century|christmas|easter|thanksgiving|"
    r"(?:first|second|third|fourth) quarter|\d{1,2}(?::\d\d)? ?[ap]\.?m\b)"
)

# A comparison with another time: "greater than the one he faced a decade ago". (A
# comparative of a quality, not of a count or a time: "more than a year ago", "no later than
# May".) The rest of its clause goes with it.
_COMPARISON = re.compile(
    r"(?<=[a-z]{3}er)(?<!\bmore)(?<!\bfewer)(?<!\bother)(?<!\brather)(?<!\bearlier)"
    r"(?<!\blater)(?<!\bsooner)(?<!\blonger)(?<!\bover)(?<!\bunder) than "
    r"(?:the one|those|that|it|they|he|she|in|at|during|a|an|the)\b"
)
# Where a phrase's clause ends.
_CLAUSE_END = re.compile(r"[,;.()—–]|\s-\s")


def names_time(low: str) -> bool:
    """Whether a lowercased text names a time: a year, a month, a weekday, a day counted."""
    return _TIME.search(low) is not None


def background_doubt(outside: str) -> float:
    """How much a dated passage (lowercased, on one line, its quotations blanked) loses for
    being background: a comparison with another time, its only time."""
    rest = outside
    if " than " in rest:
        while (found := _COMPARISON.search(rest)) is not None:  # the phrase to its clause's end
            rest = _cut(rest, found.start(), found.end())
    if rest != outside and not names_time(rest):
        return BACKGROUND_DOUBT  # the passage's only times were the background's
    return 0.0


def _cut(text: str, start: int, after: int) -> str:
    """The text without text[start:] up to the end of the clause going on after `after`."""
    end = _CLAUSE_END.search(text, after)
    return text[:start] + " " + text[end.start() if end else len(text) :]
