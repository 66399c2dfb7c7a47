"""Rules for dates relative to the anchor: weekdays, "yesterday", "last week", "two days ago"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import (
    WEEKDAYS,
    add_months,
    fortnights_as_weeks,
    iso_week,
    monday_of,
    number_value,
    quarter_bounds,
    safe_date,
    shift_months,
)
from viewer.core.temporal.context import (
    MONTH,
    NUMBER,
    WEEKDAY,
    YEAR,
    Ctx,
    Hit,
    Rule,
    capitalized,
    rule,
)
from viewer.core.temporal.resolve import weekday_date
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import (
    Resolved,
    day,
    interval,
    mod_of,
    month_of,
    reference,
    week_of,
    year_of,
)

# "Sunday Times", "Good Friday": names, not days.
_NAME_AFTER = frozenset(
    """times telegraph express mirror post herald mail independent tribune star sport people
    school agreement accord prayers sermon""".split()
)
_NAME_BEFORE = frozenset("good black bloody ash palm easter holy cyber super maundy".split())


def _named_day(ctx: Ctx, pos: int) -> bool:
    """ "Good Friday", "Super Tuesday", "the Mail on Sunday": a capitalized name before the day."""
    words = ctx.text[max(0, pos - 24) : pos].split()
    if not words:
        return False
    if words[-1].lower() in _NAME_BEFORE and capitalized(words[-1]):
        return True
    return words[-1] == "on" and len(words) > 1 and words[-2] in ("Mail", "Observer")


@rule(
    "weekday",
    rf"\b(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<w>{WEEKDAY})"
    r"(?P<pl>s)?\b(?:\s+(?P<post>week|next|last)\b(?!\s+(?:to|week|month|year|weekend|time)\b))?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?",
    leads=(lead.MODIFIER, lead.RELATIVE, lead.THIS, lead.WEEKDAY),
)
def weekday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "on Tuesday", "late Tuesday", "Monday morning", "next Friday"; "on Mondays" is a SET.

    A part of the day keeps the plain day value ("Tuesday evening" -> 2022-03-08) so that the
    precision stays a day on the timeline.
    """
    word = m.group("w")
    if not capitalized(ctx.original(m, "w")):
        return None
    if ctx.word_after(m.end("w")).lower() in _NAME_AFTER and not m.group("part"):
        return None
    if _named_day(ctx, m.start()):
        return None
    number = WEEKDAYS[word.lower()]
    if m.group("pl"):
        if m.group("rel") or m.group("mod"):
            return None
        resolved = Resolved(f"XXXX-WXX-{number + 1}", "SET", None, None, None, False)
        return Hit(m.start(), m.end(), resolved)
    rel = (m.group("rel") or "").lower()
    if rel == "past":
        rel = "last"
    post = m.group("post")
    if post is not None and (rel or m.group("pl") or not ctx.original(m, "post").islower()):
        return None  # "next Monday week", "Monday Week 3": read apart
    if post == "week":  # "on Wednesday week": a week after the coming one, as British say
        return Hit(
            m.start(), m.end(), day(weekday_date(number, ctx.anchor, Tense.FUTURE) + _WEEK, True)
        )
    d = weekday_date(number, ctx.anchor, ctx.tense(m.start(), m.end()), post or rel)
    return Hit(m.start(), m.end(), day(d, True))


_WEEK = timedelta(days=7)
_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1}


