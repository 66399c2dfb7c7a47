"""A sentence opened by a vague time of the past ("Recently, …") takes no day the story named
(vague_opener.py): real sentences of ECB+ and TempEval-3 development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.model import DateBasis, DateValue, Event
from viewer.core.vague_opener import opens_vaguely

STORY = (
    "Despite his arrest on suspicion of driving under the influence early yesterday, Chargers "
    "receiver Vincent Jackson will play in Sunday's AFC divisional playoff game at Pittsburgh. "
    "Recently, speaking of the lack of incidents involving his players, Smith said, “It's "
    "very important if you want to be a Charger you do the right things on and off the "
    "field.”"
)
PUBLISHED = date(2009, 2, 4)


def _event(words: str) -> Event:
    (event,) = [e for e in events_in(STORY, PUBLISHED) if e.primary.text.startswith(words)]
    return event


def test_a_vague_opener_takes_no_day_of_the_narrative() -> None:
    recently = _event("Recently, speaking")
    assert recently.date == DateValue.day(PUBLISHED)
    assert recently.date_basis is DateBasis.PUBLICATION
    # Without the opener, the statement takes a day of the narrative.
    plain = STORY.replace("Recently, speaking", "Speaking")
    (spoke,) = [e for e in events_in(plain, PUBLISHED) if e.primary.text.startswith("Speaking")]
    assert spoke.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(
    ("shown", "vague"),
    [
        ("Recently, speaking of the lack of incidents involving his players, Smith said", True),
        (
            "Previously, an affiliate of Unicorp Canada disclosed a stake of less than 5% in "
            "Nashua, according to Daniel M. Junius, Nashua's treasurer.",
            True,
        ),
        ("In recent weeks, the company has cut 300 jobs.", True),
        # Inside the clause, "recently" stays with the narrative: often the story's own news.
        ("Vincent Jackson, the Chargers receiver, was also recently arrested", False),
        ("Mendes went back to prison for 2-1/2 years and was recently released.", False),
        # Not set off by a comma: the time of the verb, not a frame.
        ("Recently released figures show a rise.", False),
    ],
)
def test_what_opens_vaguely(shown: str, vague: bool) -> None:
    assert opens_vaguely(shown) is vague
