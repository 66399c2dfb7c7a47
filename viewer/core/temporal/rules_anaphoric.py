"""Rules for dates named relative to another date of the text: "the following week", "that day",
"two days later".

They are tagged, typed and flagged "anaphoric", with the unit's TIMEX3 value left unknown
("XXXX-XX-XX" for a day) and no calendar interval: resolving them against the publication date
would be wrong in general, and the tagger does not track the date they refer to.
"""

from __future__ import annotations

import re

from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import SEASONS, month_number
from viewer.core.temporal.context import MONTH_FULL, NUMBER, WEEKDAY, Ctx, Hit, Rule, rule
from viewer.core.temporal.timex import Resolved

_UNKNOWN = {
    "minute": ("XXXX-XX-XXTXX:XX", "TIME"),
    "hour": ("XXXX-XX-XXTXX:XX", "TIME"),
    "day": ("XXXX-XX-XX", "DATE"),
    "morning": ("XXXX-XX-XXTMO", "TIME"),
    "afternoon": ("XXXX-XX-XXTAF", "TIME"),
    "evening": ("XXXX-XX-XXTEV", "TIME"),
    "night": ("XXXX-XX-XXTNI", "TIME"),
    "week": ("XXXX-WXX", "DATE"),
    "fortnight": ("XXXX-WXX", "DATE"),
    "weekend": ("XXXX-WXX-WE", "DATE"),
    "month": ("XXXX-XX", "DATE"),
    "year": ("XXXX", "DATE"),
    "decade": ("XXX", "DATE"),
    "quarter": ("XXXX-QX", "DATE"),
    "spring": ("XXXX-SP", "DATE"),
    "summer": ("XXXX-SU", "DATE"),
    "autumn": ("XXXX-FA", "DATE"),
    "fall": ("XXXX-FA", "DATE"),
    "winter": ("XXXX-WI", "DATE"),
    "period": ("XXXX", "DATE"),
}
_DAY_PARTS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def _anaphoric(m: re.Match[str], unit: str, flags: tuple[str, ...] = ()) -> Hit:
    value, kind = _UNKNOWN[unit]
    resolved = Resolved(value, kind, None, None, None, True, ("anaphoric", *flags))
    return Hit(m.start(), m.end(), resolved)


@rule(
    "anaphoric-unit",
    r"\b(?P<lead>the\s+(?:following|next|preceding|previous|same|latest|most\s+recent)|"
    r"(?:(?:later|earlier)\s+)?that(?:\s+same)?)\s+(?:fiscal\s+)?"
    r"(?P<u>day|morning|afternoon|evening|night|weekend|week|month|year|quarter|period"
    r"|spring|summer|autumn|fall|winter)\b"
    r"(?!\s*-)",
    leads=(lead.THE, lead.THAT, lead.COMPARATIVE),
)
def anaphoric_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the following week", "that day", "later that (same) day", "the next day" (no value);
    "the latest period", "that quarter": the period a results story tells its figures of."""
    words = m.group("lead").split()
    unit = m.group("u").lower()
    if unit in ("quarter", "period"):
        return _story_period(m, ctx, words, unit)
    if "fiscal" in m.group(0).lower() or words[-1] in ("latest", "recent"):
        return None
    if words[-1] in ("next", "previous") and unit not in _DAY_PARTS:
        return None  # "next week", "the previous week": dated from the publication date
    if unit in SEASONS and words[-1] not in ("following", "preceding", "that", "same"):
        return None  # "the same summer", "the latest winter": left to the season rules
    if unit == "fall" and ctx.word_after(m.end()).lower() in _FALL_OF:
        return None  # "that fall in prices": a drop, not autumn
    return _anaphoric(m, unit)


# "the same quarter last year", "that period of time", "the latest quarter ended…": not the
# story's period; "the latest quarter" is the reported quarter (rules_periods.py).
_NOT_THE_PERIOD = re.compile(r"[\s-]+(?:a|last|of|in|to|ended|ending|from)\b|\s*-")


_PERIOD_LEADS = frozenset({"the latest", "the most recent", "the same", "that"})


def _story_period(m: re.Match[str], ctx: Ctx, words: list[str], unit: str) -> Hit | None:
    """ "Sales in the latest period were $1.76 billion", "results for that quarter": the
    period a results story tells its figures of, named before (no value of its own)."""
    lead_words = " ".join(words).lower()
    if lead_words not in _PERIOD_LEADS or (unit == "quarter" and lead_words == "the latest"):
        return None
    return None if _NOT_THE_PERIOD.match(ctx.text, m.end()) else _anaphoric(m, unit)


@rule(
    "anaphoric-offset",
    rf"\b(?:(?P<n>{NUMBER})\s+(?P<u>minute|hour|day|week|fortnight|month|year|decade)s?"
    r"|(?P<bare>minute|hour|day|week|month|year|decade)s)"
    r"\s+(?P<dir>later|earlier|afterwards?|before|after)(?:\s+that)?\b",
    leads=(lead.DIGITS_1_2, lead.DIGITS_3, lead.ARTICLE, lead.COUNT_WORD, lead.UNITS),
)
def anaphoric_offset(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "two days later", "a week earlier", "months later"; "three days before," and "a week
    after that," alone."""
    if ctx.word_after(m.end()).lower() == "than":
        return None  # "decades earlier than that": a comparison
    if m.group("dir") in ("before", "after"):
        rest = ctx.text[m.end() : m.end() + 2].lstrip(" ")
        if rest and rest[0] not in ",.;:!?)—–\n":
            return None  # "two days before the summit": a span before a named event
    if m.start() > 0 and ctx.text[m.start() - 1] in ",.$£€-":
        return None  # "14,500 years"
    # "Less than two weeks later": some day before the count runs out, not that day.
    short = _SHORT_OF.search(ctx.text, max(0, m.start() - 14), m.start())
    return _anaphoric(m, m.group("u") or m.group("bare"), ("mod-less-than",) if short else ())


