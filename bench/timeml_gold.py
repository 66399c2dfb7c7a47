"""Gold dates for TimeML events, derived from their temporal links to dated TIMEX3s.

Rules (each is tested in tests/bench/test_timeml_gold.py):

1. A TIMEX3 has a date when its type is DATE or TIME and its value is one calendar interval:
   `1998-08-07` (or with a time, `1998-08-07T06:18`, `1998-08-07TNI`) is a day; `1998-W32` a
   week (ISO, Monday to Sunday); `1998-08` a month; `1998` a year; `1998-Q3`, `1998-H2` and the
   weekend `1998-W32-WE` are ranges. Values with X's, PRESENT_REF/PAST_REF/FUTURE_REF,
   decades, seasons (whose bounds vary by convention), durations and sets have no date. A
   `mod` of START, MID or END keeps the whole unit (the event is still inside it); any other
   `mod` (BEFORE, AFTER, APPROX, ON_OR_BEFORE, MORE_THAN, ...) means the value does not bound
   the event, so the timex has no date. The document creation time is a timex like any other.
2. A TLINK says that one node lies inside another ("within") when its relation is
   IS_INCLUDED, DURING, BEGINS or ENDS (source within target); INCLUDES, DURING_INV, BEGUN_BY
   or ENDED_BY (target within source); SIMULTANEOUS or IDENTITY (each within the other).
   DURING is read as inside: in the corpus it links an event to the time it happens at, and
   the dates it gives are what a timeline would show. BEFORE, AFTER, IBEFORE, IAFTER say
   nothing about which day an event is on and are not used.
3. "Within" is transitive, through events and times alike: an event simultaneous with a
   second event that is included in "Friday" is on Friday. Every dated timex reachable from
   an event instance by within-steps bounds it.
4. The gold date is the narrowest of these bounds, at that timex's precision, if it lies
   inside every other bound. When two bounds disagree (neither inside the other: the
   annotation contradicts itself), the event gets no gold date. An event with several
   instances takes the bounds of all of them.
5. A gold event is a happening when its class is OCCURRENCE, REPORTING, I_ACTION, ASPECTUAL
   or PERCEPTION (not STATE or I_STATE: standing facts, beliefs, wishes), and no instance of
   it carries a modal ("would", "could", ...; "none" is none): what may happen is not a
   happening a timeline shows. Polarity is not used: AQUAINT marks plainly positive events
   NEG in whole files ("refused", "said"), so it would drop real happenings at random. The
   scores count dated happenings.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import deque
from dataclasses import dataclass
from datetime import date, timedelta

from bench.timeml import TmlDocument, TmlTimex

DAY, WEEK, MONTH, YEAR, RANGE = "day", "week", "month", "year", "range"
_WITHIN = frozenset({"IS_INCLUDED", "DURING", "BEGINS", "ENDS"})
_CONTAINS = frozenset({"INCLUDES", "DURING_INV", "BEGUN_BY", "ENDED_BY"})
_SAME = frozenset({"SIMULTANEOUS", "IDENTITY"})
_KEEPS_UNIT = frozenset({"", "START", "MID", "END"})
HAPPENING_CLASSES = frozenset({"OCCURRENCE", "REPORTING", "I_ACTION", "ASPECTUAL", "PERCEPTION"})

_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T.*)?")
_WEEK_VALUE = re.compile(r"(\d{4})-W(\d\d?)(-WE)?")
_MONTH_VALUE = re.compile(r"(\d{4})-(\d\d)")
_YEAR_VALUE = re.compile(r"(\d{4})")
_PART_VALUE = re.compile(r"(\d{4})-([QH])([1-4])")


@dataclass(frozen=True, slots=True)
class DateBound:
    """A calendar interval (both ends inclusive) with the precision it was stated at."""

    first: date
    last: date
    precision: str

    def contains(self, other: DateBound) -> bool:
        return self.first <= other.first and other.last <= self.last


@dataclass(frozen=True, slots=True)
class GoldDate:
    """An event's gold date and where it came from: which timex, how many links away."""

    bound: DateBound
    tid: str
    value: str
    hops: int
    creation_time: bool


def timex_bound(timex: TmlTimex) -> DateBound | None:
    """The calendar interval a TIMEX3 denotes, or None when it denotes none (rule 1)."""
    if timex.timex_type not in ("DATE", "TIME") or timex.mod not in _KEEPS_UNIT:
        return None
    try:
        return value_bound(timex.value)
    except ValueError:  # an impossible date such as 1998-02-30
        return None


