"""A source's account of the scene of a happening already reported is a passage of it: what
was under way when it happened, a witness's account, a quotation of the scene. A step of its
own told by a source (an arrest, a charge, a count of dead, a plan, a claim) stays an event.

Table cases from real news (short excerpts of the ECB+ and TempEval-3 development articles).
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.model import Event
from viewer.core.scene_cues import scene_told

# A shooting reported in the lede, then a source's account of how it went.
LEDE = (
    "Police shot and killed 16-year-old Kimani Gray in Brooklyn on Saturday after he "
    "allegedly pointed a gun at officers, police said.\n\n"
)

SCENES = [
    "Police said two Brooklyn South Anti Crime plainclothes officers had been on patrol when "
    "they noticed young males near 473 East 52nd Street.",
    "Bratton said Gray was loading a car seat into the family's car when his wife, Celeste, "
    "heard gun shots and saw her husband on the ground.",
    "Authorities said a witness called 911 to report the shooting, which occurred after Gray "
    "knocked on the residence's door, according to the sheriff's department.",
    'Another witness described the scene to PIX11, "He was running for his life, telling the '
    "cops, 'Stop.'",
    "Still, Gray's sister Mahnefah Gray said that a witness told her that Kimani was adjusting "
    "for his belt and that even if he had a gun, he wouldn't point it at the police.",
    'The manager said, "They poured in here like 40 or 50 of them.',
    "They started shooting him and he went down, he was bleeding, holding his side, screaming, "
    "'stop, stop. '\"",
    "Lopez told police he was aiming for rival gang members when a stray bullet hit the mother "
    "of 13 who was collecting her children from school.",
    # One who was there: a neighbour, the attribution after the words; what they perceived,
    # told in the first person (a quotation, whatever its marks).
    "'It sounded like someone telling a dog to shut up,' said the neighbour.",
    "A neighbour said she heard two shots and saw a man run from the house.",
    "'Then I went home and I heard a lot of screams.",
]

# Told by a source, but news of its own: an arrest, a charge, a count, a claim, a plan, a
# statement with no scene in it.
NOT_SCENES = [
    "At this point (10:30 p.m.), the police said that the crowd has dispersed and that there "
    "was one arrest, with no injuries to police or civilians.",
    "Under questioning, the court source said Mr Korkoneas indicated he had acted out of self "
    "defence when the group began throwing firebombs and other objects.",
    "Mr Saraliotis also said he acted out of self defence during the unrest which triggered "
    "five days of rioting in Athens and elsewhere across Greece.",
    "Authorities said they believe they know the identity of the shooter but no suspects have "
    "been taken into custody.",
    "She declined to identify other bidders but said Mr. Drabinsky's offer \"is all cash, and "
    "it's for all of the company.\"",
    'He called Orozco "the scum of the earth" and an "idiot," pointing to a photo of the suspect.',
    "Jackman, who can sing and dance, was “genuinely thrilled” at the offer, Mark said, but “he "
    "wanted to make sure the format would mesh with his skills.”",
    "Police said a witness was arrested when officers searched the house.",
    "Officials said witnesses told them 12 people were killed when the roof collapsed.",
    "The company said it was cutting 800 jobs when the plant closes next year, and will sell "
    "the site.",
    "A neighbour said the family would hold a vigil on Sunday.",
    "Residents said 12 people were killed when the roof collapsed.",
    "I heard the president will visit the region next week, the governor said.",
]


# How things stood at the happening, told first and credited to a source at its end: the past
# progressive, the past perfect passive, "had a".
STATES_THEN = [
    "Jackson was driving a 2008 GMC Sierra registered to him, Baehr said.",
    "She had a permit to carry the gun, authorities said.",
    "Injured people had been transported from several affected villages in two trucks, she said.",
    "A gas stove had been left on and a space heater was running, Miliote said.",
]

# The same tenses, but news of its own: the source named first, a step of its own, the
# sentence going on past the source with a new clause.
NOT_STATES_THEN = [
    "Police said he had been arrested at his home in Chula Vista.",
    "He had been charged with two counts of murder, police said.",
    "Smith was driving home from work Tuesday when he was arrested, police said, and was "
    "booked into county jail.",
    "Thomas had a setback with an ankle injury in practice last week and, Payton said, "
    'everyone "felt this was the best move."',
    "The unlit stove had been left on full blast, authorities said, filling it with enough "
    "natural gas to cause a significant explosion.",
]


@pytest.mark.parametrize("sentence", STATES_THEN)
def test_a_state_of_the_happenings_time_credited_at_the_end_is_its_scene(sentence: str) -> None:
    assert scene_told(" ".join(sentence.lower().split()))
    (shooting,) = _events(sentence)
    assert any(p.text.startswith(sentence[:40]) for p in shooting.passages)


@pytest.mark.parametrize("sentence", NOT_STATES_THEN)
def test_the_same_tenses_with_news_of_their_own_are_no_scene(sentence: str) -> None:
    assert not scene_told(" ".join(sentence.lower().split()))


def _events(sentence: str) -> list[Event]:
    text = LEDE + sentence
    doc = article(text, date(2013, 3, 11))
    return extract_events(doc)


@pytest.mark.parametrize("sentence", SCENES)
def test_an_account_of_the_scene_is_told(sentence: str) -> None:
    assert scene_told(" ".join(sentence.lower().split()))


@pytest.mark.parametrize("sentence", NOT_SCENES)
def test_news_of_its_own_is_no_account_of_the_scene(sentence: str) -> None:
    assert not scene_told(" ".join(sentence.lower().split()))


@pytest.mark.parametrize("sentence", SCENES[:5])
def test_an_account_of_the_scene_is_a_passage_of_the_happening(sentence: str) -> None:
    (shooting,) = _events(sentence)
    assert shooting.passages[0].text.startswith("Police shot and killed")
    assert any(p.text.startswith(sentence[:40]) for p in shooting.passages)


@pytest.mark.parametrize("sentence", NOT_SCENES[:4])
def test_news_told_by_a_source_stays_an_event(sentence: str) -> None:
    events = _events(sentence)
    assert len(events) == 2
    assert events[-1].passages[0].text.startswith(sentence[:40])


def test_the_scene_goes_with_the_happening_it_names_not_the_one_just_before() -> None:
    text = (
        LEDE + "Tonight, a crowd gathered to mourn his death.\n\n"
        "Police said two Brooklyn South officers had been on patrol when they noticed young "
        "males near East 52nd Street."
    )
    doc = article(text, date(2013, 3, 11))
    shooting, vigil = extract_events(doc)
    assert len(shooting.passages) == 2 and len(vigil.passages) == 1


def test_a_neighbours_quoted_recollection_goes_with_the_account() -> None:
    text = (
        "Police found the bodies of a mother and her daughter at their home in Millom on "
        "Saturday.\n\n"
        "Yesterday a neighbour recalled seeing the suspect in the street at 3am on Saturday and "
        "also hearing screams coming from the pebble-dashed house.\n\n"
        "'I was coming back home at 3am with my girlfriend and I looked at his face and it was "
        "like looking into space, there was nothing there,' he said.\n\n"
        "'Then I went home and I heard a lot of screams."
    )
    doc = article(text, date(2013, 6, 9))
    found, recalled = extract_events(doc)
    assert len(found.passages) == 1
    assert [p.text[:12] for p in recalled.passages] == [
        "Yesterday a ",
        "'I was comin",
        "'Then I went",
    ]


# Where and how a quake or a fire already reported came about, told by a source: a passage of
# it (ECB+ development articles 20_3ecbplus, 37_6ecbplus, 38_7ecbplus, 14_8ecbplus, 20_7ecbplus).
WHERE_TOLD = [
    "Iran's seismologic center said the epicenter was in the waters of the Persian Gulf between "
    "the port city of Bandar Abbas and Qeshm Island.",
    "The USGS said the quake was 35 miles southwest of Bandar Abbas.",
    "The Santa Rosa Press Democrat reported the quake began only one mile below ground level, "
    "which is why it was felt across the region.",
    "The fire service’s Matt Goodman explained that the fire began on the outside of the building.",
]
# Told of the quake, but news of its own: a toll, a step, the happening itself with its time.
WHERE_NOT_TOLD = [
    "Officials said the quake killed 10 people.",
    "Police said the fire was started deliberately and arrested two men.",
    "The USGS said a second quake struck off the coast.",
]
QUAKE = (
    "A strong earthquake struck southern Iran's Qeshm island on Sunday, flattening several "
    "villages.\n\n"
)


@pytest.mark.parametrize("sentence", WHERE_TOLD)
def test_where_a_happening_came_about_told_by_a_source_is_its_scene(sentence: str) -> None:
    assert scene_told(" ".join(sentence.lower().split()))
    (quake,) = extract_events(article(QUAKE + sentence, date(2005, 11, 28)))
    assert any(p.text.startswith(sentence[:40]) for p in quake.passages)


@pytest.mark.parametrize("sentence", WHERE_NOT_TOLD)
def test_news_of_the_happening_told_by_a_source_is_no_scene(sentence: str) -> None:
    assert not scene_told(" ".join(sentence.lower().split()))


# So told by a source in the present with no verb of saying, or on no one's authority (ECB+
# development article 38_11ecbplus).
WHERE_TOLD_UNSAID = [
    "USGS indicates to news that the quake began only one mile below ground level.",
    "Mapping reveals that the quake began near Clearlake, south of Lakeport and west of "
    "Interstate 5.",
    "Officials tell news that the quake also began seventy-three miles west of Sacramento.",
    "The quake was centered seventy-five miles north of San Francisco.",
]
# Told with no verb of saying, but news of its own: another happening, its own time.
WHERE_UNSAID_NEWS = [
    "A second quake struck off the coast near Bandar Abbas.",
    "On Monday, the quake was followed by an aftershock near Bandar Abbas.",
]


@pytest.mark.parametrize("sentence", WHERE_TOLD_UNSAID)
def test_where_a_happening_came_about_told_with_no_verb_of_saying_is_its_scene(
    sentence: str,
) -> None:
    (quake,) = extract_events(article(QUAKE + sentence, date(2005, 11, 28)))
    assert any(p.text.startswith(sentence[:40]) for p in quake.passages)


@pytest.mark.parametrize("sentence", WHERE_UNSAID_NEWS)
def test_news_of_its_own_told_with_no_verb_of_saying_stays_an_event(sentence: str) -> None:
    events = extract_events(article(QUAKE + sentence, date(2005, 11, 28)))
    assert len(events) == 2
    assert events[-1].passages[0].text.startswith(sentence[:40])
