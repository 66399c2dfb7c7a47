"""A source's reckoning told as a judgement or a chance (a chance stood or weighed, a
likelihood, no case, a confidence kept, a feeling of being wronged, a hope that, a doubt), with
no act, figure, step or plan beside it, is a passage of the event before it, not a happening
of its own; what the chance is of is no plan of the source's. A hope with "to" (a plan), a
court's words, a position taken in the perfect, words said before an act, and a reckoning
beside an act or a plan stay apart. Real sentences of the ECB+ development articles, and
written ones in many outlets' shapes (courts, sport, business, politics, disasters)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events
from viewer.core.view_cues import view

LEDE = "A jury in Leeds convicted a former nurse of fraud on Tuesday, prosecutors said.\n\n"

RECKONINGS = [
    # Real sentences (ECB+ development).
    "Outside court, Defense Attorney Stanley Perlo said his client stands little chance at "
    'winning an appeal in the state Supreme Court, which he described as "very pro death."',
    "The chance either argument will be successful is slight, Perlo said.",
    "Brees said he remained optimistic that the versatility of the Saints' offense and the way "
    "they spread the ball among so many players will allow them to weather such injuries "
    "perhaps better than most teams.",
    '"I would hope that that would continue," he added, noting that it could be "difficult" to '
    "adhere to Catholic moral teaching in a position with the Obama Administration.",
    "But in evaluating the season, King said he didn't think the Sixers were heading in the "
    "right direction.",
    # Written: courts, sport, business, politics, disasters.
    "Analysts said the company is unlikely to meet its sales target.",
    "The union's lawyer said the airline has no case.",
    "The chancellor said she remains confident that a deal can be reached.",
    "Dairy farmers say they feel betrayed by the government.",
    "The mayor said he hopes that the strike ends soon.",
    '"There is little chance they will agree," a diplomat said.',
    "Coast guard officials said they stood only a slim chance of finding more survivors.",
    "The coach says the team stands a good chance of reaching the final.",
    "Her lawyer said she does not believe the jury will convict.",
]

STAY = [
    "The company said it hopes to open the plant in May.",
    "Smith said he feels fine after he underwent surgery.",
    "The court said the defendant stands little chance of parole.",
    "Police said the suspect is unlikely to be released and charged him with murder.",
    "Officials said there is a chance the dam will fail and ordered an evacuation.",
    "The minister has said he remains confident in the plan.",
    "He said he remained confident and will appeal the ruling.",
    "Analysts said the company is unlikely to meet its target of 5 million units.",
    "The senator said she hopes that voters will back her and announced her candidacy.",
    "The coach said before leaving the stadium that the team stands no chance.",
    "The company stands little chance of winning the contract.",
    "The firm said it had no case to answer after regulators fined it.",
    "The mayor said he feels betrayed after the council voted to cut his budget.",
    "Rebels said they hope that the talks resume and freed two hostages.",
]


@pytest.mark.parametrize("sentence", RECKONINGS)
def test_a_reckoning_is_a_passage_of_the_event_before(sentence: str) -> None:
    assert view(sentence)
    events = extract_events(article(LEDE + sentence, date(2013, 6, 11)))
    assert len(events) == 1  # joined to the lede's event, or no event at all


@pytest.mark.parametrize("sentence", STAY)
def test_plans_acts_rulings_and_positions_stay_apart(sentence: str) -> None:
    assert not view(sentence)
