"""Words that make a date a bound rather than a time of what is told: a deadline ("by Friday",
"until 5 p.m. EST, Nov. 6", "payable Dec. 15") or the date a time was moved to ("was extended
to Nov. 16"). Dating (temporal/deadline_times.py), a story's news day (news_day.py) and merging
(merge_tokens.py) all read them here: one rule, and merging loads no tagger for it.

A deadline often names the hour before the day, as offers, filings and bids are set: "extended
its tender offer until 5 p.m. EST, Nov. 6", "must be submitted by noon on Friday". The day is
then bound by the word before the hour."""

from __future__ import annotations

import re

from viewer.core.holds import holds_any

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
# postponed to March 3", "was moved to Thursday", "was brought forward to Friday", "was
# rescheduled for Saturday"; and the date it was moved from ("was moved from Monday to
# Thursday"). The moving was done before; the dates are the ones set. ("Moved" only right
# before "from" or "to", maybe after "back", "up" or "forward": in "moved the meeting to" the
# "to" may be a place's further on.)
_MOVING = (
    r"\b(?:extended|postponed|adjourned|delayed|deferred|rescheduled|pushed(?:\s+back)?"
    r"|put\s+(?:off|back)|brought\s+forward)"
)
_MOVED = r"\bmoved(?:\s+(?:back|up|forward))?"
# The date a time was moved from, the start of no range with the date it was moved to:
# "postponed from Monday to next Wednesday" is two dates, not the days between.
MOVED_FROM = re.compile(rf"(?:{_MOVING}|{_MOVED})\s+from\s+$", re.IGNORECASE)
_MOVED_TO = re.compile(
    rf"{_MOVING}\s+(?:[^,;:.()“”\"]{{1,60}}?\s)?"  # "pushed back the release by a year to"
    r"(?:[^,;:.()“”\"]{0,30},\s*this\s+time\s+)?to\s+$"  # "delayed again, this time to"
    rf"|{_MOVED}\s+(?:from\s+[^,;:.()“”\"]{{1,40}}?\s)?to\s+$"
    r"|\brescheduled\s+for\s+$"
    f"|{MOVED_FROM.pattern}",
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
_LAST_WORDS = tuple("by until till since due expiring maturing record payable to for from".split())
_NOT_LOWERED = ("ı", "ſ", "İ")
_FROM_OR_FOR = ("from", "for")
# The verbs of a move, as the words before a date read them (temporal/moved_times.py too).
DEFERRALS = frozenset(
    """extended postponed delayed deferred adjourned rescheduled pushed moved brought""".split()
)
# The words of a move a few words before "from" or "for": "rescheduled for", "moved from",
# "postponed from", "pushed back from".
_MOVING_WORDS = DEFERRALS | {"back", "off", "forward", "up"}


def bound_before(text: str, start: int) -> bool:
    """Whether the words before a time starting at `start` make it a deadline ("by Friday",
    "until 5 p.m. EST, Nov. 6", "payable Dec. 15") or the date a time was moved to ("was
    extended to Nov. 16"): not the time of a happening, nor a day a story tells of, and in
    merging a figure of what it bounds."""
    return bound_end(text, start) is not None


def bound_end(text: str, start: int) -> int | None:
    """Where the words that bound a time starting at `start` end (before an hour told between
    them and the day), or None when no such words come before it (`bound_before`)."""
    at = _hour_start(text, start)
    before = text[max(0, at - 24) : at]
    # Both patterns end on one of a few words before the time: most times have none there.
    # (Case-blind, "ı", "ſ" and "İ" match letters that lowering does not make them.)
    low = before.rstrip().lower()
    if not low.endswith(_LAST_WORDS) and not holds_any(before, _NOT_LOWERED):
        return None
    if low.endswith(_FROM_OR_FOR):  # "from 2019", "for the quarter": a move's only after one
        return at if _MOVING_WORDS.intersection(low.split()[-4:]) and _moved(text, at) else None
    if _DEADLINE.search(text[max(0, at - 20) : at]):
        return at
    return at if _moved(text, at) else None


def _moved(text: str, at: int) -> bool:
    """Whether the words before `at` tell a time moved to or from the date there."""
    return _MOVED_TO.search(text, max(0, at - 90), at) is not None


def _hour_start(text: str, start: int) -> int:
    """Where the words that may bound a time starting at `start` end: before the hour told
    between them and the day ("until 5 p.m. EST, Nov. 6"), else right before the time."""
    # An hour holds an "m" ("p.m.", "midnight") or is "noon": a cheap first look.
    near = text[max(0, start - 12) : start]
    if "m" not in near and "M" not in near and "oon" not in near:
        return start
    found = _HOUR_BEFORE.search(text, max(0, start - 30), start)
    return found.start() if found is not None else start


# "By" before a day named as the limit a state was reached by: "they had all been allowed to
# return by Saturday evening", "by late Sunday", "The death toll had risen to 40 by Sunday".
_BY_LIMIT = re.compile(r"\bby\s+(?:about\s+|around\s+|early\s+|late\s+|the\s+)?$", re.IGNORECASE)
_LIMIT_REACH = 16  # the characters of "by" and its word between, and then some


def named_as_limit(text: str, at: int, start: int = 0) -> bool:
    """Whether the words right before text[at] (from `start` at the earliest) name the time
    there as a limit, after "by"."""
    return _BY_LIMIT.search(text, max(start, at - _LIMIT_REACH), at) is not None
