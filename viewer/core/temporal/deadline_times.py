"""Times that bound or set a happening rather than date it: a deadline ("by Friday"), what a
time was moved to ("was extended to Nov. 16"), by the words of deadline_words.py; and "By" a
time opening a sentence in the past perfect or a state going on, or after a clause in the past
perfect ("The death toll had risen to 40 by Sunday"), which is when it held, not a deadline."""

from __future__ import annotations

import re

from viewer.core.deadline_words import bound_end, named_as_limit
from viewer.core.lowered import lowered
from viewer.core.past_tense import past_perfect_in
from viewer.core.temporal.timex import Timex


def deadline(text: str, start: int, end: int, t: Timex) -> bool:
    """Whether a time of the sentence text[start:end] is a deadline or the date a time was
    moved to, not the time of the sentence's happening."""
    at = bound_end(text, t.start)
    return (
        at is not None
        and not _by_then(text, start, end, at)
        and _SCHEDULED_DUE.search(text, max(start, at - 16), at) is None
    )


# What "is due" on a date is scheduled for it, as "Jackson is due in court Feb. 17" is: "The
# company's next earnings report is due July 29" (not "notes due 2025", a maturity).
_SCHEDULED_DUE = re.compile(r"\b(?:is|are)\s+due\s+(?:on\s+)?$", re.IGNORECASE)


_BY = re.compile(r"[\W_]*(?:and\s+|but\s+)?by\s+(?:the\s+)?", re.IGNORECASE)


# A state going on in the past: "selection was winding down", "crews were still searching".
_PAST_PROGRESSIVE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+|still\s+|not\s+)?[a-z]+ing\b")


def _by_then(text: str, start: int, end: int, at: int) -> bool:
    """Whether "By" and a time opening a sentence told in the past perfect or as a state going
    on tell when it held, not a deadline: "By Tuesday lunchtime the email had leaked to a radio
    station", "By Friday, more than 200 people had been evacuated", "By 5:00pm Monday,
    selection was winding down for the day" (not "must be submitted by Friday", nor "had
    promised to repay the loan by Friday")."""
    opening = _BY.match(text, start, at)
    low = lowered(text[start:end])
    if opening is None or opening.end() != at:
        # (not "had queued since 4 a.m.": no "by" before it)
        return named_as_limit(text, at, start) and _by_then_after(low, at - start)
    return past_perfect_in(low) or _PAST_PROGRESSIVE.search(low) is not None


# An infinitive or a modal: what was to be done by a time, a deadline ("had promised to repay
# the loan by Friday", "had said it would finish by Friday"; not "had risen to 40 by Sunday").
_TO_BE_DONE = re.compile(
    r"\bto\s+(?!(?:the|a|an|more|less|about|around|nearly|almost|over|under|some|at|its|"
    r"their|his|her|record|new)\b)[a-z]+\b|\b(?:would|will|could|should|must|might|can)\b"
)


def _by_then_after(low: str, at: int) -> bool:
    """Whether "by" and a time after a main clause in the past perfect, with nothing to be done
    between, tell when it held: "The death toll had risen to 40 by Sunday"."""
    return past_perfect_in(low) and _TO_BE_DONE.search(low, 0, at) is None
