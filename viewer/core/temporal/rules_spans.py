"""Rules for durations, recurrences, clock times and references ("now", "recently", "soon")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import WEEKDAYS, add_months, number_value
from viewer.core.temporal.context import NUMBER, UNIT, Ctx, Hit, Rule, capitalized, rule
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Resolved, day, month_of, reference, week_of, year_of

_LETTER = {"minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}
_LETTER |= {"decade": "DE", "centurie": "CE", "century": "CE"}


def _duration(n: int | None, unit: str) -> str:
    """TIMEX3 duration value: P3D, PT2H, PXY for a vague count."""
    count = "X" if n is None else str(n)
    time = "T" if unit in ("minute", "hour") else ""
    return f"P{time}{count}{_LETTER[unit]}"


def _shift(anchor: date, n: int, unit: str) -> date | None:
    """The anchor moved n units (negative: back); None for units finer than a day."""
    if unit == "day":
        return anchor + timedelta(days=n)
    if unit == "week":
        return anchor + timedelta(weeks=n)
    if unit in ("month", "year", "decade"):
        months = {"month": 1, "year": 12, "decade": 120}[unit] * n
        return add_months(anchor, months)
    return None


_FREQUENCY_WORDS = frozenset("once twice thrice times per".split())


@rule(
    "duration",
    rf"\b(?:(?P<ctx>the\s+(?:past|last|next|coming|previous|first)\s+)(?:(?P<n1>{NUMBER})\s+)?"
    rf"|(?P<n2>{NUMBER})(?:\s+|-))(?P<u>{UNIT})(?P<pl>s)?\b(?P<old>[\s-]+old)?",
    leads=(lead.THE, lead.DIGITS_1_2, lead.DIGITS_3, lead.ARTICLE, lead.COUNT_WORD),
)
def duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "three years" -> P3Y, "the past week" (anchored), "two-day"; "in two weeks" ahead."""
    unit = m.group("u").lower()
    count_text = m.group("n1") or m.group("n2")
    if m.group("old") or (count_text is None and unit in ("minute", "hour")):
        return None  # ages; "at the last minute"
    if count_text is not None and m.start() > 0 and ctx.text[m.start() - 1] in ",.$£€-":
        return None  # "14,500 years" is not "500 years"
    if ctx.word_after(m.end()).lower() == "of" and m.group("ctx"):
        return None  # "the first week of March" is a date named elsewhere
    n = number_value(count_text) if count_text else (None if m.group("pl") else 1)
    if m.group("n2") and ctx.word_before(m.start()) in _FREQUENCY_WORDS:
        return None  # "twice a week"
    lead = (m.group("ctx") or "").split()
    direction = lead[1].lower() if len(lead) > 1 else ""
    if direction == "first" and count_text is None:
        return None
    value = _duration(n, unit)
    a = ctx.anchor
    if direction in ("past", "last", "previous") and n is not None:
        back = _shift(a, -n, unit)
        if back is not None:
            resolved = Resolved(value, "DURATION", Precision.RANGE, back, a, True)
            return Hit(m.start(), m.end(), resolved)
    if direction in ("next", "coming") and n is not None:
        ahead = _shift(a, n, unit)
        if ahead is not None:
            resolved = Resolved(value, "DURATION", Precision.RANGE, a, ahead, True)
            return Hit(m.start(), m.end(), resolved)
    if n is not None and (now := _FROM_NOW.match(ctx.text, m.end())) is not None:
        when = _shift(a, n, unit)  # "two weeks from now": a date ahead, whatever the tense
        if when is not None:
            return Hit(m.start(), now.end(), _at_unit(when, unit))
    if (
        m.group("n2")
        and n is not None
        and ctx.word_before(m.start()) == "in"
        and _RANKED_SINCE.search(ctx.text, max(0, m.start() - 70), m.start()) is None
        and ctx.tense(m.start(), m.end()) is Tense.FUTURE
    ):
        when = _shift(a, n, unit)
        if when is not None:  # "will be ready in two weeks": a date, at the unit's precision
            return Hit(m.start(), m.end(), _at_unit(when, unit))
    resolved = Resolved(value, "DURATION", None, None, None, False)
    return Hit(m.start(), m.end(), resolved)


