"""A month of the past a paragraph tells of goes on into the next paragraph's first sentence
when it is an action in the simple past by the same actor, named by a pronoun: "The last major
quake to hit southern Iran was in February, when a magnitude-6.4 temblor rocked Zarand." / "It
killed 612 people …" is of February, not of the day the story is told on. Not a statement, nor
an action of other actors, nor the present."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events

PUBLISHED = date(2005, 11, 27)
LEDE = "A strong earthquake struck southern Iran on Sunday, killing at least 10 people."
MONTH = (
    "The last major quake to hit southern Iran was in February, when a magnitude-6.4 temblor"
    " rocked Zarand, a town of about 15,000 people in Kerman province."
)
FEBRUARY = (date(2005, 2, 1), date(2005, 2, 28))

GOES_ON = [
    "It killed 612 people and injured more than 1,400, leveling several villages and leaving"
    " thousands of people homeless.",
    "It destroyed several villages in Kerman province.",
]


@pytest.mark.parametrize("line", GOES_ON)
def test_the_actor_s_next_action_is_of_the_month(line: str) -> None:
    events = headed_events("Quake hits southern Iran", f"{LEDE}\n\n{MONTH}\n\n{line}", PUBLISHED)
    (event,) = [e for e in events if any(p.text == line for p in e.passages)]
    assert (event.date.first, event.date.last) == FEBRUARY


# Not the month's: a statement, other actors, the present.
STAYS = [
    "It said the death toll could rise.",
    "Rescue teams were sent to the area.",
    "It is the third quake to hit the province this year.",
]


@pytest.mark.parametrize("line", STAYS)
def test_a_statement_other_actors_or_the_present_stay_of_the_story_s_day(line: str) -> None:
    events = headed_events("Quake hits southern Iran", f"{LEDE}\n\n{MONTH}\n\n{line}", PUBLISHED)
    matching = [e for e in events if any(p.text == line for p in e.passages)]
    assert all((e.date.first, e.date.last) != FEBRUARY for e in matching)
