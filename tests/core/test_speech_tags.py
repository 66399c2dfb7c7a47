"""A speech tag on its own is no happening: a passage that holds only who said something,
and when, cut from a sentence whose words said are in another passage. It goes on with the
statement it closes, as does the end of a quotation cut from the sentence that opens it.
Real passages of the ECB+ development articles and of TempEval-3's development articles,
with those the rules must leave alone."""

from __future__ import annotations

from datetime import date

import pytest

from tests.core.articles import events_in
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
    # A verb bearing out what was reported, the sentence cut before it (probe articles):
    # "… paid the equivalent of $4.2 million in bitcoin to the hackers who encrypted its
    # systems last week, the company confirmed on Monday."
    ("the company confirmed on Monday.", True),
    ("the ministry added on Friday.", True),
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
    # A passive of a verb of saying has no speaker: "The WHO ended its previous mpox
    # emergency in May 2023, ten months | after it was declared."
    "after it was declared.",
    # Such a verb opening its sentence tells what it bears out.
    "The company confirmed on Monday that it had paid the ransom.",
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


# The end of a quotation cut from the sentence that opens it, at a time it names: the
# speaker's words, which go on with the statement. "“The movie only gets released when it's
# finished. I'd like it to be next year, but we're not going to put out a bad movie to hit a
# release date.”"
QUOTATION_TAILS = ["but we're not going to put out a bad movie to hit a release date.”"]
NOT_QUOTATION_TAILS = [
    # A figure in the speaker's words: news of its own.
    "He and I talked before the NCAA tournament, and he told me I should go to the NBA if I "
    "felt I was 100 percent ready,”",
    # The quotation opened in the passage, or its attribution in it.
    "“I wanted to see how I felt,” McDermott said.",
    "“The movie only gets released",
]


@pytest.mark.parametrize("passage", QUOTATION_TAILS)
def test_the_end_of_a_cut_quotation_goes_on_with_its_statement(passage: str) -> None:
    judged = judge(passage, True, split=True)
    assert not judged.is_event
    assert judged.continues


@pytest.mark.parametrize("passage", NOT_QUOTATION_TAILS)
def test_a_quotation_with_news_or_its_opening_is_no_tail(passage: str) -> None:
    assert not judge(passage, True, split=True).continues


# A short report after its verb of saying, with no "that": words said, not the hearers or the
# time of a tag. "Qeshm Gov. Heidar Alishvandi said 50 were injured." (ECB+ development).
SHORT_REPORTS = [
    "Qeshm Gov. Heidar Alishvandi said 50 were injured.",
    "Police said 46 people were arrested.",
    "Officials said the bridge collapsed.",
]


@pytest.mark.parametrize("passage", SHORT_REPORTS)
def test_a_short_report_after_its_verb_of_saying_is_no_bare_tag(passage: str) -> None:
    assert not judge(passage, False).continues


def test_an_adjective_after_an_article_is_no_verb_said() -> None:
    """A sentence cut short at a dotted calibre ("Police said a loaded. 38-caliber revolver
    was found") is still only a tag."""
    assert judge("Police said a loaded.", False).continues


# The same speaker's next line, its tag telling the day of the statement before it, goes on
# with that statement (probe article 11_carrecall); told at another day than the statement's,
# or with a figure of its own, it stays an event.
RECALL = (
    "Holden spokesman Sean Poppitt said the company was aware of two incidents in Australia in "
    "which a vehicle had caught fire, but no-one had been injured. "
)
RECALL_MONDAY = RECALL.replace("said the company", "said on Monday the company")
FIX = "“As soon as we identified the issue, we moved to fix it,” he said on Tuesday."


@pytest.mark.parametrize(
    ("statement", "line", "events"),
    [
        (RECALL, FIX, 1),
        (RECALL_MONDAY, FIX, 2),
        (RECALL, "“We have replaced 3,000 parts already,” he said on Tuesday.", 2),
    ],
)
def test_the_same_speakers_next_line_on_the_statements_day_goes_on_with_it(
    statement: str, line: str, events: int
) -> None:
    assert len(events_in(statement + line, date(2014, 8, 5))) == events


# A verb of saying that takes what it tells as a noun is an act made public where one follows
# it ("UNIFIRST Corp. declared a 2-for-1 stock split.", TempEval-3 development), however few
# the words; its occasion after it ("she declared on Monday") is still only a tag.
DECLARED_ACTS = [
    "UNIFIRST Corp. declared a 2-for-1 stock split.",
    "The governor declared a state of emergency.",
    "Police declared the area safe.",
    "The company declared bankruptcy.",
    "The election commission declared Smith the winner.",
]
DECLARED_TAGS = ["” she declared on Monday.", "” the minister stressed again Tuesday."]


@pytest.mark.parametrize("passage", DECLARED_ACTS)
def test_a_verb_of_saying_acting_on_a_noun_is_a_happening(passage: str) -> None:
    judged = judge(passage, False)
    assert judged.is_event
    assert not judged.continues


@pytest.mark.parametrize("passage", DECLARED_TAGS)
def test_a_verb_of_saying_before_its_occasion_is_still_a_tag(passage: str) -> None:
    assert judge(passage, True, side=True, split=True).continues


def test_a_declared_act_after_a_dated_sentence_is_its_own_event() -> None:
    events = events_in(
        "Floods hit the city on Monday. The army declared a ceasefire.", date(2011, 3, 4)
    )
    assert [e.primary.text for e in events][-1:] == ["The army declared a ceasefire."]
