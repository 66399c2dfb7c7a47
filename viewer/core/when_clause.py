"""A main clause with no time of its own is of the time of the "when" clause cut after it.

"In addition, 73 soldiers were killed en route to Lebanon when two military helicopters
crashed last February": the "when" clause, dated by its own time, is cut out of its sentence
(happenings.py); what it is hung on happened then too. The main clause takes that time, as
an expression of its own, unless it names one itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.model import Span
from viewer.core.sentence_tense import told_in_past
from viewer.core.temporal.timex import Timex

# The head ends right where "when" opens the clause after it (no comma: the clause tells when
# the head's happening was, not a time it is hung on).
_WHEN = re.compile(r"\s*when\b", re.IGNORECASE)
_QUOTE = re.compile(r"[“”\"]")


def when_time(text: str, head: Span, side: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The first time of a "when" clause right after an undated main clause told in the
    simple past, not in a quotation; or None."""
    if _WHEN.match(text, head.end, side.end) is None:
        return None
    if any(t.dated() for t in timexes if head.start <= t.start and t.end <= head.end):
        return None
    words = text[head.start : head.end]
    if _QUOTE.search(words) or not told_in_past(words):
        return None  # "“The movie only gets released when it's finished": a speaker's condition
    own = [t for t in timexes if side.start <= t.start and t.end <= side.end and t.dated()]
    return own[0] if own else None
