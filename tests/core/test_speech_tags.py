"""A speech tag on its own is no happening: a passage that holds only who said something,
and when, cut from a sentence whose words said are in another passage. It goes on with the
statement it closes. Real passages of the ECB+ development articles and of TempEval-3's
development articles, with those the rule must leave alone."""

from __future__ import annotations

import pytest

from viewer.core.event_selection import judge

# Each as it is cut from its sentence, with the sentence after it.
TAGS = [
    # "Two possible gang members are under arrest for … last summer, police said Saturday."
    ("police said Saturday", True),
    # "“That’s definitely a lot of money …, but that money could be there next year,”
    # McDermott told reporters Thursday."
    ("” McDermott told reporters Thursday", True),
    # '"The decision today made the family happy, …," Perlo said after court Tuesday.'
    ("Perlo said after court Tuesday.", False),
]
STATEMENTS = [
    # A sentence's head, what was said cut off after it: "The Maariv newspaper said Sunday
    # that Netanyahu's comments last week were in response to signals …".
    "The Maariv newspaper said Sunday",
    # A statement with what was said.
    "He said Tuesday that he had talked with former Creighton All-American Kyle Korver, now in "
    "his 10th season in the NBA.",
    "“It was a stressful process,” Hansbrough said in mid-October.",
    "“I wanted to see how I felt,” McDermott said.",
    # A verb that adds things, not words: "the construction industry, which added 92,000 jobs
    # in January"; "He added one more today."
    "which added 92,000 jobs in January",
    "He added one more today.",
]


@pytest.mark.parametrize(("tag", "side"), TAGS)
def test_a_bare_speech_tag_is_no_event_and_goes_on_with_its_statement(tag: str, side: bool) -> None:
    judged = judge(tag, True, side=side, split=True)
    assert not judged.is_event
    assert judged.continues


@pytest.mark.parametrize("passage", STATEMENTS)
def test_statements_and_actions_stay_events(passage: str) -> None:
    judged = judge(passage, True, split=True)
    assert judged.is_event
    assert not judged.continues
