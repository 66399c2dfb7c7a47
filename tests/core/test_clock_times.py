"""Times of day with no day of their own, and times counted in minutes or hours.

A clock time ("about 8.40pm", "at about 3 p.m.") names no day: it is of the day the story is
at where it is told (its news day, news_day.py), not of the publication day it is read on;
"minutes later" is of the day the narrative is at (narrative_time.py). Real sentences of
ECB+ development articles.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.anaphoric_dates import resolve_anaphoric
from viewer.core.model import DateBasis, DateValue
from viewer.core.temporal import tag

MONDAY = date(2013, 7, 22)
FRIDAY = DateValue.day(date(2013, 7, 19))


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("They were sent to a church after the blaze broke out about 8.40pm.", True),
        ("Gunfire was reported at about 3 p.m. in the Hawaiian Gardens area.", True),
        ("The roof collapsed during the blaze, shortly after 06:00 BST on Sunday.", False),
        ("The council will meet at 3 p.m. on Tuesday.", False),
        ("22:00 BST (Sunday) Polls have closed.", False),
    ],
)
def test_a_clock_time_without_a_day_is_flagged(text: str, clock: bool) -> None:
    (t,) = [t for t in tag(text, MONDAY) if t.type == "TIME"]
    assert ("clock" in t.flags) is clock


def test_a_day_in_brackets_after_a_clock_time_is_its_day() -> None:
    """A live page's stamp: "22:00 BST (Sunday)", in a story of Monday, is Sunday night."""
    (t,) = [t for t in tag("22:00 BST (Sunday) Polls have closed.", MONDAY) if t.type == "TIME"]
    assert t.value == "2013-07-21T22:00"


FIRE = (
    "Residents evacuated from their homes after a huge fire at a Waitrose store in Banstead on "
    "Friday night have been allowed to return to their homes.\n\n"
    "They were initially sent to Banstead Baptist Church after the blaze broke out about "
    "8.40pm.\n\n"
    "The fire was still burning on Saturday morning."
)
SHOOTING = (
    "A Los Angeles County Sheriff's Department deputy — a recently married father of two "
    "sons — died after a shooting Friday afternoon in Hawaiian Gardens, according to the "
    "sheriff's department.\n\n"
    "Gunfire was reported at about 3 p.m. in the Hawaiian Gardens area during an operation "
    "involving a uniformed gang enforcement deputy, according to sheriff's officials."
)


BANK_RUN = (
    "Hundreds of depositors queued outside branches of the bank in Kano on Friday after rumours "
    "spread that the lender was about to fail.\n\n"
    "By midday, security men had locked the gates of the bank's main branch."
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (FIRE, "after the blaze broke out about 8.40pm"),
        (SHOOTING, "Gunfire was reported"),
        # What the day had come to by its clock time, told in the past perfect.
        (BANK_RUN, "By midday, security men had locked"),
    ],
)
def test_a_clock_time_is_of_the_day_the_story_is_at(text: str, words: str) -> None:
    event = _found(_events(text, MONDAY), words)
    assert event.date == FRIDAY
    # The passage's own date: the blaze told again is a passage of the lede's fire.
    (k,) = [k for k, p in enumerate(event.passages) if words in p.text]
    dating = event.dating_of(k)
    assert dating.value == FRIDAY
    assert dating.basis is DateBasis.CONTEXT


def test_a_clock_time_does_not_move_the_story_on_to_the_publication_day() -> None:
    event = _found(_events(SHOOTING, date(2013, 7, 21)), "A Los Angeles County Sheriff's")
    assert event.date == FRIDAY


# The story has moved on from yesterday to tonight before the clock time is told: it is of
# the publication day.
MOVED_ON = (
    "Yesterday, the police explained that officers shot and killed a 16-year-old in Brooklyn "
    "because he allegedly pointed a gun at the cops.\n\n"
    "Tonight, a crowd gathered to mourn his death and protest police treatment.\n\n"
    "At this point (10:30 p.m.), the police said that the crowd has dispersed and that there "
    "was one arrest."
)


def test_a_clock_time_after_the_story_moved_on_stays_on_the_publication_day() -> None:
    event = _found(_events(MOVED_ON, date(2013, 3, 11)), "At this point (10:30 p.m.)")
    assert event.date == DateValue.day(date(2013, 3, 11))


def test_a_clock_time_in_a_story_of_the_publication_day_stays_there() -> None:
    text = FIRE.replace("on Friday night", "on Monday night")
    event = _found(_events(text, MONDAY), "after the blaze broke out about 8.40pm")
    assert event.date == DateValue.day(MONDAY)


RAMPAGE = (
    "Then, on September 10, 2010, according to a surviving victim, Hiller went berserk again, "
    "cursing and making accusations and threats.\n\n"
    "But, the witness says, she returned minutes later with a gun, opening fire on several "
    "employees in a break room."
)


def test_minutes_later_is_on_the_day_the_narrative_is_at() -> None:
    event = _found(_events(RAMPAGE, date(2012, 9, 10)), "she returned minutes later")
    assert event.date == DateValue.day(date(2010, 9, 10))
    assert event.date_basis is DateBasis.CONTEXT


@pytest.mark.parametrize(
    ("words", "reference", "expected"),
    [
        ("minutes later", DateValue.day(date(2010, 9, 10)), DateValue.day(date(2010, 9, 10))),
        ("Two hours later", DateValue.day(date(2010, 9, 10)), DateValue.day(date(2010, 9, 10))),
        ("minutes later", DateValue.month_of(date(2010, 9, 1)), None),
    ],
)
def test_minutes_or_hours_from_a_day_are_that_day(
    words: str, reference: DateValue, expected: DateValue | None
) -> None:
    (t,) = tag(words, MONDAY)
    assert resolve_anaphoric(t, reference) == expected


