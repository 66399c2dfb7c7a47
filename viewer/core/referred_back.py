"""A sentence that refers back to a happening the sentence before told with a time of its own.

News brings a happening into its story with its own time ("Police had raided the group's
ranch in April 2008, …"; "The mayor opened the bridge on March 3, 2009.") and tells on of it
in the next sentence with no time of its own, naming it again: by a place ("There, he
instructed them …"), by a phrase opening the sentence that points back to it ("In that
speech, he praised the engineers", "In it, she urged …", "During the session, …"), or by its
noun with "the" or "that" ("The call that spurred the raid turned out to be a hoax"). What
that sentence tells is of the happening's time, not of the day the story is told on.

Not one naming a year of its own ("There, she served the poor … after 1998's Hurricane
Georges" after "… founded the clinic in 1990": a place, not a time, is pointed back to).
Only the sentence right after the happening's (`before`), told in the past; only a time
before the story's day (the raid of the story's own day needs nothing); a happening's noun
only where the sentence before names that noun or its verb ("raid", "raided") and only for
an action, not a statement (a speaker's words naming it are of when they were said), while a
pointing opener carries a statement too ("In that statement, he evoked …").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.core.clause_dates import SURE, Dated
from viewer.core.happening_nouns import NOUNS
from viewer.core.lowered import lowered
from viewer.core.model import DateBasis, Event, Span
from viewer.core.sentence_tense import told_in_past
from viewer.core.visible import one_line

# A phrase opening the sentence that points back: "There,", "In it,", or a noun the sentence
# before names: "In that statement,", "During the session,", "At that meeting,". Not "After
# the raid," (a later time).
_POINTS_BACK = re.compile(
    r"(?:there|in\s+it|(?:in|during|at)\s+(?:that|this|the)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<noun>[a-z-]{3,})),\s",
    re.IGNORECASE,
)
# A happening named by "the" or "that": "the raid", "that vote".
_THE_HAPPENING = re.compile(r"\b(?:the|that)\s+([a-z-]{4,})\b")
# A year the sentence names itself ("after 1998's Hurricane Georges"): a time of its own, read
# or not, which the place or the happening it points back to does not give it.
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_OWN = frozenset({DateBasis.EXPLICIT, DateBasis.RELATIVE, DateBasis.CONTEXT})


def _told(noun: str, told: str) -> bool:
    """Whether an earlier telling (`told`, lowercase) names a noun or its verb in the past:
    "raid" in "an April, 2008 raid" or "had raided"."""
    return re.search(rf"\b{re.escape(noun)}(?:e?d|s)?\b", told) is not None


def _points_back(shown: str, statement: bool, told: str) -> bool:
    """Whether a sentence refers back to the happening an earlier telling (`told`) names: by a
    phrase opening it ("There,", "In it,", "In that speech," after "gave a speech"), or, an
    action, by the noun of a happening with "the" ("the raid" after "had raided")."""
    m = _POINTS_BACK.match(shown)
    if m is not None:
        noun = m.group("noun")
        return noun is None or _told(noun.lower(), told)
    if statement:
        return False
    nouns = (m.group(1) for m in _THE_HAPPENING.finditer(lowered(shown)))
    return any(noun in NOUNS and _told(noun, told) for noun in nouns)


def referred_day(
    shown: str, before: str, events: Sequence[Event], today: Dated | None, statement: bool
) -> Dated | None:
    """The time of the happening the sentence before (`before`, as written) told with a time of
    its own, earlier than the story's day, for an undated sentence told in the past that refers
    back to it; None otherwise."""
    if today is None or not events or not before:
        return None
    event = events[-1]  # the last happening told: the one a sentence refers back to
    if event.date_basis not in _OWN or event.date.last >= today.value.first:
        return None  # most: the last happening told is of the story's day, nothing to carry
    told = event.primary.text
    if _YEAR.search(shown) or not told_in_past(shown) or told not in one_line(before):
        return None  # a time of its own; what holds now; a happening told further back
    if not _points_back(shown, statement, lowered(told)):
        return None
    day = event.dating_of(0)
    where = Span(event.primary.start, event.primary.end)
    return Dated(day.value, day.text, DateBasis.CONTEXT, SURE[DateBasis.CONTEXT], where)
