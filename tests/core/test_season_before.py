"""A sentence opened by "Last season" goes back to a season whose calendar is not told: it is
dated by the years such a season may span up to the day before, not by the day the story is
told of ("Last season, the 76ers lost …" in a story of Saturday's firing is no Saturday's)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import Precision

_TOLD_ON = date(2005, 5, 24)
_FIRING = (
    "The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning after a disappointing "
    "9-14 start to the season."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Last season, the 76ers lost in the first round to Detroit.",
        "Last season he led the club to their first postseason berth in four years.",
        "Last season, quarterback Troy Smith was suspended from the Alamo Bowl for accepting "
        "money from a booster.",
        "Last season, Cheeks guided the Sixers to the NBA Playoffs for the first time since "
        "the 2004-05 season, after starting the year with an 18-30 record.",
    ],
)
def test_a_sentence_opened_by_last_season_is_of_the_seasons_before(sentence: str) -> None:
    events = events_in(f"{_FIRING}\n\n{sentence}", _TOLD_ON)
    (back,) = [e for e in events if e.primary.text == sentence]
    assert back.date.precision is Precision.RANGE
    assert (back.date.first, back.date.last) == (date(2003, 1, 1), date(2005, 5, 23))


@pytest.mark.parametrize(
    "sentence",
    [
        # A comparison's base, a state told now, the season as a subject: no time of the
        # sentence's own.
        "Iguodala is averaging just 14.9 points per contest, a drop of five points per game "
        "from last season.",
        "The Sixers have hardly resembled last season's up-tempo group that advanced to the "
        "playoffs.",
        "Last season was a good one for the Sixers.",
    ],
)
def test_last_season_inside_a_clause_dates_nothing(sentence: str) -> None:
    for event in events_in(sentence, _TOLD_ON):
        assert event.date.precision is Precision.DAY
