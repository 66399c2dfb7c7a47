"""A vague time of now that frames a sentence whose happening comes after a dash.

"Apple is certainly making WWDC a hardware conference this year - - it just unveiled a
refresh of the existing MacBook Pro": the clause before the dash says, in the present, what
holds this year; the happening is the one told in the past after the dash. "This year" (or
this month, this week, this season) dates the frame, not the happening: the happening takes
the time it names itself, or none (it is then dated as what is told without a time).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.model import Precision
from viewer.core.noun_times import not_of_the_clause
from viewer.core.sentence_tense import told_in_past, told_in_present
from viewer.core.state_span import held_over
from viewer.core.temporal import Timex, governing

# A dash between two clauses: " - - ", " -- ", " — ", " – ", "—".
_DASH = re.compile(r"\s-\s-\s|\s--\s|\s?—\s?|\s–\s")
# A period of now named by "this": "this year", "this month", "this week", "this season".
_THIS_PERIOD = re.compile(r"this\s+(?:year|month|week|season)$", re.IGNORECASE)


def governing_time(text: str, start: int, end: int, timexes: Sequence[Timex]) -> Timex | None:
    """The time expression that dates text[start:end]'s happening (`governing`), unless it is
    a period of now framing a clause in the present before a dash, with the happening told in
    the past after it: then the first time the happening names, or None."""
    chosen_from = not_of_the_clause(text, start, end, timexes)
    chosen = governing(text, start, end, chosen_from)
    if chosen is not None and held_over(text, chosen):  # "for much of the 1980s"
        chosen = governing(text, start, end, [t for t in chosen_from if t is not chosen])
    if chosen is None or chosen.precision is Precision.DAY or not _THIS_PERIOD.match(chosen.text):
        return chosen
    dash = _DASH.search(text, chosen.end, end)
    if dash is None:
        return chosen
    head, tail = text[start : dash.start()], text[dash.end() : end]
    if not told_in_present(head) or not told_in_past(tail):
        return chosen
    return next((t for t in timexes if t.start >= dash.end() and t.first is not None), None)