@rule(
    "deictic-day",
    r"\b(?:(?P<mod>early|late)\s+)?(?P<w>today|yesterday|tomorrow|the\s+day\s+before\s+yesterday"
    r"|the\s+day\s+after\s+tomorrow)\b(?:\s+(?P<part>morning|afternoon|evening|night))?",
    leads=(lead.MODIFIER, lead.DEICTIC, lead.THE),
)
def deictic_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "today", "yesterday", "tomorrow morning"; "today, Saturday" is the writer's today,
    the Saturday it names, on or before the day the story is dated."""
    w = " ".join(m.group("w").lower().split())
    if _in_quoted_title(ctx.text, m.start(), ctx.text[m.start() : m.end()]):
        return None  # "Edge of Tomorrow", "The Day After Tomorrow": a film's name
    offset = _DEICTIC.get(w, -2 if "before" in w else 2)
    named = _NAMED_TODAY.match(ctx.text, m.end()) if w == "today" else None
    if named is not None and capitalized(named.group(1)):
        weekday = weekday_date(WEEKDAYS[named.group(1).lower()], ctx.anchor, Tense.PAST)
        return Hit(m.start(), m.end(), day(weekday, True))
    return Hit(m.start(), m.end(), day(ctx.anchor + timedelta(days=offset), True))


_QUOTE_OPENS = re.compile(r"[“\"]([^“”\"\n]{0,40})$")
_TITLE_SMALL_WORDS = frozenset("of the a an and to in on at for".split())


def _in_quoted_title(text: str, at: int, found: str) -> bool:
    """Whether the capitalized words `found` at `at` are inside a quoted title, after one word
    or more of it, each capitalized or small ("Edge of Tomorrow"), or themselves a title of
    several words ("The Day After Tomorrow"); not "“Today is a good day,”", speech."""
    if not text[at : at + 1].isupper():
        return False
    opened = _QUOTE_OPENS.search(text, max(0, at - 41), at)
    if opened is None:
        return False
    words = opened.group(1).split()
    if not words:  # the quotation opens on it
        own = found.split()
        return len(own) > 1 and all(w[:1].isupper() for w in own)
    return all(w[:1].isupper() or w.lower() in _TITLE_SMALL_WORDS for w in words)


# The weekday set beside "today" that names it: "at 10am today, Saturday", "today [Saturday]".
_NAMED_TODAY = re.compile(
    r"(?:,\s*|\s*[(\[]\s*)(" + "|".join(WEEKDAYS) + r")\b",
    re.IGNORECASE,
)


_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@rule(
    "part-of-day",
    r"\b(?:(?P<w>this)\s+(?P<p>morning|afternoon|evening)|tonight|last\s+night"
    r"|overnight(?=\s*(?:[,.;:)—–]|$)|\s+(?:and|as|when|after|before|in|into|at|near|outside|to"
    r"|from|with)\b))\b",
    leads=(lead.THIS, lead.TONIGHT, lead.RELATIVE),
)
def part_of_day(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "tonight" -> 2022-03-08TNI, "last night", "this morning" (TIMEX3 TIME values);
    "overnight" told as when, not before a noun ("arrived overnight", not "overnight
    losses") or a day ("overnight Thursday"), is last night."""
    text = m.group(0).lower()
    d = ctx.anchor - timedelta(days=1) if text.startswith(("last", "over")) else ctx.anchor
    code = _PART_CODES[m.group("p").lower()] if m.group("p") else "NI"
    return Hit(m.start(), m.end(), day(d, True, f"{d.isoformat()}T{code}", "TIME"))


_REL_UNIT = (
    r"\b(?:(?P<mod>early|late|earlier|later|mid|the\s+(?:end|beginning|start|middle)\s+of)"
    r"(?:\s*-\s*|\s+))?(?P<rel>last|this|next|the\s+previous|the\s+coming|the\s+current|the\s+past"
    r"|the)\s+(?P<u>week|weekend|month|year|quarter|decade)\b"
)
_SHIFT = {"last": -1, "the previous": -1, "the past": -1, "this": 0, "the current": 0, "the": 0}
_SHIFT |= {"next": 1, "the coming": 1}


