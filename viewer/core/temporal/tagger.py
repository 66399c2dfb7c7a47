"""The temporal tagger: time expressions of English news, resolved against a publication date.

`tag(text, anchor)` finds every time expression with compiled regular expressions and exact
rules (no dateparser on this path: it is slow and reads "We" as Wednesday). One scan finds the
words an expression can start on; each rule is matched only there (scan.py). Each match is
resolved to a TIMEX3 value (TimeML, TempEval-3 conventions) and to the calendar interval it
covers. `governing(text, start, end, timexes)` picks the one that dates a sentence's main event.

Conventions chosen where TimeML leaves room (see docs/temporal.md for the full list):
- extents leave out prepositions ("on Tuesday" -> "Tuesday", "over the weekend" -> "the weekend");
- a part of a named day keeps the plain day value ("Tuesday evening" -> 2022-03-08) so the
  precision stays a day; "tonight", "this morning", "last night" get TIMEX3 TIME values (…TNI);
- "late February" keeps the month value "2022-02" with the flag "mod-end" and covers its last
  third (precision RANGE); "early", "mid", "the end of", "earlier this" work alike;
- day ranges are one expression with an ISO interval value ("2022-03-01/2022-03-05");
- a numeric date whose day and month are both <= 12 ("08/03/2022", "on 3/8") is flagged
  "ambiguous-day-month", gets the value "2022-XX-XX" and covers both readings, unless a
  convention ("dmy" or "mdy") is given;
- seasons are meteorological and northern ("2022-WI" runs December 2022 to February 2023);
  a fiscal year is the calendar year it is named by ("fiscal 1990" -> 1990, a range), flagged
  "fiscal-year": whose year starts when (a company's, a government's) is seldom told;
- dates counted from another date of the text ("the following week", "two days later") are
  flagged "anaphoric", valued with X's ("XXXX-WXX") and cover no interval.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from viewer.core.deadline_words import MOVED_FROM
from viewer.core.model import Precision
from viewer.core.temporal.calendar_words import add_months, last_day
from viewer.core.temporal.context import MONTH, WEEKDAY, Ctx, Hit, lowercase_same_length
from viewer.core.temporal.counted_from_named import counted_from_named
from viewer.core.temporal.figure_times import figures_compared, year_ago_named
from viewer.core.temporal.governing_timex import governing
from viewer.core.temporal.listed_days import with_listed_days
from viewer.core.temporal.rules_anaphoric import RULES as ANAPHORIC_RULES
from viewer.core.temporal.rules_dates import RULES as DATE_RULES
from viewer.core.temporal.rules_holidays import RULES as HOLIDAY_RULES
from viewer.core.temporal.rules_part_year import RULES as PART_YEAR_RULES
from viewer.core.temporal.rules_periods import RULES as PERIOD_RULES
from viewer.core.temporal.rules_relative import RULES as RELATIVE_RULES
from viewer.core.temporal.rules_spans import RULES as SPAN_RULES
from viewer.core.temporal.rules_spoken import RULES as SPOKEN_RULES
from viewer.core.temporal.scan import RulesByLead, hits_at_leads
from viewer.core.temporal.small_hours import on_day, overnight_day
from viewer.core.temporal.tense_cues import Tense
from viewer.core.temporal.timex import Resolved, Timex
from viewer.core.temporal.year_in_name import year_in_name
from viewer.core.temporal.year_named_before import with_named_years

__all__ = ["Timex", "governing", "tag"]

# Order breaks ties between matches of the same extent: "the next day" is anaphoric, not a span.
_RULES = RulesByLead(
    DATE_RULES
    + HOLIDAY_RULES
    + PART_YEAR_RULES
    + PERIOD_RULES
    + RELATIVE_RULES
    + ANAPHORIC_RULES
    + SPAN_RULES
    + SPOKEN_RULES
)

_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|through|until|till|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")
_TIME_LINK = re.compile(r"^\s*(?:,|on|at|\()?\s*$", re.IGNORECASE)  # "22:00 BST (Thursday)"


def tag(
    text: str,
    anchor: date,
    convention: str | None = None,
    tenses: dict[tuple[int, int], Tense] | None = None,
    lower: str | None = None,
) -> list[Timex]:
    """All time expressions of text, in order and non-overlapping, resolved against anchor.

    `convention` ("dmy" or "mdy") resolves numeric dates such as 08/03/2022; by default they
    are flagged "ambiguous-day-month" rather than guessed. `tenses`, when given, receives the
    tense found around each span the rules asked about (`tense_near` of the text, by span),
    so that it need not be found again. `lower`, when given, is `lowercase_same_length(text)`,
    made once by a caller that reads it too.
    """
    if not text:
        return []
    if lower is None:
        lower = lowercase_same_length(text)
    ctx = Ctx(text, anchor, convention, lower, {} if tenses is None else tenses)
    zoned = "GMT" in text or "UTC" in text  # spares the look at brackets in most texts
    chosen = [
        h
        for h in _longest_first(hits_at_leads(ctx, _RULES))
        if not _title(text, h)
        and not year_in_name(text, h.start, h.end)
        and not (zoned and _zone_conversion(text, h))
    ]
    timexes = with_named_years(
        text,
        [
            _timex(text, h.start, h.end, h.resolved)
            for h in chosen
            if not _CONTRACT_MONTH.match(text, h.end)
        ],
        anchor,
    )
    timexes = counted_from_named(
        text,
        lower,
        with_listed_days(
            text, _merge_ranges(text, _days_of_weeks(text, _years_shared(text, timexes)), anchor)
        ),
    )
    return year_ago_named(text, figures_compared(text, _attach_times(text, timexes, anchor)))


# A month naming a contract, not a time: "January contracts for heating oil", "crude for
# January delivery", "the December futures contract".
_CONTRACT_MONTH = re.compile(r"\s+(?:delivery|contracts?|futures|options)\b", re.IGNORECASE)

# A local time given again in universal time, in brackets: "ended past eight at night (00.00
# GMT on Thursday)", "at 9.30 a.m. (0730 GMT)". Agency copy adds it for readers elsewhere.
_ZONE_CONVERSION = re.compile(
    r"\((?:about\s+|around\s+)?\d{1,2}[.:h]?\d\d\s*(?:GMT|UTC)\b[^()\n]{0,30}\)"
)


def _zone_conversion(text: str, h: Hit) -> bool:
    """Whether a match lies in a bracketed conversion of a local time to universal time: the
    day it names there is not the day the story tells of where it happened."""
    opening = text.rfind("(", max(0, h.start - 16), h.start + 1)
    if opening < 0:
        return False
    found = _ZONE_CONVERSION.match(text, opening)
    return found is not None and h.end <= found.end()


_OPENING_QUOTES = frozenset('"“')
_TITLE_END = re.compile(r"[,.]?[\"”]")
# What names a title before its quotation: a broadcaster's possessive, "on", "show", "called".
_TITLE_LEAD = re.compile(
    r"(?:\w['’]s?|\b(?:on|show|program|programme|series|column|titled|called|named))\s*$"
)


def _title(text: str, h: Hit) -> bool:
    """Whether a match is the whole of a quoted title, every word capitalized, after what
    names one: the programme in "speaking on ABC News' "This Week," said", not a time."""
    if h.start == 0 or text[h.start - 1] not in _OPENING_QUOTES:
        return False
    words = text[h.start : h.end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    lead = _TITLE_LEAD.search(text, max(0, h.start - 20), h.start - 1)
    return lead is not None and _TITLE_END.match(text, h.end) is not None


def _longest_first(hits: list[Hit]) -> list[Hit]:
    """Keep the longest of overlapping matches (the earliest among equals), in text order."""
    hits.sort(key=lambda h: (h.start - h.end, h.start))
    taken: list[Hit] = []
    occupied = bytearray(max((h.end for h in hits), default=0))
    for h in hits:
        if not any(occupied[h.start : h.end]):
            taken.append(h)
            occupied[h.start : h.end] = b"\x01" * (h.end - h.start)
    taken.sort(key=lambda h: h.start)
    return taken


def _timex(text: str, start: int, end: int, r: Resolved) -> Timex:
    return Timex(
        start,
        end,
        text[start:end],
        r.value,
        r.type,
        r.precision,
        r.first,
        r.last,
        r.relative,
        r.flags,
    )


def _is_calendar(t: Timex) -> bool:
    return t.type == "DATE" and t.first is not None and t.last is not None and "/" not in t.value


def _ranged(text: str, prev: Timex, t: Timex) -> bool:
    """Whether two dates are the ends of a range: "from March 1 to April 5"."""
    return (
        _is_calendar(prev)
        and _is_calendar(t)
        and _RANGE_LINK.match(text[prev.end : t.start]) is not None
        and _RANGE_OPEN.search(text[max(0, prev.start - 12) : prev.start]) is not None
        and MOVED_FROM.search(text, max(0, prev.start - 30), prev.start) is None
    )


# Two days or two months in a row named after one preposition: "walked out on Thursday and
# Friday", "the figures for November and December".
_NEXT_DAY_LINK = re.compile(r"\s+and\s+$")
_ON_BEFORE = re.compile(r"\b(?:on|in|for|during|over)\s+$", re.IGNORECASE)
_IN_A_ROW = (Precision.DAY, Precision.MONTH)


def _in_a_row_after_one_word(text: str, prev: Timex, t: Timex) -> bool:
    """Whether two days (or months), the second right after the first, are named together
    after one preposition ("on Thursday and Friday", "for November and December"): the span
    of both, as "from Thursday to Friday" is."""
    if prev.precision not in _IN_A_ROW or t.precision is not prev.precision:
        return False
    if prev.last is None or t.first is None or (t.first - prev.last).days != 1:
        return False
    if _NEXT_DAY_LINK.match(text[prev.end : t.start]) is None:
        return False
    return _ON_BEFORE.search(text[max(0, prev.start - 7) : prev.start]) is not None


_MONTH_ONLY = re.compile(MONTH + r"\.?", re.IGNORECASE)
_MONTH_LINK = re.compile(r"\s*(?:,|and|or|to|through|-|–)\s*(?:(?:and|or)\s+)?$", re.IGNORECASE)


def _years_shared(text: str, timexes: list[Timex]) -> list[Timex]:
    """A bare month before a month with its year, joined by "and", "or", "to" or a comma,
    takes that year ("in May and June 1988", "from December to February 1990": the December
    before), not the one its own tense gave it."""
    out, shared = list(timexes), set()
    for i in range(len(out) - 2, -1, -1):
        month, after = out[i], out[i + 1]
        if not (_MONTH_ONLY.fullmatch(month.text) and month.first and after.first):
            continue
        if (after.relative and i + 1 not in shared) or after.precision is not Precision.MONTH:
            continue
        if _MONTH_LINK.fullmatch(text, month.end, after.start) is None:
            continue
        year = after.first.year - (month.first.month > after.first.month)
        first = date(year, month.first.month, 1)
        last = last_day(year, month.first.month)
        value = f"{year:04d}-{month.first.month:02d}"
        out[i] = replace(month, value=value, first=first, last=last)
        shared.add(i)
    return out


_THE_WEEK = re.compile(r"(?:last|next|this)\s+week", re.IGNORECASE)


def _days_of_weeks(text: str, timexes: list[Timex]) -> list[Timex]:
    """A weekday and the week named right after it, one day: "on Thursday last week" is the
    Thursday of last week, not this week's Thursday and a week."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if (
            prev is None
            or t.first is None
            or prev.first is None
            or not text[prev.end : t.start].isspace()
            or not _BARE_WEEKDAY.fullmatch(prev.text)
            or not _THE_WEEK.fullmatch(t.text)
        ):
            out.append(t)
            continue
        day = t.first + timedelta(days=prev.first.weekday() - t.first.weekday())
        moved = on_day(prev, day)
        out[-1] = replace(moved, end=t.end, text=text[prev.start : t.end], flags=prev.flags)
    return out


