"""Times a figure is compared with, not the happening's: "up from Wednesday's close", "weaker
than last year", "a premium of 50 percent to LinkedIn's closing price on Friday", and the
clauses a figure is measured against ("faster than the bank forecast in June"). The governing
rule (`governing_timex`) passes them over."""

from __future__ import annotations

import re

from viewer.core.holds import holds_any_blind
from viewer.core.temporal.timex import Timex

# A figure compared with another time's: "a 13% increase from last year's $1.55 billion", "up
# from Wednesday's close".
_COMPARED_WITH = re.compile(r"\b(?:from|over|than|with|versus)\s+$", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s\b")

# A time a comparative is measured against: "demand was likely to be weaker than last year",
# "higher than in 2019". Not "more than a year ago", "no later than March 1": a count's or a
# limit's "than" leaves the time the happening's.
_THAN_A_TIME = re.compile(r"\b([a-z]+)\s+than\s+(?:in\s+|on\s+|at\s+|during\s+)?$", re.IGNORECASE)
_COUNT_OR_LIMIT = frozenset("more less fewer no rather other".split())
_THAN = ("than",)
# The price a bid is measured against: "a premium of 50 percent to LinkedIn's closing price on
# Friday" (not when Microsoft will pay).
_PREMIUM_TO = re.compile(
    r"\b(?:premium|discount)\s+(?:of\s+[^,.;:()]{1,30}?\s+)?(?:to|over|on)\s+[^,.;:()]{1,50}?"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_PREMIUM_WORDS = ("premium", "discount")


def compared_with(text: str, t: Timex) -> bool:
    """Whether time t is what a figure is compared with, not the happening's time."""
    if "compared" in t.flags:
        return True  # "from $93.3 million a year earlier": the old figure's time
    before = text[max(0, t.start - 8) : t.start]
    if POSSESSIVE.match(text, t.end) is not None and _COMPARED_WITH.search(before) is not None:
        return True
    # Each pattern needs its word ("than", "premium", "discount") before the time: most times
    # have none, and looking for the words costs less than the case-blind patterns' tries.
    than = None
    if holds_any_blind(text[max(0, t.start - 30) : t.start], _THAN):
        than = _THAN_A_TIME.search(text, max(0, t.start - 30), t.start)
    if than is not None and than[1].lower() not in _COUNT_OR_LIMIT:
        return True
    if not holds_any_blind(text[max(0, t.start - 90) : t.start], _PREMIUM_WORDS):
        return False
    return _PREMIUM_TO.search(text, max(0, t.start - 90), t.start) is not None


# A clause a figure is compared with, with a subject of its own: "inflation had eased faster
# than the bank forecast in June", "than analysts had expected in January". Its time is the
# forecast's, not the easing's ("than expected in March", with no subject, may be the
# figure's own month, and is left alone).
_COMPARED_CLAUSE = re.compile(
    r"\bthan\s+(?:the|its|their|his|her|most|many|some|analysts|economists|officials|it|they"
    r"|he|she|we)\b[^,.;:()]{0,40}?\b(?:expected|forecast|forecasted|predicted|projected"
    r"|estimated|anticipated|planned|hoped|feared|thought)\b",
    re.IGNORECASE,
)


def compared_clauses(
    text: str, start: int, end: int, clause_end: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the clauses a figure is compared with in text[start:end], each to its
    clause's end (the first `clause_end` after it)."""
    spans = []
    for m in _COMPARED_CLAUSE.finditer(text, start, end):
        stop = clause_end.search(text, m.end(), end)
        spans.append((m.start(), stop.start() if stop else end))
    return spans
