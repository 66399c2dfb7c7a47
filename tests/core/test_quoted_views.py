"""A source's view, quoted or reported, with no act, figure or plan in it (a present copula
before what something is like) is a passage of the event before it, not a happening of its own;
a quotation telling an act, an announcement, a ruling, an interview given to an outlet, or a
state of where someone is stays news. Written sentences in many outlets' shapes (courts,
sport, business, disasters, politics), and real ones of the ECB+ development articles and of
TempEval-3 development."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.view_cues import view

LEDE = "A jury in Leeds convicted a former nurse of fraud on Tuesday, prosecutors said.\n\n"

VIEWS = [
    # Real sentences (ECB+ development, TempEval-3 development).
    '"The man is petrified," he said.',
    "But Stergia Sarantopoulou, an architecture student there who has been participating in "
    "protests, says the mood is angry but collegial.",
    "Says Michael Hirsch, chief investment officer of Republic National Bank and manager of the "
    'FundTrust Group in New York: "It\'s a time bomb just waiting to go off."',
    "Peavy noted that such solo work is not a violation of department policy.",
    # Written: courts, sport, business, disasters, politics.
    '"This is a sad day for our city," the mayor said.',
    "“It is a shameful day for justice,” the defendant's brother said outside court.",
    '"We are a much better side than the table suggests," the coach said after the match.',
    "The striker said the atmosphere at the ground is incredible.",
    '"Our balance sheet is strong and our customers are loyal," the chief executive said.',
    "An analyst at the bank said the valuation is simply too high for most investors.",
    '"The devastation is unimaginable," said a volunteer at the shelter.',
    "Residents said the town is unrecognisable.",
    '"The policy is a historic mistake," the opposition leader said.',
    "The senator said the bill is bad for farmers and worse for consumers.",
]

STAY = [
    '"We arrested him at 3 a.m.," the chief said.',
    '"We will close the plant," the company said.',
    '"The fire destroyed 40 homes," a spokesman said.',
    "The court said the law is unconstitutional.",
    "The court said the law was unconstitutional.",
    "The suspect is in custody, police said.",
    '"The victim is in critical condition," a hospital spokeswoman said.',
    '"Rescuers are searching the rubble for survivors," the governor said.',
    '"The minister is to resign on Friday," an aide said.',
    "Automatic Data is redeeming the bonds because the after-tax cost of the interest on the "
    "bonds is higher than the dividend yield on the common, a spokesman said.",
    "Separately, two more of the nation's top steelmakers reported lower operating earnings, "
    "marking what is generally believed to be the end of a two-year boom in the industry.",
    "“This is not a rush job,” Summit CEO Rob Friedman told the Los Angeles Times.",
    '"The man is an emotional wreck," the judge said before postponing the testimony.',
    '"He is now accused of murdering two women," the prosecutor said.',
    "The club said the player is available for selection after serving a ban.",
    "Castro has said officially that it's okay to be enthusiastic.",
]


@pytest.mark.parametrize("sentence", VIEWS)
def test_a_view_is_a_passage_of_the_event_before(sentence: str) -> None:
    assert view(sentence)
    events = extract_events(article(LEDE + sentence, date(2013, 6, 11)))
    assert len(events) == 1  # joined to the lede's event, or no event at all


@pytest.mark.parametrize("sentence", STAY)
def test_acts_announcements_rulings_and_states_are_no_views(sentence: str) -> None:
    assert not view(sentence)
