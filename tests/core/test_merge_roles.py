"""One happening told by two outlets, one naming the doer by a role ("A MAN has been
charged"), the other by name ("John Jenkin, 23, has been charged"): one event; like
happenings at another place or day, or sharing a number only, stay apart."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.merge import merge_events
from viewer.core.model import DateBasis, DateValue, Dating, Event, Passage

DAY = date(2019, 5, 14)


def _single(document: str, text: str, day: date = DAY) -> Event:
    value = DateValue.day(day)
    return Event(
        id=f"{document}-{day}",
        date=value,
        date_text=str(day),
        date_basis=DateBasis.EXPLICIT,
        title=text,
        passages=[Passage(document, 0, len(text), text)],
        dating=[Dating(value, DateBasis.EXPLICIT, str(day))],
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [
        (
            "A woman has been arrested on suspicion of drink driving after her car struck a "
            "bus shelter.",
            "Sarah Whitfield, 34, was arrested on suspicion of drink driving after her car "
            "struck a bus shelter.",
        ),
        (
            "A teenager was shot dead outside a youth club in the city centre on Friday night.",
            "Omar Said, 17, was shot dead outside a youth club in the city centre on Friday night.",
        ),
        (
            "A man has been convicted of murdering his business partner at a warehouse on the "
            "edge of town.",
            "Daniel Okafor has been convicted of murdering his business partner at a warehouse "
            "on the edge of town.",
        ),
        (
            "A farmer was killed when his tractor overturned on a steep hillside near the village.",
            "Farmer Tom Hargreaves died when his tractor overturned on a steep hillside near the "
            "village.",
        ),
        (
            "A security guard was shot in the leg during a raid on a cash van.",
            "Security guard Ian Burke was shot in the leg during a raid on a cash van.",
        ),
        (
            "A nurse was convicted of stealing painkillers from the hospital pharmacy.",
            "Nurse Joanna Kowalska was found guilty of stealing painkillers from the hospital "
            "pharmacy.",
        ),
        (
            "The coach was arrested after a brawl in the stadium car park.",
            "Coach Rafael Ortega was arrested after a brawl in the stadium car park.",
        ),
        (
            "Two gunmen robbed a jewellery store of diamonds worth millions.",
            "The jewellery store of Jan Maes was robbed of diamonds worth millions by two gunmen.",
        ),
    ],
)
def test_a_doer_told_by_a_role_and_by_name_is_one_happening(one: str, other: str) -> None:
    (event,) = merge_events([_single("a.txt", one), _single("b.txt", other)])
    assert len(event.passages) == 2


@pytest.mark.parametrize(
    ("one", "other", "other_day"),
    [
        # The same kind of act at another place.
        (
            "A man has been charged with the murder of his mother in Leeds.",
            "Peter Grant has been charged with the murder of his mother in Bristol.",
            DAY,
        ),
        (
            "A man was arrested for drink driving in Cork after crashing into a wall.",
            "Liam Walsh was arrested for drink driving in Galway after crashing into a wall.",
            DAY,
        ),
        # On another day.
        (
            "A woman was arrested on suspicion of drink driving after her car hit a lamp post.",
            "Anna Berg was arrested on suspicion of drink driving after her car hit a lamp post.",
            date(2019, 6, 20),
        ),
        # Too little in common: the kind of act alone.
        (
            "A man was shot dead outside a nightclub.",
            "Luis Romero was shot dead at his home.",
            DAY,
        ),
        # No kind of act in common: a trial's other outcome, a fire.
        (
            "A nurse was cleared of stealing painkillers from the hospital pharmacy.",
            "Nurse Joanna Kowalska admitted stealing painkillers from the hospital pharmacy.",
            DAY,
        ),
        (
            "A man was questioned by police about the fire at the factory warehouse.",
            "Owner James Pike said the fire at the factory warehouse began in a kitchen.",
            DAY,
        ),
        # A number only.
        (
            "A man, 45, was arrested after 45 sheep went missing.",
            "Karl Weber, 45, won 45 prizes at the county show.",
            DAY,
        ),
        # Each names someone the other does not.
        (
            "Mayor Ann Lutz was arrested on suspicion of bribery at the town hall.",
            "Judge Paul Roth was arrested on suspicion of bribery at the town hall.",
            DAY,
        ),
    ],
)
def test_like_happenings_told_by_a_role_stay_apart(one: str, other: str, other_day: date) -> None:
    events = [_single("a.txt", one), _single("b.txt", other, other_day)]
    assert len(merge_events(events)) == 2
