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

from viewer.core.temporal.timex import Timex

# "from $93.3 million ", "from 12.5% ", "from about 3,000 in ": a figure after "from".
_FROM_FIGURE = re.compile(
    r"\bfrom\s+(?:about\s+|nearly\s+|almost\s+)?[$#€£]?\d[\d.,]*"
    r"(?:\s+(?:million|billion|trillion))?%?\s+(?:in\s+)?$",
    re.IGNORECASE,
)
# A change measured from a time with no old figure told: "production fell 8.4% from a year
# ago", "grew a robust 19% from a year ago". The time is the comparison's base too.
_CHANGE_FROM = re.compile(
    r"\d\s?(?:%|percent|per\s+cent|(?:percentage\s+)?points?)\s+from\s+$", re.IGNORECASE
)
_REACH = 48  # how far before the time the figure may start


def figures_compared(text: str, timexes: list[Timex]) -> list[Timex]:
    """The timexes, each told right after the figure a change is measured from flagged
    "compared" (and no longer "anaphoric")."""
    out = []
    for t in timexes:
        head = max(0, t.start - _REACH)
        if "from" in text[head : t.start].lower() and (
            _FROM_FIGURE.search(text, head, t.start) or _CHANGE_FROM.search(text, head, t.start)
        ):
            flags = (*(f for f in t.flags if f != "anaphoric"), "compared")
            t = replace(t, flags=flags)
        out.append(t)
    return out
