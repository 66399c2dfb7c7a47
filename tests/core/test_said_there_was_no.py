"""A named or described speaker's statement that something was not there or did not happen
is a statement, what the speaker told on an occasion (docs/events.md, section 1), not a
non-happening: "Mehdi Zareh said there was no tsunami risk" after a lede of the quake. What
did not happen told on no one's authority ("There was no tsunami risk.", "No-one was injured
in the fire.") stays off, and so does one with its source's tag closing it. Sentences written
for the purpose, in the shapes of many outlets and topics, each read after a dated lede."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import days_of

_LEDE = "A strong earthquake struck southern Iran on Friday.\n\n"
_PUBLISHED = date(2011, 3, 7)

_STATEMENTS = [
    "Mehdi Zareh said there was no tsunami risk.",
    "A police spokesman said there were no reports of looting.",
    "Officials said no one was hurt in the blast.",
    "The ministry said nobody was inside the building at the time.",
    "Dr Ahmed told reporters there was no danger of an outbreak.",
    "Kenji Sato said no foreigners were among the dead.",
    "The agency said there was no damage to the nuclear plant.",
    "The company said it did not expect any delays to shipments.",
    "Mayor Ruiz said he never received the warning.",
    "The prosecutor said no charges have been filed.",
    "Residents told the BBC there was no warning before the quake.",
    "Seismologist Ana Ruiz stated there was no link to the volcano.",
    "The minister stressed there was no need for panic.",
    "Chen Wei insisted there were no injuries among the crew.",
    "The club said there was no rift in the dressing room.",
    "A hospital spokeswoman noted no patients were moved.",
]

_NOT_HAPPENED = [
    "There was no tsunami risk.",
    "No-one was injured in the fire.",
    "There were no immediate reports of damage, the newspaper said.",
    "The government has not released a death toll.",
    "Rescuers did not reach the village until Saturday.",
    "No decision has been made on aid.",
    "Neither the army nor the police has commented.",
    "The mayor never returned to his office.",
    "In fact, the mayor wasn't even there that night.",
]


@pytest.mark.parametrize("sentence", _STATEMENTS)
def test_a_speakers_statement_that_something_was_not_is_an_event(sentence: str) -> None:
    assert days_of(_LEDE, sentence, _PUBLISHED) != []


@pytest.mark.parametrize("sentence", _NOT_HAPPENED)
def test_what_did_not_happen_on_no_ones_authority_stays_off(sentence: str) -> None:
    assert days_of(_LEDE, sentence, _PUBLISHED) == []