def _merge_ranges(text: str, timexes: list[Timex], anchor: date) -> list[Timex]:
    """ "from March 1 to April 5", "between June and August", "on Thursday and Friday": one
    expression covering both."""
    out: list[Timex] = []
    for t in timexes:
        prev = out[-1] if out else None
        if prev is None or not (_ranged(text, prev, t) or _in_a_row_after_one_word(text, prev, t)):
            out.append(t)
            continue
        prev, t = _ends_in_order(prev, t, anchor)
        if prev.first is None or t.last is None or t.last < prev.first:
            out.append(t)
            continue
        out[-1] = Timex(
            prev.start,
            t.end,
            text[prev.start : t.end],
            f"{prev.value}/{t.value}",
            "DATE",
            Precision.RANGE,
            prev.first,
            t.last,
            prev.relative or t.relative,
            prev.flags + t.flags,
        )
    return out


_BARE_WEEKDAY = re.compile(WEEKDAY, re.IGNORECASE)


def _ends_in_order(start: Timex, end: Timex, anchor: date) -> tuple[Timex, Timex]:
    """A range's ends, the end resolved before the start moved after it: "from December to
    February", the end in the next year; "between Tuesday and Sunday", one week's days."""
    if start.first is None or end.last is None or end.last >= start.first:
        return start, end
    if _BARE_WEEKDAY.fullmatch(end.text):
        return _week_of(start, end, anchor)
    return start, _a_year_later(end) if end.relative else end


