"""A happening named by its kind in the lede and told again further down by its doers doing it
("the thieves rammed …" after a robbery, "the gunman opened fire …" after a shooting) is one
event. Kept apart: another one of the kind, another day, the crime's pursuit, a doer doing
something else, a step told as one, the doers in a clause of another act. Written sentences in
several outlets' shapes."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "A smash-and-grab on a high end Paris store saw four robbers make off with jewelry "
            "worth $2.6 million early Monday.\n\n"
            "At around 4:30 a.m. local time the thieves rammed an SUV into the front of the "
            "store.",
            date(2013, 9, 9),
        ),
        (
            "Ram-raiders ploughed their vehicle into a jewellery boutique in central Paris on "
            "Monday in a dramatic dawn robbery.\n\n"
            "Four men rammed their car into the store on Monday, smashing the shop window.",
            date(2013, 9, 9),
        ),
        (
            "A bank in Leeds was robbed on Tuesday morning, police said.\n\n"
            "The masked robbers stormed the branch shortly after it opened.",
            date(2019, 3, 5),
        ),
        (
            "Two people were killed in a shooting at a warehouse in Ohio on Friday.\n\n"
            "The gunman opened fire in the loading bay shortly after 9 a.m.",
            date(2016, 6, 4),
        ),
        (
            "Eleven people died in a bombing at a market in Quetta on Sunday.\n\n"
            "The bomber detonated his vest near a fruit stall at midday.",
            date(2014, 2, 3),
        ),
        (
            "A heist at a luxury watch shop in Zurich netted thieves about 1 million francs "
            "on Saturday.\n\n"
            "At dawn the thieves smashed the window with a sledgehammer.",
            date(2021, 11, 7),
        ),
    ],
)
def test_a_happening_told_again_by_its_doers_is_one_event(text: str, published: date) -> None:
    (event,) = events_in(text, published)
    assert len(event.passages) == 2


@pytest.mark.parametrize(
    "text",
    [
        # Another one of the kind.
        "A jewellery store in Paris was robbed on Monday.\n\n"
        "Paris saw another robbery last week, when the thieves smashed a window at a bank.",
        # Another day.
        "A jewellery store in Paris was robbed on Monday.\n\n"
        "In 2008 the thieves stormed the Harry Winston store.",
        # The crime's pursuit, not the crime.
        "Two men were arrested over the robbery of a jewellery store on Monday.\n\n"
        "On Saturday the robbers rammed a car into the store's window.",
        # A doer doing something else than the kind's act.
        "A jewellery store in Paris was robbed on Monday.\n\n"
        "On Monday the thieves were jailed for eight years.",
        "Two people were killed in a shooting at a warehouse in Ohio on Friday.\n\n"
        "The gunman shot himself on Friday as police arrived.",
        # A step told as one.
        "A jewellery store in Paris was robbed on Monday.\n\n"
        "The thieves then smashed the window of a bank on Monday.",
        # The doers in a clause of another act.
        "Two people were killed in a shooting at a warehouse in Ohio on Friday.\n\n"
        "The suspects live on Friday Street, the building from where the gunman opened fire.",
        # No happening of the kind told before.
        "A jewellery store in Paris reopened on Monday after a refit.\n\n"
        "On Monday the thieves smashed the window of a bank.",
        # A statement of someone's account.
        "Two people were killed in a shooting at a warehouse in Ohio on Friday.\n\n"
        "A witness said the gunman opened fire on Friday before anyone could react.",
    ],
)
def test_other_tellings_stay_apart(text: str) -> None:
    assert len(events_in(text, date(2013, 9, 9))) == 2
