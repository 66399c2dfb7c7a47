"""An account told after its teller ("Police say most of the other 80 passengers were able to
leave the train safely"), its teller's verb in the present as broadcast and wire copy tell it
or in the past, is what the story's actors did: of the story's news day until the story moves
on to a later day, as the same account told before its teller is ("…, police said"). Its
actors may be named by a count or a quantifier ("most of the other 80 passengers", "seven
firefighters", "other buildings"), not only by a definite noun. Written articles in other
outlets' shapes: a lede of Wednesday night, a statement that ends the run of its actors, the
sentence, and a statement of the publication day's morning."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.model import DateBasis, DateValue

THURSDAY = date(2024, 3, 14)
WEDNESDAY = DateValue.day(date(2024, 3, 13))

LEDE = "Fire tore through a textile factory in Leicester on Wednesday night, killing three workers."
RUN_ENDS = "The mayor said she was shocked by the news."
MOVES_ON = "The company issued a statement early this morning."


def _article(sentence: str, *, after_the_move: bool = False) -> str:
    body = (
        [LEDE, RUN_ENDS, MOVES_ON, sentence]
        if after_the_move
        else [LEDE, RUN_ENDS, sentence, MOVES_ON]
    )
    return "\n\n".join(body)


# Accounts of what the story's actors did: of the news day, Wednesday.
ACCOUNTS = [
    "Police say most of the other 80 workers were able to leave the building safely.",
    "Officials say two of the guards were taken to hospital with burns.",
    "The fire chief says seven firefighters were treated for smoke inhalation.",
    "Staff say several machines caught fire within minutes.",
    "He says both drivers escaped from the loading bay unhurt.",
    "A spokeswoman said other buildings suffered broken windows and smoke damage.",
    "Rescuers say dozens of residents were led out of the flats next door.",
    "Authorities say 40 employees gathered in the car park.",
    "Police said some of the onlookers threw bottles at firefighters.",
    "The ambulance service says three of the injured were flown to Nottingham.",
    "Hospital officials say hundreds of patients were moved to other wards.",
    "Officers say the night shift raised the alarm shortly after the blaze began.",
    "Investigators say the sprinklers failed to start.",
]

# Near shapes that keep their date: what holds now, a plan, the teller's own statement (a
# pronoun right after the teller's verb: a refused reading), a time of its own, or an account
# told after the story moved on to the publication day.
KEPT = [
    ("Police say they arrested the night manager.", DateValue.day(THURSDAY)),
    ("Officials said they found the fire exits locked.", DateValue.day(THURSDAY)),
    (
        "The fire service says two crews will return to the site on Saturday.",
        DateValue.day(date(2024, 3, 16)),
    ),
    ("Police say most of the workers have been sent home.", DateValue.day(THURSDAY)),
    ("Police say the owner will appear in court on Friday.", DateValue.day(date(2024, 3, 15))),
    (
        "Officials say two of the guards were taken to hospital on Tuesday.",
        DateValue.day(date(2024, 3, 12)),
    ),
    ("The mayor says the council closed the city's last fire station in 2019.", None),
    ("The mayor said the city would review every factory licence.", DateValue.day(THURSDAY)),
    ("Police say the owner was arrested early this morning.", DateValue.day(THURSDAY)),
]

# The same accounts told after the story moved on: the publication day's.
AFTER_THE_MOVE = [
    "Police say most of the other 80 workers were able to leave the building safely.",
    "The fire chief says seven firefighters were treated for smoke inhalation.",
]


@pytest.mark.parametrize("sentence", ACCOUNTS)
def test_an_account_told_after_its_teller_is_of_the_news_day(sentence: str) -> None:
    event = _found(_events(_article(sentence), THURSDAY), sentence[:30])
    assert event.date == WEDNESDAY
    assert event.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(("sentence", "expected"), KEPT)
def test_a_near_shape_keeps_its_date(sentence: str, expected: DateValue | None) -> None:
    event = _found(_events(_article(sentence), THURSDAY), sentence[:30])
    if expected is None:
        assert event.date.precision.value == "year"
    else:
        assert event.date == expected


@pytest.mark.parametrize("sentence", AFTER_THE_MOVE)
def test_an_account_after_the_story_moved_on_is_of_the_later_day(sentence: str) -> None:
    event = _found(_events(_article(sentence, after_the_move=True), THURSDAY), sentence[:30])
    assert event.date == DateValue.day(THURSDAY)
