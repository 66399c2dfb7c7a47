"""A detail of the happening before it, or a step of its own (detail_cues.py).

Table cases from real news: the ECB+ development articles and the seeds.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
from viewer.core.detail_cues import (
    another_scene,
    crowd_scene,
    detail_of,
    part_of_play,
    tally,
    wound_told,
)

FIGHT = (
    "Wladimir Klitschko defended his IBF heavyweight crown by stopping Hasim Rahman in the "
    "seventh round at SAP Arena on Saturday."
)
SHOOTING = (
    "Gunfire was reported at about 3 p.m. during an operation involving a deputy identified as "
    "Los Angeles County Sheriff's Deputy Jerry Ortiz, according to sheriff's officials."
)

PARTS_OF_PLAY = [
    "Rahman looked reinvigorated in the fourth round, using his whole torso to make ambitious "
    "attacks.",
    "Thompson briefly stepped up his cautious tactics when landing a left to Klitschko's face "
    "in the third.",
    "Another flurry at the opening of the seventh ended Rahman's challenge.",
    "Thompson, the mandatory challenger nominated by the IBF, fell to 36-3 (24 KOs).",
    # A round told by its bare ordinal, and the clock of the round.
    "Thompson tried jumping on Wladimir to start the second but the champion was prepared.",
    "Tony rose to his feet and the action resumed with about 20 seconds left.",
    # A round brought in with "a" is still a fight's (ECB+ development).
    "Chris Arreola has been named and hyped incredibly but would probably give an effort before "
    "being stopped in a round or two.",
    # A football match's clock.
    "Athletic had gone ahead in the 17th minute when Paul Dwyer turned in a low cross.",
    "Kelham regained the lead on 64 minutes, substitute Alan Priestley curling a free kick.",
    "Rovers levelled five minutes before the interval through a Danny Hale penalty.",
    "Keane rose highest to meet Hale's corner deep into added time.",
    "Rovers were 2-0 down at half-time.",
    "Echenique scored five of Creighton’s first eight points in the second half.",
    # The score as the game ran.
    "Echenique’s dunk and free throw after being fouled started Creighton’s decisive run, "
    "putting the Bluejays ahead 50-44.",
    "After the no-call, the 6-foot-9,260-pound Echenique turned up the intensity to fuel a 15-2 "
    "run that turned a 47-44 Creighton lead into a 16-point cushion.",
    "Creighton broke open a 12-all game with some strong play by Will Artino to key a 7-0 run.",
]
NOT_PARTS_OF_PLAY = [
    "Dealers placed heavy buy orders in the morning to start the first trading day for November "
    "transactions.",
    "On the undercard, former heavyweight champion Riddick Bowe made a modest comeback with an "
    "eighth-round decision over Germany's Gene Pukall.",
    "The talks will resume next week with a new round of negotiations in Geneva.",
    # A round brought in as new is one of talks or of cuts, not of a fight (written for the
    # purpose, as news tells talks: no sports article in the development golds has one).
    "Talks began a new round.",
    "The two sides opened another round on Tuesday.",
    "Unions called a fresh round, officials said.",
    "Sheriff's officials said the second deputy was injured when he fell.",
    "Shares fell 12% to $36 on Wednesday.",
    "The jury returned its verdict after deliberating for 64 minutes on Friday.",
    "Ministers will meet again after the summer recess.",
    "His half-brother, Tomas Valdez, 22, is also on trial in the killing.",
    "The quarter-final was moved to Sunday because of the storm.",
    # A half or a quarter as a share of something (TempEval-3 development; the first of the
    # issue's sentences), not a part of a game.
    "The earnings growth also was fueled by the company's ability to cut net financing "
    "spending by half to around 15 million guilders.",
    "The central bank cut rates by a quarter point.",
    "The firm cut half its staff.",
    # A period of accounts or of time, not of a game (TempEval-3 development).
    "Operating revenue surged 54% in the latest period to $42.9 million from $27.7 million.",
    "In the year-earlier period, the company earned $461 million, or $1.91 a share.",
    "Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 48 "
    "cents a share, in the year-ago period.",
    # A run told beside the game's result.
    "Doug McDermott became the leading scorer in Creighton history and had five points during a "
    "pivotal 15-2 run as top-seeded Creighton defeated Drake, 65-53, on Friday afternoon",
]


@pytest.mark.parametrize("sentence", PARTS_OF_PLAY)
def test_a_part_of_the_game_or_a_record_after_it(sentence: str) -> None:
    assert part_of_play(sentence)


@pytest.mark.parametrize("sentence", NOT_PARTS_OF_PLAY)
def test_a_whole_result_a_round_of_talks_or_an_ordinal_person_is_no_part_of_play(
    sentence: str,
) -> None:
    assert not part_of_play(sentence)


def test_a_record_after_the_game_is_a_tally() -> None:
    assert tally("struggled to get inside the taller Klitschko's reach, and dropped to 45-7-2.")
    assert not tally("Unemployment rose to 6.1% in May.")


# The same actors, no new kind of act: details of the fight.
FIGHT_DETAILS = [
    "Klitschko also retained the minor WBO and IBO belts.",
    "Klitschko had knocked down Rahman in the previous round with successive left hooks.",
    "It was just the third fight in a decade for the 41-year-old American and his first in "
    "three years.",
]
# A new kind of act, or nothing of the fight's actors: not its details.
NOT_FIGHT_DETAILS = [
    "Klitschko extended the domination of the heavyweight ranks he shares with his older "
    "brother, Vitali.",
    "Rahman was arrested outside the arena after the fight.",
    "A SWAT unit was dispatched to the area near Carson Street and Norwalk Boulevard.",
    "Other premises suffered some damage, such as smashed windows and smoke damage.",
]


@pytest.mark.parametrize("sentence", FIGHT_DETAILS)
def test_the_same_actors_doing_no_new_kind_of_act(sentence: str) -> None:
    assert detail_of(sentence, FIGHT)


@pytest.mark.parametrize("sentence", NOT_FIGHT_DETAILS)
def test_a_new_kind_of_act_or_other_actors(sentence: str) -> None:
    assert not detail_of(sentence, FIGHT)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("Ortiz was shot in the head, said Larry Waldie of the sheriff's department.", True),
        ("Sheriff's officials said the second deputy was injured when he fell.", True),
        (
            "Sheriff's department officials initially reported that a second deputy was shot, "
            "but authorities later said the responding deputy's injuries were not from gunfire.",
            False,
        ),
        ("Police earlier confirmed that Ortiz was shot in his head from behind.", False),
        ("Mr Korkoneas was charged after the boy was shot, police said.", False),
    ],
)
def test_what_a_victim_told_of_before_suffered(sentence: str, told: bool) -> None:
    assert wound_told(sentence, SHOOTING) is told


VERDICT = (
    "A convicted cop killer laughed Tuesday after hearing a jury's ruling that he be put to death."
)
# What some of those there did at the scene of a verdict or a protest: a passage of it.
CROWD_SCENES = [
    "Some bowed their heads and rubbed their faces, while others clasped their hands as though "
    "in prayer.",
    "Someone hurled a chair.",
    "Some audience members gasped audibly in the crowded, otherwise quiet courtroom gallery.",
]
# A figure, another kind of act by some, or no one's act at the scene: not a crowd's scene.
NOT_CROWD_SCENES = [
    "Some 168,000 people were killed in Indonesia's Aceh province and Nias island by the 2004 "
    "Asian tsunami, making it the worst hit country.",
    'Some launched the "Gary Ross Is Boss" campaign to show support.',
    "Some lousy earnings reports whacked the stock market, but bond prices fell only slightly and "
    "the dollar rose a little against most major currencies.",
    "For many minutes afterward, relatives and friends stood outside the courtroom hugging and "
    "crying.",
]


@pytest.mark.parametrize("sentence", CROWD_SCENES)
def test_what_some_of_those_there_did_is_a_detail(sentence: str) -> None:
    assert crowd_scene(sentence)
    assert detail_of(sentence, VERDICT)


@pytest.mark.parametrize("sentence", NOT_CROWD_SCENES)
def test_a_figure_or_another_act_is_no_crowd_scene(sentence: str) -> None:
    assert not crowd_scene(sentence)


# A court's step told after the charge is a step of its own, not a detail of the charge.
CHARGE = "A builder, 41, was charged on Monday with the murder of his neighbour."


@pytest.mark.parametrize(
    "sentence",
    [
        "The builder was remanded in custody by the town's magistrates.",
        "He was remanded to appear at the crown court next month.",
    ],
)
def test_a_remand_is_a_step_of_its_own(sentence: str) -> None:
    assert not detail_of(sentence, CHARGE)


# What the story told before: the raid, and what became of the children taken in it.
RAID = (
    "Texas authorities raided the compound in April 2008 after receiving a call to an abuse "
    "hotline that turned out to be a hoax. More than 400 FLDS children who were placed in "
    "protective custody were eventually returned to their families. Warren Jeffs is on trial."
)


def test_what_the_authorities_did_is_a_step_of_its_own() -> None:
    # Jeffs is named before, but only as whose journals the police found.
    sentence = (
        "But police saw underage girls who were clearly pregnant and found Jeffs' journals and "
        "the other documents in a vault at the end of a secret passageway in the temple."
    )
    assert not detail_of(sentence, RAID)


# The manhunt told so far (ECB+ development article 16_7ecbplus), then the authorities, named
# by a noun of their own or with a word or two before it, acting in the past: a step of its own,
# though it names the suspect told of before.
MANHUNT = (
    "A 27-year-old parolee is found 'cowering in a bathtub' near the house where Jerry Ortiz had "
    "been shot in the head a few hours earlier. Orozco was arrested around midnight Friday by a "
    "sheriff's SWAT team, three houses from the scene of the fatal shooting. He shot Ortiz once "
    "in the head and fled, Peavy said. Dozens of law enforcement officers worked the case "
    "through the afternoon and into the night."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Deputies believed they knew where Orozco was hiding and obtained a search warrant.",
        "Sheriff's deputies believed they knew where Orozco was hiding and obtained a search "
        "warrant.",
        "The officers believed they knew where Orozco was hiding and obtained a search warrant.",
    ],
)
def test_the_authorities_named_with_a_word_before_them_act_in_a_step_of_its_own(
    sentence: str,
) -> None:
    assert not detail_of(sentence, MANHUNT)


# A verdict told so far (ECB+ development articles 45_1ecbplus and 45_10ecbplus), then what a
# side did in its closing arguments: a stage of the trial, a step of its own as the verdict is,
# though it names the prosecutor and the victim told of before.
VERDICT = (
    "A jury convicted Christopher Simpson of first-degree murder on Thursday in the death of "
    "Ka'Loni Flynn. After the courtroom emptied, Crawford County Deputy Prosecuting Attorney "
    "Jacob Howell and District 27 Assistant District Attorney Anthony Evans credited the "
    "verdict in the complicated and mostly circumstantial case to smart, attentive jurors."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "In closing arguments on the sixth day of Simpson's trial, Howell projected onto a video "
        "screen a photo of 20-year-old victim Ka'Loni Flynn's body sitting in the driver's seat "
        "of her car, bullet wounds to her forehead and temples.",
        "During closing arguments, Crawford County Deputy Prosecuting Attorney Jacob Howell "
        "showed a photograph of Flynn's body in the driver's seat of car, with bullet wounds to "
        "her temple and forehead.",
        "In his opening statement, Howell showed the jury a photograph of Flynn's car.",
    ],
)
def test_a_stage_of_the_trial_is_a_step_of_its_own(sentence: str) -> None:
    assert not detail_of(sentence, VERDICT)


# The story so far and a sentence opening on a place or an actor it has not told of, brought
# in with an indefinite article or as a bare plural with "also": another happening.
RIOT = (
    "Rioters rushed the entrance, fighting with workers as they struggled to lock the roll-down "
    "gates, he said. Firefighters later had to cut the gates to liberate them."
)
HEIST = (
    "After scooping up jewelry and watches the thieves reversed their car out of the store. "
    "A lone robber entered through a French door at the side of the building on the famed La "
    "Croisette seafront in Cannes, scooped up the loot and then jumped out of another window."
)
ANOTHER_SCENE = [
    (
        RIOT,
        "At a Rite Aid drug store on Church Ave. near Albany Ave., which had about 60 people "
        "inside at the time, at least one rioter physically assaulted a customer.",
    ),
    (
        HEIST,
        "Thieves also targeted the annual Cannes film festival, stealing almost $2 million of "
        "jewelry from the safe in the hotel room of an American jeweler.",
    ),
    (HEIST, "A manager of the store was also assaulted."),
]
# The same place or actors, told definitely or by a name: details still.
SAME_SCENE = [
    (RIOT, "But they locked themselves into the store from the inside."),
    (FIGHT, "Klitschko also retained the minor WBO and IBO belts."),
    # A name ending in "s" that the story never spells in lowercase is no bare plural.
    (RIOT, "Williams also visited the block where the teenager was shot."),
    (RIOT, "At the store, the workers locked the gates."),
    # "In a …" names the happening itself, not another place.
    (
        FIGHT,
        "In a fight that was one-sided from the start, Klitschko retained his titles for the "
        "10th time.",
    ),
]


@pytest.mark.parametrize(("before", "sentence"), ANOTHER_SCENE)
def test_a_new_place_or_actor_is_another_happening(before: str, sentence: str) -> None:
    assert another_scene(sentence, before)
    assert not detail_of(sentence, before)


@pytest.mark.parametrize(("before", "sentence"), SAME_SCENE)
def test_the_same_place_or_a_named_actor_is_no_other_scene(before: str, sentence: str) -> None:
    assert not another_scene(sentence, before)


def test_a_share_told_as_a_half_is_its_own_event_not_a_detail_before() -> None:
    """The issue's case: "The bank raised rates by half a point." after a dated flood was a
    passage of the flood."""
    events = events_in(
        "Floods hit the city on Monday. The bank raised rates by half a point.", date(2011, 3, 4)
    )
    assert [e.primary.text for e in events][-1:] == ["The bank raised rates by half a point."]


def test_a_span_of_accounts_is_no_period_of_a_game() -> None:
    """A result over "the period" after a dated sentence was a passage of its event."""
    events = events_in(
        "Floods hit the city on Monday. Sales rose 5% in the period.", date(2011, 3, 4)
    )
    assert [e.primary.text for e in events][-1:] == ["Sales rose 5% in the period."]
