"""A sentence opened by a "When" clause that holds its only time is of that time, read ahead
when the clause tells of something scheduled; a plan's day is no time to count what was done
from. Excerpts of ECB+ development articles."""

from __future__ import annotations

from datetime import date

from tests.core.articles import events_in
from viewer.core.model import DateValue


def _dated(text: str, published: date, words: str) -> DateValue:
    for event in events_in(text, published):
        if words in text[event.primary.start : event.primary.end]:
            return event.date
    raise AssertionError(f"no event holds {words!r}")


def test_a_when_clause_scheduled_ahead_dates_its_sentence() -> None:
    text = (
        "Pierre Thomas was placed on injured reserve on Wednesday.\n\nWhen the Saints (11-5) "
        "open the playoffs in Seattle (7-9) on Saturday, the only remaining healthy running "
        "backs from their regular season roster will be Reggie Bush and Julius Jones."
    )
    assert _dated(text, date(2011, 1, 6), "remaining healthy") == DateValue.day(date(2011, 1, 8))


def test_what_was_done_is_not_counted_from_a_plan_s_day() -> None:
    text = (
        "A jury on Tuesday recommended the death penalty for Jose Luis Orozco.\n\n"
        "When Orozco returns to court on May 3, Perlo and Yanes will argue for a mistrial and, "
        "if that is rejected, will ask Judge Philip Hickok to modify the jury's verdict and "
        "consider life without parole.\n\n"
        "Outside the courtroom, Rosa Ortiz took out a button with a picture of her son.\n\n"
        "For many minutes afterward, relatives and friends stood outside the courtroom "
        "hugging and crying."
    )
    published = date(2007, 1, 31)
    assert _dated(text, published, "argue for a mistrial") == DateValue.day(date(2007, 5, 3))
    assert _dated(text, published, "hugging and crying").first < date(2007, 5, 3)
