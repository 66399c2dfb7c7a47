"""A reaction told in the reporter's words (a feeling, thanks, agreement, a lament, a name given
to someone, what moved someone to a decision) is a passage of the event before it, like a
quoted one, and so is a tribute: a friend's, a neighbour's or a relative's memory of what
someone was like; a step of its own told beside it stays an event. Real sentences of the ECB+
development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.reaction_cues import felt, reaction, remembered

LEDE = "A Waitrose supermarket in a Somerset town caught fire on Sunday, police said.\n\n"

REACTIONS = [
    "Detective Dawn Retzlaff, one of the two lead homicide detectives on the case, said "
    "authorities were grateful for the jury's thorough and careful review of the facts and "
    "investigators were happy with the verdict, calling it just.",
    "Police said they wanted to thank residents and local businesses for their patience and "
    "assistance during the evacuation.",
    "His barber, Julian Clark, also black, concurred.",
    "But he said he understood why.",
    'Police called the mechanic a hero who "did a phenomenal job" in alerting employees to '
    "evacuate the building and directing officers to where Hiller was.",
    "Yet a next-door neighbor described Hiller as a quiet woman who kept to herself but said she "
    "was polite and exchanged pleasantries when they saw each other.",
    "Speaking on behalf of the Sheriff's Department, Retzlaff added that they wanted to express "
    "their condolences to Ortiz's family in what was a devastating time.",
    "I'm glad we got the verdict we got.",
    "Friends and neighbours were shocked by the murders of the animal-loving divorced "
    "mother-of-two and her daughter.",
    # What moved someone to a decision already told: its reasons.
    "It’s that fan base, McDermott said, that figured prominently into his decision.",
    "McDermott said the opportunity to play in the new conference became more of a factor as he "
    "got deeper into the decision-making process.",
    "Dr. Benjamin said in the White House Rose Garden announcement that the deaths of close "
    "relatives from preventable diseases drove her to focus on public health.",
    "Besides experience with family illnesses, Dr. Benjamin said she also was influenced by her "
    "medical school training under David Satcher, MD, PhD, who later became surgeon general.",
    # A source's state of mind: surprise, confidence, concern.
    "Williams said he was not surprised by the riot, only that it hadn’t happened before.",
    "Asked about the pending appeal, Deputy District Attorney Phil Stirling said such cases can "
    "never be predicted, but added that he and Lowell Anger-the lead DA on the case-were "
    "confident the conviction and sentence would stand.",
    # Approval of a happening already told (written probe sentences).
    "The Commission welcomed the ruling.",
    "Kenya's bishops welcomed the announcement.",
    "Education Minister Stephen Lecce welcomed the vote.",
    "Finance minister Rachel Reeves welcomed the forecasts.",
    "The opposition welcomed the ceasefire.",
    # The feeling's word quoted: the same feeling (a development sentence, then written probe
    # sentences).
    'After the hearing, Dorothy Brown said she was "heartbroken" over the death of her '
    "granddaughter, who had four children.",
    'Chiefs chairman Kaizer Motaung said the club was "devastated".',
    'Defence counsel Davinder Singh said outside court that his client was "relieved and '
    'grateful".',
    # The source's judgement, quoted as a name (ECB+ development sentences, then a probe's).
    "Producers Laurence Mark and Bill Condon called the Australian actor “a consummate "
    "entertainer and an internationally renowned movie star.”",
    'Farmer said Dr. Benjamin is a "delightful lady" who has served as lector at the cathedral '
    'and has been "readily available" to speak with various Catholic organizations.',
    "Cooley said the fact that Orozco hadn't been in contact with his parole officer since "
    'January was a "failure" of the system, but he did not elaborate.',
    "The zoo's director, John Kelly, said the birth was \"a real coup\" for the zoo's "
    "conservation program.",
    # A feeling about what was done, told with "with" (a development sentence's clause, then
    # written probe sentences).
    "Retzlaff said investigators were happy with the verdict, calling it just.",
    "The company said it was pleased with the outcome of the review.",
    "The union said its members were disappointed with the ruling.",
]
STEPS = [
    # Steps of their own, with words near those of a reaction.
    "Fire crews from Devon and Somerset Fire and Rescue attended the scene and then called a "
    "further four appliances to help, a report from ITV revealed.",
    "The police released store surveillance video and later announced the arrest of a "
    "19-year-old, saying he was one of three who hit the customer and took his cellphone.",
    "She was given a summons and released.",
    "Police said the man was shocked with a stun gun before he was arrested.",
    "Witnesses said the guard was stunned with a blow to the head.",
    # A decision, not what moved someone to it.
    "In discussing his decision Wednesday night, McDermott said he never intended to take so "
    "long in making up his mind.",
    "The Saints placed Bush on the injured reserve list Wednesday with a sprained left knee, "
    "meaning he will miss the team's final two games against Detroit and Carolina.",
    # Whom a statement is about, not a state of mind; a claim of what one did not know.
    "As far as Bush is concerned, the Saints are erring on the side of caution regarding the "
    "injury.",
    "Baehr said he was not aware of the particulars of the previous DUI charge.",
    # A welcome that is itself the happening: a host receiving a guest.
    "The mayor welcomed the visiting fire chiefs at the town hall.",
    # A judgement quoted beside an act of its own, and a call made (written sentences).
    'The mayor said the fire was "a disaster" and ordered an evacuation of the street.',
    'Police said the suspect was a "person of interest" and was arrested near his home.',
    "Staff called the fire department an hour later.",
]


@pytest.mark.parametrize("sentence", REACTIONS)
def test_a_reaction_in_the_reporters_words_is_a_passage_of_the_event_before(
    sentence: str,
) -> None:
    assert felt(sentence)
    events = extract_events(article(LEDE + sentence, date(2013, 7, 21)))
    assert len(events) == 1
    assert any(sentence[:40] in p.text for p in events[0].passages)


@pytest.mark.parametrize("sentence", STEPS)
def test_steps_of_their_own_are_no_reactions(sentence: str) -> None:
    assert not felt(sentence)


CRIME = (
    "Police were called to the family's terraced house in Millom at 8.40am on Saturday and "
    "found the bodies of Alice McMeekin, 58, and her daughter Katie Jenkin, 20.\n\n"
)
# Memories of a person told by those who knew them: what someone was like, no act.
TRIBUTES = [
    "Friends said John Jenkin was close to his family.",
    "One friend, who asked not to be named, said: 'He idolised his mum and his sister.",
    "She worked for the prison service and 'would do anything for anybody', according to the "
    "friend.",
    "'She was a happy, beautiful girl with the world in front of her,' said the friend.",
    "The driver, who was black, had seethed with a sense of racial injustice in his job, said "
    "his girlfriend.",
    '"He was an outstanding person, who would go out of his way to help people," said Orpe, a '
    "longtime friend.",
    'But colleagues described him as someone who lived for police work and was a "fanatic" '
    "about boxing.",
]
# What the same sources tell of acts, and memories told with an act in them, stay statements.
ACCOUNTS = [
    "The relative said he was sectioned under the Mental Health Act for attempting to slit his "
    "wrists and then allowed home again in the days before the tragedy.",
    "According to a relative, he had a history of mental health problems and had pleaded in "
    "vain to be kept locked up because he feared harming himself or someone else.",
    "Catherine Hillgen, a neighbour for about 45 years, said Hiller moved in about two years ago "
    "and kept to herself.",
    "Friends said he was arrested twice last year.",
    "A neighbour said the family would hold a vigil on Sunday.",
    "Police said John Jenkin was close to his family.",
    # Told of friends or relatives, not by them.
    "Evacuees still lived in tents and relatives' houses which were at higher grounds, said "
    "Manrosan.",
    "Then there was the struggle, as teammates worked to get him the ball in scoring position.",
]


@pytest.mark.parametrize("sentence", TRIBUTES)
def test_a_tribute_is_a_passage_of_the_event_before(sentence: str) -> None:
    assert remembered(sentence)
    events = extract_events(article(CRIME + sentence, date(2013, 6, 9)))
    assert len(events) == 1
    assert any(sentence[:40] in p.text for p in events[0].passages)


@pytest.mark.parametrize("sentence", ACCOUNTS)
def test_accounts_of_acts_are_no_tributes(sentence: str) -> None:
    assert not remembered(sentence)


@pytest.mark.parametrize(
    ("quoted", "news"),
    [
        # How the speakers feel, in the first person plural: no act of their side.
        ('"We are tired of burying our sisters," organiser Nomvula Dube told the crowd.', False),
        ('"We\'re devastated," a neighbour said.', False),
        ('"We are thrilled to have her host the show," said the producers.', False),
        # What their side is doing: news.
        ('"We are raising the readiness of our troops," the minister said.', True),
        ('"We have recorded 40 aftershocks," the agency said.', True),
    ],
)
def test_the_speakers_feelings_are_no_act_of_their_side(quoted: str, news: bool) -> None:
    assert reaction(quoted.lower()) is not news


# A reaction after a sentence whose side clause of another time ("since …", "after …") was cut
# into an event of its own reacts to the happening the sentence told, not to that other time
# (ECB+ development articles).
MAIN_AND_SIDE = [
    (
        "Wladimir Klitschko retained his IBF, IBO and WBO heavyweight titles with a one-sided "
        "seventh-round stoppage of Hasim Rahman in Mannheim, Germany.\n\n"
        "The victory took Klitschko's record to 52-3 with a remarkable 46 wins by knockout, "
        "taking his unbeaten run to 10 since losing to Lamon Brewster in 2004.\n\n",
        "“Hasim Rahman really took some punishment and I have to pay tribute to him,” "
        "Klitschko said.",
        date(2012, 7, 7),
    ),
    (
        "Around 60 people spent the evening at a local day care centre after being evacuated "
        "from their homes near the supermarket in the High Street.\n\n"
        "They were initially sent to Banstead Baptist Church after the blaze broke out about "
        "8.40pm.\n\n",
        "Police said they wanted to thank residents and local businesses for their patience and "
        "assistance during the evacuation.",
        date(2013, 3, 4),
    ),
]


@pytest.mark.parametrize(("told", "reacted", "published"), MAIN_AND_SIDE)
def test_a_reaction_joins_the_main_clause_event_not_a_side_clause_of_another_time(
    told: str, reacted: str, published: date
) -> None:
    events = extract_events(article(told + reacted, published))
    joined = [e for e in events if any(reacted[:40] in p.text for p in e.passages)]
    assert len(joined) == 1
    assert joined[0].primary.text.split(None, 1)[0] not in ("since", "after")
