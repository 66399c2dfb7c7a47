"""A headline told in the past that no lede retells: the story tells its happening further
down, on a day of its own, and the headline is of that day.

Headlines tell their news in the present ("Saints place Bush on injured reserve"), of the day
the story is told on. One told in the past ("Hansbrough broke the scoring record the Carolina
way") tells a happening that is over; a feature opens on its background and comes to it later
("… no small feat that Hansbrough accomplished Thursday night, when he broke the record"). The
body's sentence that names it in the same words, dated by a day of its own up to the news
day, dates the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.model import DateBasis, DateValue, Event, Precision
from viewer.core.past_tense import past_form
from viewer.core.title_event import content_words

# How many of what the headline is about the retelling sentence names too.
_SHARED = 3
_WORD = re.compile(r"[A-Za-z]+")


def headline_in_past(title: str) -> bool:
    """Whether a headline tells its happening in the past: a past form after its first word
    ("Hansbrough broke …", "Police arrested …"); a participle of headlinese ("Man charged
    with arson") is one too."""
    return any(past_form(w.lower()) for w in _WORD.findall(title)[1:])


def retelling(title: str, events: Sequence[Event], today: DateValue) -> Event | None:
    """The first body event that retells a headline told in the past: its passage names at
    least `_SHARED` of what the headline is about and is dated by a day of its own, not
    after the news day."""
    if not headline_in_past(title):
        return None
    words = content_words(title)
    if len(words) < _SHARED:
        return None
    for event in events:
        dating = event.dating_of(0)
        if dating.basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE):
            continue
        if dating.value.precision is not Precision.DAY or dating.value.last > today.last:
            continue
        if len(words & content_words(event.primary.text)) >= _SHARED:
            return event
    return None
