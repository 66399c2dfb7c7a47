"""A clause cut out for a time counted from the time its sentence names before it: "On
Tuesday, investigators were inside the store where, the night before, a crowd rampaged" is
of Monday night, the night before that Tuesday, whatever day the story last named. And a
clause cut after a count from the main happening, whose only time is a relative clause's
inside it: "The Saints made that move only one day | after placing leading rusher Chris Ivory
on injured reserve because of a left foot injury that occurred during Sunday's regular season
finale" is of the day before the move, not of Sunday (the injury's). A clause with no time
of its own cut after such a count is counted back from the time its sentence states before
the count: "Smith did last February release Olivea just two years | after signing him" is of
February two years before."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.model import DateValue, Precision, Span
from viewer.core.temporal.counted_from_named import HOW_LONG_WORDS
from viewer.core.temporal.small_hours import across_midnight
from viewer.core.temporal.timex import Timex

# A relative word: what follows it is told of the noun before it.
RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|where|when)\b", re.IGNORECASE)
# "closed for three days after the storm hit on Sunday": how long, not when.
HOW_LONG = re.compile(rf"\b(?:{'|'.join((*HOW_LONG_WORDS, 'the'))})\s+$", re.IGNORECASE)
_OPENER = re.compile(r"(after|before)\b", re.IGNORECASE)
_BACK = {"after": "earlier", "before": "later"}


def counted_in_sentence(sentence: Span, clause: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The date of a side clause whose first time is counted ("the night before", "two days
    later"), counted from the last dated time of its sentence before it, as an expression of
    its own; None when the clause's time is not counted or nothing before it is dated."""
    own = [t for t in timexes if clause.start <= t.start and t.end <= clause.end]
    if not own or "anaphoric" not in own[0].flags:
        return None
    stated = _stated_before(sentence, clause.start, timexes)
    if stated is None or (counted := resolve_anaphoric(own[0], stated[1])) is None:
        return None
    return _counted_timex(own[0], own[0].start, own[0].end, own[0].text, counted, stated[0])


def counted_back(
    text: str, clause: Span, timexes: Sequence[Timex], main: DateValue
) -> tuple[DateValue, str] | None:
    """The date of a clause cut right after a count that ends its sentence's main piece
    ("only one day | after placing Ivory on injured reserve for an injury that occurred
    Sunday"), whose first time is told in a relative clause inside it: counted back from the
    main happening's date (`main`), with the count's words. None otherwise."""
    found = _count_before(text, 0, clause, timexes)
    if found is None:
        return None
    opener, count = found
    own = [t for t in timexes if clause.start <= t.start and t.end <= clause.end and t.dated()]
    if not own or RELATIVE_WORD.search(text, clause.start, own[0].start) is None:
        return None
    value = resolve_anaphoric(_counted_back(count, opener), main)
    return None if value is None else (value, f"{count.text} {opener.group(1)}")


def counted_from_main(
    text: str, sentence: Span, clause: Span, timexes: Sequence[Timex]
) -> Timex | None:
    """The date of a clause with no time of its own, cut right after a count that ends its
    sentence's main piece ("Smith did last February release tackle Shane Olivea just two years
    | after signing Olivea": February 2006): counted back from the last time the sentence
    states before the count, as an expression of its own. None for a count of how long ("for
    three days after the storm"), or with no stated time before it to count from."""
    found = _count_before(text, sentence.start, clause, timexes)
    if found is None:
        return None
    opener, count = found
    if any(clause.start <= t.start and t.end <= clause.end and t.dated() for t in timexes):
        return None  # a time of its own: counted_back, from the main happening's date
    stated = _stated_before(sentence, count.start, timexes)
    if stated is None:
        return None
    if (value := resolve_anaphoric(_counted_back(count, opener), stated[1])) is None:
        return None
    if value.precision is Precision.DAY:  # "four hours after", told of 12:30 a.m.
        value = _over_midnight(value, count, opener, sentence, timexes)
    words = f"{count.text} {opener.group(1)}"
    return _counted_timex(count, count.start, opener.end(), words, value, stated[0])


