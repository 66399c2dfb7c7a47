"""The time of an act a person is charged with, told after a noun the sentence's verb acts on, is
the act's: it does not date the sentence's own happening."""

from __future__ import annotations

from datetime import date

import pytest

from viewer.core.temporal import governing, tag

FRI = date(2013, 4, 12)

# (sentence, the time that dates it or None)
SENTENCES: list[tuple[str, str | None]] = [
    (
        "The dramatic footage was shown at the trial of two local toughs charged with killing "
        "Zurana Horton, 34, on Oct. 21, 2011.",
        None,
    ),
    ("The jury convicted a man accused of killing his neighbour in March 2010.", None),
    (
        "Prosecutors on Thursday played the tape for jurors at the trial of a man charged with "
        "murdering a deputy in June 2005.",
        "Thursday",
    ),
    # The day may be the arrest's: no year, no cut.
    ("Police arrested a man accused of robbing a bank on Tuesday.", "Tuesday"),
    # Before the sentence's verb, the participle is its subject's phrase: its time stays.
    ("A man charged with killing his wife in 2009 was released on Monday.", "Monday"),
    # The charging itself, told with its own verb.
    ("He was charged with killing his wife on Oct. 21, 2011.", "Oct. 21, 2011"),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_charged_act_time_does_not_date_the_sentence(sentence: str, expected: str | None) -> None:
    timexes = tag(sentence, FRI)
    found = governing(sentence, 0, len(sentence), timexes)
    assert (found.text if found else None) == expected
