"""A local time given again in universal time, in brackets, as agency copy gives it for readers
elsewhere: the day it names there is not the day the story tells of."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

_PUBLISHED = date(2019, 6, 27)  # a Thursday


@pytest.mark.parametrize(
    "sentence",
    [
        "The session ended past eight at night (00.00 GMT on Thursday).",
        "The count ended at 11.30 p.m. (0330 GMT Thursday), officials said.",
        "Voting closed at midnight (04:00 UTC on Thursday).",
    ],
)
def test_a_day_in_a_conversion_to_universal_time_is_no_time_of_the_story(sentence: str) -> None:
    assert all("Thursday" not in t.text for t in tag(sentence, _PUBLISHED))


def test_a_day_told_with_universal_time_outside_brackets_stays() -> None:
    (clock, day) = tag("Trading opened at 09:00 GMT on Thursday.", _PUBLISHED)
    assert (clock.text, day.text) == ("09:00 GMT", "Thursday")


def test_the_story_after_a_conversion_stays_on_its_news_day() -> None:
    events = events_in(
        "ASUNCION, Jun 26 - The Senate approved the pension reform on Wednesday by 27 votes to "
        "16.\n\nThe vote ended past eight at night (00.00 GMT on Thursday).\n\nOutside, "
        "police used water cannon to disperse demonstrators who threw stones at the building.",
        _PUBLISHED,
    )
    (police,) = [e for e in events if "water cannon" in e.primary.text]
    assert police.date.first == date(2019, 6, 26)
