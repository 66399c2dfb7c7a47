"""The day a lede's decision was made, told by a later sentence of its own.

News often tells a decision in its lede with no time ("Police have called off the search for
a hiker missing for 11 days") and gives its day further down, naming it by a definite noun of
deciding: "A sheriff's spokesman said the decision was made on Monday evening", "The
announcement was made on Tuesday". The lede's event is of that day (docs/events.md, section 3:
a later sentence that dates the same happening dates it), its basis the context's.

Only a lede dated by nothing of its own (the publication's day) takes it, and only from a
sentence whose subject is "the decision" or "the announcement" and whose verb says it was
made, taken or announced, at a day: not "a decision is expected on Friday" (ahead), nor "the
decision to close the plant was made in 2019" (another decision, named by what it decides).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.clause_dates import date_from_context
from viewer.core.model import DateBasis, Event, Precision, Span

_MADE = re.compile(
    r"\b(?:the|that)\s+(?:decision|announcement)\s+(?:was|had\s+been)\s+"
    r"(?:made|taken|reached|announced)\b",
    re.IGNORECASE,
)
_OWN_TIME = (DateBasis.RELATIVE, DateBasis.EXPLICIT)  # a day the later sentence states itself


def dated_by_decision_day(events: Sequence[Event]) -> None:
    """Date the lede's undated decision by the day a later event says it was made."""
    if len(events) < 2 or events[0].date_basis is not DateBasis.PUBLICATION:
        return
    lede = events[0]
    for event in events[1:]:
        if event.date_basis not in _OWN_TIME:
            continue
        if event.date.precision is not Precision.DAY or event.date.first > lede.date.first:
            continue
        text = event.primary.text
        if "decision" not in text and "announcement" not in text:
            continue
        if _MADE.search(text) is not None:
            origin = Span(event.primary.start, event.primary.end)
            date_from_context(lede, event.date, event.date_text, origin)
            return
