"""Rules for named days: "Christmas", "New Year's Day", "Thanksgiving", "Good Friday"."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from viewer.core.model import Precision
from viewer.core.temporal import leads as lead
from viewer.core.temporal.calendar_words import easter, nth_weekday
from viewer.core.temporal.context import YEAR, Ctx, Hit, Rule, rule
from viewer.core.temporal.resolve import instance_date
from viewer.core.temporal.timex import Resolved


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _from_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _monday_before(day: date) -> date:
    """The last Monday before a day: Victoria Day is the Monday before 25 May."""
    return day - timedelta(days=day.weekday() or 7)


def _nth(month: int, weekday: int, n: int, days: int = 0) -> Callable[[int], date]:
    return lambda year: nth_weekday(year, month, weekday, n) + timedelta(days=days)


# Keys are the names lowercased, without apostrophes, "saint" and "jr", one space apart.
# US federal holidays where countries differ (Thanksgiving, Labor Day, Memorial Day).
_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new years": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "new years eve": _fixed(12, 31),
    "easter": _from_easter(0),
    "easter sunday": _from_easter(0),
    "easter monday": _from_easter(1),
    "good friday": _from_easter(-2),
    "palm sunday": _from_easter(-7),
    "ash wednesday": _from_easter(-46),
    "thanksgiving": _nth(11, 3, 4),
    "thanksgiving day": _nth(11, 3, 4),
    "black friday": _nth(11, 3, 4, 1),
    "cyber monday": _nth(11, 3, 4, 4),
    "halloween": _fixed(10, 31),
    "valentines day": _fixed(2, 14),
    "memorial day": _nth(5, 0, -1),
    "labor day": _nth(9, 0, 1),
    "labour day": _nth(9, 0, 1),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "remembrance sunday": _nth(11, 6, 2),
    "presidents day": _nth(2, 0, 3),
    "martin luther king day": _nth(1, 0, 3),
    "mlk day": _nth(1, 0, 3),
    "patricks day": _fixed(3, 17),
    "bastille day": _fixed(7, 14),
    "victory day": _fixed(5, 9),  # as kept in Russia and Ukraine until 2023
    "fourth of july": _fixed(7, 4),
    "juneteenth": _fixed(6, 19),
    "columbus day": _nth(10, 0, 2),
    # Days of other English-speaking countries, fixed or counted as they keep them.
    "anzac day": _fixed(4, 25),
    "australia day": _fixed(1, 26),
    "waitangi day": _fixed(2, 6),
    "canada day": _fixed(7, 1),
    "victoria day": lambda year: _monday_before(date(year, 5, 25)),
    "andrews day": _fixed(11, 30),
    "davids day": _fixed(3, 1),
    "georges day": _fixed(4, 23),
    "burns night": _fixed(1, 25),
    "bonfire night": _fixed(11, 5),
    "guy fawkes night": _fixed(11, 5),
    "hogmanay": _fixed(12, 31),
    "shrove tuesday": _from_easter(-47),
    "maundy thursday": _from_easter(-3),
    "holy saturday": _from_easter(-1),
    "ascension day": _from_easter(39),
    "whit sunday": _from_easter(49),
    "whit monday": _from_easter(50),
}
_APOS_S = r"['’]?s"
_NAMES = (
    rf"christmas(?:\s+(?:day|eve))?|new\s+year{_APOS_S}(?:\s+(?:day|eve))?|boxing\s+day"
    r"|easter(?:\s+(?:sunday|monday))?|good\s+friday|palm\s+sunday|ash\s+wednesday"
    rf"|thanksgiving(?:\s+day)?|black\s+friday|cyber\s+monday|halloween|valentine{_APOS_S}\s+day"
    r"|memorial\s+day|labou?r\s+day|veterans['’]?\s+day|armistice\s+day"
    r"|remembrance\s+(?:day|sunday)|presidents['’]?\s+day"
    r"|(?:martin\s+luther\s+king(?:,?\s+jr\.?)?|mlk)\s+day"
    rf"|(?:st\.?|saint)\s+patrick{_APOS_S}\s+day|bastille\s+day|victory\s+day"
    r"|(?:the\s+)?fourth\s+of\s+july|juneteenth|columbus\s+day"
    r"|(?:anzac|australia|waitangi|canada|victoria|ascension)\s+day|hogmanay"
    rf"|(?:st\.?|saint)\s+(?:andrew|david|george){_APOS_S}\s+day"
    r"|(?:burns|bonfire|guy\s+fawkes)\s+night|shrove\s+tuesday|maundy\s+thursday"
    r"|holy\s+saturday|whit\s+(?:sunday|monday)"
)
# "the Good Friday Agreement", "Christmas Island": names that only contain a holiday's name.
_NAME_NOUNS = frozenset(
    """agreement accord accords island islands rising uprising offensive truce ceasefire massacre
    tree trees market markets act attack attacks bombing bombings card cards""".split()
)
# Names that start with a common word are dates only when written as names: "Labor Day".
_COMMON_FIRST = frozenset(
    "labor labour memorial victory boxing remembrance veterans veterans' presidents presidents'"
    " armistice good black cyber palm ash holy burns bonfire".split()
)
_DROPPED = str.maketrans("", "", "'’.,")
_FILLERS = frozenset({"the", "st", "saint", "jr"})


def _key(name: str) -> str:
    """The table key of a name as written: "St. Patrick's Day" -> "patricks day"."""
    return " ".join(w for w in name.lower().translate(_DROPPED).split() if w not in _FILLERS)


@rule(
    "holiday",
    rf"\b(?P<h>{_NAMES})\b(?:,?\s+(?:of\s+|in\s+)?(?P<y>{YEAR}))?",
    leads=(lead.HOLIDAY, lead.THE, lead.ORDINAL),
)
def holiday(m: re.Match[str], ctx: Ctx) -> Hit | None:
    """ "Christmas" -> 2022-12-25, "Thanksgiving" -> the fourth Thursday of November; with
    its year after a comma, "of" or "in": "Valentine's Day in 2012" -> 2012-02-14."""
    name = ctx.original(m, "h")
    words = name.split()
    if not any(word[:1].isupper() for word in words):
        return None  # "a good friday for markets"
    if words[0].lower() in _COMMON_FIRST and not words[-1][:1].isupper():
        return None  # "a Labour day of action", "Victory day by day"
    if ctx.word_after(m.end()).lower() in _NAME_NOUNS:
        return None
    when = _HOLIDAYS.get(_key(name))
    if when is None:
        return None
    year = m.group("y")
    if year:
        d = when(int(year))
        return Hit(m.start(), m.end(), Resolved(d.isoformat(), "DATE", Precision.DAY, d, d, False))
    a = ctx.anchor
    candidates = [when(y) for y in (a.year - 1, a.year, a.year + 1)]
    found = instance_date(candidates, a, ctx.tense(m.start(), m.end()))
    if found is None:
        return None
    resolved = Resolved(found.isoformat(), "DATE", Precision.DAY, found, found, True)
    return Hit(m.start(), m.end(), resolved)


RULES: tuple[Rule, ...] = (holiday,)
