"""A year's first or last months named by their count: "the first nine months of 2001", "the
last three months of this year", "the first six months of last year" (not "of the year", which
may be a season's or a fiscal year's).

Results and statistics are told for such parts of a year: the months from January (or up to
December), not the whole year the phrase ends on, and not a duration of nine months.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import number_value
from viewer.core.temporal.context import YEAR, Ctx, Hit, Rule, rule
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


RULES: tuple[Rule, ...] = (part_year,)
