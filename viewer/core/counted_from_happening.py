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
"the day after X" the next day; "two weeks after X" the fourteenth day; "hours after X" and
"the night of X" X's day, or X's month where the article dates it only to its month
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
from viewer.core.cue_words import outside_quotations
from viewer.core.happening_families import FAMILY_OF
from viewer.core.lowered import lowered
from viewer.core.model import DateBasis, DateValue, Event, Precision, Span
from viewer.core.narrative_time import Reference, told_in_present
from viewer.core.temporal.calendar_words import number_value
from viewer.core.temporal.counted_from_named import HOW_LONG_WORDS

# Named only as what the story is about: its news day.
_STORY_NOUNS = frozenset("tragedy tragedies incident disaster ordeal attack".split())
_NOUNS = "|".join(sorted({*FAMILY_OF, *_STORY_NOUNS}, key=len, reverse=True))

_UNITS = r"hours?|days?|nights?|mornings?|evenings?|weeks?"
# The count, "before" or "after", then a definite noun phrase naming a happening (at most
# three words before its noun: "the double murder", "his father's killing").
_COUNTED = re.compile(
    r"\b(?P<count>(?:(?:the|a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+)?"
    rf"(?P<unit>{_UNITS}))\s+(?P<dir>before|after)\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
# The night or the day a happening came on: "On the night of the shooting".
_PARTS = ("day of", "night of", "morning of", "afternoon of", "evening of")
_OF_HAPPENING = re.compile(
    r"\bthe\s+(?:day|night|morning|afternoon|evening)\s+of\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
_OPENS = re.compile(r"\s*(?:(?:but|and|then|later)\s+)?(?:on|in|during)?\s*", re.IGNORECASE)
# How long, not when: "for three days after", "within a week after", "the first days after";
# or a count only roughly told: "almost a day after the quake", "more than a week after".
# ("in the week before" is when: "in" and "during" are left out of the words of how long).
_ROUGH = "each every few several couple almost nearly about around some roughly than under barely"
_HOW_LONG = re.compile(
    r"\b(?:"
    + "|".join([*(w for w in HOW_LONG_WORDS if w not in ("in", "during")), *_ROUGH.split()])
    + r")\s+$",
    re.IGNORECASE,
)
# A relative clause set off by a comma, not yet closed, before the count.
_IN_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*$", re.IGNORECASE)
_WEEK = 7  # "the days before X": the week before it


@dataclass(frozen=True, slots=True)
class Counted:
    """A count from a happening named by a noun: its words, the noun, and the days from that
    happening's day it covers (`first`..`last`, negative before it); whether it opens its
    sentence as the time of what follows ("On the night of the shooting, …")."""

    words: str
    noun: str
    first: int
    last: int
    opens: bool = False  # the night or the day of it, opening its sentence: an episode's time


def counted_phrase(shown: str) -> Counted | None:
    """The count from a named happening a passage states ("in the week before the double
    murder"), outside quotation marks; None when it has none, or only one of how long."""
    low = lowered(shown)  # the clause's, lowered once for all its cues
    counts = " before " in low or " after " in low
    if not counts and not any(part in low for part in _PARTS):
        return None  # most passages are spared the patterns
    told = outside_quotations(shown)
    m = _COUNTED.search(told) if counts else None
    if m is None:
        return _of_happening(told)
    if _HOW_LONG.search(told, max(0, m.start() - 12), m.start()):
        return None
    if _IN_RELATIVE.search(told, 0, m.start()):
        return None  # "Timmons, who was arrested 12 days after the shooting, faces…": the
        # relative clause's happening, not the sentence's
    span = _days(m.group("count").lower(), m.group("unit").lower())
    if span is None:
        return None
    first, last = span if m.group("dir").lower() == "after" else (-span[1], -span[0])
    return Counted(m.group(0), m.group("noun").lower(), first, last)


def _of_happening(told: str) -> Counted | None:
    """The night or the day of a named happening a passage is told on ("On the night of the
    shooting"), not in a relative clause; None when it names none."""
    m = _OF_HAPPENING.search(told)
    if m is None or _IN_RELATIVE.search(told, 0, m.start()):
        return None
    opens = _OPENS.fullmatch(told, 0, m.start()) is not None
    return Counted(m.group(0), m.group("noun").lower(), 0, 0, opens)


def _days(count: str, unit: str) -> tuple[int, int] | None:
    """The days after a happening's day a count covers ("the day": 1 to 1; "the days", "the
    week": 1 to 7; "two weeks": 14; "hours": 0, "48 hours": 2); None for a vague count
    ("weeks")."""
    words = count.split()
    if unit.startswith("hour"):
        hours = number_value(words[0]) if len(words) == 2 else 0
        return (hours // 24, hours // 24) if hours is not None else (0, 0)
    if len(words) == 1:  # no number: "days after", "hours after"
        return (1, _WEEK) if unit == "days" else None
    number = 1 if words[0] in ("the", "a", "an") else number_value(words[0])
    plural = unit.endswith("s")
    if words[0] == "the" and unit in ("days", "week"):
        return 1, _WEEK  # "in the days before", "the week after"
    if number is None or plural == (number == 1):
        return None  # "the weeks before": vague; "one days": no count
    days = number * (_WEEK if unit.startswith("week") else 1)
    return days, days


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


def _names(event: Event, family: Sequence[str]) -> bool:
    """Whether an event's first passage names a happening by a word of its family near the
    day it states ("at 8.40am on Saturday and found the bodies"), outside quotation marks, as
    its own happening, not as what another is about."""
    low = outside_quotations(event.primary.text.lower())
    at = low.find(event.date_text.lower())
    if at < 0:
        return False
    near = range(max(0, at - _NEAR), at + len(event.date_text) + _NEAR)
    for word in family:
        if word not in low:
            continue
        for m in re.finditer(rf"\b{word}\b", low):
            if m.start() not in near:
                continue
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
    if named is not None or counted.noun not in _STORY_NOUNS:
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


def counts_from_named(shown: str) -> Counted | None:
    """The count a passage told with no time of its own is dated by, if any: not one told in
    the present, which holds now."""
    counted = counted_phrase(shown)
    if counted is None or told_in_present(outside_quotations(shown)):
        return None
    return counted
