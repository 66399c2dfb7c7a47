"""A sentence whose time is a half, a quarter or the clock of a game tells more of the game the
story told before, whatever day the story was published on (sentences of ECB+ development
articles, then written)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.detail_cues import game_time

# The game told in the second paragraph, of another day than the story's (ECB+ development).
LEDE = "Doug McDermott got a scoring record Friday, and Gregory Echenique got mad."
GAME = (
    "The first two factored heavily into Creighton’s 65-53 victory against Drake in the "
    "quarterfinals, but the last one might have been the deciding factor in moving the Bluejays "
    "along to Saturday’s semifinals."
)

GAME_TIME = [
    "Echenique scored five of Creighton’s first eight points in the second half.",
    "Drake put up a fight; the Bulldogs twice cut Creighton’s lead to 3 points midway through "
    "the second half.",
    "Hansbrough tied Ford on a jumper from the left wing with 14:05 left in the first half.",
]

# A business's period, a round of a series, a half of a season: no time of a game.
NOT_GAME_TIME = [
    "Operating revenue surged 54% in the latest period to $42.9 million from $27.7 million.",
    "Last season, the 76ers lost in the first round to Detroit.",
    "Artino, whose role has grown as his productivity has increased during the second half of "
    "the season, had a career-high 14 points.",
]


@pytest.mark.parametrize("sentence", GAME_TIME)
def test_a_line_told_by_the_games_time_is_a_passage_of_the_game(sentence: str) -> None:
    assert game_time(sentence)
    events = events_in(f"{LEDE}\n\n{GAME}\n\n{sentence}", date(2013, 3, 8))
    assert [[p.text for p in e.passages] for e in events] == [[LEDE], [GAME, sentence]]


@pytest.mark.parametrize("sentence", NOT_GAME_TIME)
def test_a_period_or_a_round_of_another_kind_is_no_time_of_a_game(sentence: str) -> None:
    assert not game_time(sentence)


def test_a_line_told_by_the_games_time_is_no_passage_of_a_career_year_before_it() -> None:
    # ECB+ development: the career told just before is of a year, not the game's day.
    career = "Ford finished his career in 1978 with 2,290 points."
    line = (
        "Hansbrough tied Ford on a jumper from the left wing with 14:05 left in the first half, "
        "then set the record with 7:41 to go."
    )
    events = events_in(f"{LEDE}\n\n{career}\n\n{line}", date(2013, 3, 8))
    assert [line] not in [[p.text for p in e.passages][1:] for e in events]
    assert line in [e.primary.text for e in events]
