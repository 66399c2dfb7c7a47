"""A happening dated by its distance from another the article names by a noun, not by a date
("in the week before the double murder"): counted from the day the article gives that
happening elsewhere; left as it was where it gives none, or where the count is of how long or
rough. Excerpts of ECB+ development articles (32_2ecbplus, 32_11ecbplus, 16_6ecbplus,
20_2ecbplus, 33_1ecb)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.counted_phrases import counted_phrase, counts_from_named
from viewer.core.model import DateBasis, Event

SECTIONED = (
    "John Jenkin, 23, had been sectioned after an apparent suicide attempt in the week before "
    "the double murder."
)


@pytest.mark.parametrize(
    ("shown", "noun", "days"),
    [
        (SECTIONED, "murder", (-7, -1)),
        (
            "The relative said he was sectioned under the Mental Health Act for attempting to "
            "slit his wrists and then allowed home again in the days before the tragedy.",
            "tragedy",
            (-7, -1),
        ),
        (
            "He had married two weeks before the shooting, and had won a department medal of "
            "honor.",
            "shooting",
            (-14, -14),
        ),
        ("Police arrested the driver the day after the crash.", "crash", (1, 1)),
        ("The council met hours after the vote.", "vote", (0, 0)),
    ],
)
def test_a_count_from_a_named_happening_is_read(
    shown: str, noun: str, days: tuple[int, int]
) -> None:
    counted = counted_phrase(shown)
    assert counted is not None
    assert (counted.noun, (counted.first, counted.last)) == (noun, days)


@pytest.mark.parametrize(
    "shown",
    [
        # How long, not when.
        "The town was shut for three days after the storm.",
        # A rough count.
        "Speaking to IRNA, they said they had not received aid almost a day after the quake.",
        # A vague one.
        "Aid arrived in the weeks after the quake.",
        # The relative clause's happening, not the sentence's.
        "Timmons, who was arrested 12 days after the shooting, faces a maximum sentence of 15 "
        "years to life in prison if convicted.",
        # A speaker's words.
        "“We saw him in the days before the attack,” a neighbour said.",
        # No happening named.
        "He left the day after the party.",
    ],
)
def test_no_count_from_a_named_happening(shown: str) -> None:
    assert counts_from_named(shown) is None


def _event(events: list[Event], opening: str) -> Event:
    (event,) = [e for e in events if e.primary.text.startswith(opening)]
    return event


JENKIN = (
    "A man said to have been released from a secure mental hospital against his wishes was "
    "yesterday being questioned over the murders of his mother and sister.\n\n"
    f"{SECTIONED}\n\n"
    "Police were called to the family's terraced house in Millom, Cumbria, at 8.40am on "
    "Saturday and found the bodies of Alice McMeekin, 58, and her university student daughter "
    "Katie Jenkin, 20.\n\n"
    "The relative said he was sectioned under the Mental Health Act for attempting to slit his "
    "wrists and then allowed home again in the days before the tragedy."
)
SUNDAY = date(2013, 6, 9)


@pytest.mark.parametrize("opening", ["John Jenkin, 23, had been", "The relative said"])
def test_the_days_before_a_happening_dated_elsewhere(opening: str) -> None:
    # The murders are the bodies found on Saturday 8 June; the tragedy the story's news day.
    event = _event(events_in(JENKIN, SUNDAY), opening)
    assert (event.date.first, event.date.last) == (date(2013, 6, 1), date(2013, 6, 7))
    assert event.date_basis is DateBasis.CONTEXT


def test_a_happening_the_article_never_dates_leaves_the_date() -> None:
    text = (
        f"{SECTIONED}\n\n"
        "His sister Katie and mother Alice McMeekin were found dead at their home in Millom."
    )
    event = _event(events_in(text, SUNDAY), "John Jenkin")
    assert event.date.first == event.date.last == SUNDAY


def test_a_day_of_what_is_about_the_happening_is_not_its_day() -> None:
    # Monday is the jurors' request, not the shooting's (June 2005): no day to count from.
    text = (
        "A Norwalk jury on Tuesday ordered execution for a gang member convicted of murdering "
        "a Los Angeles County Sheriff's deputy in June 2005.\n\n"
        "He had married two weeks before the shooting, and had won a department medal of "
        "honor.\n\n"
        "Jurors on Monday watched a recording of Orozco boasting about the shooting to other "
        "jail inmates."
    )
    event = _event(events_in(text, date(2007, 4, 4)), "He had married")
    assert event.date_text != "two weeks before the shooting"


@pytest.mark.parametrize(
    ("shown", "opens"),
    [
        ("On the night of the shooting, Hiller again confronted her coworkers.", True),
        ("Police reached the house on the morning of the attack.", False),
    ],
)
def test_the_night_of_a_named_happening_is_read(shown: str, opens: bool) -> None:
    counted = counted_phrase(shown)
    assert counted is not None
    assert (counted.noun, counted.first, counted.last, counted.opens) == (
        "shooting" if "shooting" in shown else "attack",
        0,
        0,
        opens,
    )


# 22_9ecbplus: a court story retelling the night of the shooting it dates only to its month.
HILLER = (
    "Hiller told homicide detectives that her mounting frustration finally culminated in "
    "September, when she went on a shooting rampage through the Kraft Foods plant.\n\n"
    "Homicide Detective Dominic Mangoni, testifying Tuesday at Hiller's preliminary hearing, "
    "said he asked how she felt.\n\n"
    "On the night of the shooting, Hiller again confronted her coworkers about her belief "
    "that they were spraying her with deer scent.\n\n"
    '"They told me they didn\'t know what I was talking about," Hiller said in her '
    "statement.\n\n"
    "After the confrontation, Hiller was suspended from her job.\n\n"
    "Hiller was escorted from the property.\n\n"
    "She returned with a .357 Magnum that she legally owned.\n\n"
    "Hiller admitted firing at several other employees, but denied shooting at the first "
    "officers who responded to the scene.\n\n"
    "But Officer Michael Murphy, from the Seventh District, testified that Hiller fired at him "
    "and two other officers from down a hallway."
)
DECEMBER_8 = date(2010, 12, 8)


@pytest.mark.parametrize(
    "opening",
    [
        "On the night of",
        "After the confrontation",
        "Hiller was escorted",
        "She returned",
        "Hiller admitted firing",
    ],
)
def test_the_night_of_a_happening_dated_to_its_month(opening: str) -> None:
    # The night, and the steps of it told after it in the past, are of September.
    event = _event(events_in(HILLER, DECEMBER_8), opening)
    assert (event.date.first, event.date.last) == (date(2010, 9, 1), date(2010, 9, 30))


@pytest.mark.parametrize("opening", ["Homicide Detective", "But Officer Michael Murphy"])
def test_the_hearing_keeps_its_day(opening: str) -> None:
    # The testimony at the hearing, before the night is retold and within it, is Tuesday's.
    events = events_in(HILLER, DECEMBER_8)
    (event,) = [e for e in events if any(p.text.startswith(opening) for p in e.passages)]
    assert event.date.first == date(2010, 12, 7)


def test_the_night_of_a_happening_the_article_never_dates() -> None:
    # No day nor month of the shooting anywhere: the night is not counted, nor carried on.
    text = HILLER.split("\n\n", 1)[1]
    events = events_in(text, DECEMBER_8)
    for opening in ("On the night of", "Hiller was escorted"):
        (event,) = [e for e in events if any(p.text.startswith(opening) for p in e.passages)]
        assert event.date.first.month == 12


def test_a_happening_named_as_its_sentence_s_subject_is_of_that_day() -> None:
    # "The flood" opens the sentence whose day is Friday, a set-off phrase between them.
    text = (
        "The flood, triggered by two days of heavy rain, submerged hundreds of houses on "
        "Friday.\n\n"
        "A team of rescuers arrived in the town the day after the flood."
    )
    event = _event(events_in(text, date(2025, 6, 2)), "A team of rescuers")
    assert event.date.first == event.date.last == date(2025, 5, 31)


def test_a_count_from_a_premiere_the_lede_dates() -> None:
    text = (
        "The director's first feature drew a standing ovation at its world premiere at the "
        "festival on Saturday night.\n\n"
        "A streaming service acquired the rights the day after the premiere, a trade paper "
        "reported."
    )
    event = _event(events_in(text, date(2025, 9, 8)), "A streaming service acquired")
    assert event.date.first == event.date.last == date(2025, 9, 7)


def test_a_plan_counted_from_a_happening_ahead() -> None:
    """A plan told with a count from a named happening ahead is dated from it: "will close the
    day before the funeral" is the day before the funeral's day, not the funeral's."""
    text = (
        "The funeral will take place on October 13.\n\nShops will close the day before the funeral."
    )
    events = events_in(text, date(2025, 10, 2))
    (shops,) = [e for e in events if e.primary.text.startswith("Shops")]
    assert shops.date.first == date(2025, 10, 12)
    assert shops.date_basis is DateBasis.CONTEXT
