"""A past act told in the plainest English is an event: a whole sentence whose first verb,
after its subject, is a simple past ("The council approved the plan.", "Rebels seized the
town.") or a past passive ("He was charged with murder."). Each is read after a dated lede, as
a user's article would give it, and is kept on the timeline on the lede's day. Some are not
read yet (`_UNREAD`: "The minister resigned.", "Two children died.", "The painting was
stolen."). Sentences that tell a state, a view or a habit in the past ("He was tired.", "He
seemed calm.", "The town lies on a river.") stay off it. Sentences written for the purpose, in
the plain style of wire news."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import days_of

_LEDE = "Floods hit the city on Monday. "
_PUBLISHED = date(2011, 3, 4)
_MONDAY = date(2011, 2, 28)

_ACTS = [
    "The prime minister quit on the spot.",
    "Thieves stole two paintings from the museum.",
    "The suspect fled on foot, police said.",
    "The rebels fled into the hills.",
    "Part of the roof fell onto the street.",
    "A soldier shot the driver.",
    "He was shot in the leg.",
    "Two officers were shot.",
    "The team won the final.",
    "Labour won the seat.",
    "The home side lost the match.",
    "The party lost three seats.",
    "The company sold its stake.",
    "She sold the house to a developer.",
    "The storm hit the coast.",
    "A tornado struck the town.",
    "An earthquake struck the island.",
    "A fire broke out in the kitchen.",
    "The bank froze his accounts.",
    "The painting was found in a barn.",
    "Three men were killed.",
    "A boy was killed by a car.",
    "The museum was robbed.",
    "The bridge was destroyed.",
    "The judge ruled against the city.",
    "The court ruled in her favour.",
    "The senate voted to repeal the law.",
    "Parliament passed the bill.",
    "Voters rejected the plan.",
    "The board fired the chief executive.",
    "The union called a strike.",
    "Police seized the drugs.",
    "The jury acquitted him.",
    "He was charged with murder.",
    "She was jailed for six years.",
    "The suspect was released on bail.",
    "The ambassador was expelled.",
    "The governor signed the bill.",
    "The minister was sacked.",
    "The coach was sacked, the club said.",
    "The firm cut 200 jobs.",
    "Two climbers fell to their deaths.",
    "The police chief stepped down.",
    "Floodwaters swept away a bridge.",
    "The thieves broke into the shop.",
    "The guard was beaten.",
    "The river burst its banks.",  # a past spelt as its base after a singular subject
]
# Not read today: too short for a passage (under four words or twenty characters), "died"
# and "sued" (four letters), an irregular participle ("was stolen"), a report before
# its tag. A whole reading of them was measured and not kept (docs/events.md, round 59); the
# day one is kept, these pass.
_UNREAD = [
    "The minister resigned.",
    "Police arrested him.",
    "Three people died in the fire.",
    "The painting was stolen.",
    "The mayor quit.",
    "The gunman fled.",
    "The building fell.",
    "A car hit a bus.",
    "The dam broke.",
    "The pipes froze.",
    "Two children died.",
    "His father died in the crash.",
    "The family sued the city.",
    "Shareholders sued the board.",
    "The player tied the score.",
    "The car was stolen from a driveway.",
    "The ship sank.",
    "The plane crashed.",
    "The factory closed.",
    "The president was sworn in.",
    "The troops withdrew.",
    "The bomb went off.",
    "The boy was taken to hospital.",
    "A man was stabbed.",
    "Officials said two people died.",
    "The patient died, the hospital said.",
    "Two men were arrested, police said.",
]

_NOT_EVENTS = [
    "He was tired.",
    "The town lies on a river.",
    "The city has a population of two million.",
    "She was a teacher.",
    "The house was old.",
    "The museum is open on Sundays.",
    "He was known as a quiet man.",
    "The company was well known.",
    "The minister was popular.",
    "The village is located in the hills.",
    "The painting is worth millions.",
    "He seemed calm.",
    "It was a cold day.",
    "The roads were icy.",
    "Many residents were angry.",
    "The mayor is a former lawyer.",
    "The plan was controversial.",
    "Unemployment was high.",
    "He was fond of music.",
    "The court is in the old town.",
    "The suspects were young.",
    "The town was quiet.",
    "She seemed upset.",
    "He was worried.",
    "They were married.",
    "He looked tired.",
    "The streets were empty.",
    "It remained shut.",
    "The mood was grim.",
    "He became angry.",
    "The water was cold.",
    "Nobody knows why.",
    "Few people live there.",
]


def _dated(sentence: str) -> list[date]:
    """The days the sentence after the lede is dated on, one per event it is a passage of."""
    return days_of(_LEDE, sentence, _PUBLISHED)


@pytest.mark.parametrize("sentence", _ACTS)
def test_a_plain_past_act_is_on_the_timeline(sentence: str) -> None:
    assert _dated(sentence) == [_MONDAY]


@pytest.mark.xfail(strict=True, reason="a plain past act not read yet: docs/events.md, round 59")
@pytest.mark.parametrize("sentence", _UNREAD)
def test_a_plain_past_act_not_read_yet(sentence: str) -> None:
    assert _dated(sentence) == [_MONDAY]


@pytest.mark.parametrize("sentence", _NOT_EVENTS)
def test_a_state_or_a_view_stays_off(sentence: str) -> None:
    assert _dated(sentence) == []
