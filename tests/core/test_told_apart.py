"""A telling of someone with no time of its own, an act of the story, and what it tells at a time
of its own are two happenings: "Hiller told detectives that he bought the gun in September",
after a Monday's arrest, is the telling (Monday, the story's day) and the buying (September)
(told_apart.py; docs/events.md, round 60). A plain "said", a telling of the press, or what is
told as a plan, a state or with no past time of its own stay one event. Sentences written for
the purpose in the style of wire and newspaper copy, each after a dated lede."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in

_PUBLISHED = date(2013, 11, 12)  # a Tuesday

# (lede, sentence, the telling, its day (the lede's), what it tells, that one's first day)
_TELLINGS = [
    (
        "Police arrested Hiller on Monday.",
        "Hiller told detectives that he bought the gun in September.",
        "Hiller told detectives",
        date(2013, 11, 11),
        date(2013, 9, 1),
    ),
    (
        "Fire crews were called to the warehouse on Friday.",
        "The owner admitted that he had stored fuel there in breach of the rules in March.",
        "The owner admitted",
        date(2013, 11, 8),
        date(2013, 3, 1),
    ),
    (
        "The arson trial resumed on Wednesday.",
        "Jones confessed that he started the fire in the warehouse last August.",
        "Jones confessed",
        date(2013, 11, 6),
        date(2013, 8, 1),
    ),
    (
        "Russia expelled two diplomats on Thursday.",
        "The ministry informed the embassy that its attache had been caught photographing a"
        " base on 14 May.",
        "The ministry informed the embassy",
        date(2013, 11, 7),
        date(2013, 5, 14),
    ),
    (
        "The contract row deepened on Monday.",
        "The former mayor told investigators that the city had signed the contract in January"
        " 2019.",
        "The former mayor told investigators",
        date(2013, 11, 11),
        date(2019, 1, 1),
    ),
    (
        "The man appeared in court on Friday.",
        "The suspect told the judge that he had fled the country in 2008 to avoid arrest.",
        "The suspect told the judge",
        date(2013, 11, 8),
        date(2008, 1, 1),
    ),
    (
        "The fraud case closed on Thursday.",
        "The accountant confessed that he had forged the signatures in 2014.",
        "The accountant confessed",
        date(2013, 11, 7),
        date(2014, 1, 1),
    ),
    (
        "Divers searched the lake on Saturday.",
        "Officials informed the families that the wreck had been located on Friday night.",
        "Officials informed the families",
        date(2013, 11, 9),
        date(2013, 11, 8),
    ),
    (
        "The sentencing took place on Wednesday.",
        "The defendant admitted that he sold cocaine to an undercover officer in 2011.",
        "The defendant admitted",
        date(2013, 11, 6),
        date(2011, 1, 1),
    ),
    (
        "The inquiry sat for the first time on Monday.",
        "The general told the inquiry that the troops had withdrawn from the town in April.",
        "The general told the inquiry",
        date(2013, 11, 11),
        date(2013, 4, 1),
    ),
    (
        "The murder trial entered its second week on Monday.",
        "The mother told the court that she had last seen her son on 12 October 2009.",
        "The mother told the court",
        date(2013, 11, 11),
        date(2009, 10, 12),
    ),
    (
        "The scandal widened on Friday.",
        "The minister told parliament that his office had approved the payments in 2017.",
        "The minister told parliament",
        date(2013, 11, 8),
        date(2017, 1, 1),
    ),
    (
        "The club sacked its coach on Monday.",
        "The chairman told the players that the board had voted to dismiss him on Sunday night.",
        "The chairman told the players",
        date(2013, 11, 11),
        date(2013, 11, 10),
    ),
    (
        "The crash inquiry opened on Monday.",
        "The pilot told investigators that he lost contact with the tower at 3:15 a.m. on Sunday.",
        "The pilot told investigators",
        date(2013, 11, 11),
        date(2013, 11, 10),
    ),
    (
        "Prosecutors charged the banker on Monday.",
        "The banker admitted he had met the broker in June 2021.",
        "The banker admitted",
        date(2013, 11, 11),
        date(2021, 6, 1),
    ),
]

# (lede, sentence): one event, the sentence whole.
_ONE_EVENT = [
    ("Exports data were released on Monday.", "The minister said that exports fell in September."),
    ("The man was charged on Monday.", "Police said that the man was arrested on Sunday."),
    ("Shares rose on Monday.", "The company announced that it had acquired the rival in March."),
    ("Shares fell on Monday.", "Analysts told Reuters that prices rose in October."),
    (
        "The plant was sold on Monday.",
        "The spokesman told reporters that the plant closed in 2009.",
    ),
    (
        "A gunman killed five people on Sunday.",
        "A police source told The Associated Press that the suspect bought the rifle in March.",
    ),
    (
        "The senator spoke in Ohio on Monday.",
        "He told reporters that he will run for president in 2016.",
    ),
    (
        "The talks collapsed on Monday.",
        "Officials told the families that the talks will resume in May.",
    ),
    (
        "A plane crashed on Sunday.",
        "Investigators said the pilot lost contact with the tower on Sunday.",
    ),
    (
        "The trial opened on Monday.",
        "A trooper testified she pulled the driver over at 10:46 p.m. for speeding on the highway.",
    ),
    (
        "The club lost on Saturday.",
        "He told me after the final in 1999 that the record would never be broken.",
    ),
]

# A person named as the hearer, by title and name or by two names, is no outlet: the telling
# is an act, cut as "told detectives" is ("told Judge Ito", "told Mr. Obama", "told Anna
# Berg"). The lede's day and what is told's own time.
_NAMED_HEARERS = [
    (
        "Police arrested Hiller on Monday.",
        "Hiller told Judge Ito",
        "he bought the gun in September",
        date(2013, 11, 11),
        date(2013, 9, 1),
    ),
    (
        "The talks resumed on Friday.",
        "The envoy told Mr. Obama",
        "the rebels had seized the port in August",
        date(2013, 11, 8),
        date(2013, 8, 1),
    ),
    (
        "The inquiry opened on Monday.",
        "The driver told Detective Sergeant Ray Cole",
        "he had sold the van in March",
        date(2013, 11, 11),
        date(2013, 3, 1),
    ),
    (
        "The hearing began on Thursday.",
        "The witness told Justice Anne Mwangi",
        "she saw the accused at the bank on 3 May",
        date(2013, 11, 7),
        date(2013, 5, 3),
    ),
    (
        "The minister resigned on Monday.",
        "Her aide told Prime Minister Rudd",
        "the files had been destroyed in 2010",
        date(2013, 11, 11),
        date(2010, 1, 1),
    ),
    (
        "The trial resumed on Wednesday.",
        "The accountant told Dr. Patel",
        "he had moved the money in June 2012",
        date(2013, 11, 6),
        date(2012, 6, 1),
    ),
    (
        "The strike began on Monday.",
        "The union leader told Anna Berg",
        "the workers voted for a strike in October",
        date(2013, 11, 11),
        date(2013, 10, 1),
    ),
    (
        "The bank collapsed on Friday.",
        "The auditor told Governor Mark Carney",
        "the losses began in 2011",
        date(2013, 11, 8),
        date(2011, 1, 1),
    ),
    (
        "The coach was sacked on Sunday.",
        "The captain told Sir Alex Ferguson",
        "the players had complained in September",
        date(2013, 11, 10),
        date(2013, 9, 1),
    ),
    (
        "The scandal broke on Tuesday.",
        "The lobbyist informed Senator Jane Doe",
        "he had paid the fee in April",
        date(2013, 11, 12),
        date(2013, 4, 1),
    ),
    (
        "The case reopened on Monday.",
        "The nurse told Mrs. Okafor",
        "her son had died on 2 February",
        date(2013, 11, 11),
        date(2013, 2, 2),
    ),
    (
        "The ship was seized on Saturday.",
        "The crew told Commander Li Wei",
        "they left Mombasa in July",
        date(2013, 11, 9),
        date(2013, 7, 1),
    ),
    (
        "The inquest opened on Friday.",
        "The doctor told Coroner Mary Hassell",
        "he examined the boy on 9 March",
        date(2013, 11, 8),
        date(2013, 3, 9),
    ),
    (
        "The deal was signed on Thursday.",
        "The chairman told Carlos Mendes",
        "the board approved the sale in May",
        date(2013, 11, 7),
        date(2013, 5, 1),
    ),
    (
        "The suspect was charged on Monday.",
        "The informant told Inspector Tom Price",
        "the gang bought the rifles in 2012",
        date(2013, 11, 11),
        date(2012, 1, 1),
    ),
]

# (lede, sentence): an outlet as the hearer, whatever its name's shape, stays a speech tag.
_OUTLETS_TOLD = [
    ("Shares fell on Monday.", "Analysts told Bloomberg that prices rose in October."),
    ("The plant was sold on Monday.", "A spokesman told CNN that the plant closed in 2009."),
    ("The quake struck on Friday.", "The official told AFP that the dam cracked in 2003."),
    (
        "The talks collapsed on Monday.",
        "A diplomat told The New York Times that the deal fell apart in May.",
    ),
    (
        "The coach resigned on Sunday.",
        "The striker told Sky News that he asked to leave in August.",
    ),
    ("The bank failed on Friday.", "A trader told CBS News that the losses began in 2011."),
    (
        "The ship sank on Saturday.",
        "A survivor told Radio Free Europe that the ship left port on 2 June.",
    ),
    (
        "The ferry capsized on Monday.",
        "A witness told Al Jazeera that the boat left port in March.",
    ),
    (
        "The mine closed on Monday.",
        "A miner told Agence France-Presse that the shaft flooded in 2010.",
    ),
    (
        "The blaze spread on Tuesday.",
        "A resident told NBC's Nightly News that the fire started in the attic in May.",
    ),
]


def _days(lede: str, sentence: str, passage: str) -> list[date]:
    """The first days of the events that hold `passage`, in an article of the lede and the
    sentence."""
    return [
        e.date.first
        for e in events_in(f"{lede}\n\n{sentence}", _PUBLISHED)
        for p in e.passages
        if p.text.strip(" .") == passage
    ]


@pytest.mark.parametrize(("lede", "sentence", "telling", "day", "told_day"), _TELLINGS)
def test_a_telling_is_cut_from_what_it_tells_at_its_own_time(
    lede: str, sentence: str, telling: str, day: date, told_day: date
) -> None:
    told = sentence[len(telling) :].strip(" .")
    assert _days(lede, sentence, telling) == [day]
    assert _days(lede, sentence, told) == [told_day]


@pytest.mark.parametrize(("lede", "sentence"), _ONE_EVENT)
def test_a_tag_a_plan_or_a_clock_time_stays_one_event(lede: str, sentence: str) -> None:
    assert len(_days(lede, sentence, sentence.strip(" ."))) <= 1
    events = events_in(f"{lede}\n\n{sentence}", _PUBLISHED)
    head = sentence.split(" that ")[0]
    assert not any(p.text.strip(" .") == head for e in events for p in e.passages)


@pytest.mark.parametrize(("lede", "telling", "told", "day", "told_day"), _NAMED_HEARERS)
def test_a_person_named_as_the_hearer_is_no_outlet(
    lede: str, telling: str, told: str, day: date, told_day: date
) -> None:
    sentence = f"{telling} that {told}."
    assert _days(lede, sentence, telling) == [day]
    assert _days(lede, sentence, f"that {told}") == [told_day]


@pytest.mark.parametrize(("lede", "sentence"), _OUTLETS_TOLD)
def test_an_outlet_named_as_the_hearer_stays_a_speech_tag(lede: str, sentence: str) -> None:
    test_a_tag_a_plan_or_a_clock_time_stays_one_event(lede, sentence)
