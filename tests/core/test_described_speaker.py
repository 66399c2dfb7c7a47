"""A speaker named and then described in commas before the verb of saying ("Mehdi Zareh, the
head of Iran's Seismic Research Center, said …") is the statement's speaker, as one named right
before the verb is: a paragraph after a flashback, a new speaker's statement is of the story's
day (docs/events.md, rule 314), and the same speaker's, or one described as of the time told
("then the governor"), stays in the flashback's time.

Written sentences in many outlets' shapes, and one of ECB+ development (20_4ecbplus).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.test_event_rules import _events, _found
from viewer.core.title_event import speakers_of

_NEWS = date(2005, 11, 28)
_WEEK_BEFORE = date(2005, 11, 21)  # the ledes' days are of the week before the news day


def _story(lede: str, flashback: str, statement: str) -> str:
    return f"{lede}\n\n{flashback}\n\n{statement}"


# A flashback, then a paragraph later a new speaker described before the verb: the story's day.
_NEW_SPEAKERS = [
    (
        "Iranian rescue workers handed out blankets to survivors of a powerful earthquake on "
        "Monday.",
        "In December 2003, the southeastern city of Bam was razed by a 6.7 degree quake that "
        "left more than 31,000 people dead.",
        "Mehdi Zareh, the head of Iran's Seismic Research Center, said there was no tsunami "
        "risk from the latest quake.",
    ),
    (
        "Floodwaters forced hundreds of families from their homes in the valley on Sunday.",
        "In March 2011, the same river burst its banks and swept away two bridges.",
        "Jane Doe, a spokeswoman for the regional water authority, said engineers found cracks "
        "in two levees.",
    ),
    (
        "A gunman robbed a jewellery shop in the town centre on Saturday afternoon.",
        "In 2009, the shop was raided by a gang who escaped with watches worth thousands.",
        "John Smith, 54, who runs the shop, said the robber threatened his staff with a knife.",
    ),
    (
        "Cholera cases rose sharply in the capital's eastern districts on Monday.",
        "In August 2008, an outbreak in the same districts killed more than 400 people.",
        "Dr Ahmed, head of the clinic, told reporters that beds had run out.",
    ),
    (
        "The airline cancelled all flights out of the city on Friday because of the strike.",
        "Last April, pilots walked out for three days and stranded thousands of travellers.",
        "Maria Lopez, the union's general secretary, said talks had broken down.",
    ),
    (
        "Police arrested two men after a bank was robbed in the suburb on Tuesday.",
        "In 2007, the same branch was held up by a man armed with a shotgun.",
        "Detective Inspector Karen Hill, who leads the inquiry, said the men were being "
        "questioned.",
    ),
    (
        "The striker scored twice as United beat City 3-1 on Sunday.",
        "In May 2010, he broke his leg in a tackle and missed the whole of the next season.",
        "Alex Ferguson, the United manager, said the win was the best of the season.",
    ),
    (
        "Wildfires burned across the hills east of the city on Thursday.",
        "In the summer of 2003, fires destroyed more than 2,000 homes in the same hills.",
        "Tom Brennan, California's fire chief, said crews had contained half of the blaze.",
    ),
    (
        "The council voted on Wednesday to close the town's last swimming pool.",
        "In 1998, residents fought off a similar plan with a petition of 10,000 names.",
        "Ann Marsh, who chairs the residents' group, said members raised £40,000 to keep it open.",
    ),
    (
        "Shares in the carmaker fell 8 percent on Monday after it recalled 300,000 vehicles.",
        "In 2014, the company recalled more than a million cars over faulty airbags.",
        "Hiroshi Tanaka, a spokesman for the company, said dealers received the first repair kits.",
    ),
    (
        "A cargo ship ran aground off the northern coast on Saturday.",
        "In January 2012, a cruise liner capsized on rocks a few miles away, killing 32 people.",
        "Giovanni Rossi, the coast guard commander, told reporters that no oil had leaked.",
    ),
    (
        "The president signed the budget into law on Friday.",
        "In October 2013, a dispute over the budget shut the government down for 16 days.",
        "Senator Amy Clark, a Democrat from Minnesota, said the deal would hold for a year.",
    ),
    (
        "Villagers began rebuilding their homes on Tuesday after the landslide.",
        "In 2006, a landslide buried a village in the same province, killing more than 1,000.",
        "Juan Reyes, the provincial governor, said relief supplies had arrived.",
    ),
]

# The same speaker as the flashback's, or one described as of the time told: the flashback's.
_FLASHBACK_SPEAKERS = [
    (
        "Iranian rescue workers handed out blankets to survivors of a powerful earthquake on "
        "Monday.",
        "In December 2003, the southeastern city of Bam was razed by a 6.7 degree quake.",
        "Ali Reza, then the provincial governor, said the toll would pass 30,000.",
    ),
    (
        "The airline cancelled all flights out of the city on Friday because of the strike.",
        "Last April, pilots walked out for three days and stranded thousands of travellers.",
        "Mark Evans, the then-chairman of the airline, said the strike had cost millions.",
    ),
    (
        "The airline cancelled all flights out of the city on Friday because of the strike.",
        "Last April, pilots walked out for three days and stranded thousands of travellers.",
        "Mark Evans, the airline's chairman at the time, said the walkout cost millions.",
    ),
    (
        "Troops patrolled the capital on Sunday after a night of rioting.",
        "In 2004, President Luis Ortega sent the army into the capital to end a general strike.",
        "Ortega, a former general, said the army restored order within days.",
    ),
    (
        "The council voted on Wednesday to close the town's last swimming pool.",
        "In 1998, councillor Peter Olsen led a campaign against a similar plan.",
        "Olsen, a former lifeguard, said he collected 3,000 signatures against the plan.",
    ),
    (
        "Wildfires burned across the hills east of the city on Thursday.",
        "In the summer of 2003, fire chief Tom Brennan ordered the evacuation of 5,000 homes.",
        "Brennan, a veteran of 30 years, told reporters the winds had made the fire impossible "
        "to stop.",
    ),
]


def _first_day(lede: str, flashback: str, statement: str) -> date:
    event = _found(_events(_story(lede, flashback, statement), _NEWS), statement[:30])
    return event.date.first


@pytest.mark.parametrize(("lede", "flashback", "statement"), _NEW_SPEAKERS)
def test_a_new_speaker_described_before_the_verb_ends_the_flashback(
    lede: str, flashback: str, statement: str
) -> None:
    assert _first_day(lede, flashback, statement) >= _WEEK_BEFORE


@pytest.mark.parametrize(("lede", "flashback", "statement"), _FLASHBACK_SPEAKERS)
def test_the_flashback_s_speaker_or_one_of_its_time_stays_in_it(
    lede: str, flashback: str, statement: str
) -> None:
    assert _first_day(lede, flashback, statement) < _WEEK_BEFORE


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        (
            "Mehdi Zareh, the head of Iran's Seismic Research Center, said there was no risk.",
            {"Zareh"},
        ),
        ("John Smith, 54, who runs the shop, said he was robbed.", {"Smith"}),
        ("Dr Ahmed, head of the clinic, told reporters beds had run out.", {"Ahmed"}),
        ("Karen Lee, a U.S. official, said talks would resume.", {"Lee"}),
        ("Mehdi Zareh, Iran's top seismologist, said there was no risk.", {"Zareh"}),
        ("Ali Reza, then the governor, said the toll would rise.", set()),  # of the time told
        ("In Paris, meanwhile, officials said the talks had failed.", set()),
        ("After Obama spoke, the French president, Hollande, said he agreed.", set()),
    ],
)
def test_a_name_described_before_the_verb_is_the_speaker(sentence: str, names: set[str]) -> None:
    assert speakers_of(sentence) == names