def _week_of(start: Timex, end: Timex, anchor: date) -> tuple[Timex, Timex]:
    """Two weekdays of a range, its end resolved before its start, put in one week: the start
    a week earlier when the end is past (told in the past: "Flights between Tuesday and Sunday
    were cancelled", written on a Thursday, of the week before), else the end a week later
    ("between Tuesday and Sunday" ahead)."""
    assert start.first is not None and end.first is not None
    if end.first < anchor and _BARE_WEEKDAY.fullmatch(start.text):
        return on_day(start, start.first - timedelta(days=7)), end
    return start, on_day(end, end.first + timedelta(days=7))


def _a_year_later(t: Timex) -> Timex:
    """The same month or day one year later, for a range end resolved without its start."""
    if t.first is None or t.last is None or not _YEAR_FIRST.match(t.value):
        return t
    first, last = add_months(t.first, 12), add_months(t.last, 12)
    if t.precision is Precision.MONTH:
        last = last_day(last.year, last.month)
    value = f"{int(t.value[:4]) + 1:04d}{t.value[4:]}"
    return Timex(
        t.start, t.end, t.text, value, t.type, t.precision, first, last, t.relative, t.flags
    )


def _attach_times(text: str, timexes: list[Timex], anchor: date) -> list[Timex]:
    """ "3 p.m. on Tuesday", "Tuesday at 3 p.m.": the clock time takes the named day's date.

    "12:30 a.m. Tuesday" in a Monday's story is the night after it (small_hours.py).
    """
    for i, t in enumerate(timexes):
        if t.type != "TIME" or ":" not in t.value:
            continue
        neighbours = [j for j in (i + 1, i - 1) if 0 <= j < len(timexes)]
        for j in neighbours:
            other = timexes[j]
            gap = text[t.end : other.start] if j > i else text[other.end : t.start]
            day_named = other.type == "DATE" and other.first is not None
            if day_named and other.first == other.last and _TIME_LINK.match(gap):
                clock = t.value.partition("T")[2]
                named = overnight_day(clock, other, anchor)
                if named is not None:
                    timexes[j] = on_day(other, named)
                named = named or other.first
                assert named is not None
                timexes[i] = Timex(
                    t.start,
                    t.end,
                    t.text,
                    f"{named.isoformat()}T{clock}",
                    "TIME",
                    t.precision,
                    named,
                    named,
                    True,
                    tuple(f for f in t.flags if f != "clock"),  # its day is named
                )
                break
    return timexes
