"""The score as a game ran is a detail of the game, however sure the line reads and whatever
step word it holds ("closed to 47-44" closes no store); a line told by the game's clock joins
the game told in a main clause, not a side clause of another time told on the way. Real
sentences of the ECB+ development articles."""

from __future__ import annotations

from datetime import date

from tests.core.articles import events_in
from viewer.core.detail_cues import detail_of

GAME = (
    "Doug McDermott became the leading scorer in Creighton history and had five points during a "
    "pivotal 15-2 run as top-seeded Creighton defeated Drake, 65-53, on Friday afternoon."
)
ARTICLE = "\n\n".join(
    [
        GAME,
        "Drake put up a fight; the Bulldogs twice cut Creighton’s lead to 3 points midway "
        "through the second half.",
        "But a 15-2 run during 5 minutes late in the game sealed the deal for the Jays.",
        "Drake, which had defeated Bradley in Thursday’s play-in round, closed to 47-44 on Seth "
        "VanDeest’s basket with 10:03 to play.",
    ]
)


def test_the_score_as_it_ran_is_a_detail_whatever_step_word_it_holds() -> None:
    assert detail_of("closed to 47-44 on Seth VanDeest’s basket with 10:03 to play.", GAME)


def test_the_score_as_it_ran_joins_the_game_not_a_side_clause_of_another_day() -> None:
    events = events_in(ARTICLE, date(2013, 3, 8))
    game, side = events
    assert game.date.first == date(2013, 3, 8)
    assert [p.text[:12] for p in game.passages] == [
        "Doug McDermo",
        "Drake put up",
        "But a 15-2 r",
        "closed to 47",
    ]
    assert side.primary.text.startswith("which had defeated Bradley")
    assert len(side.passages) == 1


# Told with the next game's day in a relative clause: the run is cut from it and read as sure,
# but it is still of the game told before.
SURE_RUN = "\n\n".join(
    [
        "Creighton fans overtook the turnstiles in St. Louis Friday afternoon.",
        "They came from all over the Midwest and beyond to see CU win the weekend, and the "
        "Bluejays obliged the first of three requisite wins for an Arch Madness championship.",
        "Drake put up a fight; the Bulldogs twice cut Creighton’s lead to 3 points midway "
        "through the second half.",
        "But a 15-2 run during 5 minutes late in the game sealed the deal for the Jays, who will "
        "meet Indiana State in the semifinals Saturday afternoon after the Sycamores outlasted "
        "Evansville 51-50 Friday.",
    ]
)


def test_a_sure_run_is_still_a_detail_of_the_game() -> None:
    events = events_in(SURE_RUN, date(2013, 3, 9))
    assert not any(e.primary.text.startswith("But a 15-2 run") for e in events)
    (game,) = [e for e in events if any(p.text.startswith("Drake put up") for p in e.passages)]
    assert any(p.text.startswith("But a 15-2 run") for p in game.passages)


# "no-call" is no verb of speaking: the run it opens is told of the game all the same.
NO_CALL = "\n\n".join(
    [
        GAME,
        "After the no-call, the 6-foot-9,260-pound Echenique turned up the intensity to fuel a "
        "15-2 run that turned a 47-44 Creighton lead into a 16-point cushion.",
    ]
)


def test_a_word_joined_by_a_hyphen_is_no_speaking() -> None:
    (game,) = events_in(NO_CALL, date(2013, 3, 8))
    assert game.passages[-1].text.startswith("After the no-call")