def _over_midnight(
    value: DateValue, count: Timex, opener: re.Match[str], sentence: Span, timexes: Sequence[Timex]
) -> DateValue:
    """value moved over midnight where a count of hours from the clock time stated before it
    crosses it ("12:30 a.m. Tuesday — more than four hours | after the chaos began")."""
    clock = [
        t.value
        for t in timexes
        if sentence.start <= t.start and t.end <= count.start and t.type == "TIME"
    ]
    if not clock:
        return value
    earlier = opener.group(1).lower() == "after"
    return DateValue.day(across_midnight(value.first, count.value, clock[-1], earlier))


def _count_before(
    text: str, floor: int, clause: Span, timexes: Sequence[Timex]
) -> tuple[re.Match[str], Timex] | None:
    """The "after"/"before" opening a clause and the count right before it ("two years |
    after"), unless the count says how long ("for three days after the storm")."""
    opener = _OPENER.match(text, clause.start)
    if opener is None:
        return None
    count = next(
        (t for t in timexes if t.type == "DURATION" and t.end <= clause.start <= t.end + 2), None
    )
    if count is None or text[count.end : clause.start].strip():
        return None
    if HOW_LONG.search(text, max(floor, count.start - 8), count.start):
        return None
    return opener, count


def _counted_back(count: Timex, opener: re.Match[str]) -> Timex:
    """A count read as counted back from what follows it: "two years after" is two years
    earlier than it, "a day before" a day later."""
    return replace(count, text=f"{count.text} {_BACK[opener.group(1).lower()]}")


def _stated_before(
    sentence: Span, end: int, timexes: Sequence[Timex]
) -> tuple[Timex, DateValue] | None:
    """The last time the sentence states itself (not counted) before `end`, with its date."""
    before = [
        (t, value)
        for t in timexes
        if sentence.start <= t.start and t.end <= end and "anaphoric" not in t.flags
        if t.type in ("DATE", "TIME") and (value := t.date_value()) is not None
    ]
    return before[-1] if before else None


def _counted_timex(
    t: Timex, start: int, end: int, words: str, value: DateValue, stated: Timex
) -> Timex:
    """A counted time as an expression of its own, relative when what it is counted from is
    (counted from a day counted from publication)."""
    return Timex(
        start,
        end,
        words,
        t.value,
        "DATE",
        value.precision,
        value.first,
        value.last,
        stated.relative,
    )


# "three days after", "two weeks before": a span of time that ends a main piece, then the
# opener of the clause cut after it.
_COUNTED_OPENER = re.compile(r"\s*(after|before)\b", re.IGNORECASE)


def counted_before(text: str, head: Span, side: Span, timexes: Sequence[Timex]) -> Timex | None:
    """The date of a main piece that ends with a span of time counted from the clause after
    it ("three days | after an arrest warrant was issued on June 10, 2005": 13 June 2005),
    as an expression of its own; None when the piece does not end so, or names a day of its
    own before the count ("approved the sale on Friday, six months | after the deal was
    announced in December" is of that Friday, not of June)."""
    opener = _COUNTED_OPENER.match(text, head.end, side.end)
    if opener is None or opener.start(1) != side.start:
        return None
    span = next((t for t in timexes if t.end == head.end and t.type == "DURATION"), None)
    own = [t for t in timexes if side.start <= t.start and t.end <= side.end and t.dated()]
    if span is None or not own or (reference := own[0].date_value()) is None:
        return None
    if any(head.start <= t.start and t.end <= span.start and t.dated() for t in timexes):
        return None  # "approved the sale on Friday, six months | after …": the piece's own day
    if RELATIVE_WORD.search(text, side.start, own[0].start):
        return None  # "…after placing him on reserve for an injury that occurred Sunday"
    if HOW_LONG.search(text, max(head.start, span.start - 8), span.start):
        return None
    words = f"{span.text} {opener.group(1)}"
    value = resolve_anaphoric(replace(span, text=words), reference)
    if value is None:
        return None
    return Timex(
        span.start,
        opener.end(),
        words,
        span.value,
        "DATE",
        value.precision,
        value.first,
        value.last,
        False,
    )