@rule(
    "anaphoric-day-next-to",
    r"\bthe\s+(?P<u>day|night|morning|afternoon|evening|week|month|year)\s+(?:before|after)"
    r"(?:\s+that)?\b",
    leads=(lead.THE,),
)
def anaphoric_day_next_to(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "where, the night before, a group rampaged", "the day after (that),", "the year
    before,": the day (week, month, year) before or after the one the story is at; not "the
    day before his murder" (a span before an event), "the day before yesterday" nor "the year
    before last"."""
    rest = ctx.text[m.end() : m.end() + 2].lstrip(" ")
    if rest and rest[0] not in ",.;:!?)—–\n":
        return None
    if ctx.word_before(m.start()).lower() == "than":
        return None  # "2% higher than the year before": a figure compared, not a time told
    return _anaphoric(m, m.group("u").lower())


# A sentence's start (or a quotation's) before a part of the day: "In the morning, …"
_SENTENCE_OPENS = r"(?:^|[.!?][”\"’']?\s+|\n\s*)(?:(?:early|late)\s+)?"
_OPENS_BEFORE = {
    "the": re.compile(_SENTENCE_OPENS + r"(?:in|during)\s+$", re.IGNORECASE),
    "by": re.compile(_SENTENCE_OPENS + "$", re.IGNORECASE),
}


@rule(
    "anaphoric-part-of-day",
    r"\b(?P<lead>the|by)\s+(?P<u>morning|afternoon|evening|nightfall|dusk|daybreak)\s*,",
    leads=(lead.THE, lead.PART_OF_DAY),
)
def anaphoric_part_of_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "In the morning, the mayor declared …", "By evening, the water had receded": a part of
    the day opening a sentence is of the day the story is at, as "that night" is; not one told
    inside a clause ("will leave in the morning"), which may be the next day's."""
    opens = _OPENS_BEFORE[m.group("lead")]
    if opens.search(ctx.text, max(0, m.start() - 16), m.start()) is None:
        return None
    unit = m.group("u")
    unit = {"nightfall": "night", "dusk": "evening", "daybreak": "morning"}.get(unit, unit)
    value, kind = _UNKNOWN[unit]
    resolved = Resolved(value, kind, None, None, None, True, ("anaphoric",))
    return Hit(m.start(), m.end("u"), resolved)


_FALL_OF = frozenset({"in", "of", "from", "to", "by", "was", "is", "has", "had"})
_SHORT_OF = re.compile(r"\b(?:less|fewer|no\s+more)\s+than\s+$", re.IGNORECASE)


@rule(
    "anaphoric-weekday",
    rf"\bthe\s+(?:following|next|previous|preceding)\s+{WEEKDAY}\b",
    leads=(lead.THE,),
)
def anaphoric_weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "The following Monday, its chief executive quit": the first Monday after the day the
    story is at ("the previous Friday": the last before it), not one counted from the
    publication date."""
    return _anaphoric(m, "day")


@rule(
    "anaphoric-month",
    rf"\bthat\s+(?P<m>{MONTH_FULL})\b(?![\s,.]*\d)",
    leads=(lead.THAT,),
)
def anaphoric_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "That June, it opened its first store": the June of the year the story is at, not
    the last June before publication; not "that may", nor "that June 5" (a date)."""
    if not ctx.text[m.start("m")].isupper():
        return None
    n = month_number(m.group("m"))
    if n is None:
        return None
    resolved = Resolved(f"XXXX-{n:02d}", "DATE", None, None, None, True, ("anaphoric",))
    return Hit(m.start(), m.end(), resolved)


@rule(
    "year-earlier",
    r"\b(?:(?:the|a)\s+)?(?:comparable\s+)?year[\s-](?:earlier|ago)"
    r"(?:\s+(?:period|quarter|half|months|results))?\b(?!\s*-)",
    leads=(lead.THE, lead.ARTICLE, lead.YEAR_WORD),
)
def year_earlier(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the year-earlier period", "the year-ago quarter", "year-earlier profit": the same
    period a year before the one the story tells of (results compared with last year's)."""
    words = m.group().lower()
    if words.startswith("a ") and "-" not in words:
        return None  # "a year ago", "a year earlier": the relative and the offset rules
    return _anaphoric(m, "year")


RULES: tuple[Rule, ...] = (
    anaphoric_unit,
    anaphoric_offset,
    anaphoric_day_next_to,
    anaphoric_weekday,
    anaphoric_month,
    year_earlier,
    anaphoric_part_of_day,
)
