"""The same act told again of the same subject, in the passive, on the same day: one event.

News tells who a happening befell with a count or an indefinite noun, then tells it again
further down taking the subject up by a definite one, with a detail and often its source
closing it: "Two men were arrested after the robbery on Friday.", then "The men, aged 24 and
31, were arrested in Leeds, police said."; "A woman was injured when the roof fell in on
Monday.", then "The woman was injured in the head, the fire service said." (docs/events.md,
section 3: two passages about one happening are one event). The source tag closing the later
telling tells whose account it is, not an act of its own (`told_twice.closing_tag`).

Told again so: the later passage opens on "the", "these", "those" or "both", its noun, perhaps
a phrase between commas, and "was" or "were" with the same participle as an earlier event's
opening, on the earlier event's day (with no time of its own, or the same day told).

Kept apart: another participle ("The men were charged …" after "Two men were arrested"),
another noun, another day, a step told as one ("The men were later arrested"), and what the
tag closes where it says more than who said it ("…, police said 46 people were held").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.model import STATED_BASES, Event, Precision

_TAKEN_UP = frozenset({"the", "these", "those", "both"})
# A subject and its act in the passive, opening the passage: "Two men were arrested", "The
# men, aged 24 and 31, were arrested", "A 19-year-old woman was injured".
_SUBJECT_PASSIVE = re.compile(
    r"(?P<det>the|these|those|both|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]{3,})(?:,[^,]{1,60},)?\s+(?:was|were)\s+"
    r"(?:\w+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\b",
    re.IGNORECASE,
)


def _subject_act(text: str) -> tuple[str, str, str] | None:
    """The determiner, subject noun and participle a passage opens on, lowercase, or None."""
    m = _SUBJECT_PASSIVE.match(text)
    if m is None:
        return None
    return m["det"].lower(), m["noun"].lower(), m["verb"].lower()


def _same_day(event: Event, later: Event) -> bool:
    """Whether a later telling is of the earlier event's day: with no time of its own, the
    day it is given; else the same day told."""
    if not event.date.overlaps(later.date):
        return False
    if later.date_basis not in STATED_BASES:
        return True
    return event.date_basis in STATED_BASES and event.date.precision is Precision.DAY


def same_subject_act(kept: Sequence[Event], later: Event) -> Event | None:
    """The nearest earlier event opening on the same subject noun and participle in the
    passive that a later passage takes up by a definite noun, of its day."""
    told = _subject_act(later.primary.text)
    if told is None or told[0] not in _TAKEN_UP:
        return None
    for event in reversed(kept):
        earlier = _subject_act(event.primary.text)
        if earlier is not None and earlier[1:] == told[1:] and _same_day(event, later):
            return event
    return None
