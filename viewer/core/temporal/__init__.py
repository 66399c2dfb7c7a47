"""The temporal tagger: time expressions of English news, resolved against a publication date.

`tag(text, anchor)` returns them as `Timex` objects with TIMEX3 values (tagger.py);
`governing(text, start, end, timexes)` picks the one that dates a sentence's main event.
The rest of the package is how: the rules, the scan that finds where they can match, and how
a year or a weekday is chosen (docs/temporal.md).
"""

from viewer.core.temporal.governing_timex import governing
from viewer.core.temporal.tagger import tag
from viewer.core.temporal.timex import Timex

__all__ = ["Timex", "governing", "tag"]
