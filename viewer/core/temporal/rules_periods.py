"""Rules for periods longer than a day: months, years, decades, seasons, quarters, fiscal years."""

from __future__ import annotations

import re
from datetime import date, timedelta

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import (
    DECADE_WORDS,
    MONTHS,
    SEASONS,
    WORDLIKE_MONTHS,
    YEAR_SHIFT,
    month_number,
    quarter_bounds,
    season_bounds,
)
from viewer.core.temporal.context import MONTH, YEAR, Ctx, Hit, Rule, capitalized, rule
from viewer.core.temporal.resolve import month_year, quarter_year, season_year
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Resolved, interval, mod_of, month_of, year_of

_MOD = r"(?P<mod>early|late|mid|the\s+(?:end|beginning|start|middle)\s+of)(?:\s*-\s*|\s+)"

# Words after which "May", "March" or "June" is a month rather than a verb, noun or name.
_MONTH_CUES = frozenset(
    """in since until till by from to through throughout during before after between and or of
    early late mid last this next around since""".split()
)
# Counted things: "2000 troops" is a number, not a year.
COUNT_NOUNS = frozenset(
    """people persons troops soldiers men women children civilians refugees workers employees
    jobs votes units vehicles tanks missiles rockets drones aircraft planes jets ships homes
    houses cases deaths dollars euros pounds km kilometers kilometres miles meters metres feet
    tons tonnes barrels acres hectares points members students officers police personnel
    fighters rounds shells pages words years days hours minutes months weeks times""".split()
)
# A day of the month right after a month: "August 2nd", "June 5" (not "June 5,000 troops").
_DAY_AFTER = re.compile(r"\s+(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![,.]?\d)")
_APPROXIMATORS = frozenset(
    "about nearly some around approximately almost roughly over than least up".split()
)


@rule(
    "month",
    rf"\b(?:{_MOD})?(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<m>{MONTH})"
    rf"(?:\.?,?\s+(?:of\s+)?(?:(?P<y>{YEAR})|(?P<ry>last|this|next)\s+year))?\b",
    leads=(lead.MODIFIER, lead.THE, lead.RELATIVE, lead.THIS, lead.MONTH),
)
def month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "February", "in late February", "March 2022", "last May", "mid-March"; "April last
    year", "March of this year": that month of the year named from now."""
    word = m.group("m")
    number = month_number(word)
    if not capitalized(ctx.original(m, "m")) or number is None:
        return None
    year, rel, mod = m.group("y"), m.group("rel"), mod_of(m.group("mod"))
    if rel and not year and _DAY_AFTER.match(ctx.text, m.end()):
        return None  # "this August 2nd", "last June 5": a day (the month-day rule's)
    if not year:
        if word.lower() not in MONTHS:
            return None  # "Mar", "Jan": abbreviations stand alone only with a day or a year
        wordlike = word.lower() in WORDLIKE_MONTHS and not rel and not mod
        if wordlike and ctx.word_before(m.start()) not in _MONTH_CUES:
            return None
    if year:
        resolved = month_of(int(year), number, False, mod)
    elif m.group("ry") and not rel:
        shift = YEAR_SHIFT[m.group("ry").lower()]
        resolved = month_of(ctx.anchor.year + shift, number, True, mod)
    else:
        y = month_year(number, ctx.anchor, ctx.tense(m.start(), m.end()), (rel or "").lower())
        resolved = month_of(y, number, True, mod)
    return Hit(m.start(), m.end(), resolved)


# "1920 x 1200 resolution": a figure by a figure is a size, not a year.
_BY_FIGURE_AFTER = re.compile(r"\s*[x×]\s*\d")
_BY_FIGURE_BEFORE = re.compile(r"\d\s*[x×]\s*$")


def counts(ctx: Ctx, end: int) -> bool:
    """Whether a year-like number ending at `end` counts the noun right after it ("2000
    troops"); a comma between them ends the number's phrase ("In 2009, officers left")."""
    return ctx.word_after(end).lower() in COUNT_NOUNS and not ctx.text.startswith(",", end)


