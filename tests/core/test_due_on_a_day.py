""" "Due" on a day: what is due right before a day is scheduled for it, ahead, whatever the
clause's verb ("A spokesman said the results, due on Thursday, would show a loss"); a plan set
off after its noun dates no main clause told in the past ("The report, due out on Monday, was
leaked"); "due to" after a verb in the past is a cause, no plan ("The match was abandoned due
to rain on Saturday" is the Saturday gone)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.headline import headline
from viewer.core.temporal import tag

_WRITTEN = date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The match was abandoned due to rain on Saturday.", date(2025, 3, 8)),
        ("The flight was cancelled due to snow on Friday.", date(2025, 3, 7)),
        # A plan set off after its noun: the main clause's past is the story's day.
        ("The report, due out on Monday, was leaked to the press.", _WRITTEN),
        ("The two men, due back in court on Friday, were released on bail.", _WRITTEN),
        # As before: a plan told as such, and a debt gone.
        ("The flight is due to leave on Sunday.", date(2025, 3, 16)),
        ("The flight was due to leave on Sunday.", date(2025, 3, 16)),
        ("The rent is due on Friday.", date(2025, 3, 14)),
        ("The payment was due on Friday.", date(2025, 3, 7)),
    ],
)
def test_the_day_of_what_is_due(sentence: str, day: date) -> None:
    (event,) = events_in(sentence, _WRITTEN)
    assert event.date.first == day


def test_what_is_due_on_a_day_told_in_a_report_is_ahead() -> None:
    text = "A spokesman said the results, due on Thursday, would show a loss."
    (thursday,) = tag(text, _WRITTEN)
    assert thursday.first == date(2025, 3, 13)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        (
            "The report, due out on Monday, was leaked to the press.",
            "The report was leaked to the press",
        ),
        (
            "The two men, due back in court on Friday, were released on bail.",
            "The two men were released on bail",
        ),
    ],
)
def test_a_title_leaves_out_what_is_due_with_its_day(sentence: str, title: str) -> None:
    assert headline(sentence) == title
