"""A happening told again just after its telling, with the time it came about, is one event
with it: by the noun of its act ("the recall" after "has recalled", "the decision" after
"taken the decision"), or in the passive of a pronoun taking up what it tells in the passive.
An event with no time of its own takes the day told. With no time of its own, the noun told as
made ("The announcement was made by …") is the same act, of its day. Kept apart: another day, a
step told in the active, a step told as one, a change made to the act afterwards. Sentences of
probe articles (11_carrecall, 22_salvage, 27_festival) and of ECB+ development articles
(36_2ecbplus, 6_3ecb, 33_3ecbplus)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

RECALL = (
    "Holden has recalled more than 41,000 Cruze small cars because of a faulty engine "
    "component that could cause a fire in the engine bay.\n\n"
    "The recall, lodged with the Australian Competition and Consumer Commission on Monday, "
    "covers Cruze sedans and hatchbacks built at the company's Elizabeth plant in South "
    "Australia between April 2011 and November 2013 and fitted with the 1.8-litre petrol engine."
)
CAPSULE = (
    "The Liberty Bell 7 space capsule, which sank in the Atlantic after astronaut Gus Grissom's "
    "flight in 1961, was hauled aboard a recovery ship Tuesday, 38 years, almost to the day, "
    "after it was launched.\n\n"
    "It was lifted onto the deck of the ship Ocean Project early Tuesday morning."
)
DECISION = (
    "Cork City Council has today taken the decision to cancel the St Patrick's Festival 2020, "
    "following advice from the Government and the HSE on mass gatherings.\n\n"
    "The decision was taken at a meeting of the Council's Major Emergency Management team this "
    "morning."
)

ANNOUNCEMENT = (
    "Summit Entertainment announced today that filmmaker Chris Weitz has been hired to direct "
    "the second film in the studio's TWILIGHT film franchise.\n\n"
    "The announcement was made by Erik Feig, Summit's President of Production."
)

VIDEO = (
    "Jurors on Thursday watched video capturing the horrific moment a mother was gunned down in "
    "broad daylight while picking up her 11-year-old daughter outside a New York City school.\n\n"
    "This frightening surveillance video was presented at the Brooklyn Supreme Court on "
    "Thursday during the trial of two men accused in killing Zurana Horton, 34, a mother of 12, "
    "in 2011 and wounding two others, including an 11-year-old girl."
)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (RECALL, date(2014, 8, 5), date(2014, 8, 4)),  # the lede's recall is Monday's
        (VIDEO, date(2013, 4, 12), date(2013, 4, 11)),  # "this … video" after "watched video"
        (CAPSULE, date(1999, 7, 21), date(1999, 7, 20)),
        (DECISION, date(2020, 3, 13), date(2020, 3, 13)),
        (ANNOUNCEMENT, date(2012, 4, 4), date(2012, 4, 4)),  # no time of its own
    ],
)
def test_a_happening_told_again_with_its_time_is_one_event(
    text: str, published: date, day: date
) -> None:
    (event,) = events_in(text, published)
    assert len(event.passages) == 2
    assert event.date.first == event.date.last == day


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # A step of its own, told in the active, of the same day.
        (
            "Jurors came back with the sentence after 30 minutes of deliberations Tuesday.\n\n"
            "They began their work Tuesday morning following brief closing statements by "
            "prosecutor Nichols.",
            date(2011, 8, 10),
        ),
        # The act's noun, at another day than the event's own.
        (
            "Holden recalled more than 41,000 Cruze small cars on Monday.\n\n"
            "The recall was extended to hatchbacks on Friday.",
            date(2014, 8, 12),
        ),
        # A change made to the act afterwards, with no time of its own.
        (
            "Holden has recalled more than 41,000 Cruze small cars.\n\n"
            "The recall was extended to hatchbacks built at the company's Elizabeth plant.",
            date(2014, 8, 12),
        ),
        # The act's noun told as made, at another day than the event's own.
        (
            "Summit Entertainment announced on Monday that Chris Weitz will direct the film.\n\n"
            "The announcement was made by Erik Feig on Friday.",
            date(2012, 4, 14),
        ),
        # The thing pointed back to, at another day.
        (
            "Jurors on Thursday watched video of the shooting.\n\n"
            "That video was shown to the press on Friday.",
            date(2013, 4, 13),
        ),
        # A step told as one.
        (
            "The capsule was hauled aboard a recovery ship Tuesday.\n\n"
            "It was then lifted onto the deck of the ship on Tuesday night.",
            date(1999, 7, 21),
        ),
    ],
)
def test_a_step_of_its_own_stays_an_event(text: str, published: date) -> None:
    assert len(events_in(text, published)) == 2


BODIES = (
    "Police were called to the family's terraced house in Millom, Cumbria, at 8.40am on "
    "Saturday and found the bodies of Alice McMeekin, 58, and her university student daughter "
    "Katie, 20.\n\n"
    "The family's new pet collie, Fenn, was also killed.\n\n"
    "Police were called and found the bodies."
)


def test_a_happening_told_again_in_fewer_words_is_one_event() -> None:
    """Further down, with no time of its own and no word or figure the earlier telling does
    not hold (32_2ecbplus)."""
    first, collie = events_in(BODIES, date(2013, 6, 9))
    assert [p.text for p in first.passages][1] == "Police were called and found the bodies."
    assert "collie" in collie.primary.text


@pytest.mark.parametrize(
    "text",
    [
        # Figures of their own.
        "Net income rose 12% to $4.2 million in the third quarter, and sales rose to $9.8 "
        "million.\n\nSales rose to $27.1 million from $25.3 million.",
        # A word of its own.
        "Police were called to the house at 8.40am on Saturday and found the bodies.\n\n"
        "Police were called and found the weapon.",
    ],
)
def test_a_passage_with_words_of_its_own_stays_an_event(text: str) -> None:
    assert len(events_in(text, date(1989, 10, 26))) == 2


APPEAL = (
    "Bratton asked for the public's help in providing additional information now that the "
    "suspects' names were made public.\n\n"
    "At an afternoon news conference at Parker Center, police offered almost no details about "
    "the arrests and Bratton specifically declined to confirm reports of the suspects' gang "
    "ties.\n\n"
    "Bratton asked anyone with information to call 877-LAPD-24-7 (527-3247)."
)


def test_the_same_actor_and_verb_told_again_is_one_event() -> None:
    """Opening on the name and the past verb of an earlier event, with no time of its own
    (16_1ecb)."""
    appeal, conference = events_in(APPEAL, date(2005, 6, 26))
    assert appeal.passages[-1].text.startswith("Bratton asked anyone")
    assert "news conference" in conference.primary.text


@pytest.mark.parametrize(
    "text",
    [
        # Another verb of the same actor.
        "Bratton asked for the public's help on Saturday.\n\n"
        "Bratton declined to confirm reports of the suspects' gang ties.",
        # Another actor of the same verb.
        "Bratton asked for the public's help on Saturday.\n\n"
        "Baca asked reporters to keep the names of the witnesses out of print.",
    ],
)
def test_the_same_actor_with_another_act_stays_an_event(text: str) -> None:
    assert len(events_in(text, date(2005, 6, 26))) == 2
