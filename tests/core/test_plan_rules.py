"""Plans and processes: a plan made public ("will hear", "are also considering") is a
happening as much as an action taken; something told as under way ("is rapidly expanding")
is a description. Hedges and habits inside a quotation or a relative clause belong there,
not to the statement. Real sentences of the seeds and of ECB+ development articles."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import article
from viewer.core.extract import extract_events

LEDE = "The Pentagon ordered 500 more troops to Europe on Monday.\n\n"

PLANS = [
    "The 30 NATO leaders will hear directly from Ukrainian President Volodymyr Zelenskyy, who "
    "is likely to ask them to do even more when he addresses the gathering by video link.",
    "Defense officials are also considering whether to field defensive weapons systems such as "
    "Patriot missiles, an effort that focuses on protecting Poland, Romania and the Baltic "
    "nations, the officials say.",
    "Stoltenberg doubled down on NATO's involvement in the war with Russia, saying, \"So our "
    "message from Bucharest is that NATO will continue to stand with Ukraine for as long as it "
    'takes. We will not back down."',
    # "due to" after a form of being, or before "be", is a plan (ECB+ development articles).
    "Robert Pitman, 24, from the town is due to appear before Taunton Deane Magistrates' Court "
    "on Tuesday.",
    "The verdict, due to be read in court, was delayed.",
    # A happening scheduled on a day ahead, told in the present by a verb of its own.
    "The new rules on troop rotations take effect on July 1.",
    "The two leaders meet again in Brussels on Friday.",
    "The line is expected to reopen on Friday.",
]
# "due to" before what caused a thing is no plan: a standing fact stays one. Nor is "will
# likely": a forecast.
STANDING = [
    "Indonesia is prone to earthquakes due to its location on the Pacific Ring of Fire, an arc "
    "of volcanoes and fault lines encircling the Pacific Basin.",
    "General consumers will likely have to wait a little longer, if T-Mobile follows the same "
    "launch strategy that it did with the Z10.",
    "If he stays healthy, he will likely leave North Carolina as the school's alltime rebounds "
    "king.",
]
# A forecast told in the present, even of a day ahead (written probe sentences).
STANDING += [
    "Fuel prices are likely to rise next month.",
    "More rain is forecast for next week.",
]
# The same present with no day of its own: what holds, not a plan.
STANDING += ["The new rules on troop rotations take effect in stages."]
PROCESSES = [
    'The "airspace above NATO Allies" is rapidly expanding, with Stoltenberg all but treating '
    "Finland and Sweden as members of NATO.",
    "As the US intervenes ever more directly in the conflict, its military strategists are "
    "expressing their aims all the more bluntly.",
]


def _passages(sentence: str) -> list[str]:
    """The passages of the events of an article of a lede and `sentence` (not its first
    sentence, where news puts its main happening)."""
    text = LEDE + sentence
    doc = article(text, date(2022, 6, 29))
    return [p.text for e in extract_events(doc) for p in e.passages]


@pytest.mark.parametrize("sentence", PLANS)
def test_plans_made_public_are_events(sentence: str) -> None:
    assert any(sentence[:40] in passage for passage in _passages(sentence))


@pytest.mark.parametrize("sentence", PROCESSES + STANDING)
def test_processes_under_way_are_not_events(sentence: str) -> None:
    assert not any(sentence[:40] in passage for passage in _passages(sentence))


def test_a_report_s_future_told_in_the_past_is_a_plan() -> None:
    """A report and what it reports, dated apart: the reported clause's "would" is the
    report's future, a plan made public, not what would be if."""
    sentence = (
        "The company said on Tuesday that owners would be contacted by letter from next week."
    )
    assert "that owners would be contacted by letter from next week." in _passages(sentence)
