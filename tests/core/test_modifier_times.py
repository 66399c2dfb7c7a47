"""A time inside a noun's description does not date the sentence: "The recall covers Corolla
sedans built in 2012" tells what the recall covers, a standing fact in the present, and 2012 is
when the sedans were made, not when anything the story tells happened. So are a participle
phrase with its year, decade or month after the object of a verb of having, holding or making
in the present ("holds paintings made in the 1890s", "covers contracts signed before March")
and a year told as a noun's modifier ("The 1998 treaty requires …"): past a lede in the past,
such a sentence is no event, and told beside a report its day is the report's, not the
thing's. Near shapes keep their time: the participle is the main act ("The bridge was built in
1920"), the past verb acts at the time ("The plant built 2,000 cars in 2012"), or the main
clause names a time of its own ("The cars, built in 2012, were recalled in May").

Written sentences in the shapes of wire, business, local and court news.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events
from viewer.core.model import Event
from viewer.core.standing_facts import standing_now

_NEWS = date(2013, 11, 12)
_MONDAY = date(2013, 11, 11)

# (lede, sentence): the sentence describes a thing by when it was made and is no event.
DESCRIPTIONS = [
    (
        "Toyota recalled 1 million cars over faulty brakes on Monday.",
        "The recall covers Corolla sedans built in 2012.",
    ),
    (
        "Thieves broke into a museum in Oslo on Sunday night.",
        "The museum holds paintings made in the 1890s.",
    ),
    (
        "A judge froze the firm's assets on Monday.",
        "The order covers contracts signed before March.",
    ),
    (
        "The pension fund sold its stake in the bank on Friday.",
        "The fund still owns shares bought in 2008.",
    ),
    (
        "The carmaker announced 300 job cuts on Tuesday.",
        "The plant employs 900 workers hired in 2015.",
    ),
    (
        "The library reopened after a flood on Monday.",
        "The collection includes letters written in the 1940s.",
    ),
    (
        "Berlin banned old diesel cars from the centre on Wednesday.",
        "The rule covers vehicles registered in 2005 or earlier.",
    ),
    (
        "Floods swept through the suburbs on Saturday.",
        "The insurer covers homes built in the 1970s.",
    ),
    (
        "An earthquake shook the old town on Monday.",
        "The district contains buildings erected in the 1920s.",
    ),
    (
        "Police seized a mansion in Florida on Tuesday.",
        "The estate includes a house bought in 1987.",
    ),
    (
        "The state cut funding for the school programme on Tuesday.",
        "The programme serves children born in 2010 and 2011.",
    ),
    (
        "An exhibition of war photography opened in Paris on Saturday.",
        "The exhibition features photographs taken in 1968.",
    ),
    (
        "The airline grounded its fleet on Monday.",
        "The carrier operates jets delivered in the late 1990s.",
    ),
    ("Prosecutors charged the broker on Friday.", "The account holds bonds bought in 2007."),
    (
        "Lithuania left the defence pact on Monday.",
        "The 1998 treaty requires members to defend one another.",
    ),
    (
        "A fire destroyed a used car lot in Leeds on Sunday.",
        "The dealer sells a 2009 model for about $5,000.",
    ),
    (
        "The court fined the company on Monday.",
        "The 2005 law bars companies from selling data abroad.",
    ),
]

# (lede, sentence, the day the sentence's event is dated on): the time is the act's own, or the
# sentence's own act is dated by the story, not by the thing's time.
ACTS = [
    (
        "Toyota announced a recall on Tuesday.",
        "The cars, built in 2012, were recalled in May.",
        date(2013, 5, 1),
    ),
    (
        "The company faced questions over brakes this week.",
        "Toyota recalled cars on Monday.",
        _MONDAY,
    ),
    (
        "The carmaker released its figures on Monday.",
        "The plant built 2,000 cars in 2012.",
        date(2012, 1, 1),
    ),
    (
        "Protesters gathered outside the court on Friday.",
        "The law passed in 2010 was struck down on Friday.",
        date(2013, 11, 8),
    ),
    ("The old bridge collapsed on Monday.", "The bridge was built in 1920.", date(1920, 1, 1)),
    (
        "The firm reported results on Monday.",
        "The company made a profit in 2012.",
        date(2012, 1, 1),
    ),
    (
        "Thieves raided the museum on Monday.",
        "The museum sold two paintings in 2009.",
        date(2009, 1, 1),
    ),
    (
        "A toxic leak was found at a site on Monday.",
        "Police said the plant closed in 1998.",
        date(1998, 1, 1),
    ),
    (
        "The pension fund sold its stake on Friday.",
        "The fund bought the shares in 2008.",
        date(2008, 1, 1),
    ),
    (
        "A judge froze the firm's assets on Monday.",
        "The contracts were signed in March.",
        date(2013, 3, 1),
    ),
    (
        "The firm reported results on Monday.",
        "The firm hired 300 workers in 2015 and 200 more in 2016.",
        date(2015, 1, 1),
    ),
    (
        "A bus crashed into a river in Peru on Monday, killing 12 people.",
        "Victims included a man born in 1950.",
        _MONDAY,
    ),
    (
        "Toyota recalled 1 million cars on Monday.",
        "The recall covers cars built in 2012, the company said on Tuesday.",
        _MONDAY,
    ),
    # A verb of issuing keeps a description an event: of the story's day, not of the bonds'.
    (
        "Prosecutors charged the broker on Friday.",
        "The account holds bonds issued in 2007.",
        date(2013, 11, 8),
    ),
]


def _holding(lede: str, sentence: str) -> list[Event]:
    events = _events(f"{lede}\n\n{sentence}", _NEWS)
    return [e for e in events if any(p.text == sentence for p in e.passages)]


@pytest.mark.parametrize(("lede", "sentence"), DESCRIPTIONS)
def test_a_thing_described_by_its_time_is_no_event(lede: str, sentence: str) -> None:
    assert _holding(lede, sentence) == []


@pytest.mark.parametrize(("lede", "sentence", "day"), ACTS)
def test_an_act_keeps_its_own_time(lede: str, sentence: str, day: date) -> None:
    assert [e.date.first for e in _holding(lede, sentence)] == [day]


@pytest.mark.parametrize(
    ("text", "standing"),
    [
        ("the recall covers corolla sedans built in 2012.", True),
        ("the order covers contracts signed before march.", True),
        ("the unit's costs per car climbed in 2012.", False),  # a noun, a preposition, a past
        ("the company's costs rose in 2012.", False),
        ("the recall covers cars built in 2012, the company said on tuesday.", False),
    ],
)
def test_a_participle_with_its_time_describes_the_object(text: str, standing: bool) -> None:
    assert standing_now(text) is standing
