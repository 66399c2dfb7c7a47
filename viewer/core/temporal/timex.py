"""A time expression found in a text: where it is, its TIMEX3 value and the interval it covers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from viewer.core.model import DateValue, Precision
from viewer.core.temporal.calendar_words import iso_week, last_day, monday_of, part_bounds


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Timex:
    """One time expression, its offsets half-open into the tagged text.

    `value` follows TIMEX3 (TimeML): "2022-03-07", "2022-W10", "2022-02", "2022", "2022-Q3",
    "2022-SU", "199", "PRESENT_REF", "P3D". `first`..`last` is the calendar interval the value
    covers (inclusive), None for references and durations that are not anchored.
    """

    start: int
    end: int
    text: str
    value: str
    type: str  # "DATE" | "TIME" | "DURATION" | "SET"
    precision: Precision | None
    first: date | None
    last: date | None
    relative: bool
    flags: tuple[str, ...] = ()

    def dated(self) -> bool:
        """Whether it names a date or a time of the calendar (not a duration or a set)."""
        return (
            self.type in ("DATE", "TIME") and self.first is not None and self.precision is not None
        )

    def date_value(self) -> DateValue | None:
        """The calendar interval as the timeline's DateValue, or None when there is none."""
        if self.first is None or self.last is None or self.precision is None:
            return None
        return DateValue(self.first, self.last, self.precision)


@dataclass(slots=True, unsafe_hash=True)  # not frozen, which is slower to make; never changed
class Resolved:
    """What a rule makes of a match, before offsets are attached."""

    value: str
    type: str
    precision: Precision | None
    first: date | None
    last: date | None
    relative: bool
    flags: tuple[str, ...] = ()


def day(d: date, relative: bool, value: str | None = None, kind: str = "DATE") -> Resolved:
    """A single calendar day."""
    return Resolved(value or d.isoformat(), kind, Precision.DAY, d, d, relative)


def reference(value: str) -> Resolved:
    """PRESENT_REF, PAST_REF or FUTURE_REF: no calendar interval."""
    return Resolved(value, "DATE", None, None, None, True)


_MOD_WORDS: dict[str, str] = {
    "early": "START",
    "beginning": "START",
    "start": "START",
    "mid": "MID",
    "middle": "MID",
    "late": "END",
    "end": "END",
    "earlier": "BEFORE",
    "later": "AFTER",
}


def mod_of(words: str | None) -> str:
    """The TIMEX3 mod a modifier phrase stands for: "late" -> END, "the start of" -> START."""
    if not words:
        return ""
    for word in words.lower().replace("-", " ").split():
        if word in _MOD_WORDS:
            return _MOD_WORDS[word]
    return ""


def interval(
    value: str,
    first: date,
    last: date,
    precision: Precision,
    relative: bool,
    *,
    mod: str = "",
    anchor: date | None = None,
    kind: str = "DATE",
) -> Resolved:
    """A calendar interval; a mod narrows it ("late February") and makes the precision a range."""
    flags: tuple[str, ...] = ()
    if mod in ("START", "MID", "END"):
        first, last = part_bounds(first, last, mod)
    elif mod == "BEFORE" and anchor is not None:
        last = max(first, min(last, anchor))
    elif mod == "AFTER" and anchor is not None:
        first = min(last, max(first, anchor))
    if mod:
        precision = Precision.RANGE
        flags = (f"mod-{mod.lower()}",)
    return Resolved(value, kind, precision, first, last, relative, flags)


def month_of(
    year: int, month: int, relative: bool, mod: str = "", anchor: date | None = None
) -> Resolved:
    """A month, e.g. 2022-02."""
    return interval(
        f"{year:04d}-{month:02d}",
        date(year, month, 1),
        last_day(year, month),
        Precision.MONTH,
        relative,
        mod=mod,
        anchor=anchor,
    )


def year_of(year: int, relative: bool, mod: str = "", anchor: date | None = None) -> Resolved:
    """A calendar year, e.g. 2022."""
    return interval(
        f"{year:04d}",
        date(year, 1, 1),
        date(year, 12, 31),
        Precision.YEAR,
        relative,
        mod=mod,
        anchor=anchor,
    )


def week_of(d: date, relative: bool, mod: str = "", anchor: date | None = None) -> Resolved:
    """The ISO week containing d, e.g. 2022-W10 (Monday to Sunday)."""
    monday = monday_of(d)
    return interval(
        iso_week(d),
        monday,
        monday + timedelta(days=6),
        Precision.WEEK,
        relative,
        mod=mod,
        anchor=anchor,
    )