_FROM_NOW = re.compile(r"\s+from\s+(?:now|today)\b", re.IGNORECASE)
# A rank within a span back to now: "the company's second round of layoffs in a year", "the
# first rate cut in four years", "its biggest drop in a decade" are counted over the span up
# to now, whatever the tense around them (not "will reopen in a year", nor "The most expensive
# phone will go on sale in two weeks", a verb between: ahead).
_RANKED_SINCE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|only|highest|lowest|biggest|largest|smallest|worst"
    r"|best|strongest|weakest|fastest|slowest|sharpest|steepest|deepest|longest|most|least"
    r"|hottest|coldest|wettest|driest|busiest|heaviest)\b"
    r"(?:(?!\s(?:will|would|shall|should|can|could|may|might|must|is|are|was|were|be|been|has"
    r"|have|had|to)\s)[^,.;:!?()]){0,50}\bin\s+$",
    re.IGNORECASE,
)


def _at_unit(d: date, unit: str) -> Resolved:
    if unit == "day":
        return day(d, True)
    if unit == "week":
        return week_of(d, True)
    if unit == "month":
        return month_of(d.year, d.month, True)
    return year_of(d.year, True)


_DETERMINERS = frozenset(
    "the those these its his her their our my your early first last final few many".split()
)


@rule(
    "vague-duration",
    r"\b(?:(?P<pre>for|in|within|over)\s+)?(?P<u>minute|hour|day|week|month|year|decade)s\b"
    r"(?P<of>\s+of\b)?",
    leads=(lead.PREPOSITION, lead.UNITS),
)
def vague_duration(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "for years", "in weeks", "weeks of strikes" -> PXY, PXW: a length with no count."""
    if not (m.group("pre") or m.group("of")):
        return None
    after = ctx.word_after(m.end("u") + 1).lower()
    if after in ("ago", "earlier", "later", "before", "after"):
        return None
    if m.group("of") and not m.group("pre") and ctx.word_before(m.start()) in _DETERMINERS:
        return None
    unit = m.group("u").lower()
    resolved = Resolved(_duration(None, unit), "DURATION", None, None, None, False)
    return Hit(m.start("u"), m.end("u") + 1, resolved)


_SET_UNITS = {"day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y", "weekend": "XXXX-WXX-WE"}
_SET_UNITS |= {"morning": "XXXX-XX-XXTMO", "evening": "XXXX-XX-XXTEV", "night": "XXXX-XX-XXTNI"}


@rule(
    "every",
    r"\b(?:every|each)\s+(?:(?P<n>other|\d{1,2}|two|three|four|five|six)\s+)?"
    r"(?P<u>day|week|month|year|morning|evening|night|weekend|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday)s?\b",
    leads=(lead.EVERY,),
)
def every(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "every week" -> P1W (SET), "every Monday" -> XXXX-WXX-1, "every two years" -> P2Y."""
    unit, n = m.group("u").lower(), (m.group("n") or "").lower()
    if unit in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[unit] + 1}"
    elif n and unit in ("day", "week", "month", "year"):
        count = 2 if n == "other" else number_value(n) or 1
        value = f"P{count}{_LETTER[unit]}"
    else:
        value = _SET_UNITS[unit]
    return Hit(m.start(), m.end(), Resolved(value, "SET", None, None, None, False))


_ADVERB_SETS = {"daily": "P1D", "nightly": "XXXX-XX-XXTNI", "weekly": "P1W", "biweekly": "P2W"}
_ADVERB_SETS |= {"monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y"}
_ADVERB_SETS |= {"annual": "P1Y", "hourly": "PT1H"}


