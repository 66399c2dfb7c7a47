"""A happening dated by its distance from another that the article names without a date.

News dates a step by how long before or after another happening it came, naming that one by
a definite noun, not by a date: "had been sectioned after an apparent suicide attempt in the
week before the double murder", "was allowed home again in the days before the tragedy",
"resigned the day after the vote"; or by the night or the day of it: "On the night of the
shooting, Hiller again confronted her coworkers". Where the article dates that happening
elsewhere, the step is counted from its day: from the first event that states its own day and
names the happening near it by its noun or a word of the same family, as its own happening
("Police were called … at 8.40am on Saturday and found the bodies"; not as what another is
about: "was yesterday being questioned over the murders"); else, for a happening named only
as what the story is about ("the tragedy", "the incident", "the attack"), from the story's
news day. "In the days (the week) before X" is the seven days ending the day before X's day;
"the day after X" the next day; "two weeks after X" the fourteenth day; "hours after X", a
short while before or after it ("a short time before the slaying", "shortly after the quake")
and "the night of X" X's day, or X's month where the article dates it only to its month
("culminated in September, when she went on a shooting rampage").

Not a count of how long ("for three days after the storm", "within a week after the vote"),
nor a vague or rough one ("a few days after", "weeks after", "two years after", "almost a day
after the quake"), nor one in a relative clause ("Timmons, who was arrested 12 days after the
shooting, faces…"), nor a happening the article gives no day: the passage keeps the date it
had (the narrative's, the news day's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from viewer.core.clause_dates import date_from_context
from viewer.core.counted_phrases import STORY_NOUNS, Counted, counted_phrase
from viewer.core.cue_words import outside_quotations
from viewer.core.happening_families import FAMILY_OF
from viewer.core.model import DateBasis, DateValue, Event, Precision, Span
from viewer.core.narrative_time import Reference


@dataclass(frozen=True, slots=True)
class _Day:
    """The day of a named happening (its month, when only that is told) and the sentence that
    gives it."""

    value: DateValue
    origin: Span


# A word of a happening after a preposition names it as what another is about or came from:
# "was yesterday being questioned over the murders", "boasting about the shooting",
# "convicted of murdering": that other's day is not its own. ("went on a shooting rampage" is
# the happening itself.)
_OBJECT_OF = re.compile(
    r"\b(?:about|over|in|into|for|of|(?<!went )(?<!goes )(?<!go )on|with|after|before"
    r"|following|since|during|from|against|than)\s+"
    r"(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}$",
)


_DAY = frozenset({Precision.DAY})
_DAY_OR_MONTH = frozenset({Precision.DAY, Precision.MONTH})
_NEAR = 60  # how far from its own day's words a happening's word may be told to be of that day
# What may open a sentence before the happening's word that is its subject: "The flood, …",
# "Friday's earthquake …" ("the" or "a", and at most one word: "The deadly flood").
_SUBJECT_HEAD = re.compile(r"\W*(?:the|a|an)\s+(?:[\w'’-]+\s+)?")


def _names(event: Event, family: Sequence[str]) -> bool:
    """Whether an event's first passage names a happening by a word of its family near the
    day it states ("at 8.40am on Saturday and found the bodies"), or as its subject ("The
    flood, triggered by heavy rain, submerged … on Friday"), outside quotation marks, as its
    own happening, not as what another is about."""
    low = outside_quotations(event.primary.text.lower())
    at = low.find(event.date_text.lower())
    if at < 0:
        return False
    near = range(max(0, at - _NEAR), at + len(event.date_text) + _NEAR)
    for word in family:
        if word not in low:
            continue
        for m in re.finditer(rf"\b{word}\b", low):
            if m.start() not in near and not _SUBJECT_HEAD.fullmatch(low, 0, m.start()):
                continue  # far from the day, unless the sentence's subject: "The flood, …"
            if _OBJECT_OF.search(low, max(0, m.start() - 40), m.start()) is None:
                return True
    return False


def _named_day(counted: Counted, event: Event | None, events: Sequence[Event]) -> _Day | None:
    """The day of the first other event that names the happening by a word of its family and
    states its own day."""
    family = FAMILY_OF.get(counted.noun)
    if family is None:
        return None
    # Its own day or night, or hours after it, is of its month when only that is told.
    precisions = _DAY_OR_MONTH if counted.first == counted.last == 0 else _DAY
    for other in events:
        own = other.date_basis in (DateBasis.EXPLICIT, DateBasis.RELATIVE)
        if other is event or not own or other.date.precision not in precisions:
            continue
        if _names(other, family) and counted_phrase(other.primary.text) is None:
            where = Span(other.primary.start, other.primary.end)
            return _Day(other.date, where)
    return None


def _day_of(
    counted: Counted, event: Event | None, events: Sequence[Event], news: Reference | None
) -> _Day | None:
    """The day of the happening a count is from: the event's that names it, else for one
    named only as what the story is about, the story's news day."""
    named = _named_day(counted, event, events)
    if named is not None or counted.noun not in STORY_NOUNS:
        return named
    if news is None or news.value.precision is not Precision.DAY:
        return None
    return _Day(DateValue.day(news.value.first), news.sentence)


Pending = tuple[Event, Counted, Reference | None]  # an event, its count, its story's news day


def date_counted(pending: Sequence[Pending], events: Sequence[Event]) -> None:
    """Date each event told with no time of its own but a count from a named happening
    (`pending`, each with its story's news day, for "the tragedy") from that happening's day,
    where the article gives one."""
    for event, counted, news in pending:
        date_count(event, counted, events, news)


def date_count(
    event: Event, counted: Counted, events: Sequence[Event], news: Reference | None
) -> None:
    """Date an event by its count from a named happening, where `events` give that one's day."""
    day = counted_day(counted, events, news, event)
    if day is not None:
        date_from_context(event, day.value, day.text, day.sentence)


def counted_day(
    counted: Counted,
    events: Sequence[Event],
    news: Reference | None,
    event: Event | None = None,
) -> Reference | None:
    """The time a count from a named happening (told in `event`, if it is one yet) stands for,
    with its words and the sentence that gives the happening's day; None where `events` give
    that happening no day."""
    day = _day_of(counted, event, events, news)
    if day is None:
        return None
    value = day.value
    if value.precision is Precision.DAY:
        one = timedelta(days=1)
        first, last = value.first + one * counted.first, value.first + one * counted.last
        value = DateValue(first, last, Precision.DAY if first == last else Precision.RANGE)
    return Reference(value, counted.words, day.origin)
