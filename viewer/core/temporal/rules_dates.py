"""Rules for calendar days: "March 8, 2022", "8 March", "Feb. 26", "2022-03-08", "08/03/2022"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import (
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
    YEAR_SHIFT,
    add_months,
    month_number,
    safe_date,
)
from viewer.core.temporal.context import (
    DAY,
    MONTH,
    WEEKDAY,
    WEEKDAY_ABBR,
    YEAR,
    Ctx,
    Hit,
    Rule,
    capitalized,
    rule,
)
from viewer.core.temporal.resolve import month_day_date, month_year
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Resolved, day

_DIGITS = re.compile(r"\d+")


def _num(s: str) -> int:
    found = _DIGITS.match(s)
    return int(found.group()) if found else 0


def _weekday_number(word: str | None) -> int | None:
    if not word:
        return None
    w = word.lower().rstrip(".")
    return WEEKDAYS.get(w, WEEKDAY_ABBREVIATIONS.get(w))


def _day_of(m: re.Match[str], ctx: Ctx, month: int, dom: int) -> Resolved | None:
    """A day from month and day of month, with the year given, implied by a weekday, or by tense."""
    year = m.group("y")
    wd = _weekday_number(m.group("wd"))
    if year:
        d = safe_date(int(year), month, dom)
        if d is None:
            return None
        flags = ("weekday-mismatch",) if wd is not None and d.weekday() != wd else ()
        return Resolved(d.isoformat(), "DATE", Precision.DAY, d, d, False, flags)
    found: date | None = None
    if wd is not None:  # "Tuesday, March 8": the weekday picks the year
        options = [
            d
            for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1)
            if (d := safe_date(y, month, dom)) is not None and d.weekday() == wd
        ]
        found = options[0] if options else None
    if found is None and m.group("ry"):  # "April 1 next year", "5 June last year"
        found = safe_date(ctx.anchor.year + YEAR_SHIFT[m.group("ry").lower()], month, dom)
    if found is None:
        found = month_day_date(month, dom, ctx.anchor, ctx.tense(m.start(), m.end()))
    return day(found, True) if found else None


def _bad_left(ctx: Ctx, pos: int) -> bool:
    """A digit, a sign or a hyphen just before a number: part of something else (F-16, 1,5)."""
    return pos > 0 and (ctx.text[pos - 1].isdigit() or ctx.text[pos - 1] in "-/.,$£€#+")


@rule(
    "month-day",
    rf"\b(?:(?P<wd>{WEEKDAY}|{WEEKDAY_ABBR}),?\s+)?(?P<m>{MONTH})\.?\s+(?P<d>{DAY})"
    rf"(?:,?\s+(?:(?P<y>{YEAR})|(?P<ry>last|this|next)\s+year))?\b(?![,.:]?\d)",
    leads=(lead.MONTH, lead.WEEKDAY, lead.WEEKDAY_ABBR),
)
def month_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "March 8, 2022", "Feb. 26", "Tuesday, March 8": month first."""
    if not capitalized(ctx.original(m, "m")):
        return None
    month = month_number(m.group("m"))
    resolved = _day_of(m, ctx, month or 0, _num(m.group("d"))) if month else None
    return Hit(m.start(), m.end(), resolved) if resolved else None


@rule(
    "day-month",
    rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})\b"
    rf"(?:\.?,?\s+(?:(?P<y>{YEAR})|(?P<ry>last|this|next)\s+year))?",
    leads=(lead.WEEKDAY, lead.DIGITS_1_2),
)
def day_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "8 March 2022", "29 June", "the 5th of May": day first."""
    if not capitalized(ctx.original(m, "m")) or _bad_left(ctx, m.start("d")):
        return None
    month = month_number(m.group("m"))
    resolved = _day_of(m, ctx, month or 0, _num(m.group("d"))) if month else None
    return Hit(m.start(), m.end(), resolved) if resolved else None


@rule(
    "iso-date",
    r"\b(?P<y>1[89]\d\d|20\d\d)(?P<s>[-/.])(?P<m>0[1-9]|1[0-2])(?P=s)(?P<d>[0-3]\d)\b",
    leads=(lead.DIGITS_4,),
)
def iso_date(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "2022-03-08" (and 2022/03/08): year first is never ambiguous."""
    if _bad_left(ctx, m.start()):
        return None
    d = safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return Hit(m.start(), m.end(), day(d, False)) if d else None


