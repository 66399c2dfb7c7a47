"""A happening set against an earlier one by how long after it came: "The raid comes little
over a month | after a masked bandit made off with $136M of jewels in Cannes", "Thursday's
shooting came just weeks | after a driver … fatally shot eight people". The clause after the
count is a happening of its own, cut out of its sentence even with no time of its own, and
dated by the count back from the main happening's date (forward for "before"): an exact count
of days or weeks is a day ("came two days after": the second day before), one of months or
years that month or year; a rough count is a range, never a false exact day ("little over a
month": one to two months before; "just weeks": two to eight weeks before; "almost two
years": one to two years before). The main piece, a happening told again by a definite noun
("The raid", "Thursday's shooting"), is no event of its own: a passage of the story's first
event where that event is of its day, else left out.

Only the shape "<happening> came (comes, come) <count> after (before) <clause>": not a count
of how long ("came for two weeks after the crash"), nor one inside quotation marks (a
speaker's words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta

from viewer.core.holds import holds_open_quotation
from viewer.core.model import DateValue, Event, Precision, Span
from viewer.core.temporal.calendar_words import add_months, number_value

# The count right before the clause's "after" or "before", after a form of "come": an
# emphasis ("just", "only"), how rough it is, a number (none: "weeks"), a unit.
_COME_COUNT = re.compile(
    r"\b(?:came|comes|come)\s+"
    r"(?P<count>(?:(?:just|only|barely|exactly)\s+)?"
    r"(?:(?P<mod>a\s+little\s+over|little\s+over|just\s+over|well\s+over|more\s+than|over"
    r"|almost|nearly|just\s+under|less\s+than|about|around|roughly|some|a\s+few|a\s+couple\s+of"
    r"|several)\s+)?"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?))\s+$",
    re.IGNORECASE,
)
_REACH = 60  # how far before the opener the form of "come" may start
# How many units back a count covers, by how rough it is: (least, most) from the number.
_OVER = ("a little over", "little over", "just over", "well over", "more than", "over")
_UNDER = ("almost", "nearly", "just under", "less than")
_ABOUT = ("about", "around", "roughly", "some")
# With no number: "weeks", "a few weeks", "several months".
_PLURAL = {"day": (2, 9), "week": (2, 8), "month": (2, 11), "year": (2, 9)}
_FEW = {"a few": (2, 5), "a couple of": (2, 3), "several": (3, 9)}


def come_count(text: str, floor: int, opener: int) -> re.Match[str] | None:
    """The count of "<happening> came <count> | after <clause>" right before the clause's
    opener at `opener` (`floor`: the sentence's start), outside quotation marks; None
    otherwise. Asked only of a clause opened by "after" or "before"."""
    head = max(floor, opener - _REACH)
    window = text[head:opener]
    if "com" not in window and "came" not in window:
        return None  # most clauses are spared the pattern
    m = _COME_COUNT.search(text, head, opener)
    if m is None or holds_open_quotation(text[floor : m.start()]):
        return None
    return m


def may_come(text: str, sentence: Span) -> bool:
    """Whether a sentence with no dated time may still set a happening against another by a
    count after a form of "come": a cheap test first."""
    start, end = sentence.start, sentence.end
    return (text.find(" com", start, end) >= 0 or text.find(" came ", start, end) >= 0) and (
        text.find(" after ", start, end) >= 0 or text.find(" before ", start, end) >= 0
    )


def comes_after(text: str, sentence: Span, m: re.Match[str]) -> bool:
    """Whether a clause opened at m by "after" or "before" follows "came <count>"."""
    word = m.group(0).lower()
    return word in ("after", "before") and come_count(text, sentence.start, m.start()) is not None


# A happening told again: a definite noun phrase ("The raid", "This move", "Thursday's
# shooting", "His arrest").
_DEFINITE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s"
    r"|[A-Z][\w.-]*['’]s\s"
)


def retold_frame(text: str, head: Span, side: Span) -> bool:
    """Whether a sentence's main piece only tells again, by a definite noun, a happening that
    another is set against ("Thursday's shooting came just weeks | after a driver … shot
    eight people"): no new happening of its own."""
    opener = text[side.start : side.start + 6].lower()
    if not opener.startswith(("after", "before")) or _DEFINITE.match(text, head.start) is None:
        return False
    return come_count(text, head.start, side.start) is not None


def news_told_again(events: Sequence[Event], day: DateValue | None) -> Event | None:
    """The event a main piece told again only as a frame (`retold_frame`) is a passage of:
    the story's first, its news, where its date holds the frame's day ("The raid comes …",
    after a lede of the raid early Monday); None otherwise."""
    if not events or day is None:
        return None
    first = events[0].date
    return events[0] if first.first <= day.first and day.last <= first.last else None


def counted_from_come(
    text: str, opener: int, floor: int, main_day: Callable[[], DateValue | None]
) -> tuple[DateValue, str] | None:
    """The date of a clause cut after "came <count>" at `opener` ("after" or "before"),
    counted from its main happening's day (`main_day`, asked only then), with the count's
    words; None when the count is not one or the main happening has no day."""
    m = come_count(text, floor, opener)
    main = None if m is None else main_day()
    if m is None or main is None or main.precision is not Precision.DAY:
        return None
    unit = m.group("unit").lower().rstrip("s")
    units = _units(m.group("mod"), m.group("n"), unit)
    if units is None:
        return None
    before = text[opener : opener + 6].lower() == "before"
    near, far = (_shift(main.first, unit, k if before else -k) for k in units)
    words = f"{m.group('count')} {text[opener : opener + (6 if before else 5)]}"
    return _value(min(near, far), max(near, far), unit), " ".join(words.split())


def _value(first: date, last: date, unit: str) -> DateValue:
    """The days first-last as a date: an exact count of days or weeks a day, of months or
    years that month or year, a rough one a range."""
    if first == last and unit in ("day", "week"):
        return DateValue.day(first)
    if first == last:
        return DateValue.month_of(first) if unit == "month" else DateValue.year_of(first)
    return DateValue(first, last, Precision.RANGE)


def _units(mod: str | None, n: str | None, unit: str) -> tuple[int, int] | None:
    """The least and the most units back a count covers ("weeks": two to eight)."""
    mod = None if mod is None else " ".join(mod.lower().split())
    if n is None:
        return _PLURAL[unit] if mod is None else _FEW.get(mod)
    number = number_value(n.lower())
    if number is None or mod in _FEW:
        return None
    if mod is None:
        return number, number
    if mod in _OVER:
        return number, number + 1
    if mod in _UNDER:
        return number - 1, number
    return (max(number - 1, 0), number + 1) if mod in _ABOUT else None  # "about two": 1 to 3


def _shift(day: date, unit: str, count: int) -> date:
    """A day moved by `count` units (back when negative)."""
    if unit == "day":
        return day + timedelta(days=count)
    if unit == "week":
        return day + timedelta(weeks=count)
    return add_months(day, count * (12 if unit == "year" else 1))
