"""A weekday told as a possessive after a phrase of heading to it ("along to Saturday's
semifinals", "heading into Saturday's semifinals", "ahead of Sunday's final", "the run-up to
Friday's vote") is the coming one, whatever the tense of the step that heads there; it is the
time of its noun, not of the sentence's happening. Not in the past perfect, nor a weekday
after another preposition ("in Saturday's semifinal": the one gone)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

PUBLISHED = date(2013, 3, 8)  # a Friday

# (sentence, the weekday's date, the sentence's date)
HEADING = [
    (
        "The first two factored heavily into Creighton's 65-53 victory against Drake in the"
        " quarterfinals of the Missouri Valley Conference tournament, but the last one might"
        " have been the deciding factor in moving the Bluejays along to Saturday's semifinals.",
        date(2013, 3, 9),
        PUBLISHED,
    ),
    (
        "McDermott now has 2,129 points heading into Saturday’s semifinals against the winner"
        " of Friday’s second quarterfinal between Evansville and Indiana State.",
        date(2013, 3, 9),
        PUBLISHED,
    ),
    (
        "The coach spoke to reporters ahead of Sunday's final.",
        date(2013, 3, 10),
        PUBLISHED,
    ),
    (
        "Protesters gathered outside parliament in the run-up to Monday's vote.",
        date(2013, 3, 11),
        PUBLISHED,
    ),
]

# (sentence, the weekday's date): a weekday gone
NOT_HEADING = [
    ("McDermott scored 27 points in Saturday's semifinal.", date(2013, 3, 2)),
    ("He had trained with the squad ahead of Sunday's final.", date(2013, 3, 3)),
]


def _weekday(sentence: str) -> str:
    """The first weekday's value in the sentence."""
    return next(t.value for t in tag(sentence, PUBLISHED) if t.text.endswith("day"))


@pytest.mark.parametrize(("sentence", "day", "dated"), HEADING)
def test_a_weekday_headed_to_is_the_coming_one(sentence: str, day: date, dated: date) -> None:
    assert _weekday(sentence) == day.isoformat()
    (event,) = events_in(sentence, PUBLISHED)
    assert event.date.first == dated


@pytest.mark.parametrize(("sentence", "day"), NOT_HEADING)
def test_a_weekday_after_another_preposition_is_the_one_gone(sentence: str, day: date) -> None:
    assert _weekday(sentence) == day.isoformat()
