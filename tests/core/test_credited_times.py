"""A time told after the act a verb of crediting, blaming, praising or thanking names, told in the
present or the perfect in what a speaker says, is the act's, not the verb's: "KYW's Paul Kurtz
reports that Commissioner Ramsey credits a special training program for preventing even more
bloodshed last night" is a statement of the day it is told on (ECB+ development), as "is now
accused of murdering two women … in 1967" is."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import governing, tag

TUE = date(2013, 3, 12)

# Sentences in many outlets' shapes whose only time is the act's: none dates the statement.
ACT_TIMES: list[str] = [
    "KYW's Paul Kurtz reports that Commissioner Ramsey credits a special training program for "
    "preventing even more bloodshed last night.",
    "The mayor says she thanks firefighters for saving the cathedral on Friday.",
    "Residents say they praise a neighbour for pulling two children from the flames on Sunday "
    "night.",
    "The club said its coach blames the referee for costing his side the match on Saturday.",
    "Police credit a passer-by with alerting them to the fire early on Monday, a spokesman says.",
    "His surgeon told reporters she credits the helmet with saving his life in Tuesday's crash.",
    "The union says the minister has thanked rescuers for reaching the miners last week.",
    "Farmers' groups said opposition leaders have blamed the government for mishandling the "
    "floods in January.",
    "The airline says Ms Ardern commends the crew for landing the plane safely on Wednesday.",
    "The manager says he faults his own defenders for conceding two late goals on Sunday.",
    "Analysts say investors credit the central bank for calming markets last month.",
    "The family says it thanks strangers for raising $40,000 over the weekend.",
    "The report notes that villagers hail the soldiers for rebuilding the bridge in 2019.",
    "He told the BBC he blames the storm for cutting power to 20,000 homes yesterday.",
]

# Near shapes that keep their time: told on no one's word, the verb told in the past, a time
# of the verb's own, a time after the clause's end, a plan, a noun, a participle, or "Thanks"
# with no subject.
KEPT: list[tuple[str, str]] = [
    ("The mayor thanks firefighters for saving the cathedral on Friday.", "Friday"),
    ("Residents praise a neighbour for pulling two children from the flames on Sunday.", "Sunday"),
    ("The mayor said she thanked firefighters for saving the cathedral on Friday.", "Friday"),
    ("On Friday, the mayor said she praised firefighters for saving the cathedral.", "Friday"),
    ("The mayor praised firefighters on Friday for saving the cathedral, he said.", "Friday"),
    ("The mayor praises firefighters for their work, the council said on Monday.", "Monday"),
    (
        "The mayor said she will thank firefighters for saving the cathedral at a ceremony on "
        "Friday.",
        "Friday",
    ),
    ("Thanks for joining us on Friday, the host said.", "Friday"),
    ("The man blamed for starting the fire on Friday was arrested, police said.", "Friday"),
    ("Police thank the public for their help, a spokesman said on Tuesday.", "Tuesday"),
    ("The mayor says she credits the bus lanes for the drop in traffic last year.", "last year"),
    ("The ministry on Monday credited the new vaccine with saving lives, it said.", "Monday"),
]


def _governing_text(sentence: str) -> str | None:
    found = governing(sentence, 0, len(sentence), tag(sentence, TUE))
    return found.text if found is not None else None


@pytest.mark.parametrize("sentence", ACT_TIMES)
def test_the_acts_time_does_not_date_the_statement(sentence: str) -> None:
    assert _governing_text(sentence) is None


@pytest.mark.parametrize(("sentence", "words"), KEPT)
def test_near_shapes_keep_their_time(sentence: str, words: str) -> None:
    assert _governing_text(sentence) == words
