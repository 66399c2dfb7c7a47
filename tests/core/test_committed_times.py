"""A time after the infinitive that a past verb of deciding, agreeing, promising or bidding
governs, or a plan made public as a noun, is the committed happening's, ahead of the act: "The
two sides agreed to meet again in May", written in November, is the May to come, not the May
gone. A weekday, a time before the past verb, or one after no infinitive stays the act's. Plain
sentences written for the purpose."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.temporal import tag

WEDNESDAY = date(2023, 11, 15)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # Months
        ("The two sides agreed to meet again in May.", "2024-05"),
        ("He promised to return in June.", "2024-06"),
        ("Rebels threatened to resume fighting in January.", "2024-01"),
        ("The prime minister pledged to hold a referendum in March.", "2024-03"),
        ("The mayor vowed to reopen the bridge in April.", "2024-04"),
        ("The court told the company to pay the fine in February.", "2024-02"),
        ("The company said it had decided to sell the unit in February.", "2023-02"),
        ("Residents were urged to leave their homes in March.", "2024-03"),
        # A plan told as a noun, its infinitive's month or date ahead too
        ("The company announced plans to close the plant in May.", "2024-05"),
        ("The city unveiled a plan to build 500 homes in June.", "2024-06"),
        ("The government outlined plans to raise taxes on January 6.", "2024-01-06"),
        ("The party invited members to vote in January.", "2024-01"),
        ("Doctors advised him to rest until February.", "2024-02"),
        ("The board decided to list the shares in the spring.", "2024-SP"),
        ("The company said it agreed to sell the unit in February.", "2024-02"),
        # Dates
        ("The board decided to hold the vote on December 12.", "2023-12-12"),
        ("The committee instructed staff to report back on March 1.", "2024-03-01"),
        ("Workers voted to walk out on 4 January.", "2024-01-04"),
        ("The club requested to play the match on December 3.", "2023-12-03"),
        ("He promised to visit the town on December 20.", "2023-12-20"),
        # A week or a month ahead by its own words
        ("The ministers agreed to meet again next week.", "2023-W47"),
        ("Both leaders agreed to talk again next month.", "2023-12"),
        # A weekday's past reading is days back at worst: the act's own day, as news tells it
        ("The union voted to strike on Friday.", "2023-11-10"),
        ("The government ordered schools to close on Monday.", "2023-11-13"),
        ("Officials asked residents to stay indoors on Friday.", "2023-11-10"),
        ("Residents were urged to stay indoors on Friday.", "2023-11-10"),
        ("They agreed to meet on Monday.", "2023-11-13"),
        # The time before the past verb, or after no infinitive: the act's
        ("In May, the two sides agreed to meet.", "2023-05"),
        ("The two sides agreed to a ceasefire in May.", "2023-05"),
        ("The two sides agreed to talks in May.", "2023-05"),
        ("The team agreed to terms with him on Friday.", "2023-11-10"),
        ("The two sides had agreed to meet again in May.", "2023-05"),
        ("The firm had plans to expand in May.", "2023-05"),
        ("The mayor unveiled a plan to build homes at a news conference on Monday.", "2023-11-13"),
        ("The president called for calm on Friday.", "2023-11-10"),
        ("On Friday, the union voted to strike.", "2023-11-10"),
        ("The union voted on Friday to strike.", "2023-11-10"),
        ("The council agreed the budget in May.", "2023-05"),
        ("He returned to work in June.", "2023-06"),
        ("The agency asked for help in May.", "2023-05"),
        # Told ahead already
        ("The two sides will meet again in May.", "2024-05"),
        ("The union has called for a strike on Monday.", "2023-11-20"),
    ],
)
def test_a_time_after_a_committed_infinitive_lies_ahead(sentence: str, value: str) -> None:
    (timex,) = tag(sentence, WEDNESDAY)
    assert timex.value == value


@pytest.mark.parametrize(
    ("sentence", "first"),
    [
        ("The two sides agreed to meet again in May.", "2011-05-01"),
        ("He promised to return in June.", "2011-06-01"),
        ("In May, the two sides agreed to meet.", "2010-05-01"),
    ],
)
def test_the_event_of_a_committed_time_is_dated_ahead(sentence: str, first: str) -> None:
    events = events_in("Floods hit the city on Monday. " + sentence, date(2011, 3, 4))
    (event,) = [e for e in events if e.primary.text == sentence]
    assert event.date.first.isoformat() == first
