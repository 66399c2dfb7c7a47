"""A year's first or last months named by their count: "the first nine months of 2001", "the
last three months of this year", "the first six months of last year" (not "of the year", which
may be a season's or a fiscal year's).

Results and statistics are told for such parts of a year: the months from January (or up to
December), not the whole year the phrase ends on, and not a duration of nine months. A
company's period is named by the month that closes it as often: "the quarter ended in March
2013", "the six months to September", "the fiscal year ending in June" are the months up to
and including that month, not the month alone (a closing day, "the quarter ended Sept. 30", is
left as the day: TimeBank's annotators date such figures by it).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import last_day, month_number, number_value, shift_months
from viewer.core.temporal.context import MONTH, YEAR, Ctx, Hit, Rule, rule
from viewer.core.temporal.resolve import month_year
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import interval

_YEARS_BACK = {"this": 0, "last": -1, "next": 1}


@rule(
    "part-year",
    r"\bthe\s+(?P<end>first|last|final)\s+(?P<n>[2-9]|1[01]|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven)\s+months\s+of\s+(?:(?P<y>" + YEAR + r")|(?P<rel>this|last|next)"
    r"\s+year)\b",
    leads=(lead.THE,),
)
def part_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the first nine months of 2001" -> January to September 2001; "the last three months
    of last year" -> October to December of the year before publication."""
    n = number_value(m.group("n").lower())
    if n is None:
        return None
    rel = (m.group("rel") or "").lower()
    year = int(m.group("y")) if m.group("y") else ctx.anchor.year + _YEARS_BACK[rel]
    if m.group("end").lower() == "first":
        first, last = date(year, 1, 1), date(year, n, calendar.monthrange(year, n)[1])
    else:
        first, last = date(year, 13 - n, 1), date(year, 12, 31)
    value = f"{year}-{first.month:02d}/{year}-{last.month:02d}"
    return Hit(m.start(), m.end(), interval(value, first, last, Precision.RANGE, bool(rel)))


# The months a period named by its closing month spans: a quarter, a half, nine months, a year.
_SPAN_MONTHS = dict(quarter=3, half=6, year=12, three=3, six=6, nine=9, twelve=12)
_SPAN_MONTHS |= {str(months): months for months in (3, 6, 9, 12)}  # "the 6 months to June"
# The words a bare "year" or a count of months follows when it names a company's period.
_PERIOD_OWNER = frozenset({"the", "its", "their", "financial", "fiscal", "half", "full"})


@rule(
    "period-closing-month",
    r"\b(?:the\s+(?:fiscal\s+)?(?P<q>quarter)|(?:first|second|third|fourth)\s+(?:fiscal\s+)?"
    r"(?P<o>quarter|half)|fiscal\s+(?P<f>year|quarter)|(?P<y>year)|(?P<n>three|six|nine|"
    r"twelve|3|6|9|12)[\s-]+months?)\s+(?:that\s+)?(?P<how>ended|ending|to)\s+(?:in\s+)?"
    r"(?P<m>" + MONTH + r")\b(?:\.?,?\s+(?P<year>" + YEAR + r")|(?!\.?,?\s*\d))",
    leads=(lead.THE, lead.ORDINAL, lead.FISCAL, lead.YEAR_WORD, lead.COUNT_WORD, lead.DIGITS_1_2),
)
def period_closing_month(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "the quarter ended in March 2013" -> January to March 2013; "the six months to
    September", "the fiscal year ending in June": the months up to the one named."""
    unit = m.group("q") or m.group("o") or m.group("f") or m.group("y") or m.group("n")
    before = ctx.word_before(m.start())
    if m.group("y") and before not in _PERIOD_OWNER:
        return None  # "this year to March": the months of this year so far
    if m.group("n") and before not in ("the", "its", "their"):
        return None
    span = 6 if m.group("y") and before == "half" else _SPAN_MONTHS[unit]
    month = month_number(m.group("m"))
    if month is None:
        return None
    if m.group("year"):
        year, relative = int(m.group("year")), False
    else:
        # Read from the month: "the results for the year to March will be published in June"
        # is of the coming March, whatever the results for a bare period are of.
        said = Tense.PAST if m.group("how") == "ended" else ctx.tense(m.start("m"), m.end())
        year, relative = month_year(month, ctx.anchor, said), True
    first_year, first_month = shift_months(year, month, 1 - span)
    first, last = date(first_year, first_month, 1), last_day(year, month)
    value = f"{first_year}-{first_month:02d}/{year}-{month:02d}"
    if span == 3 and month % 3 == 0:
        value = f"{year}-Q{month // 3}"
    elif span == 12 and month == 12:
        value = str(year)
    return Hit(m.start(), m.end(), interval(value, first, last, Precision.RANGE, relative))


RULES: tuple[Rule, ...] = (part_year, period_closing_month)