def value_bound(value: str) -> DateBound | None:
    """A TIMEX3 value as an interval: day, week, month, year or a range; None otherwise."""
    if match := _DAY_VALUE.fullmatch(value):
        day = date(int(match[1]), int(match[2]), int(match[3]))
        return DateBound(day, day, DAY)
    if match := _WEEK_VALUE.fullmatch(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match[3]:
            return DateBound(monday + timedelta(days=5), monday + timedelta(days=6), RANGE)
        return DateBound(monday, monday + timedelta(days=6), WEEK)
    if match := _MONTH_VALUE.fullmatch(value):
        year, month = int(match[1]), int(match[2])
        return DateBound(date(year, month, 1), date(year, month, monthrange(year, month)[1]), MONTH)
    if match := _YEAR_VALUE.fullmatch(value):
        return DateBound(date(int(match[1]), 1, 1), date(int(match[1]), 12, 31), YEAR)
    if match := _PART_VALUE.fullmatch(value):
        year, months = int(match[1]), 3 if match[2] == "Q" else 6
        first_month = (int(match[3]) - 1) * months + 1
        if first_month > 12:
            return None
        last_month = first_month + months - 1
        last = date(year, last_month, monthrange(year, last_month)[1])
        return DateBound(date(year, first_month, 1), last, RANGE)
    return None


def within_graph(document: TmlDocument) -> dict[str, set[str]]:
    """For each node (event instance or timex id), the nodes it lies within (rule 2)."""
    outward: dict[str, set[str]] = {}
    for link in document.links:
        if link.rel_type in _WITHIN or link.rel_type in _SAME:
            outward.setdefault(link.source, set()).add(link.target)
        if link.rel_type in _CONTAINS or link.rel_type in _SAME:
            outward.setdefault(link.target, set()).add(link.source)
    return outward


def derive_gold_dates(document: TmlDocument) -> dict[str, GoldDate]:
    """Each event id with a gold date, by the rules of this module's docstring."""
    bounds: dict[str, tuple[DateBound, TmlTimex]] = {}
    times = [*document.timexes, *([document.creation_time] if document.creation_time else [])]
    for timex in times:
        bound = timex_bound(timex)
        if bound is not None:
            bounds[timex.tid] = (bound, timex)
    outward = within_graph(document)
    instances_of: dict[str, list[str]] = {}
    for instance in document.instances:
        instances_of.setdefault(instance.eid, []).append(instance.eiid)
    gold: dict[str, GoldDate] = {}
    for event in document.events:
        reached = _reachable(instances_of.get(event.eid, []), outward)
        dated = [(hops, *bounds[node]) for node, hops in reached.items() if node in bounds]
        chosen = _narrowest(dated)
        if chosen is not None:
            hops, bound, timex = chosen
            gold[event.eid] = GoldDate(bound, timex.tid, timex.value, hops, timex.creation_time)
    return gold


def happening_ids(document: TmlDocument) -> set[str]:
    """Event ids that are happenings (rule 5): classes of action, with no modal."""
    modal = {
        instance.eid
        for instance in document.instances
        if instance.modality.strip().lower() not in ("", "none")
    }
    return {
        event.eid
        for event in document.events
        if event.event_class in HAPPENING_CLASSES and event.eid not in modal
    }


def _reachable(starts: list[str], outward: dict[str, set[str]]) -> dict[str, int]:
    """Every node within-reachable from `starts`, with its fewest steps (rule 3)."""
    hops = dict.fromkeys(starts, 0)
    queue = deque(starts)
    while queue:
        node = queue.popleft()
        for outer in outward.get(node, ()):
            if outer not in hops:
                hops[outer] = hops[node] + 1
                queue.append(outer)
    return hops


def _narrowest(
    dated: list[tuple[int, DateBound, TmlTimex]],
) -> tuple[int, DateBound, TmlTimex] | None:
    """The narrowest bound if it lies inside all the others, else None (rule 4)."""
    if not dated:
        return None
    # Fewer days first; between equal intervals, the closer link, then the text's timex.
    ordered = sorted(
        dated, key=lambda d: (d[1].last - d[1].first, d[0], d[2].creation_time, d[2].tid)
    )
    narrowest = ordered[0]
    if all(other[1].contains(narrowest[1]) for other in ordered[1:]):
        return narrowest
    return None
