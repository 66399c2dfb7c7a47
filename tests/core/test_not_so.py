"""What was not so, on no one's authority, is no happening, even where the sentence names its
time: none of a group was there, a thing was not done, someone was not there. A source who
says so makes a claim, judged as a statement. Real sentences of the ECB+ development
articles."""

from __future__ import annotations

import pytest

from viewer.core.event_selection import judge
from viewer.core.extract import UNDATED_THRESHOLD

# Each with whether it names a time of its own.
NOT_SO = [
    (
        "None of Thomas' family members were present in the courthouse Monday, only Timmons' "
        "friends and relatives.",
        True,
    ),
    ("In fact, Rosenbluth wasn't even there that night.", True),
    (
        "The film obviously wasn't hurt by this strategy, as it went on to shatter records and "
        "become the third highest grossing opening weekend title of all time.",
        False,
    ),
]
LEFT_ALONE = [
    # A source's denial or claim.
    "Baehr said he was not aware of the particulars of the previous DUI charge and that "
    "results of Jackson's blood test are pending.",
    # Someone of a group, or what was so.
    "Two officers suffered minor injuries.",
    "None of the passengers were hurt, police said.",
    "He was booked into county jail and was released by 6 a.m., Baehr said.",
    # A negation further into the sentence, past its main verb.
    "Klitschko improved to 52-3, and Rahman, who was not able to get inside, dropped to 45-7-2.",
]


@pytest.mark.parametrize(("sentence", "dated"), NOT_SO)
def test_what_was_not_so_is_no_event(sentence: str, dated: bool) -> None:
    # Undated, not worth a guess at a date where nothing in the story says when (extract.py).
    assert judge(sentence, dated).confidence < (0.5 if dated else UNDATED_THRESHOLD)


@pytest.mark.parametrize("sentence", LEFT_ALONE)
def test_claims_and_what_was_so_stay_events(sentence: str) -> None:
    assert judge(sentence, True).is_event
