"""A plan's time set off after its noun ("The match, originally scheduled for Saturday, was
postponed") is the plan's: what the main clause tells in the past was done to the plan, not on
its day, ahead or gone. Its title leaves the phrase out with the day."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_WRITTEN = date(2024, 3, 11)  # a Monday
_LEDE = "Officials met in the capital on Monday. "


def _last(text: str) -> tuple[date, str]:
    *_, event = events_in(_LEDE + text, _WRITTEN)
    return event.date.first, event.title


@pytest.mark.parametrize(
    ("text", "day", "title"),
    [
        (
            "The match, originally scheduled for Saturday, was postponed because of snow.",
            date(2024, 3, 11),
            "The match was postponed because of snow",
        ),
        ("The vote, set for Tuesday, was delayed.", date(2024, 3, 11), "The vote was delayed"),
        (
            "The flight, due to leave at 9 a.m. on Sunday, was cancelled.",
            date(2024, 3, 11),
            "The flight, due to leave at 9 a.m., was cancelled",
        ),
        # The main clause's own day dates it.
        (
            "The vote, set for Tuesday, was delayed on Friday.",
            date(2024, 3, 8),
            "The vote was delayed",
        ),
        # Told ahead, the plan's day is the happening's.
        (
            "The summit, scheduled for Thursday, will focus on energy.",
            date(2024, 3, 14),
            "The summit will focus on energy",
        ),
        (
            "The results, due on Thursday, are expected to show a rise in profit.",
            date(2024, 3, 14),
            "The results are expected to show a rise in profit",
        ),
        # Not a plan: a day the thing was done on dates what it found.
        (
            "The report, released on Tuesday, found that the tanker had missed inspections.",
            date(2024, 3, 5),
            "The report found that the tanker had missed inspections",
        ),
    ],
)
def test_a_plan_s_day_set_off_is_the_plan_s(text: str, day: date, title: str) -> None:
    assert _last(text) == (day, title)


@pytest.mark.parametrize(
    "sentence",
    [
        "The launch, planned for January, has been delayed until the summer.",
        "The match, scheduled for Saturday, has been called off.",
        "The vote, set for March 3, has been postponed.",
    ],
)
def test_a_plan_set_off_dates_no_main_clause_in_the_present_perfect(sentence: str) -> None:
    """What has been done to the plan is of the story's day, not of the plan's day."""
    (event,) = events_in(sentence, date(2025, 2, 12))
    assert event.date.first == date(2025, 2, 12)
