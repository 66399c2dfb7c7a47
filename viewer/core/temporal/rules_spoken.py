"""Rules for years said in words, as broadcast transcripts write them: "nineteen ninety-one",
"January nineteen ninety-seven", "the nineteen eighties", "in two thousand and three"."""

from __future__ import annotations

import re
from datetime import date

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import month_number
from viewer.core.temporal.context import MONTH, Ctx, Hit, Rule, capitalized, rule
from viewer.core.temporal.rules_periods import counts
from viewer.core.temporal.timex import interval, mod_of, month_of, year_of

_ONES = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_DECADES = "twenties thirties forties fifties sixties seventies eighties nineties".split()
_NUMBER = {w: i + 1 for i, w in enumerate(_ONES)} | {w: i + 10 for i, w in enumerate(_TEENS)}
_NUMBER |= {w: 20 + 10 * i for i, w in enumerate(_TENS)}
_DECADE = {w: 20 + 10 * i for i, w in enumerate(_DECADES)}

_ONE = f"(?:{'|'.join(_ONES)})"
# The last two digits of a year in words: "ninety-one", "eighty", "twelve", "oh five".
_TWO_DIGITS = rf"(?:(?:{'|'.join(_TENS)})(?:[\s-]{_ONE})?|{'|'.join(_TEENS)}|(?:oh|o)[\s-]{_ONE})"
_MOD = r"(?:(?P<mod>early|late|mid)(?:\s*-\s*|\s+))?"
_MONTH_FIRST = rf"(?:(?P<m>{MONTH})\s+(?:of\s+)?)?"
# Words after which "two thousand" is a year rather than a count.
_YEAR_CUES = frozenset("in since by of until till from before after during year".split())


def _words_value(words: str) -> int:
    """The number two words or fewer say: "ninety-one" -> 91, "oh five" -> 5."""
    total = 0
    for word in re.split(r"[\s-]+", words):
        total += _NUMBER.get(word, 0)
    return total


def _dated(m: re.Match[str], ctx: Ctx, year: int) -> Hit | None:
    """The year, or the month of it when one is named before it."""
    if m.group("m"):
        month = month_number(m.group("m"))
        if month is None or not capitalized(ctx.original(m, "m")):
            return None
        return Hit(m.start(), m.end(), month_of(year, month, False, mod_of(m.group("mod"))))
    return Hit(m.start(), m.end(), year_of(year, False, mod_of(m.group("mod"))))


@rule(
    "spoken-year",
    rf"\b{_MOD}{_MONTH_FIRST}(?P<c>eighteen|nineteen)[\s-]+(?:(?P<dec>{'|'.join(_DECADES)})"
    rf"|(?P<yy>{_TWO_DIGITS})|(?P<hundred>hundred))\b(?![\s-]+(?:{_ONE}|hundred|thousand)\b)",
    leads=(lead.MODIFIER, lead.MONTH, lead.COUNT_WORD),
)
def spoken_year(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "nineteen ninety-one" -> 1991, "January nineteen ninety-seven", "the nineteen eighties"."""
    century = 1800 if m.group("c") == "eighteen" else 1900
    if counts(ctx, m.end()):
        return None  # "nineteen twenty people": a count
    if m.group("dec"):
        if m.group("m"):
            return None
        first = century + _DECADE[m.group("dec")]
        start, end = date(first, 1, 1), date(first + 9, 12, 31)
        resolved = interval(str(first // 10), start, end, Precision.RANGE, False)
        return Hit(m.start(), m.end(), resolved)
    year = century + (_words_value(m.group("yy")) if m.group("yy") else 0)
    return _dated(m, ctx, year)


@rule(
    "spoken-year-2000s",
    rf"\b{_MOD}{_MONTH_FIRST}two\s+thousand(?:\s+(?:and\s+)?(?P<yy>(?:{'|'.join(_TENS[:1])})"
    rf"(?:[\s-]{_ONE})?|{'|'.join(_TEENS)}|{_ONE}))?\b(?![\s-]+(?:hundred|thousand)\b)",
    leads=(lead.MODIFIER, lead.MONTH, lead.COUNT_WORD),
)
def spoken_year_2000s(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "in two thousand and three" -> 2003: a year after a preposition or a month, never a
    count ("two thousand troops", "some two thousand")."""
    if counts(ctx, m.end()):
        return None
    if not m.group("m") and ctx.word_before(m.start()) not in _YEAR_CUES:
        return None
    return _dated(m, ctx, 2000 + (_words_value(m.group("yy")) if m.group("yy") else 0))


RULES: tuple[Rule, ...] = (spoken_year, spoken_year_2000s)
