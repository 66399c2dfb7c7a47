"""A lede telling its act in the present perfect, with no time of its own, taken up further down
by a pronoun or the same noun and the same participle at a day of the news week: one event, of
that day ("A man has been charged with murder after …", then "He was charged on Tuesday and
appeared before magistrates …"; "The chief executive … has resigned …", then "He resigned on
Monday …"). Written articles in the shapes of British, Irish and
Australian outlets: a stabbing, a burglary, a rescue, an evacuation, a fraud."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import headed_events
from viewer.core.model import DateBasis

_WRITTEN = date(2025, 3, 13)  # a Thursday

TOLD_AGAIN = [
    (
        "Man charged over fatal stabbing",
        "A man has been charged with murder after a 23-year-old was stabbed to death in Leeds.",
        "Jordan Hale was attacked shortly after 2am on Sunday and died in hospital.",
        "He was charged on Tuesday and appeared before magistrates the following day.",
        date(2025, 3, 11),
    ),
    (
        "Teenagers arrested after burglary",
        "Two teenagers have been arrested after a burglary at a pharmacy in Cork.",
        "Gardaí said the shop was broken into shortly after midnight.",
        "They were arrested on Monday evening at a house in Douglas.",
        date(2025, 3, 10),
    ),
    (
        "Climbers rescued from mountain",
        "Three climbers have been rescued from Ben Nevis after being trapped by snow.",
        "The group had set out from the visitor centre early in the morning.",
        "The climbers were rescued on Wednesday by a coastguard helicopter.",
        date(2025, 3, 12),
    ),
    # In the active voice, taken up by a pronoun or the same name.
    (
        "Chief executive quits",
        "The chief executive of Vodafone has resigned after eight years in the job.",
        "Analysts said the move was expected.",
        "He resigned on Monday after a board meeting.",
        date(2025, 3, 10),
    ),
    (
        "Police arrest man after woman found dead",
        "Police have arrested a man after a woman was found dead in Bristol.",
        "Officers were called to the house in the early hours.",
        "Police arrested the man on Wednesday at a hotel in Bath.",
        date(2025, 3, 12),
    ),
    (
        "Former director jailed for fraud",
        "A former company director has been jailed for six years for a £2m fraud.",
        "Prosecutors said he had taken money from clients over a decade.",
        "He was jailed at Southwark Crown Court on Monday.",
        date(2025, 3, 10),
    ),
]


@pytest.mark.parametrize(("title", "lede", "middle", "again", "day"), TOLD_AGAIN)
def test_the_lede_takes_the_day_its_act_is_told_again_with(
    title: str, lede: str, middle: str, again: str, day: date
) -> None:
    events = headed_events(title, f"{lede}\n\n{middle}\n\n{again}", _WRITTEN)
    first = events[0]
    assert first.date.first == day and first.date_basis is DateBasis.CONTEXT
    assert any(again[:20] in p.text for p in first.passages)


KEPT_APART = [
    # Another noun taken up: the victim, not the man charged.
    (
        "Man charged over stabbing",
        "A man has been charged with murder after a stabbing in Leeds.",
        "Police were called to Boar Lane.",
        "The victim was stabbed on Sunday in Boar Lane.",
    ),
    # Another participle.
    (
        "Man charged over stabbing",
        "A man has been charged with murder after a stabbing in Leeds.",
        "Police were called to Boar Lane.",
        "He was arrested on Monday at a house in Armley.",
    ),
    # A day more than a week before.
    (
        "Man charged over stabbing",
        "A man has been charged with murder after a stabbing in Leeds.",
        "Police were called to Boar Lane.",
        "He was charged on 20 February after a long inquiry.",
    ),
]


@pytest.mark.parametrize(("title", "lede", "middle", "again"), KEPT_APART)
def test_another_act_or_day_leaves_the_lede_as_it_was(
    title: str, lede: str, middle: str, again: str
) -> None:
    events = headed_events(title, f"{lede}\n\n{middle}\n\n{again}", _WRITTEN)
    assert events[0].date.first == _WRITTEN
    assert not any(again[:20] in p.text for p in events[0].passages)
