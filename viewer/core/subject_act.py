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

So is a lede telling its act in the present perfect, with no time of its own, taken up further
down by a pronoun, the same noun or name and the same participle, in the same voice, at a day
of the news week before: "A man has been charged with murder after a 23-year-old was stabbed
…", then "He was charged on Tuesday and appeared before magistrates …"; "The chief executive
of Vodafone has resigned …", then "He resigned on Monday": the lede's act is of that day.

Kept apart: another participle ("The men were charged …" after "Two men were arrested"),
another noun, another day, a step told as one ("The men were later arrested"), and what the
tag closes where it says more than who said it ("…, police said 46 people were held").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta

from viewer.core.model import STATED_BASES, DateBasis, Event, Precision

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


# A lede's subject and its act in the present perfect, passive or active: "A man has been
# charged", "Two teenagers have been arrested", "Police have arrested a man", "The chief
# executive of Vodafone has resigned".
_PERFECT = re.compile(
    r"(?:(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?P<noun>[\w'’-]{3,})\s+(?:has|have)\s+(?P<been>been\s+)?"
    r"(?!been\b)(?P<verb>[a-z]{3,}(?:ed|en))\b",
    re.IGNORECASE,
)
# The same act taken up by a pronoun, a definite noun or the same name, in the same voice:
# "He was charged on Tuesday", "He resigned on Monday", "Police arrested the man on Wednesday".
_TAKEN_UP_ACT = re.compile(
    r"(?:(?i:he|she|it|they)|(?i:the|both)\s+(?:[\w'’-]+\s+){0,2}?(?P<noun>[a-z]{3,})|"
    r"(?P<name>[A-Z][\w'’-]{2,}))\s+(?P<was>(?:was|were)\s+)?(?P<verb>[a-z]{3,}(?:ed|en))\b"
)
_NEWS_WEEK = timedelta(days=7)


def lede_act_dated(kept: Sequence[Event], later: Event) -> Event | None:
    """The lede, told in the present perfect with no time of its own, that a later passage
    takes up by a pronoun, the same noun or name and the same participle in the same voice, at
    a day of its own in the week before it; None for any other passage."""
    if (
        not kept
        or later.date_basis not in STATED_BASES
        or later.date.precision is not Precision.DAY
    ):
        return None
    lede = kept[0]
    if lede.date_basis is not DateBasis.PUBLICATION:
        return None
    told = _TAKEN_UP_ACT.match(later.primary.text)
    act = _PERFECT.match(lede.primary.text) if told is not None else None
    if told is None or act is None or told["verb"].lower() != act["verb"].lower():
        return None
    if (told["was"] is None) != (act["been"] is None):
        return None  # another voice: "He was arrested" after "Police have arrested a man"
    noun = told["noun"] or told["name"]
    if noun is not None and noun.lower() != act["noun"].lower():
        return None  # another noun: "The victim was stabbed …" after "A man has been charged"
    gone = lede.date.first - later.date.first
    return lede if timedelta(0) <= gone <= _NEWS_WEEK else None
