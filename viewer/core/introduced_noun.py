"""A thing a dated happening brought in, named again by "The": of that happening's day.

News brings a thing into its story inside a happening it dates ("The eight-lane bridge buckled
and fell into the river during the evening rush hour Wednesday, …, sending dozens of cars and
a school bus plunging more than 60 feet") and tells more of it further down with the definite
article, in the simple past, with no time of its own ("The school bus, carrying about 60
children back from a swimming trip, came to rest against a guard rail"): what the thing did or
underwent then is of the day that happening was, not of the day the story is told on.

Only a thing first named with "a" or "an" in an event dated by its own words, at a day before
the story's, the same words after both articles (one word of four letters or more, or more
words), not a possessive ("by a sheriff's SWAT team" brings in the team); not a statement (a
speaker's words are of when they were said), nor what is told in the present, the perfect or
ahead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.clause_dates import SURE, Dated
from viewer.core.model import DateBasis, Event, Precision, Span
from viewer.core.sentence_tense import told_in_past

# "The school bus," / "The man was": up to three lowercase words after "The" opening the
# sentence, ending at a comma or before a verb of the simple past.
_THE_NOUN = re.compile(r"The\s+((?:[a-z]+\s+){0,2}?[a-z]+)(?=,|\s+(?:was|were|[a-z]+ed)\b)")
_OWN = frozenset({DateBasis.EXPLICIT, DateBasis.RELATIVE})
_SHORTEST = 4  # one word shorter is too common a thing ("The man", "The car" are taken)


def introduced_day(
    shown: str, events: Sequence[Event], today: Dated | None, statement: bool
) -> Dated | None:
    """The day of the latest earlier event (`events`, in text order) that brought in, with
    "a" or "an", the thing an undated sentence opens on with "The"; None otherwise."""
    if statement or today is None or not shown.startswith("The "):
        return None
    m = _THE_NOUN.match(shown)
    if m is None or (" " not in m.group(1) and len(m.group(1)) < _SHORTEST):
        return None
    if not told_in_past(shown):
        return None
    brought_in = re.compile(rf"\ban?\s+{re.escape(m.group(1))}\b(?!['’]s\b)")
    for event in reversed(events):
        if event.date_basis not in _OWN or event.date.precision is not Precision.DAY:
            continue
        if event.date.last >= today.value.first:
            continue  # the story's own day: nothing to tell apart
        if brought_in.search(event.primary.text):
            day = event.dating_of(0)
            where = Span(event.primary.start, event.primary.end)
            return Dated(day.value, day.text, DateBasis.CONTEXT, SURE[DateBasis.CONTEXT], where)
    return None
