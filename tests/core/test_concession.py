"""A "despite" phrase with a time of its own tells a happening of its own, even as a noun
("Despite his arrest … early yesterday"): it is cut out with its time, the main happening keeps
its own ("will play in Sunday's … game"), and the story goes on at the conceded happening's
time. A phrase holding the sentence's only time is not cut. Real sentences of the development
articles."""

from __future__ import annotations

from datetime import date

from tests.core.articles import events_in
from viewer.core.model import Span
from viewer.core.sentence_pieces import split_happenings
from viewer.core.temporal import tag

_LEDE = (
    "Despite his arrest on suspicion of driving under the influence early yesterday, Chargers "
    "receiver Vincent Jackson will play in Sunday's AFC divisional playoff game at Pittsburgh."
)
_NEXT = (
    "Jackson, 25, was driving east on state Route 52 near Interstate 805 just after 2:30 a.m. "
    "when he was pulled over for an observed traffic violation, California Highway Patrol "
    "Officer Brad Baehr said."
)


def _sides(text: str, published: date) -> list[str]:
    pieces = split_happenings(text, Span(0, len(text)), tag(text, published))
    return [text[p.span.start : p.span.end] for p in pieces if p.side]


def test_the_conceded_arrest_and_the_game_ahead_are_dated_apart() -> None:
    dated = {e.passages[0].text: e.date.first for e in events_in(_LEDE, date(2009, 2, 4))}
    arrest = "Despite his arrest on suspicion of driving under the influence early yesterday"
    assert dated[arrest] == date(2009, 2, 3)
    game = "Chargers receiver Vincent Jackson will play in Sunday's AFC divisional playoff game"
    assert dated[game + " at Pittsburgh."] == date(2009, 2, 8)


def test_the_story_goes_on_at_the_conceded_time() -> None:
    events = events_in(_LEDE + "\n\n" + _NEXT, date(2009, 2, 4))
    dated = {e.passages[0].text: e.date.first for e in events}
    assert dated[_NEXT] == date(2009, 2, 3)


def test_a_report_conceded_is_cut_whole() -> None:
    text = (
        "Despite reports last week that said Gary Ross would definitely not be returning to "
        "direct The Hunger Games sequel, Catching Fire, it seems he will be back at the "
        "negotiating table with Lionsgate this week."
    )
    assert _sides(text, date(2012, 4, 9)) == [
        "Despite reports last week that said Gary Ross would definitely not be returning to "
        "direct The Hunger Games sequel"
    ]


# A "despite" phrase holding the sentence's only time is not cut: nothing is left dated apart.
def test_a_phrase_with_the_only_time_is_not_cut() -> None:
    text = (
        "Despite their poor start and their current three-game losing streak-likely to end "
        "tonight as the team takes on the Wizards-the Sixers are still just two games in the "
        "loss column behind the eighth seed in the East."
    )
    assert _sides(text, date(2005, 5, 24)) == []