@rule(
    "adverb-set",
    r"\b(?:daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually|annual"
    r"|hourly)\b",
    leads=(lead.ADVERB_SET,),
)
def adverb_set(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "daily patrols" -> P1D, "their annual summit" -> P1Y (SET); not "the Daily Mail"."""
    word = m.group(0)
    if capitalized(ctx.original(m)) and capitalized(ctx.word_after(m.end())):
        return None
    return Hit(
        m.start(), m.end(), Resolved(_ADVERB_SETS[word.lower()], "SET", None, None, None, False)
    )


def _clock(ctx: Ctx, m: re.Match[str], hour: int, minute: int) -> Hit | None:
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    d = ctx.anchor
    value = f"{d.isoformat()}T{hour:02d}:{minute:02d}"
    # Flagged "clock": the anchor's day stands in for a day the text has not named here.
    return Hit(m.start(), m.end(), replace(day(d, True, value, "TIME"), flags=("clock",)))


@rule(
    "clock-ampm",
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]\.m\b|[ap]m\b)"
    r"(?:\s+(?P<tz>gmt|utc|bst|cet|cest|est|edt|et|pst|pdt|cst|cdt|msk|local\s+time)\b)?",
    leads=(lead.DIGITS_1_2,),
)
def clock_ampm(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "3 p.m.", "10:30am ET" -> the anchor's day at that time (a following day refines it)."""
    if m.start() > 0 and ctx.text[m.start() - 1] in ",.:$":
        return None
    hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
    return _clock(ctx, m, hour, int(m.group("mi") or 0))


@rule(
    "clock-24h",
    r"(?:(?<=\bat\s)|(?<=\bby\s))(?P<h>[01]?\d|2[0-4])[:.](?P<mi>[0-5]\d)\b(?!\s*(?:%|per))"
    r"(?:\s+(?P<tz>gmt|utc|bst|cet|cest|est|edt|et|pst|pdt|msk|local\s+time|hours|hrs)\b)?"
    r"|\b(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)\s+(?P<tz2>gmt|utc|bst|cet|cest|est|edt|et|pst"
    r"|PDT|MSK|local\s+time)\b",
    leads=(lead.DIGITS_1_2,),
)
def clock_24h(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "at 14:30", "09:00 GMT"; a bare "2:43" (a video length) is not a time."""
    hour = int(m.group("h") or m.group("h2"))
    minute = int(m.group("mi") or m.group("mi2"))
    return _clock(ctx, m, hour, minute)


@rule("noon", r"\b(?:noon|midday|midnight)\b", leads=(lead.NOON,))
def noon(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "at noon" -> T12:00, "midnight" -> T24:00."""
    return _clock(ctx, m, 24 if m.group(0).lower() == "midnight" else 12, 0)


@rule(
    "reference",
    r"\b(?:(?P<now>now|nowadays|currently|presently|these\s+days|(?<=\bat\s)present"
    r"|(?<=\bat\s)the\s+moment)|(?P<past>recently|previously|formerly|lately|the\s+past|earlier)"
    r"|(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|soon))\b",
    leads=(lead.REFERENCE, lead.THESE, lead.THE, lead.COMPARATIVE),
)
def reference_word(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "now" -> PRESENT_REF, "recently" -> PAST_REF, "in the future" -> FUTURE_REF."""
    word = m.group(0).lower()
    after = ctx.text[m.end() : m.end() + 12]
    if word == "earlier" and not re.match(r"\s*(?:[.,;:!?\"”)]|$)", after):
        return None  # "earlier than", "earlier this month" (another rule)
    if word == "soon" and (
        ctx.word_before(m.start()) == "as" or re.match(r"\s+(?:as|after)\b", after)
    ):
        return None
    if (word.endswith("future") or word == "the past") and ctx.word_after(m.end()).lower() == "of":
        return None  # "the future of NATO"
    kind = "PRESENT_REF" if m.group("now") else "PAST_REF" if m.group("past") else "FUTURE_REF"
    return Hit(m.start(), m.end(), reference(kind))


RULES: tuple[Rule, ...] = (
    duration,
    vague_duration,
    every,
    adverb_set,
    clock_ampm,
    clock_24h,
    noon,
    reference_word,
)
