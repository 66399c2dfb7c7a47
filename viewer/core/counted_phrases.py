"""A count from a happening the article names by a definite noun, as a passage states it:
"in the week before the double murder", "the day after the vote", "hours after the shootings",
"On the night of the shooting"; or a short while told without a number, of that happening's
day as "hours after" is: "a short time before the slaying", "shortly after the quake hit",
"moments after the shooting" (counted_from_happening.py dates it from that happening's day).

Not a count of how long ("for three days after the storm", "within a week after the vote"),
nor a vague or rough one ("a few days after", "weeks after", "two years after", "almost a day
after the quake"), nor one in a relative clause ("Timmons, who was arrested 12 days after the
shooting, faces…"), nor one told in the present.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viewer.core.cue_words import outside_quotations
from viewer.core.detail_cues import told_ahead
from viewer.core.happening_families import FAMILY_OF
from viewer.core.holds import lowers_as_blind
from viewer.core.lowered import lowered
from viewer.core.sentence_tense import told_in_present
from viewer.core.temporal.calendar_words import number_value
from viewer.core.temporal.counted_from_named import HOW_LONG_WORDS

# Named only as what the story is about: its news day.
STORY_NOUNS = frozenset("tragedy tragedies incident disaster ordeal attack".split())
_NOUNS = "|".join(sorted({*FAMILY_OF, *STORY_NOUNS}, key=len, reverse=True))

_UNITS = r"hours?|days?|nights?|mornings?|evenings?|weeks?"
# A short while, told without a number, as "hours" is: "a short time before the slaying",
# "shortly after the quake hit", "moments after the shooting" are of that happening's day.
_SOON = r"moments|minutes|shortly|a\s+short\s+time"
# The count, "before" or "after", then a definite noun phrase naming a happening (at most
# three words before its noun: "the double murder", "his father's killing").
_COUNTED_SPELT = (
    r"\b(?P<count>(?:(?:the|a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+)?"
    rf"(?P<unit>{_UNITS})|(?P<soon>{_SOON}))\s+(?P<dir>before|after)\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{_NOUNS})\b"
)
_COUNTED = re.compile(_COUNTED_SPELT, re.IGNORECASE)
# The same for a passage lowercased where that finds the same (`lowers_as_blind`): searched
# first, as a case-blind search looks up the case of each character it tries.
_COUNTED_LOWERED = re.compile(_COUNTED_SPELT)
# The night or the day a happening came on: "On the night of the shooting"; what came during
# it: "A handgun was recovered during the arrest".
_PARTS = ("day of", "night of", "morning of", "afternoon of", "evening of")
_OF_HAPPENING = re.compile(
    r"\b(?:the\s+(?:day|night|morning|afternoon|evening)\s+of|(?P<during>during))\s+"
    r"(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"(?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)
# A participle after a noun, with no auxiliary before it: "information found during …".
_NOUN_S_PARTICIPLE = re.compile(
    r"\b(?!(?:was|were|been|being|is|are|be|had|has|have|he|she|they|it|i|we)\s)[a-z]+\s+"
    r"(?:[a-z]+ed|found|seen|taken|made|held|given|shown|done|caught|seized|told)\s+$"
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


def may_count(low: str) -> bool:
    """Whether a lowered passage may hold a count from a named happening: "before" or "after",
    or one of `_PARTS` (each asked in turn: a loop over them costs more than the finds)."""
    return (
        " before " in low
        or " after " in low
        or "day of" in low
        or "night of" in low
        or "morning of" in low
        or "afternoon of" in low
        or "evening of" in low
        or " during " in low
    )


def counted_phrase(shown: str) -> Counted | None:
    """The count from a named happening a passage states ("in the week before the double
    murder"), outside quotation marks; None when it has none, or only one of how long."""
    low = lowered(shown)  # the clause's, lowered once for all its cues
    if not may_count(low):
        return None  # most passages are spared the patterns
    counts = " before " in low or " after " in low
    told = outside_quotations(shown)
    m = _COUNTED.search(told) if counts and _may_count_from(told) else None
    if m is None:
        return _of_happening(told)
    if _HOW_LONG.search(told, max(0, m.start() - 12), m.start()):
        return None
    if _IN_RELATIVE.search(told, 0, m.start()):
        return None  # "Timmons, who was arrested 12 days after the shooting, faces…": the
        # relative clause's happening, not the sentence's
    soon = m.group("soon") is not None  # a short while: the happening's day
    span = (0, 0) if soon else _days(m.group("count").lower(), m.group("unit").lower())
    if span is None:
        return None
    first, last = span if m.group("dir").lower() == "after" else (-span[1], -span[0])
    return Counted(m.group(0), m.group("noun").lower(), first, last)


def _may_count_from(told: str) -> bool:
    """Whether _COUNTED may find a count in a passage: where its lowercase finds the same,
    only if it finds one there."""
    return not lowers_as_blind(told) or _COUNTED_LOWERED.search(told.lower()) is not None


def _of_happening(told: str) -> Counted | None:
    """The night or the day of a named happening a passage is told on ("On the night of the
    shooting"), not in a relative clause; None when it names none."""
    m = _OF_HAPPENING.search(told)
    if m is None or _IN_RELATIVE.search(told, 0, m.start()):
        return None
    if m.group("during") and _NOUN_S_PARTICIPLE.search(told, max(0, m.start() - 40), m.start()):
        return None  # "information found during the raid": the noun's, not the sentence's
    # "A handgun was recovered during the arrest": of the arrest's day, no episode opened.
    opens = m.group("during") is None and _OPENS.fullmatch(told, 0, m.start()) is not None
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


def counts_from_named(shown: str) -> Counted | None:
    """The count a passage told with no time of its own is dated by, if any: not one told in
    the present, which holds now (a plan ahead is no present)."""
    counted = counted_phrase(shown)
    if counted is None:
        return None
    told = outside_quotations(shown)
    if told_in_present(told) and not told_ahead(told):
        return None  # "will close the day before the funeral": a plan counted from another
    return counted
