"""A clause cut out for a time counted from the time its sentence names before it: "On
Tuesday, investigators were inside the store where, the night before, a crowd rampaged" is
of Monday night, the night before that Tuesday, whatever day the story last named."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.core.model import Span
from viewer.core.narrative_time import resolve_anaphoric
from viewer.core.temporal.timex import Timex


def counted_in_sentence(sentence: Span, clause: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The date of a side clause whose first time is counted ("the night before", "two days
    later"), counted from the last dated time of its sentence before it, as an expression of
    its own; None when the clause's time is not counted or nothing before it is dated."""
    own = [t for t in timexes if clause.start <= t.start and t.end <= clause.end]
    if not own or "anaphoric" not in own[0].flags:
        return None
    before = [
        (t, value)
        for t in timexes
        if sentence.start <= t.start and t.end <= clause.start and "anaphoric" not in t.flags
        if t.type in ("DATE", "TIME") and (value := t.date_value()) is not None
    ]
    if not before or (counted := resolve_anaphoric(own[0], before[-1][1])) is None:
        return None
    t, first, last = own[0], counted.first, counted.last
    relative = before[-1][0].relative  # counted from a day counted from publication
    return Timex(t.start, t.end, t.text, t.value, "DATE", counted.precision, first, last, relative)