# A story dated by the evening it reports runs past midnight (ECB+ development, a Monday's
# story of a riot that night): the small hours of the next day, named by its weekday, are
# that next day, not the same weekday six days before.
NIGHT = (
    "Anger over the death of a Brooklyn teenager fueled a riot on the streets of East Flatbush "
    "Monday.\n\n"
    "Kelly visited the precinct stationhouse about 12:30 a.m. Tuesday — more than four hours "
    "after the chaos began — but did not speak to reporters."
)
MONDAY_11 = date(2013, 3, 11)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Kelly visited the precinct", date(2013, 3, 12)),
        # Four hours before 12:30 a.m. is the evening before.
        ("after the chaos began", date(2013, 3, 11)),
    ],
)
def test_the_small_hours_after_the_publication_day_are_the_next_day(
    words: str, expected: date
) -> None:
    assert _found(_events(NIGHT, MONDAY_11), words).date == DateValue.day(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Not the small hours: the Tuesday before, as any bare weekday told in the past.
        ("Kelly visited the precinct stationhouse about 9:30 a.m. Tuesday.", date(2013, 3, 5)),
        # The small hours of a weekday of the week gone by stay there.
        ("The quake struck at 2:09 a.m. Thursday, officials said.", date(2013, 3, 7)),
        ("The quake struck at 2:09 a.m. Monday, officials said.", MONDAY_11),
        # A count of hours that stays within the clock time's day.
        ("The arrest came at 3 p.m. Friday, two hours after the raid began.", date(2013, 3, 8)),
    ],
)
def test_other_clock_times_keep_their_weekday(text: str, expected: date) -> None:
    for event in _events(text, MONDAY_11):
        assert event.date == DateValue.day(expected), event.title


@pytest.mark.parametrize(
    ("second", "day"),
    [
        # The small hours after an evening the story is at: the night after it.
        ("The blaze was brought under control at about 3am.", date(2024, 11, 9)),
        ("The last crews left shortly after midnight.", date(2024, 11, 9)),
        # Not a time of the day itself.
        ("The blaze was brought under control at about 11pm.", date(2024, 11, 8)),
    ],
)
def test_the_small_hours_after_an_evening_are_the_next_day(second: str, day: date) -> None:
    story = f"Fire crews were called to the warehouse on Friday evening.\n\n{second}"
    event = _found(_events(story, date(2024, 11, 10)), second[:20])
    assert event.date == DateValue.day(day)


@pytest.mark.parametrize(
    ("first", "second", "day"),
    [
        # An evening named by its clock time is an evening too: its small hours are the
        # night after it.
        (
            "Polls closed at 8 p.m. on Tuesday.",
            "The incumbent conceded shortly after 1 a.m., telling supporters the result was clear.",
            date(2026, 11, 4),
        ),
        (
            "Polls closed at 21:00 on Tuesday.",
            "The incumbent conceded at 01:15.",
            date(2026, 11, 4),
        ),
        # A morning's clock is not: what is told at an earlier hour is of the day itself.
        ("Polls opened at 7 a.m. on Tuesday.", "Voters had queued since 4 a.m.", date(2026, 11, 3)),
    ],
)
def test_the_small_hours_after_an_evening_clock_are_the_next_day(
    first: str, second: str, day: date
) -> None:
    event = _found(_events(f"{first}\n\n{second}", date(2026, 11, 4)), second[:20])
    assert event.date == DateValue.day(day)


def test_the_small_hours_after_a_day_named_whole_are_of_that_day() -> None:
    """ "on Saturday" names the whole day, its small hours too: no night after it."""
    story = (
        "A man was stabbed outside a nightclub on Saturday.\n\nPolice were called at about 2.30am."
    )
    event = _found(_events(story, date(2024, 11, 11)), "Police were called")
    assert event.date == DateValue.day(date(2024, 11, 9))


@pytest.mark.parametrize(
    ("second", "day"),
    [
        # A clock time told of the plan: of the day ahead the story named.
        ("The ceremony will begin at 11 a.m. and will be broadcast live.", date(2026, 9, 12)),
        # Told in the past: not of the plan's day.
        ("Tickets sold out at 9 a.m. on the day they went on sale.", date(2026, 4, 15)),
    ],
)
def test_a_clock_time_of_a_plan_is_of_the_day_ahead_named(second: str, day: date) -> None:
    story = f"The prince will marry at the abbey on Sept. 12.\n\n{second}"
    event = _found(_events(story, date(2026, 4, 15)), second[:20])
    assert event.date == DateValue.day(day)


@pytest.mark.parametrize(
    "sentence",
    [
        "Bonds fell 2.1 cents as of 9:20 a.m. in London on Tuesday.",
        "The quake struck at 7:48 a.m. in Jakarta on Tuesday.",
    ],
)
def test_a_clock_time_and_a_place_before_a_day_are_of_that_day(sentence: str) -> None:
    """ "as of 9:20 a.m. in London on Tuesday": the day told after the place is the clock's,
    not the story's day before it (a written probe sentence)."""
    story = f"The agency cut the country's rating late Monday.\n\n{sentence}"
    event = _found(_events(story, date(2022, 11, 30)), sentence[:20])
    assert event.date == DateValue.day(date(2022, 11, 29))
