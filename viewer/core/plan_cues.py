"""A plan made public, or something under way: how news tells what is ahead.

"will send", "plans to", "is due to" tell a plan as one; "is sending", "are also considering"
a process under way. The judge of a passage (event_selection.py) reads them in its words.
"""

from __future__ import annotations

import re

# A plan or decision made public: "will send", "plans to", "is considering".
FUTURE_WORDS = frozenset({"will", "shall", "won't", "won’t"})
BEFORE_TO = frozenset(
    {"plan", "plans", "intend", "intends", "set", "due", "aim", "aims", "expected", "is", "are"}
)
PROGRESSIVE = frozenset({"is", "are", "am"})


def planned(words: list[str], low: str) -> bool:
    """A plan told as one: "will send", "plans to", "is due to"."""
    if "'ll " in low or "’ll " in low:
        return True
    if not FUTURE_WORDS.isdisjoint(words):
        for i, w in enumerate(words):
            if w in FUTURE_WORDS and words[i + 1 : i + 2] not in FORECAST:
                return True  # "will send", not "will likely leave": a forecast
    if BEFORE_TO.isdisjoint(words):
        return False  # no word that stands before the "to" of a plan
    if ("set for" in low or "scheduled for" in low or "slated for" in low) and _set_for(words):
        return True  # "The hearing is set for May 14"
    at = 0  # the word before each "to" (none before the first word), no error at the last
    for _ in range(words.count("to") - (words[:1] == ["to"])):
        at = words.index("to", at + 1)
        if words[at - 1] in BEFORE_TO and (words[at - 1] != "due" or due(words, at)):
            return True
    return False


_SET = frozenset({"set", "scheduled", "slated"})
_NOW = frozenset({"is", "are"})


def _set_for(words: list[str]) -> bool:
    """Whether a plan is told set for a time: "is set for", "are scheduled for"."""
    return any(
        w in _SET and words[i - 1] in _NOW and words[i + 1 : i + 2] == ["for"]
        for i, w in enumerate(words)
        if i
    )


# Adverbs after "will" that make it a forecast, not a plan: "will likely have to wait".
FORECAST = (["likely"], ["probably"], ["possibly"], ["perhaps"])
# A forecast told in the present: "Fuel prices are likely to rise next month", "More rain is
# forecast for next week": what may come, on no one's plan.
_FORECAST_TOLD = re.compile(
    r"\b(?:is|are)\s+(?:\w+ly\s+)?(?:likely|forecast|predicted|projected)\s+(?:to|for)\b",
    re.IGNORECASE,
)


def forecast(text: str) -> bool:
    """Whether a passage tells a forecast in the present ("are likely to rise next month")."""
    return ("likely" in text or "ecast" in text or "ted" in text) and bool(
        _FORECAST_TOLD.search(text)
    )


# The forms of being before "due to" that make it a plan: "is due to appear".
_BE = frozenset({"is", "are", "was", "were", "be", "been", "am"})


def due(words: list[str], to: int) -> bool:
    """Whether "due to" at words[to - 1 : to + 1] tells a plan ("is due to appear", "a report
    due to be published"), not a cause ("prone to earthquakes due to its location")."""
    return (to >= 2 and words[to - 2] in _BE) or words[to + 1 : to + 2] == ["be"]


def progressive(words: list[str], low: str) -> bool:
    """Something under way told in the progressive: "is sending", "is considering"."""
    if "ing" not in low or PROGRESSIVE.isdisjoint(words):
        return False  # no word ends in it, or none can stand before it
    for i, w in enumerate(words):
        if not i:
            continue
        if (
            w[-3:] == "ing"
            and len(w) > 4
            and w != "being"
            and after_progressive(words, i)
            and words[i + 1 : i + 2] not in (["that"], ["to"])
        ):
            return True
    return False


# Adverbs that may stand between "is" and its "-ing": "are also considering", "is now weighing".
_BETWEEN = frozenset({"also", "now", "still", "already", "even", "reportedly"})


def after_progressive(words: list[str], i: int) -> bool:
    """Whether words[i] follows "is", "are" or "am", directly or after one adverb."""
    before = words[i - 1]
    if before in PROGRESSIVE:
        return True
    return before in _BETWEEN and i >= 2 and words[i - 2] in PROGRESSIVE
