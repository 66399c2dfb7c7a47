"""A run told in the past perfect (docs/events.md section 4, item 3): in a story told in the
past, the earlier episode is of the past day the story last named, not of the publication
day; the simple past that follows goes on with it; a statement, a quotation or the present
ends it. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue
from viewer.core.past_tense import past_perfect

PUBLISHED = date(2021, 11, 12)  # a Friday
WEDNESDAY = DateValue.day(date(2021, 11, 10))

STORY = (
    "The players of the river club met in the gym on Wednesday afternoon.\n\n"
    "They were shooting baskets with a teammate who might leave.\n\n"
    "Shortly before the game, the guard had told his coach that he would stay another year.\n\n"
    "Coach and player then informed the club's director.\n\n"
    "The club says the guard will sign a new contract next week."
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("the guard had told his coach that he would stay", True),
        ("the deputy had already been promoted", True),
        ("the guard had a secret", False),
        ("the boxer had been training in spain since may", False),
        ("the team had been in the lead", False),
        ("the mayor said the club had left", False),
        ("the coach has told the guard", False),
    ],
)
def test_a_past_perfect_is_had_before_a_participle(words: str, expected: bool) -> None:
    assert past_perfect(words.split()) is expected


def test_a_past_perfect_episode_is_of_the_day_the_story_named() -> None:
    event = _found(_events(STORY, PUBLISHED), "the guard had told his coach")
    assert event.date == WEDNESDAY
    assert event.date_basis is DateBasis.CONTEXT


def test_the_simple_past_after_it_goes_on_with_the_episode() -> None:
    event = _found(_events(STORY, PUBLISHED), "Coach and player then informed")
    assert event.date == WEDNESDAY


def test_after_a_statement_a_past_perfect_opens_no_episode() -> None:
    text = (
        "The striker scored twice on Wednesday night.\n\n"
        "The coach said the striker was the best player of the season.\n\n"
        "The club had offered the striker a new contract, and the league fined the club."
    )
    event = _found(_events(text, PUBLISHED), "The club had offered")
    assert event.date != WEDNESDAY
