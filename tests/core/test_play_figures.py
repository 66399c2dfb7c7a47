"""A player's figures over a game or a season are a summary of play, not a happening: the game
and its result are told apart (sentences of ECB+ development articles, then written)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

LEDE = "The Saints placed running back Pierre Thomas on injured reserve on Tuesday."

FIGURES = [
    "He had 793 yards and six touchdowns on 147 carries and caught 39 passes for 302 yards and "
    "another two touchdowns.",
    "Jackson had his finest season in 2008 with with 59 receptions for 1,098 yards and seven "
    "touchdowns for the AFC West champions.",
    "Through 14 games in the 2008 season, Bush had 404 yards and two touchdowns on 106 carries, "
    "averaging 3.8 yards a carry.",
    "Artino, whose role has grown as his productivity has increased during the second half of "
    "the season, had a career-high 14 points and six rebounds.",
    "The former Southern California star finished his third season in New Orleans with just "
    "404 yards and two touchdowns.",
    # A run within the game, a team's record in brackets: no result.
    "During the game's deciding 15-2 run, Echenique scored two traditional three-point plays, "
    "grabbed 3 of his 11 rebounds, and blocked two shots.",
    "Arinze Onuaku totaled 14 points and 12 rebounds for the Orange (15-1).",
]

# The result told with the figures, one figure, or figures of anything but play: happenings.
NOT_FIGURES = [
    "Smith scored 30 points and grabbed 12 rebounds as the Lakers beat the Celtics 102-95.",
    "Doug McDermott finished with 23 points, setting the school scoring record.",
    "The Dow fell 120 points and the Nasdaq lost 30 points on Tuesday.",
]


@pytest.mark.parametrize("sentence", FIGURES)
def test_a_players_figures_of_play_are_no_event(sentence: str) -> None:
    events = events_in(f"{LEDE}\n\n{sentence}", date(2011, 1, 5))
    assert [e.primary.text for e in events] == [LEDE]


@pytest.mark.parametrize("sentence", NOT_FIGURES)
def test_a_result_or_one_figure_stays_an_event(sentence: str) -> None:
    events = events_in(sentence, date(2011, 1, 5))
    assert [e.primary.text for e in events] == [sentence]