@rule(
    "numeric-date",
    r"(?<![\w/.,-])(?P<a>\d{1,2})(?P<s>[/.-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})(?![\w/]|[.,-]\d)",
    leads=(lead.DIGITS_1_2,),
)
def numeric_date(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "08/03/2022": day or month first is only known when a part exceeds 12 or by convention;
    with dots ("10.03.2013") the day comes first."""
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    if len(ys) == 2:
        if m.group("s") != "/":
            return None
        yy = int(ys)
        year = 2000 + yy if 2000 + yy <= ctx.anchor.year + 10 else 1900 + yy
    else:
        year = int(ys)
        if not 1800 <= year <= 2099:
            return None
    dmy = safe_date(year, b, a)
    mdy = safe_date(year, a, b)
    if dmy is None or mdy is None or dmy == mdy:
        chosen = dmy or mdy
        return Hit(m.start(), m.end(), day(chosen, False)) if chosen else None
    if ctx.convention in ("dmy", "mdy"):
        chosen = dmy if ctx.convention == "dmy" else mdy
        flags = (f"convention-{ctx.convention}",)
        return Hit(m.start(), m.end(), _with_flags(day(chosen, False), flags))
    if m.group("s") == ".":  # "10.03.2013": dots are written day first wherever they are used
        return Hit(m.start(), m.end(), _with_flags(day(dmy, False), ("dotted-dmy",)))
    first, last = min(dmy, mdy), max(dmy, mdy)
    resolved = Resolved(
        f"{year:04d}-XX-XX", "DATE", Precision.RANGE, first, last, False, ("ambiguous-day-month",)
    )
    return Hit(m.start(), m.end(), resolved)


# Words before "3/8" that make it a date rather than a fraction or a score.
_SLASH_DATE_CUES = frozenset(
    "on since from until till by before after through to and between dated of".split()
)


@rule(
    "numeric-month-day",
    r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,-]\d|\s*%)",
    leads=(lead.DIGITS_1_2,),
)
def numeric_month_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "on 3/8": day and month with no year, flagged ambiguous unless a part exceeds 12."""
    before = ctx.word_before(m.start())
    if before not in _SLASH_DATE_CUES and _weekday_number(before) is None:
        return None  # "24/7", "1/2 of the budget"
    if (
        m.group() == "9/11"
    ):  # "shortly after 9/11", "since 9/11": the 2001 attacks, as news names them
        return Hit(m.start(), m.end(), day(date(2001, 9, 11), False))
    a, b = int(m.group("a")), int(m.group("b"))
    tense = ctx.tense(m.start(), m.end())
    dmy = month_day_date(b, a, ctx.anchor, tense) if 1 <= b <= 12 else None
    mdy = month_day_date(a, b, ctx.anchor, tense) if 1 <= a <= 12 else None
    if dmy is None or mdy is None or dmy == mdy:
        chosen = dmy or mdy
        return Hit(m.start(), m.end(), day(chosen, True)) if chosen else None
    if ctx.convention in ("dmy", "mdy"):
        chosen = dmy if ctx.convention == "dmy" else mdy
        flags = (f"convention-{ctx.convention}",)
        return Hit(m.start(), m.end(), _with_flags(day(chosen, True), flags))
    first, last = min(dmy, mdy), max(dmy, mdy)
    year = f"{first.year:04d}" if first.year == last.year else "XXXX"
    resolved = Resolved(
        f"{year}-XX-XX", "DATE", Precision.RANGE, first, last, True, ("ambiguous-day-month",)
    )
    return Hit(m.start(), m.end(), resolved)


def _with_flags(r: Resolved, flags: tuple[str, ...]) -> Resolved:
    return Resolved(r.value, r.type, r.precision, r.first, r.last, r.relative, r.flags + flags)


def _range(m: re.Match[str], ctx: Ctx, month: int, d1: int, d2: int) -> Hit | None:
    if d2 <= d1:
        return None
    if m.group("y"):
        first = safe_date(int(m.group("y")), month, d1)
    else:
        first = month_day_date(month, d1, ctx.anchor, ctx.tense(m.start(), m.end()))
    last = safe_date(first.year, month, d2) if first else None
    if first is None or last is None:
        return None
    value = f"{first.isoformat()}/{last.isoformat()}"
    resolved = Resolved(value, "DATE", Precision.RANGE, first, last, not m.group("y"))
    return Hit(m.start(), m.end(), resolved)


_RANGE_JOIN = r"\s*(?:-|–|—|to|through|until|till|and)\s*"


@rule(
    "month-day-range",
    rf"\b(?P<m>{MONTH})\.?\s+(?P<d1>{DAY})(?P<j>{_RANGE_JOIN})(?P<d2>{DAY})\b"
    rf"(?:,?\s+(?P<y>{YEAR}))?(?![,.:]?\d)",
    leads=(lead.MONTH,),
)
def month_day_range(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "March 1 to 5", "June 28-30, 2022": several days of one month."""
    if not capitalized(ctx.original(m, "m")):
        return None
    if m.group("j").strip() == "and" and ctx.word_before(m.start()) != "between":
        return None
    month = month_number(m.group("m"))
    return _range(m, ctx, month, _num(m.group("d1")), _num(m.group("d2"))) if month else None


@rule(
    "day-month-range",
    rf"\b(?P<d1>{DAY})(?P<j>{_RANGE_JOIN})(?P<d2>{DAY})\s+(?:of\s+)?(?P<m>{MONTH})\b"
    rf"(?:\.?,?\s+(?P<y>{YEAR}))?",
    leads=(lead.DIGITS_1_2,),
)
def day_month_range(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "1-5 March 2022", "between 28 and 30 June"."""
    if not capitalized(ctx.original(m, "m")) or _bad_left(ctx, m.start()):
        return None
    if m.group("j").strip() == "and" and ctx.word_before(m.start()) != "between":
        return None
    month = month_number(m.group("m"))
    return _range(m, ctx, month, _num(m.group("d1")), _num(m.group("d2"))) if month else None


# "on the 11th": a day of the month the story is in, alone; not "the 11th hole", "the 11th
# century", "on the 11th floor". What may follow it: a mark, the end, "of this month", or a
# word that opens what comes next ("on the 11th and 12th", "on the 11th, when").
_ALONE_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\n]|$|(?:of\s+(?:this|last|next)\s+month|and|when|at|as|after|before|but|"
    r"in|to)\b)",
    re.IGNORECASE,
)
_ON = re.compile(r"\bon\s+$", re.IGNORECASE)


@rule(
    "day-of-month",
    r"\bthe\s+(?P<d>[12]?\d|3[01])(?:st|nd|rd|th)\b",
    leads=(lead.THE,),
)
def day_of_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "It closed on the 11th.": the 11th of the month the story is in, or the month before
    it when the day is still ahead (told in the past), the month after when it has gone (told
    ahead)."""
    if not _ON.search(ctx.text, max(0, m.start() - 4), m.start()):
        return None
    if not _ALONE_AFTER.match(ctx.text, m.end()):
        return None
    dom, a = int(m.group("d")), ctx.anchor
    candidates = [
        d
        for months in (-1, 0, 1)
        if (first := add_months(a.replace(day=1), months))
        and (d := safe_date(first.year, first.month, dom)) is not None
    ]
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.PAST:
        found = [d for d in candidates if d <= a][-1:]
    elif tense is Tense.FUTURE:
        found = [d for d in candidates if d >= a][:1]
    else:
        found = [d for d in candidates if d.month == a.month]
    return Hit(m.start(), m.end(), day(found[0], True)) if found else None


@rule(
    "weekday-of-month",
    rf"\b(?P<o>first|second|third|fourth|final|last)\s+(?P<d>{WEEKDAY})\s+"
    rf"(?:of|in)\s+(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
    leads=(lead.ORDINAL, lead.RELATIVE),
)
def weekday_of_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the first Monday of April" -> that day, "the last Sunday in March" -> the month's
    last Sunday: not the next Monday, nor the whole month."""
    number = month_number(m.group("m"))
    weekday = _weekday_number(m.group("d"))
    if number is None or weekday is None or not capitalized(ctx.original(m, "m")):
        return None
    o, y = m.group("o").lower(), m.group("y")
    year_n = int(y) if y else month_year(number, ctx.anchor, ctx.tense(m.start(), m.end()))
    if o in ("last", "final"):
        end = add_months(date(year_n, number, 1), 1) - timedelta(days=1)
        found = end - timedelta(days=(end.weekday() - weekday) % 7)
    else:
        first = date(year_n, number, 1)
        nth = {"first": 0, "second": 1, "third": 2}.get(o, 3)
        found = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * nth)
    return Hit(m.start(), m.end(), day(found, not y))


RULES: tuple[Rule, ...] = (
    month_day,
    day_month,
    iso_date,
    numeric_date,
    numeric_month_day,
    month_day_range,
    day_month_range,
    day_of_month,
    weekday_of_month,
)