@rule(
    "relative-unit",
    _REL_UNIT,
    leads=(lead.MODIFIER, lead.COMPARATIVE, lead.THE, lead.RELATIVE, lead.THIS),
)
def relative_unit(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "last week" -> 2022-W09, "this month", "earlier this year", "the end of next month"."""
    rel = " ".join(m.group("rel").lower().split())
    unit, mod = m.group("u").lower(), mod_of(m.group("mod"))
    if rel == "the" and not mod:
        return None  # "the week" alone refers to a week named elsewhere
    if rel == "the past" and unit != "weekend":
        return None  # "the past week" is a duration (a separate rule)
    if not mod and rel == "this" and _so_far(ctx.text, m.start(), m.end()):
        mod = "BEFORE"  # "so far this year", "this season to date": up to now, as "earlier"
    shift, a = _SHIFT[rel], ctx.anchor
    resolved = _calendar_unit(a, unit, shift, mod)
    if resolved is not None:
        return Hit(m.start(), m.end(), resolved)
    if unit == "weekend":
        saturday = monday_of(a) + timedelta(days=5 + 7 * shift)
        if rel == "the past":
            saturday = _last_weekend(ctx)
        resolved = _weekend(saturday)
    elif unit == "quarter":
        q_index = a.year * 4 + (a.month - 1) // 3 + shift
        y, q = q_index // 4, q_index % 4 + 1
        first, last = quarter_bounds(y, q)
        resolved = interval(f"{y}-Q{q}", first, last, Precision.RANGE, True, mod=mod, anchor=a)
    else:
        decade = (a.year // 10 + shift) * 10
        first, last = a.replace(decade, 1, 1), a.replace(decade + 9, 12, 31)
        resolved = interval(
            str(decade // 10), first, last, Precision.RANGE, True, mod=mod, anchor=a
        )
    return Hit(m.start(), m.end(), resolved)


_SO_FAR_BEFORE = re.compile(r"\bso\s+far\s+$", re.IGNORECASE)
_SO_FAR_AFTER = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.IGNORECASE)


def _so_far(text: str, start: int, end: int) -> bool:
    """Whether "so far" or "to date" bounds a unit told as this one at now."""
    if _SO_FAR_BEFORE.search(text, max(0, start - 12), start) is not None:
        return True
    return _SO_FAR_AFTER.match(text, end) is not None


def _calendar_unit(a: date, unit: str, shift: int, mod: str = "") -> Resolved | None:
    """The week, month or year `shift` of them from the anchor's ("last week": -1); None for
    another unit."""
    if unit == "week":
        return week_of(a + timedelta(weeks=shift), True, mod, a)
    if unit == "month":
        y, mo = shift_months(a.year, a.month, shift)
        return month_of(y, mo, True, mod, a)
    if unit == "year":
        return year_of(a.year + shift, True, mod, a)
    return None


def _weekend(saturday: date) -> Resolved:
    """A weekend in TIMEX3: the ISO week of its Saturday with -WE, e.g. 2022-W09-WE."""
    sunday = saturday + timedelta(days=1)
    return Resolved(f"{iso_week(saturday)}-WE", "DATE", Precision.RANGE, saturday, sunday, True)


def _last_weekend(ctx: Ctx) -> date:
    """The Saturday of the weekend just past, or of the current one on a Saturday or Sunday."""
    a = ctx.anchor
    if a.weekday() >= 5:
        return a - timedelta(days=a.weekday() - 5)
    return monday_of(a) - timedelta(days=2)


# "the weekend of March 2-3": the date after it says which weekend.
_OF_A_DATE = re.compile(rf"\s+of\s+(?:{MONTH}|\d)", re.IGNORECASE)


@rule("the-weekend", r"\b(?:this\s+past\s+|the\s+)weekend\b", leads=(lead.THIS, lead.THE))
def the_weekend(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "over the weekend": the most recent Saturday and Sunday (the coming one in future tense);
    not "the weekend of March 2-3", which its date tells."""
    if _OF_A_DATE.match(ctx.text, m.end()):
        return None
    a = ctx.anchor
    saturday = _last_weekend(ctx)
    if ctx.tense(m.start(), m.end()) is Tense.FUTURE and a.weekday() < 5:
        saturday = monday_of(a) + timedelta(days=5)
    return Hit(m.start(), m.end(), _weekend(saturday))


@rule(
    "ago",
    rf"\b(?P<n>{NUMBER})\s+(?P<u>minute|hour|day|week|fortnight|month|year|decade)s?\s+ago\b"
    r"|\b(?P<bare>days|weeks|months|years|decades)\s+ago\b",
    leads=(lead.DIGITS_1_2, lead.DIGITS_3, lead.ARTICLE, lead.COUNT_WORD, lead.UNITS),
)
def ago(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "three days ago" -> the day, "two weeks ago" -> that week, "years ago" -> PAST_REF."""
    if m.group("bare"):
        return Hit(m.start(), m.end(), reference("PAST_REF"))
    n, unit, a = number_value(m.group("n")), m.group("u").lower(), ctx.anchor
    if n is None:
        return Hit(m.start(), m.end(), reference("PAST_REF"))
    n, unit = fortnights_as_weeks(n, unit)  # "a fortnight ago": two weeks ago
    resolved: Resolved
    to_the_day = _TO_THE_DAY.match(ctx.text, m.end())
    if unit in ("week", "month", "year") and (
        to_the_day or _EXACTLY.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        end = to_the_day.end() if to_the_day else m.end()
        return Hit(m.start(), end, day(_exactly_before(a, n, unit), True))
    this = _THIS_UNIT.match(ctx.text, m.end())
    finer = this["u"].lower() if this else ""
    if this is not None and (unit, finer) in _FINER:
        then = _exactly_before(a, n, unit)  # "fifty years ago this month": that month
        value = month_of(then.year, then.month, True) if finer == "month" else week_of(then, True)
        return Hit(m.start(), this.end(), value)
    if unit in ("minute", "hour") or (unit == "day"):
        resolved = day(a - timedelta(days=n if unit == "day" else 0), True)
    elif unit == "week":
        resolved = _weeks_back(a, n, _ROUGHLY.search(ctx.text, max(0, m.start() - 14), m.start()))
    elif unit == "month":
        past = add_months(a, -n)
        resolved = month_of(past.year, past.month, True)
    elif unit == "year":
        resolved = year_of(a.year - n, True)
    else:
        resolved = year_of(a.year - 10 * n, True)
    return Hit(m.start(), m.end(), resolved)


# "about two weeks ago": a rough count, a few days either side of the day counted back.
_ROUGHLY = re.compile(r"\b(?:about|around|roughly|approximately|some)\s+$", re.IGNORECASE)
_ROUGH_DAYS = 3


def _weeks_back(anchor: date, n: int, rough: re.Match[str] | None) -> Resolved:
    """n weeks before the anchor: that week; told roughly, the days around the day counted back
    ("He was married about two weeks ago", told on Sunday 26 June, is 9 to 15 June)."""
    then = anchor - timedelta(weeks=n)
    if rough is None:
        return week_of(then, True)
    spread = timedelta(days=_ROUGH_DAYS)
    return interval(iso_week(then), then - spread, then + spread, Precision.RANGE, True)


# "exactly two years ago", "a year ago to the day", "a year ago today" is told of an
# anniversary: that very day.
_EXACTLY = re.compile(r"\bexactly\s+$", re.IGNORECASE)
_TO_THE_DAY = re.compile(r"\s+(?:today|to\s+the\s+day)\b", re.IGNORECASE)
# "fifty years ago this month", "a year ago this week": that month or week of the year then.
_THIS_UNIT = re.compile(r"\s+this\s+(?P<u>month|week)\b", re.IGNORECASE)
_FINER = frozenset({("year", "month"), ("year", "week"), ("month", "week")})


@rule(
    "before-last",
    r"\bthe\s+(?P<u>week|month|year)\s+before\s+last\b"
    # Not "the week before last month's election": "last" there is the noun's.
    r"(?!['’]|\s+(?!(?:in|on|at|when|and|but|as|after|to|for|from|with|the|a|he|she|they)\b)[a-z])",
    leads=(lead.THE,),
)
def before_last(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the week before last", "the year before last": the one before last week's, year's."""
    resolved = _calendar_unit(ctx.anchor, m.group("u").lower(), -2)
    return None if resolved is None else Hit(m.start(), m.end(), resolved)


@rule(
    "this-day-then",
    rf"\bthis\s+(?:day|date)\s+(?:last\s+year|in\s+(?P<y>{YEAR})|(?P<n>{NUMBER})\s+years?\s+ago)\b",
    leads=(lead.THIS,),
)
def this_day_then(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "This day last year, voters went to the polls", "on this day in 1944", "this day ten
    years ago": the day of the anchor's month and day, in that year."""
    a = ctx.anchor
    if m.group("y"):
        year = int(m.group("y"))
    else:
        n = number_value(m.group("n")) if m.group("n") else 1
        if n is None:
            return None
        year = a.year - n
    found = safe_date(year, a.month, a.day) or safe_date(year, a.month, a.day - 1)
    return None if found is None else Hit(m.start(), m.end(), day(found, True))


def _exactly_before(a: date, n: int, unit: str) -> date:
    """The day `n` weeks, months or years before `a` (the 29th of February: the 28th)."""
    if unit == "week":
        return a - timedelta(weeks=n)
    return add_months(a, -(n if unit == "month" else 12 * n))  # clamped to the month's end


RULES: tuple[Rule, ...] = (
    weekday,
    deictic_day,
    part_of_day,
    relative_unit,
    the_weekend,
    ago,
    before_last,
    this_day_then,
)
