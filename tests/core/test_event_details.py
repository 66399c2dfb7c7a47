"""Told after an event: a quoted reaction is a passage of it; a detail with no time or source
of its own is a passage of it when it tells a part of the game, a record after it, what a
victim suffered, or the same actors doing no new kind of act; any other such detail stays an
event, judged less surely than any event told with a time or a source.

Table cases from real news (short excerpts of the ECB+ development articles and the seeds).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.event_details import DETAIL_CONFIDENCE
from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.core.reaction_cues import reaction

# A lede of the day's happening, then a sentence the story tells with no time of its own.
LEDE = (
    "Wladimir Klitschko stopped Tony Thompson in the sixth round on Saturday to keep his "
    "heavyweight titles.\n\n"
)

# Told round by round, the record after the fight, the same fighters: passages of the fight.
DETAILS = [
    "Klitschko finally landed a long, straight right in the fifth, and the round ended with "
    "Thompson struggling on the ropes.",
    "Rahman got up but spent the remainder of the round in the corner, taking a sustained beating.",
    "Thompson, the mandatory challenger nominated by the IBF, fell to 36-3 (24 KOs).",
    "Another flurry at the opening of the seventh ended Rahman's challenge.",
    "Klitschko also retained the minor WBO and IBO belts.",
    "He was transported in a helicopter to UCLA - Medical Center.",
]

# No time and no source of their own, but nothing ties them to the fight: unsure events.
UNSURE = [
    "High winds meant the fire spread rapidly through the store, which was almost totally "
    "destroyed.",
    "Other premises suffered some damage, such as smashed windows and smoke damage.",
]

# A step of its own, though told with no time or source: another kind of act.
STEPS = [
    "Thompson's trainer asked for the public's help in providing additional information.",
    "A SWAT unit was dispatched to the area near Carson Street and Norwalk Boulevard.",
    "In the one-day, non-jury trial, Common Pleas Court judge Benjamin Lerner found Thompson "
    "guilty of two counts of first-degree murder.",
]

# After a shooting: what the victim suffered, on a sheriff's authority, is a passage of it; a
# correction of what was reported, or a new victim, is not.
SHOOTING = (
    "A sheriff's deputy was killed in a shooting in Hawaiian Gardens on Saturday, the "
    "sheriff's department said.\n\n"
    "Gunfire was reported at about 3 p.m. during an operation involving a deputy identified as "
    "Deputy Jerry Ortiz, according to sheriff's officials.\n\n"
)
WOUNDS = [
    "Ortiz was shot in the head, said Larry Waldie of the sheriff's department.",
    "Sheriff's officials said the deputy was injured when he fell.",
]
NOT_WOUNDS = [
    "Sheriff's department officials initially reported that a second deputy was shot, but "
    "authorities later said the responding deputy's injuries were not from gunfire.",
    "Police said a man was stabbed outside the station.",
]

# Quoted reactions: how someone sees or feels it, with no figure, plan or action in them.
REACTIONS = [
    '"I got caught but I\'m OK," Thompson said in the ring.',
    '"Justice has been served," Jeffs\' nephew, Brent Jeffs, told InSession soon after the '
    "sentence.",
    "“It keeps on shaking,” Papua BMG spokesman Mujahidin said.",
    'They killed my little brother for no reason."',
    # Who the speaker is, told after the attribution, is no news of the passage's own.
    "\"I'm kind of relieved that it's over,\" said 17-year-old Jeremy Ortiz, one of the "
    "deputy's sons from a previous marriage.",
    '"It\'s not a happy day for anybody," said Deputy District Attorney Lowell Anger, who '
    "prosecuted the case along with Deputy District Attorney Hilary Williams.",
    "“The dad is shook,” Mr. Blacks said, standing by a makeshift memorial for Mr. Gray.",
    # The speaker's own "going to" is how he takes it, not a plan.
    '"Naturally, I\'m going to have to step up," Bush said.',
]

# Quotations that report: a figure, an action of the speaker's side, what others did.
QUOTED_NEWS = [
    '"We have recorded 24 people dead and 249 people injured," a disaster agency spokesman '
    "told AFP.",
    "\"In response to Russia's full-fledged invasion of Ukraine, we are raising the readiness "
    'of our troops," said NATO Secretary-General Jens Stoltenberg.',
    'Both officers fired at the suspect, striking him about the body."',
    '"No eloquent speech will say more than concrete action," tweeted a presidential adviser.',
    # A quotation going on after the speaker's description is read whole.
    '"We will appeal," said Stan Perlo, the defense attorney, "and we expect to win."',
    # A claim or a denial of what happened: a position taken.
    'She claimed the shootings "didn\'t happen."',
    # A plan for another told in the "going to" future, as with "will".
    "“Right now, for him, it's going to be rehab and rest with it,” Saints Head Coach Sean "
    "Payton said.",
]

# Told with a source or a time of their own: events still.
STILL_EVENTS = [
    "Officials say at least 24 people were killed and more than 200 injured by the quake.",
    "Four central government ministers arrived by plane bringing aid, officials said.",
    "Thompson's trainer filed a protest with the federation on Monday.",
]


def _events(sentence: str, lede: str = LEDE) -> list[Event]:
    text = lede + sentence
    doc = article(text, date(2012, 7, 8))
    return extract_events(doc)


def _holding(events: list[Event], sentence: str) -> list[Event]:
    return [e for e in events if any(sentence[:40] in p.text for p in e.passages)]


@pytest.mark.parametrize("sentence", REACTIONS)
def test_a_reaction_is_a_passage_of_the_event_before_it(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 1
    assert [e.passages[0].text[:20] for e in _holding(events, sentence)] == [LEDE[:20]]


@pytest.mark.parametrize("sentence", DETAILS)
def test_a_detail_of_the_fight_is_a_passage_of_it(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 1
    assert [e.passages[0].text[:20] for e in _holding(events, sentence)] == [LEDE[:20]]


@pytest.mark.parametrize("sentence", UNSURE)
def test_a_detail_is_judged_less_surely_than_the_event_it_tells_of(sentence: str) -> None:
    lede, detail = _events(sentence)
    assert detail.passages[0].text.startswith(sentence[:40])
    # Reported as events of its kind are right (reported_confidence.py): below its lede.
    assert detail.event_confidence < lede.event_confidence


@pytest.mark.parametrize("sentence", STEPS)
def test_a_step_of_its_own_is_not_joined_to_the_event_before(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 2
    assert events[-1].passages[0].text.startswith(sentence[:40])


@pytest.mark.parametrize("sentence", WOUNDS)
def test_what_the_victim_suffered_is_a_passage_of_the_shooting(sentence: str) -> None:
    events = _events(sentence, SHOOTING)
    assert len(events) == 2
    (shooting,) = _holding(events, sentence)
    assert shooting.passages[0].text.startswith("Gunfire was reported")


@pytest.mark.parametrize("sentence", NOT_WOUNDS)
def test_a_correction_or_a_new_victim_stays_an_event(sentence: str) -> None:
    events = _events(sentence, SHOOTING)
    assert len(events) == 3
    assert events[-1].passages[0].text.startswith(sentence[:40])


@pytest.mark.parametrize("sentence", STILL_EVENTS)
def test_a_sourced_or_dated_sentence_stays_a_sure_event(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 2
    assert events[-1].passages[0].text.startswith(sentence[:40])
    assert events[-1].event_confidence > 0.6


def test_a_detail_after_an_event_of_another_time_is_not_marked_as_its_detail() -> None:
    text = (
        "The jury convicted the former employee on Monday.\n\n"
        "In 1967 the plant was built on the site of a farm.\n\n"
        "Rahman got up but spent the remainder of the round in the corner, taking a beating."
    )
    doc = article(text, date(2012, 9, 12))
    (rahman,) = _holding(extract_events(doc), "Rahman got up")
    assert rahman.event_confidence > DETAIL_CONFIDENCE


@pytest.mark.parametrize("sentence", REACTIONS)
def test_reactions(sentence: str) -> None:
    assert reaction(" ".join(sentence.lower().split()))


@pytest.mark.parametrize("sentence", QUOTED_NEWS)
def test_quotations_with_news_are_not_reactions(sentence: str) -> None:
    assert not reaction(" ".join(sentence.lower().split()))


# Another source's turn, or a speaker's new words, told after an event with no time of its
# own: an event of its own, not a detail of the one before. Each: the story so far, then the
# sentence.
NEW_TURNS = [
    # The other side argues after the prosecution's closing.
    (
        "An Oklahoma jury has found 27 year old Christopher Simpson guilty of first degree "
        "murder of his then pregnant girlfriend Ka'loni Flynn.\n\n"
        "During closing arguments, Crawford County Deputy Prosecuting Attorney Jacob Howell "
        "showed a photograph of Flynn's body in the driver's seat of car, with bullet wounds to "
        "her temple and forehead.\n\n",
        "Simpson's attorney, Warren Gotcher, argued that no witnesses could place Simpson at the "
        "crime scene and that his client was innocent.",
    ),
    # "We" opening two sentences of one speech is no actor the two share.
    (
        "President Barack Obama held a press conference, July 13, 2009 to announce his nominee "
        "for U.S. Surgeon General, Regina Benjamin.\n\n"
        "We can't afford a future where our government will eventually spend more on Medicare "
        "and Medicaid than what we spend on everything else.\n\n"
        "During the campaign I promised health care reform that would control costs, expand "
        "coverage and ensure choice.\n\n",
        "So, I just want to put everybody on notice, because there was a lot of chatter during "
        "the week that I was gone: We are going to get this done.",
    ),
]


@pytest.mark.parametrize(("story", "sentence"), NEW_TURNS)
def test_another_sources_turn_is_not_joined_to_the_event_before(story: str, sentence: str) -> None:
    events = _events(sentence, story)
    (own,) = _holding(events, sentence)
    assert own.passages[0].text.startswith(sentence[:40])
    assert len(own.passages) == 1


# A second crime at another place, told after the first one's steps: an event of its own.
HEISTS = (
    "A smash-and-grab on a high end Paris store saw four robbers make off with jewelry and "
    "watches valued at over $2.6 million early Monday.\n\n"
    "After scooping up jewelry and watches the thieves reversed their car out of the store and "
    "set fire to it before making off in another vehicle.\n\n"
    "A lone robber entered through a French door at the side of the building on the famed La "
    "Croisette seafront in Cannes, scooped up the loot and then jumped out of another window."
    "\n\n"
)
CHOPARD = (
    "Thieves also targeted the annual Cannes film festival, stealing almost $2 million of "
    "jewelry from the safe in the hotel room of an American jeweler working for Chopard."
)
# A coach's plan after the game's injury: not joined to the injury.
INJURY = (
    "The New Orleans Saints placed running back Reggie Bush on Injured Reserve Wednesday.\n\n"
    "Bush's knee was hurt in the Saints' Thursday night loss to Chicago.\n\n"
)
REHAB = (
    "“Right now, for him, it's going to be rehab and rest with it,” Saints Head Coach Sean "
    "Payton said."
)


@pytest.mark.parametrize(("story", "sentence"), [(HEISTS, CHOPARD), (INJURY, REHAB)])
def test_another_crime_or_a_plan_is_not_joined_to_the_event_before(
    story: str, sentence: str
) -> None:
    (own,) = _holding(_events(sentence, story), sentence)
    assert own.passages[0].text.startswith(sentence[:40])
    assert len(own.passages) == 1