@rule(
    "year",
    rf"\b(?:{_MOD})?(?:the\s+year\s+)?(?P<y>{YEAR})\b",
    leads=(lead.MODIFIER, lead.THE, lead.DIGITS_4),
)
def year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "2022", "early 2022", "the end of 2021"; not "2000 troops", "$2022" nor "1920 x 1200"."""
    text, start = ctx.text, m.start("y")
    if (
        not m.group("mod")
        and start > 0
        and (text[start - 1].isdigit() or text[start - 1] in "-/.,:$£€#+")
    ):
        return None
    if not m.group("mod") and counts(ctx, m.end()):
        return None
    if _BY_FIGURE_AFTER.match(text, m.end()) or _BY_FIGURE_BEFORE.search(
        text, max(0, start - 8), start
    ):
        return None
    if not m.group("mod") and ctx.word_before(start) in _APPROXIMATORS:
        return None
    return Hit(m.start(), m.end(), year_of(int(m.group("y")), False, mod_of(m.group("mod"))))


@rule(
    "decade",
    r"\b(?:the\s+(?P<half>first|second|last)\s+half\s+of\s+)?"
    r"(?P<the>the\s+)?(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?(?:(?P<dec>1[5-9]\d0|20\d0)s"
    r"|['’](?P<short>\d0)s|(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties"
    r"|nineties))\b",
    leads=(lead.THE, lead.MODIFIER, lead.DIGITS_4, lead.DECADE_WORD),
)
def decade(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the 1990s" -> 199, "the late '90s", "the eighties"."""
    if m.group("dec"):
        first_year = int(m.group("dec"))
        if m.start("dec") > 0 and ctx.text[m.start("dec") - 1] in "$£€":
            return None
    elif not m.group("the"):
        return None  # "in their sixties" is an age
    elif m.group("short"):
        short = int(m.group("short"))
        first_year = 2000 + short if 2000 + short <= ctx.anchor.year else 1900 + short
    else:
        first_year = 1900 + 10 * DECADE_WORDS[m.group("word").lower()]
    mod = mod_of(m.group("mod"))
    if first_year % 100 == 0 and first_year <= _LAST_CENTURY_OF_HUNDREDS:
        # "the late 1800s", "the early 1900s": a century, not its first decade.
        first, last = date(first_year, 1, 1), date(first_year + 99, 12, 31)
        value = f"{first_year // 100:02d}"
        return Hit(
            m.start(), m.end(), interval(value, first, last, Precision.RANGE, False, mod=mod)
        )
    first, last = date(first_year, 1, 1), date(first_year + 9, 12, 31)
    if m.group("half"):  # "the last half of the '80s": 1985 to 1989
        later = m.group("half").lower() in ("second", "last")
        first, last = (
            (date(first_year + 5, 1, 1), last) if later else (first, date(first_year + 4, 12, 31))
        )
    resolved = interval(str(first_year // 10), first, last, Precision.RANGE, False, mod=mod)
    return Hit(m.start(), m.end(), resolved)


# "The 1800s" and "the 1900s" are centuries; "the 2000s" is most often its first decade.
_LAST_CENTURY_OF_HUNDREDS = 1900


_CENTURY_WORDS = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule(
    "century",
    r"\bthe\s+(?:(?P<mod>early|mid|late)(?:\s*-\s*|\s+))?(?:(?P<n>1\d|2[01])(?:st|nd|rd|th)"
    r"|(?P<w>eighteenth|nineteenth|twentieth|twenty-first))[\s-]+century\b",
    leads=(lead.THE,),
)
def century(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the 20th century" -> 19."""
    n = int(m.group("n")) if m.group("n") else _CENTURY_WORDS[m.group("w").lower()]
    first, last = date(100 * (n - 1), 1, 1), date(100 * (n - 1) + 99, 12, 31)
    value = f"{n - 1:02d}"
    resolved = interval(value, first, last, Precision.RANGE, False, mod=mod_of(m.group("mod")))
    return Hit(m.start(), m.end(), resolved)


# "the spring of last year", "summer this year": the year counted from the anchor's.
_YEAR_COUNTED = {"this": 0, "last": -1, "next": 1}
_SEASON_CUES = frozenset("in during over through throughout since until by this the of".split())
_AFTER_THE = frozenset("in during over through throughout since until by for".split())


@rule(
    "season",
    rf"\b(?:(?P<mod>early|late|mid)(?:\s*-\s*|\s+))?(?:(?P<rel>last|this|next|past|coming)\s+)?"
    rf"(?P<s>spring|summer|autumn|fall|winter)\b(?:,?\s+(?:of\s+)?(?P<y>{YEAR})"
    r"|,?\s+(?:of\s+)?(?P<ys>(?:1[89]|20)\d\d)[-/–](?P<ye>\d\d)\b"
    r"|\s+(?:of\s+)?(?P<ry>this|last|next)\s+year\b)?",
    leads=(lead.MODIFIER, lead.RELATIVE, lead.THIS, lead.SEASON),
)
def season(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "summer" -> 2022-SU, "last winter", "the fall of 2021", "the spring of last year"
    (that year's spring, told as a year counted from now); not "the fall of Kabul"."""
    word = m.group("s")
    rel, y, mod = (m.group("rel") or "").lower(), m.group("y"), mod_of(m.group("mod"))
    if not (rel or y or mod):
        before = ctx.word_before(m.start())
        if (
            capitalized(ctx.original(m, "s"))
            and ctx.word_before(m.start())
            and _prev_capitalized(ctx, m.start())
        ):
            return None  # "Arab Spring"
        if before not in _SEASON_CUES:
            return None
        if (
            before == "the"
            and word.lower() == "fall"
            and ctx.word_before(m.start(), 1) not in _AFTER_THE
        ):
            return None
        if ctx.word_after(m.end()).lower() == "of":
            return None
    code = SEASONS[word.lower()]
    if m.group("ys"):  # "the winter of 2013-14": the winter the two years share, no other
        if code != "WI" or int(m.group("ye")) != (int(m.group("ys")) + 1) % 100:
            return None
        y = m.group("ys")
    if y:
        season_y, relative = int(y), False
    elif m.group("ry") and not rel:
        season_y, relative = ctx.anchor.year + _YEAR_COUNTED[m.group("ry").lower()], True
    else:
        tense = ctx.tense(m.start(), m.end())
        season_y, relative = season_year(code, ctx.anchor, tense, rel), True
    first, last = season_bounds(season_y, code)
    resolved = interval(f"{season_y}-{code}", first, last, Precision.RANGE, relative, mod=mod)
    return Hit(m.start(), m.end(), resolved)


# "Last season, …", "This past season …", "Early last season, …" opening a sentence outside a
# quotation: the time the sentence goes back to (not "last season" in a clause: a comparison's
# base, a relative clause's time, "from last season" of a state told now; nor its subject,
# "Last season was hard").
@rule(
    "season-before",
    r"\b(?:(?:early|late|mid)(?:\s*-\s*|\s+))?(?:last|this\s+past|the\s+previous)\s+season\b"
    r"(?!['’]s\b|\s+(?:was|is|has|had|will|would)\b)",
    leads=(lead.MODIFIER, lead.RELATIVE, lead.THIS, lead.THE),
)
def season_before(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "Last season, the 76ers lost …": a sport's or a show's season before the current one.
    Its calendar is not told, so it is the years such a season may span, up to the day
    before: from the start of the year two years back (a winter season of two years)."""
    head = ctx.text[max(0, m.start() - 3) : m.start()].rstrip(" ")
    if not capitalized(ctx.original(m)) or (head and head[-1] not in ".!?\n"):
        return None
    first = date(ctx.anchor.year - 2, 1, 1)
    last = ctx.anchor - timedelta(days=1)
    value = f"{first.year:04d}/{last.year:04d}"
    return Hit(m.start(), m.end(), Resolved(value, "DATE", Precision.RANGE, first, last, True))


def _prev_capitalized(ctx: Ctx, pos: int) -> bool:
    head = ctx.text[max(0, pos - 30) : pos].rstrip()
    words = head.split()
    return bool(words) and words[-1][:1].isupper() and not head.endswith((".", "!", "?"))


_ORDINAL_NUMBERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
_ORDINAL_NUMBERS |= {"fourth": 4, "4th": 4, "final": 4, "last": 4}


@rule(
    "quarter",
    rf"\b(?P<the>the\s+)?(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+"
    rf"(?P<u>quarter|half)\b(?:\s+of\s+(?:(?P<y>{YEAR})|(?P<rel>this|last|next|the)\s+year)"
    rf"|\s+(?P<y2>{YEAR}))?",
    leads=(lead.THE, lead.ORDINAL, lead.RELATIVE, lead.DIGITS_1_2),
)
def quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the third quarter" -> 2022-Q3, "the first half of 2022" -> 2022-H1."""
    o, unit = m.group("o").lower(), m.group("u").lower()
    y, rel = m.group("y") or m.group("y2"), (m.group("rel") or "").lower()
    if o in ("last", "final") and not m.group("the"):
        return None  # "last quarter" is the previous quarter (a relative rule)
    n = _ORDINAL_NUMBERS[o]
    if unit == "half":
        if n > 2 or not (y or rel):
            return None  # "the second half" of a match is not a date
        year_n = int(y) if y else ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        first = date(year_n, 1 if n == 1 else 7, 1)
        last = date(year_n, 6, 30) if n == 1 else date(year_n, 12, 31)
        resolved = interval(f"{year_n}-H{n}", first, last, Precision.RANGE, not y)
        return Hit(m.start(), m.end(), resolved)
    if not (m.group("the") or y or rel or "-" in m.group(0) or _determined(ctx, m.start())):
        return None
    if y:
        year_n = int(y)
    elif rel:
        year_n = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    else:
        year_n = quarter_year(n, ctx.anchor, ctx.tense(m.start(), m.end()))
    first, last = quarter_bounds(year_n, n)
    resolved = interval(f"{year_n}-Q{n}", first, last, Precision.RANGE, not y)
    return Hit(m.start(), m.end(), resolved)


@rule(
    "week-of-month",
    rf"\bthe\s+(?P<o>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+week\s+of\s+"
    rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b",
    leads=(lead.THE,),
)
def week_of_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the first week of March" -> 1-7 March, "the last week of June" -> its last seven
    days: a week of the month, not the whole month."""
    number = month_number(m.group("m"))
    if number is None or not capitalized(ctx.original(m, "m")):
        return None
    o, y = m.group("o").lower(), m.group("y")
    year_n = int(y) if y else month_year(number, ctx.anchor, ctx.tense(m.start(), m.end()))
    whole = month_of(year_n, number, False)
    first_of_month, last_of_month = whole.first, whole.last
    assert first_of_month is not None and last_of_month is not None
    if o in ("last", "final"):
        first = last_of_month - timedelta(days=6)
    else:
        first = first_of_month + timedelta(days=7 * (_ORDINAL_NUMBERS[o] - 1))
    last = min(first + timedelta(days=6), last_of_month)
    value = f"{first.isoformat()}/{last.isoformat()}"
    return Hit(m.start(), m.end(), interval(value, first, last, Precision.RANGE, not y))


@rule(
    "year-quarter",
    rf"\b(?P<y>{YEAR})\s+(?:fiscal[\s-]+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)"
    rf"[\s-]+(?P<u>quarter|half)\b",
    leads=(lead.DIGITS_4,),
)
def year_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the 1988 second quarter", "1988 third-quarter profit": that year's quarter (or half),
    as a results story names the period it compares with."""
    y, n = int(m.group("y")), _ORDINAL_NUMBERS[m.group("o").lower()]
    if m.group("u").lower() == "half":
        if n > 2:
            return None
        first = date(y, 1, 1) if n == 1 else date(y, 7, 1)
        last = date(y, 6, 30) if n == 1 else date(y, 12, 31)
        return Hit(m.start(), m.end(), interval(f"{y}-H{n}", first, last, Precision.RANGE, False))
    first, last = quarter_bounds(y, n)
    return Hit(m.start(), m.end(), interval(f"{y}-Q{n}", first, last, Precision.RANGE, False))


# "its third quarter", "the fiscal first quarter", "its fiscal-first quarter", "the seasonally
# slow third quarter": a company's quarter, named with a possessive or "fiscal" before it.
_DETERMINER = re.compile(
    r"(?:\b(?:the|its|their)\s+(?:[a-z]+\s+){0,2}|\bfiscal[\s-]+)$", re.IGNORECASE
)


def _determined(ctx: Ctx, start: int) -> bool:
    """Whether the words before an ordinal make it a named quarter: "its", "fiscal"."""
    return _DETERMINER.search(ctx.text, max(0, start - 40), start) is not None


# A quarter named by its closing day is that day's ("the quarter ended Oct. 31, 1988", "the
# quarter ending Dec. 31"), not the calendar's last quarter: the day is read on its own.
_CLOSING_DAY = r"\s+(?:that\s+|which\s+)?(?:ended|ending)\s+(?:on\s+)?" + MONTH + r"\.?\s+\d"


@rule(
    "reported-quarter",
    r"\bthe\s+(?P<which>(?:latest|most\s+recent|recent|just[\s-]ended|current)\s+)?"
    r"(?:fiscal\s+)?quarter\b(?![\s-]*(?:of|century|mile|final|back|-))(?!,?" + _CLOSING_DAY + ")",
    leads=(lead.THE,),
)
def reported_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the quarter", "the latest quarter" of an earnings report: the last quarter ended
    before publication ("the current quarter", or one spoken of ahead: the quarter under way).
    "The latest quarter" is the last one ended even when spoken of ahead: "expects revenue in
    the latest quarter to total about $28 million" (results not yet out)."""
    which = (m.group("which") or "").lower()
    ended = which != "" and "current" not in which
    ahead = "current" in which or (not ended and ctx.tense(m.start(), m.end()) is Tense.FUTURE)
    n = (ctx.anchor.month - 1) // 3 + 1
    year_n = ctx.anchor.year
    if not ahead:
        n, year_n = (n - 1, year_n) if n > 1 else (4, year_n - 1)
    first, last = quarter_bounds(year_n, n)
    resolved = interval(f"{year_n}-Q{n}", first, last, Precision.RANGE, True)
    return Hit(m.start(), m.end(), resolved)


@rule(
    "q-quarter",
    rf"\b(?P<q>Q[1-4])(?:\s+(?P<y>{YEAR}))?\b",
    case_sensitive=True,
    leads=(lead.QUARTER_CODE,),
)
def q_quarter(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "Q3 2022", "Q1"."""
    n = int(m.group("q")[1])
    y = int(m.group("y")) if m.group("y") else ctx.anchor.year
    first, last = quarter_bounds(y, n)
    resolved = interval(f"{y}-Q{n}", first, last, Precision.RANGE, not m.group("y"))
    return Hit(m.start(), m.end(), resolved)


_FISCAL_SPAN = re.compile(r"[-–/](\d\d)\b(?![-/.:]\d)")


@rule(
    "fiscal-year",
    r"\b(?:(?P<rel>the\s+(?:latest|most\s+recent)|the|this|last|next|current)\s+)?"
    r"(?:(?P<y0>(?:19|20)\d\d)\s+)?"
    r"(?:fiscal(?:\s+year)?|fy)(?:\s*(?P<y>(?:19|20)\d\d|['’]?\d\d))?\b",
    leads=(lead.THE, lead.THIS, lead.RELATIVE, lead.CURRENT, lead.DIGITS_4, lead.FISCAL),
)
def fiscal_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "fiscal 2023", "FY23", "the 2023 fiscal year", "next fiscal year": the calendar year it
    is named by, as TimeML values it (whose fiscal year starts when is not told). "The latest
    fiscal year" is the last one ended, as "last fiscal year" is: "accounted for about 27% of
    Provigo's sales in the latest fiscal year", written in October 1989, is of 1988."""
    whole = ctx.original(m)
    if "fy" in whole.lower() and "FY" not in whole:
        return None
    ys = m.group("y") or m.group("y0")
    rel = (m.group("rel") or "").lower()
    if rel.startswith("the "):
        rel = "last"  # "the latest fiscal year", "the most recent fiscal year": the last ended
    if ys:
        digits = ys.lstrip("'’")
        fy = int(digits) if len(digits) == 4 else 2000 + int(digits)
        relative = False
    elif rel and "year" in whole.lower():
        fy = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
        relative = True
    else:
        return None
    end = m.end()
    span = _FISCAL_SPAN.match(ctx.text, end) if ys and len(ys) == 4 else None
    value, first = str(fy), fy
    if span is not None and int(span.group(1)) == (fy + 1) % 100:
        fy, end = fy + 1, span.end()  # "fiscal 2022-23": both years it spans
        value = f"{first}/{fy}"
    # A range, not a year: the story's period of results (report_period.is_period).
    resolved = Resolved(
        value,
        "DATE",
        Precision.RANGE,
        date(first, 1, 1),
        date(fy, 12, 31),
        relative,
        ("fiscal-year",),
    )
    # "the FY2024 budget": the article belongs to the noun, not to the date.
    start = m.end("rel") + 1 if rel == "the" and m.group("y") else m.start()
    return Hit(start, end, resolved)


@rule(
    "year-span",
    r"\b(?P<y1>(?:1[89]|20)\d\d)\s*[-–/]\s*(?P<y2>(?:1[89]|20)\d\d|\d\d)\b(?![-/.:]\d)",
    leads=(lead.DIGITS_4,),
)
def year_span(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "2022-23" (a season or fiscal year), "2014-2022": the years from the first to the last."""
    if m.start() > 0 and ctx.text[m.start() - 1] in "-/.,:$£€#+":
        return None  # a phone number, an amount
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if len(m.group("y2")) == 2:
        y2 += y1 // 100 * 100
        if y2 != y1 + 1:
            return None  # "2022-12" is December 2022 (the ISO form is another rule's)
    elif not y1 < y2 <= y1 + 50:
        return None
    first, last = date(y1, 1, 1), date(y2, 12, 31)
    resolved = Resolved(f"{y1:04d}/{y2:04d}", "DATE", Precision.RANGE, first, last, False)
    return Hit(m.start(), m.end(), resolved)


RULES: tuple[Rule, ...] = (
    month,
    year,
    year_span,
    decade,
    century,
    season,
    season_before,
    quarter,
    week_of_month,
    year_quarter,
    reported_quarter,
    q_quarter,
    fiscal_year,
)
