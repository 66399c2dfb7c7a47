"""A day word a speaker says inside a quotation counts from the day the words were said.

"“This morning I was stopped by an officer,” Jackson said in the statement", after "a
statement released yesterday afternoon", is of the statement's day, not of the publication's;
and in "“The decision today made the family happy,” Perlo said after court Tuesday" the
quoted "today" is that Tuesday. Only a relative day word inside quotation marks moves, only
when the speech has a day of its own (named in its sentence outside the quotation, or the day
of the statement the quotation goes on with, by the same speaker), and only when that day is
before the day the story is told on.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from datetime import date, timedelta

from viewer.core.model import DateBasis, DateValue, Event, Precision, Span
from viewer.core.temporal import Timex
from viewer.core.title_event import speaker_named_in, speakers_of
from viewer.core.visible import one_line

# The words of a day counted from the day they are said: "today", "this morning", "last night".
_DAY_WORD = re.compile(
    r"(?:early |late )?(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)"
    r"|last night)\b",
    re.IGNORECASE,
)
_OPENING = "“"
_CLOSING = "”"


class QuoteMarks:
    """Where an article's quotation marks and line breaks are, found once when first asked:
    whether a place lies inside quotation marks opened in its paragraph is then a few
    bisections, not a count over the paragraph before it (an article of 16 MB on one line is
    one paragraph, and counting it again for each quoted day word took minutes)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._marks: dict[str, list[int]] | None = None

    def inside(self, at: int) -> bool:
        """Whether text[at] lies inside quotation marks opened in its paragraph."""
        if self._marks is None:
            self._marks = {
                mark: [m.start() for m in re.finditer(re.escape(mark), self.text)]
                for mark in ("\n", _OPENING, _CLOSING, '"')
            }
        marks = self._marks
        breaks = marks["\n"]
        i = bisect_left(breaks, at)
        start = breaks[i - 1] + 1 if i else 0

        def count(mark: str) -> int:
            places = marks[mark]
            return bisect_left(places, at) - bisect_left(places, start)

        return count(_OPENING) - count(_CLOSING) > 0 or count('"') % 2 == 1


def _said_in(
    marks: QuoteMarks, timexes: Sequence[Timex], word: Timex, today: date
) -> DateValue | None:
    """The day the sentence's speech names outside its quotations, before `today`: "Perlo said
    after court Tuesday"."""
    for t in timexes:
        value = t.date_value() if t is not word else None
        if value is None or value.precision is not Precision.DAY or marks.inside(t.start):
            continue
        if value.last < today:
            return value
    return None


def _statement_day(statement: Event | None, shown: str, today: date) -> DateValue | None:
    """The day of the statement a quotation goes on with, its speaker named again ("Jackson
    said in the statement" after "Jackson proffered his innocence in a statement released
    yesterday afternoon"), before `today`: a day it names itself, not one it took from the
    narrative."""
    if statement is None or statement.date.precision is not Precision.DAY:
        return None
    if statement.date_basis not in (DateBasis.EXPLICIT, DateBasis.RELATIVE):
        return None
    names = speakers_of(shown)
    before = statement.passages_text()
    if not names or not speaker_named_in(names, before) or statement.date.last >= today:
        return None
    return statement.date


def spoken_day(
    marks: QuoteMarks,
    span: Span,
    timexes: Sequence[Timex],
    words: str,
    today: date | None,
    statement: Event | None,
) -> DateValue | None:
    """The date of a quoted day word (`words`, a passage's own) counted from the day its
    speech was said, when that day is known and before `today`; else None."""
    if today is None or not _DAY_WORD.fullmatch(words.lower()):
        return None
    word = next((t for t in timexes if t.relative and one_line(t.text) == words), None)
    value = word.date_value() if word is not None else None
    if word is None or value is None or not marks.inside(word.start):
        return None
    shown = one_line(marks.text[span.start : span.end])
    said = _said_in(marks, timexes, word, today) or _statement_day(statement, shown, today)
    if said is None:
        return None
    shift = timedelta(days=(said.first - today).days)
    return DateValue(value.first + shift, value.last + shift, value.precision)
