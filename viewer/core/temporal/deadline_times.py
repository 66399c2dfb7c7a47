"""Times that bound or set a happening rather than date it: a deadline ("by Friday"), what a
time was moved to ("was extended to Nov. 16"); and "By" a time opening a sentence in the past
perfect, which is when its state held, not a deadline.

A deadline often names the hour before the day, as offers, filings and bids are set: "extended
its tender offer until 5 p.m. EST, Nov. 6", "must be submitted by noon on Friday". The day is
then bound by the word before the hour."""

from __future__ import annotations

import re

from viewer.core.holds import holds_any
from viewer.core.lowered import lowered
from viewer.core.past_tense import past_perfect_in
from viewer.core.temporal.timex import Timex

# A bound of what holds since then, as "since" is: "roots to the region going back to the
# mid-19th century".
# A dividend's dates are set by what was declared, not its time: "declared a dividend, payable
# Dec. 15 to stock of record Nov. 17" (not "The dividend is payable Jan. 2": that is its time).
_DEADLINE = re.compile(
    r"(?:\b(?:by|until|till|since|due|expiring|maturing|of\s+record"
    r"|(?:going|dating|dates?)\s+back\s+to)|,\s*payable)\s+$",
    re.IGNORECASE,
)
# A new date a time was moved to: "The bid was extended to Nov. 16", "the hearing was
# postponed to March 3". The moving was done before; the date is the one set.
_MOVED_TO = re.compile(
    r"\b(?:extended|postponed|adjourned|delayed|deferred|rescheduled|pushed(?:\s+back)?|put\s+off)"
    r"\s+(?:[^,;:.()“”\"]{1,60}?\s)?"  # "pushed back the release by a year to"
    r"(?:[^,;:.()“”\"]{0,30},\s*this\s+time\s+)?to\s+$",  # "delayed again, this time to"
    re.IGNORECASE,
)
# An hour told between a bound and its day, with its time zone: "until 5 p.m. EST, Nov. 6",
# "by 11:59 p.m. on Friday", "until midnight Friday".
_HOUR_BEFORE = re.compile(
    r"(?:\b\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?|\bnoon\b|\bmidnight\b)"
    r"(?:\s+(?-i:[ECMP][SD]?T|GMT|BST|UTC|CET)\b)?,?(?:\s+on)?\s+$",
    re.IGNORECASE,
)
# The words _DEADLINE and _MOVED_TO end on, before the white space up to the time.
_LAST_WORDS = tuple("by until till since due expiring maturing record payable to".split())
_NOT_LOWERED = ("ı", "ſ", "İ")


def deadline(text: str, start: int, end: int, t: Timex) -> bool:
    """Whether a time of the sentence text[start:end] is a deadline or the date a time was
    moved to, not the time of the sentence's happening."""
    at = _bound_at(text, t.start)
    return (
        bound_before(text, t.start)
        and not _by_then(text, start, end, at)
        and _SCHEDULED_DUE.search(text, max(start, at - 16), at) is None
    )


# What "is due" on a date is scheduled for it, as "Jackson is due in court Feb. 17" is: "The
# company's next earnings report is due July 29" (not "notes due 2025", a maturity).
_SCHEDULED_DUE = re.compile(r"\b(?:is|are)\s+due\s+(?:on\s+)?$", re.IGNORECASE)


def bound_before(text: str, start: int) -> bool:
    """Whether the words before a time starting at `start` make it a deadline ("by Friday",
    "until 5 p.m. EST, Nov. 6", "payable Dec. 15") or the date a time was moved to ("was
    extended to Nov. 16"): not the time of a happening, nor a day a story tells of, and in
    merging a figure of what it bounds."""
    at = _bound_at(text, start)
    before = text[max(0, at - 24) : at]
    # Both patterns end on one of a few words before the time: most times have none there.
    # (Case-blind, "ı", "ſ" and "İ" match letters that lowering does not make them.)
    if not before.rstrip().lower().endswith(_LAST_WORDS) and not holds_any(before, _NOT_LOWERED):
        return False
    if _DEADLINE.search(text[max(0, at - 20) : at]):
        return True
    return _MOVED_TO.search(text, max(0, at - 90), at) is not None


def _bound_at(text: str, start: int) -> int:
    """Where the words that may bound a time starting at `start` end: before the hour told
    between them and the day ("until 5 p.m. EST, Nov. 6"), else right before the time."""
    # An hour holds an "m" ("p.m.", "midnight") or is "noon": a cheap first look.
    near = text[max(0, start - 12) : start]
    if "m" not in near and "M" not in near and "oon" not in near:
        return start
    found = _HOUR_BEFORE.search(text, max(0, start - 30), start)
    return found.start() if found is not None else start


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
    if opening is None or opening.end() != at:
        return False
    low = lowered(text[start:end])
    return past_perfect_in(low) or _PAST_PROGRESSIVE.search(low) is not None
